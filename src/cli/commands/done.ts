import type { Command } from 'commander';
import { planDone } from '../../workflow/record/production.js';
import { dated, record, type DatedOptions } from '../record.js';
import type { Runner } from '../command.js';

export function register(program: Command, run: Runner): void {
  dated(program.command('done').description("record a production milestone as done (the milestone's done date)").argument('<order>', 'order id or file').argument('<milestone>', 'milestone name'), false)
    .addHelpText('after', '\nExamples:\n  gendan done SO-2026-0109 machining_done\n  gendan done SO-2026-0109 qc_passed --date 2026-12-08')
    .action((order: string, milestone: string, opts: DatedOptions, cmd: Command) => run(cmd, (s) => record(s, order, opts, (o, ctx) => planDone(o, milestone, ctx))));
}
