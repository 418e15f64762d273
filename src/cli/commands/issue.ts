import type { Command } from 'commander';
import { needed, oneOf } from '../../workflow/record/common.js';
import { ISSUE_KINDS, planIssue } from '../../workflow/record/issues.js';
import { dated, record, type DatedOptions } from '../record.js';
import type { Runner } from '../command.js';

interface IssueOptions extends DatedOptions {
  kind?: string;
  cause?: string;
  owner?: string;
  action?: string;
}

export function register(program: Command, run: Runner): void {
  dated(
    program
      .command('issue')
      .description('record a problem to coordinate, opened on the date; prints its number')
      .argument('<order>', 'order id or file')
      .option('--kind <kind>', ISSUE_KINDS.join(', '))
      .option('--cause <text>', 'what went wrong')
      .option('--owner <text>', 'who handles it')
      .option('--action <text>', 'what is being done'),
  )
    .addHelpText('after', '\nExamples:\n  gendan issue SO-2026-0109 --kind material_shortage --cause 轴承供应商延期 --owner 采购部')
    .action((order: string, opts: IssueOptions, cmd: Command) =>
      run(cmd, (s) => {
        const kind = oneOf('--kind', needed('--kind', opts.kind, ISSUE_KINDS), ISSUE_KINDS);
        const cause = needed('--cause', opts.cause);
        return record(s, order, opts, (o, ctx) => planIssue(o, { kind, cause, owner: opts.owner, action: opts.action, note: opts.note }, ctx));
      }),
    );
}
