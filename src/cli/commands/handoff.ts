import type { Command } from 'commander';
import { planHandoff } from '../../workflow/record/confirm.js';
import { dated, record, type DatedOptions } from '../record.js';
import type { Runner } from '../command.js';

export function register(program: Command, run: Runner): void {
  dated(program.command('handoff').description('record that the order was handed to production, or stock reserved (production.handoff)').argument('<order>', 'order id or file'), false)
    .addHelpText('after', '\nExamples:\n  gendan handoff SO-2026-0111\n  gendan handoff SO-2026-0111 --date 2026-11-30')
    .action((order: string, opts: DatedOptions, cmd: Command) => run(cmd, (s) => record(s, order, opts, (o, ctx) => planHandoff(o, ctx))));
}
