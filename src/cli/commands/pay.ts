import type { Command } from 'commander';
import { parseAmount, planPay } from '../../workflow/record/pay.js';
import { dated, record, type DatedOptions } from '../record.js';
import type { Runner } from '../command.js';

interface PayOptions extends DatedOptions {
  force?: boolean;
}

export function register(program: Command, run: Runner): void {
  dated(
    program
      .command('pay')
      .description('record a payment received; more than is still owed is refused unless --force')
      .argument('<order>', 'order id or file')
      .argument('<amount>', 'amount received, in the order currency, e.g. 9037.00')
      .option('--force', 'record it even though it is more than is still owed (rule overpaid then warns)'),
  )
    .addHelpText('after', '\nExamples:\n  gendan pay SO-2026-0108 9037.00 --note 尾款\n  gendan pay SO-2026-0103 71344 --date 2026-12-02')
    .action((order: string, amount: string, opts: PayOptions, cmd: Command) =>
      run(cmd, (s) => {
        const value = parseAmount(amount);
        return record(s, order, opts, (o, ctx) => planPay(o, { amount: value, force: opts.force, note: opts.note }, ctx));
      }),
    );
}
