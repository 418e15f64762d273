import type { Command } from 'commander';
import { CHANNELS, needed, oneOf, parseDate } from '../../workflow/record/common.js';
import { DEFAULT_TERMS, planConfirm, TERMS } from '../../workflow/record/confirm.js';
import { dated, record, type DatedOptions } from '../record.js';
import type { Runner } from '../command.js';

interface ConfirmOptions extends DatedOptions {
  channel?: string;
  terms?: string;
  promised?: string;
}

export function register(program: Command, run: Runner): void {
  dated(
    program
      .command('confirm')
      .description('record that the contract terms were confirmed with the customer (confirmation.date, channel, terms)')
      .argument('<order>', 'order id or file')
      .option('--channel <channel>', 'phone, email, wechat, meeting, fax or other')
      .option('--terms <list>', 'terms confirmed, comma-separated (default delivery,payment,quality)')
      .option('--promised <date>', 'the delivery date promised, when none is recorded yet'),
  )
    .addHelpText('after', '\nExamples:\n  gendan confirm SO-2026-0114 --channel email --promised 2027-01-15\n  gendan confirm SO-2026-0114 --channel phone --terms delivery,payment,quality,other --date 2026-12-01')
    .action((order: string, opts: ConfirmOptions, cmd: Command) =>
      run(cmd, (s) => {
        const channel = oneOf('--channel', needed('--channel', opts.channel, CHANNELS), CHANNELS);
        const terms = opts.terms === undefined ? DEFAULT_TERMS : opts.terms.split(',').map((t) => oneOf('--terms', t.trim(), TERMS));
        const promised = opts.promised === undefined ? undefined : parseDate('--promised', opts.promised);
        return record(s, order, opts, (o, ctx) => planConfirm(o, { channel, terms, promised, note: opts.note }, ctx));
      }),
    );
}
