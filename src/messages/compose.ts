// A message to the customer: the order's facts (view.ts) poured into a template
// (templates.ts or the workspace's own), refused when the template needs a fact the order
// lacks — naming each fact and the command that records it. Pure.
import type { PlanContext } from '../facts/delivery.js';
import type { Lang } from '../model/config.js';
import { userError } from '../model/errors.js';
import type { KnownOrder } from '../model/order.js';
import type { Msg } from '../model/problem.js';
import type { MessageChannel, MessageNode } from './nodes.js';
import { missingFacts, parseTemplate, renderTemplate, type Template } from './render.js';
import { builtinTemplate } from './templates.js';
import { VARIABLES } from './variables.js';
import { messageView } from './view.js';

const SHIPMENT_FACTS = ['items', 'carrier', 'tracking', 'eta', 'vessel', 'batch', 'remaining'];

export interface MessageRequest {
  node: MessageNode;
  channel: MessageChannel;
  lang: Lang;
  company?: string;
  /** A workspace template; the built-in one when absent. */
  template?: Template;
}

export interface Message {
  text: string;
  /** The first line: what `--log` records as the contact's note. */
  firstLine: string;
}

export function composeMessage(order: KnownOrder, req: MessageRequest, ctx: PlanContext): Message {
  const template = req.template ?? { source: builtinTemplate(req.node, req.channel, req.lang) };
  const tokens = parseTemplate(template);
  const view = messageView(order, req.node, ctx, { lang: req.lang, company: req.company });
  let missing = missingFacts(tokens, view);
  // Without the shipment itself, name only that: its carrier, number and ETA come with it.
  if (missing.some((m) => SHIPMENT_FACTS.includes(m)) && view.shipped === undefined) {
    const first = missing.find((m) => SHIPMENT_FACTS.includes(m))!;
    missing = missing.map((m) => (m === first ? 'shipped' : m)).filter((m, i, all) => !SHIPMENT_FACTS.includes(m) && all.indexOf(m) === i);
  }
  if (missing.length > 0) {
    const list: Msg = missing
      .map((name): Msg => {
        const v = VARIABLES[name]!;
        const label: Msg = { id: `message/var/${name}` };
        return v.record ? { id: 'message/missing-one', args: { what: label, how: { id: `message/record/${name}`, args: { order: order.id } } } } : label;
      })
      .reduce((a, b) => ({ id: 'wf/join', args: { a, b } }));
    throw userError('message/missing', { order: order.id, node: { id: `message/node/${req.node}` }, list }, 1);
  }
  const text = renderTemplate(template, view);
  return { text, firstLine: text.split('\n')[0]! };
}
