// `gendan message <order> [node]`: print a message to the customer, ready to paste, for a
// node (or the notice the order owes next); `--log` also records the contact.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadOrderFile, type OrderFile } from '../../load/order-file.js';
import { userError } from '../../model/errors.js';
import type { KnownOrder } from '../../model/order.js';
import { composeMessage, type Message } from '../../messages/compose.js';
import { nextNotice } from '../../messages/next.js';
import { contactChannel, isMessageChannel, isMessageNode, MESSAGE_CHANNELS, MESSAGE_NODES, type MessageChannel, type MessageNode } from '../../messages/nodes.js';
import type { Template } from '../../messages/render.js';
import { builtinTemplate } from '../../messages/templates.js';
import { nearest } from '../../util/nearest.js';
import { lookupName, namesMsg } from '../../util/vocab.js';
import { isStatus } from '../../workflow/states.js';
import { planLog } from '../../workflow/records.js';
import { editOrder, findOrder, planContext, type OrderRef } from '../order-ref.js';
import type { Session } from '../session.js';
import type { Runner } from '../command.js';

interface MessageOptions {
  channel?: string;
  log?: boolean;
  template?: boolean;
}

const EXAMPLES = `
Examples:
  gendan message SO-2026-0109                       the notice the order owes next (WeChat)
  gendan message SO-2026-0107 shipped --channel email --lang en
  gendan message SO-2026-0106 delay --log           print it and record the contact
  gendan message SO-2026-0103 payment --channel sms
  gendan message SO-2026-0109 shipped --template    the built-in template, to copy into templates/

Nodes: ${MESSAGE_NODES.join(', ')}
A workspace overrides a built-in template with templates/<node>.<channel>.<lang>.txt
(Mustache syntax; the variables are listed in docs/messages.md).`;

export function register(program: Command, run: Runner): void {
  program
    .command('message')
    .description('write a message to the customer for a node, ready to paste (WeChat, email or SMS)')
    .argument('<order>', 'order id or file')
    .argument('[node]', 'what to tell; default: the notice the order owes next')
    .option('--channel <channel>', 'wechat, email or sms', 'wechat')
    .option('--log', 'also record the contact in the order (date, node, channel, first line as note)')
    .option('--template', 'print the template the message would use instead of the message')
    .addHelpText('after', EXAMPLES)
    .action((order: string, node: string | undefined, opts: MessageOptions, cmd: Command) => run(cmd, (s) => runMessage(s, order, node, opts)));
}

const hint = (word: string, list: readonly string[]) => {
  const suggest = nearest(word, [...list]);
  return suggest ? { id: 'wf/did-you-mean', args: { suggest } } : '';
};

function usable(file: OrderFile): KnownOrder {
  const o = file.order;
  if (!o || typeof o.id !== 'string' || !isStatus(o.status)) throw userError('message/not-order', { file: file.display, reason: { id: 'message/not-order-reason' } });
  return o as KnownOrder;
}

/** The workspace's override for this node, channel and language, if it has one. */
function workspaceTemplate(session: Session, ref: OrderRef, node: MessageNode, channel: MessageChannel): Template | undefined {
  const path = join(ref.ws.config.root, 'templates', `${node}.${channel}.${session.lang}.txt`);
  try {
    if (!statSync(path).isFile()) return undefined;
  } catch {
    return undefined;
  }
  const file = session.display(path);
  try {
    return { source: readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'), file };
  } catch (e) {
    throw userError('message/template-unreadable', { file, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

export function runMessage(session: Session, ref: string, nodeArg: string | undefined, opts: MessageOptions): number {
  // Chinese names too: 微信, 邮件, 短信.
  const typed = opts.channel ?? 'wechat';
  const channel = ['短信', '手机短信'].includes(typed.trim()) ? 'sms' : (lookupName('channel', typed) ?? typed);
  if (!isMessageChannel(channel)) throw userError('message/bad-channel', { channel, allowed: { id: 'vocab/names', args: { zh: '微信、邮件、短信', en: MESSAGE_CHANNELS.join(', ') } }, hint: hint(channel, MESSAGE_CHANNELS) });
  // A node may be typed by its Chinese name too (延期, 发货).
  const named = nodeArg === undefined || isMessageNode(nodeArg) ? nodeArg : (lookupName('node', nodeArg) ?? nodeArg);
  if (named !== nodeArg) return runMessage(session, ref, named, opts);
  if (nodeArg !== undefined && !isMessageNode(nodeArg)) throw userError('message/bad-node', { node: nodeArg, allowed: namesMsg(MESSAGE_NODES), hint: hint(nodeArg, MESSAGE_NODES) });
  const found = findOrder(session, ref);
  const ctx = planContext(session, found.ws);
  const compose = (order: KnownOrder): { node: MessageNode; message: Message; source: string } => {
    const node = nodeArg ?? nextNotice(order, ctx);
    if (node === undefined) throw userError('message/nothing', { order: order.id, nodes: namesMsg(MESSAGE_NODES) }, 1);
    const template = workspaceTemplate(session, found, node, channel);
    if (opts.template) return { node, message: { text: '', firstLine: '' }, source: template?.source ?? builtinTemplate(node, channel, session.lang) };
    return { node, message: composeMessage(order, { node, channel, lang: session.lang, company: found.ws.config.company, template }, ctx), source: '' };
  };
  if (opts.template) {
    session.io.stdout(compose(usable(loadOrderFile(found.path, found.display))).source);
    return 0;
  }
  if (!opts.log) {
    session.io.stdout(compose(usable(loadOrderFile(found.path, found.display))).message.text);
    return 0;
  }
  // Composed from the order as read under the file's lock, so the log matches what was printed.
  const { result } = editOrder(session, found, (file) => {
    const order = usable(file);
    const made = compose(order);
    const ops = planLog({ node: made.node, channel: contactChannel(channel), note: made.message.firstLine, today: session.today });
    return { ops, result: { ...made, id: order.id } };
  });
  session.io.stdout(result.message.text);
  const logged = { node: { id: `message/node/${result.node}` }, channel: { id: `message/channel/${contactChannel(channel)}` }, date: session.today, order: result.id };
  session.io.stderr(`${session.t('message/logged', logged)}\n`);
  return 0;
}
