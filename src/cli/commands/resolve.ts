import type { Command } from 'commander';
import { userError } from '../../model/errors.js';
import { planResolve } from '../../workflow/record/issues.js';
import { dated, record, type DatedOptions } from '../record.js';
import type { Runner } from '../command.js';

interface ResolveOptions extends DatedOptions {
  action?: string;
}

export function register(program: Command, run: Runner): void {
  dated(
    program
      .command('resolve')
      .description('record an issue as resolved (the only open one unless N names it)')
      .argument('<order>', 'order id or file')
      .argument('[n]', 'the issue number: its 1-based position among issues')
      .option('--action <text>', 'what was done'),
    false,
  )
    .addHelpText('after', '\nExamples:\n  gendan resolve SO-2026-0110 --action 改用备选供应商\n  gendan resolve SO-2026-0110 2')
    .action((order: string, n: string | undefined, opts: ResolveOptions, cmd: Command) =>
      run(cmd, (s) => {
        if (n !== undefined && !/^[1-9]\d*$/.test(n)) throw userError('resolve/bad-number', { value: n });
        return record(s, order, opts, (o, ctx) => planResolve(o, { n: n === undefined ? undefined : Number(n), action: opts.action }, ctx));
      }),
    );
}
