import type { Command } from 'commander';
import { userError } from '../../model/errors.js';
import { CHANNELS, CONTACT_NODES, planLog } from '../../workflow/records.js';
import { editOrder, findOrder } from '../order-ref.js';
import type { Session } from '../session.js';
import type { Runner } from '../command.js';
import { nameArg } from '../input.js';
import { allowedNames, vocabName } from '../../i18n/vocab.js';

interface LogOptions {
  node?: string;
  channel?: string;
}

export function register(program: Command, run: Runner): void {
  program
    .command('log')
    .description('record a contact with the customer (appended to contacts, dated today)')
    .argument('<order>', 'order id or file')
    .argument('<note...>', 'what was said')
    .option('--node <node>', 'confirmed, production_started, ship_date, shipped, arriving, delivered, follow_up, delay, payment or other')
    .option('--channel <channel>', 'phone, email, wechat, meeting, fax or other')
    .action((order: string, note: string[], opts: LogOptions, cmd: Command) => run(cmd, (s) => runLog(s, order, note.join(' '), opts)));
}

export function runLog(session: Session, ref: string, note: string, opts: LogOptions): number {
  const found = findOrder(session, ref);
  if (opts.node === undefined) throw userError('log/needs-option', { option: '--node', allowed: allowedNames('node', session.lang) });
  if (opts.channel === undefined) throw userError('log/needs-option', { option: '--channel', allowed: allowedNames('channel', session.lang) });
  const node = nameArg('node', '--node', opts.node, session.lang);
  const channel = nameArg('channel', '--channel', opts.channel, session.lang);
  if (!CONTACT_NODES.includes(node) || !CHANNELS.includes(channel)) planLog({ node, channel, note, today: session.today });
  let id = ref;
  editOrder(session, found, (file) => {
    id = file.order!.id ?? ref;
    return { ops: planLog({ node, channel, note, today: session.today }), result: undefined };
  });
  session.io.stdout(`${session.t('log/done', { id, node: vocabName('node', node), channel: vocabName('channel', channel), date: session.today })}\n`);
  return 0;
}
