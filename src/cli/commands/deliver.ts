import type { Command } from 'commander';
import { planDeliver } from '../../workflow/record/ship.js';
import { dated, record, type DatedOptions } from '../record.js';
import type { Runner } from '../command.js';

interface DeliverOptions extends DatedOptions {
  tracking?: string;
  receipt?: string;
}

export function register(program: Command, run: Runner): void {
  dated(
    program
      .command('deliver')
      .description('record a shipment as delivered (the only undelivered one unless --tracking names it)')
      .argument('<order>', 'order id or file')
      .option('--tracking <number>', 'the shipment, by its tracking number')
      .option('--receipt <ref>', 'also record the signed delivery receipt (a delivery_receipt document)'),
    false,
  )
    .addHelpText('after', '\nExamples:\n  gendan deliver SO-2026-0106 --receipt QS-0106\n  gendan deliver SO-2026-0104 --tracking SF1400228871 --date 2026-11-20')
    .action((order: string, opts: DeliverOptions, cmd: Command) => run(cmd, (s) => record(s, order, opts, (o, ctx) => planDeliver(o, { tracking: opts.tracking, receipt: opts.receipt }, ctx))));
}
