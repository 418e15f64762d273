import type { Command } from 'commander';
import { userError } from '../../model/errors.js';
import { CHANNELS, needed, oneOf, parseDate } from '../../workflow/record/common.js';
import { planChange } from '../../workflow/record/change.js';
import { parseItems } from '../../workflow/record/ship.js';
import { dated, record, type DatedOptions } from '../record.js';
import type { Runner } from '../command.js';

interface ChangeOptions extends DatedOptions {
  promised?: string;
  requested?: string;
  quantity?: string;
  reason?: string;
  channel?: string;
}

export function register(program: Command, run: Runner): void {
  dated(
    program
      .command('change')
      .description('record an order change (变更单): the new value, plus a `changes` entry that keeps the old one')
      .argument('<order>', 'order id or file')
      .option('--promised <date>', 'new promised delivery date')
      .option('--requested <date>', 'new requested delivery date')
      .option('--quantity <model=qty>', "new quantity of a line, in the line's unit")
      .option('--reason <text>', 'why (required)')
      .option('--channel <channel>', 'how it was agreed: phone, email, wechat, meeting, fax or other'),
    false,
  )
    .addHelpText('after', '\nExamples:\n  gendan change SO-2026-0109 --promised 2026-12-29 --reason 客户要求延期 --channel phone\n  gendan change SO-2026-0111 --quantity GICL4=12 --reason 客户追加 --channel email')
    .action((order: string, opts: ChangeOptions, cmd: Command) =>
      run(cmd, (s) => {
        const promised = opts.promised === undefined ? undefined : parseDate('--promised', opts.promised);
        const requested = opts.requested === undefined ? undefined : parseDate('--requested', opts.requested);
        const items = opts.quantity === undefined ? undefined : parseItems('--quantity', opts.quantity);
        if (items && items.length > 1) throw userError('record/bad-items', { option: '--quantity', part: opts.quantity! });
        if (promised === undefined && requested === undefined && !items) throw userError('change/needs-what');
        const reason = needed('--reason', opts.reason);
        const channel = opts.channel === undefined ? undefined : oneOf('--channel', opts.channel, CHANNELS);
        return record(s, order, opts, (o, ctx) => planChange(o, { promised, requested, quantity: items?.[0], reason, channel }, ctx));
      }),
    );
}
