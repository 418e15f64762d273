// A checklist item is data: an id, the state whose checklist holds it, a zh/en label, and
// either a fact predicate over the order, a manual tick, or "check passes".
import type { PlanContext } from '../facts/delivery.js';
import { vocabName } from '../util/vocab.js';
import type { Messages, Text } from '../model/text.js';
import type { OrderFile } from '../load/order-file.js';
import type { MainState, Order } from '../model/order.js';
import type { Msg, Problem } from '../model/problem.js';

/**
 * Runs `gendan check`'s rules on one order and gives its errors, for the "check passes"
 * item. The application layer provides it (app/check-passes.ts): the workflow itself
 * never runs the rules, which in turn look at checklists (state-incomplete).
 */
export type Checker = (order: Order, ctx: ChecklistContext) => Problem[];

export interface ChecklistContext extends PlanContext {
  /**
   * The loaded file of the order, for the "check passes" item. Without it the check runs
   * on the order data alone (schema problems already pruned away are then not seen).
   */
  file?: OrderFile;
  checker: Checker;
}

/** What is missing: a message key of the item (`item/<id>/<key>`) and its arguments, or a whole message. */
export type Gap = { key: string; args?: Msg['args'] } | { msg: Msg };

export type ItemKind = 'fact' | 'manual' | 'check';

export interface ItemDef {
  id: string;
  state: MainState;
  kind: ItemKind;
  label: Text;
  /** Texts of the gaps this item can report, by key. */
  messages: Messages;
  /** A label of `messages` that fits this order better than `label` (e.g. 定金 or 预付款), by key. */
  labelFor?(order: Order): string | undefined;
  /** Whether the item is on this order's checklist at all (pickup, deposit, make/stock…). */
  applies?(order: Order, ctx: ChecklistContext): boolean;
  /** Undefined when met. */
  gap(order: Order, ctx: ChecklistContext): Gap | undefined;
}

/** A manual item: met when `checklist.<id>` holds the date it was ticked. */
export function manualItem(id: string, state: MainState, label: Text, applies?: ItemDef['applies']): ItemDef {
  return {
    id,
    state,
    kind: 'manual',
    label,
    applies,
    messages: {
      'not-ticked': {
        en: 'not ticked yet: once done, run `gendan tick {order} {id}`',
        zh: '尚未勾选：完成后运行 `gendan tick {order} {id}`',
      },
    },
    gap: (order) => (order.checklist?.[id] === undefined ? { key: 'not-ticked', args: { order: order.id ?? '<order>', id } } : undefined),
  };
}

/** What a Chinese clerk reads for a value not yet filled in: the thing, and the command that records it. */
const MISSING_ZH: Record<string, string> = {
  'production.handoff': '尚未下达生产或预留库存（用 gendan handoff 登记）',
  'customer.contact': '未填写客户联系人',
  'customer.phone': '未填写客户电话',
  'delivery.method': '未填写运输方式',
  'delivery.address': '未填写收货地址',
  'delivery.recipient': '未填写收货人',
  'delivery.phone': '未填写收货人电话',
  'payment.balance': '未填写尾款付款条件',
};

/** An item met when a value is present; `what` names it in the message. */
export function presentItem(id: string, state: MainState, label: Text, path: string, get: (o: Order) => unknown, applies?: ItemDef['applies']): ItemDef {
  return {
    id,
    state,
    kind: 'fact',
    label,
    applies,
    messages: { missing: { en: `\`${path}\` is not filled in`, zh: MISSING_ZH[path] ?? `未填写 \`${path}\`` } },
    gap: (order, ctx) => {
      if (isFilled(get(order))) return undefined;
      const line = invalidLine(ctx, path.split('.'));
      return line === undefined ? { key: 'missing' } : { msg: { id: 'item/invalid', args: { path, line } } };
    },
  };
}

/**
 * The line of a schema problem at `path`, when the value is there but invalid (the loader
 * pruned it, so the order alone would call it missing).
 */
export function invalidLine(ctx: ChecklistContext, path: (string | number)[]): number | undefined {
  const file = ctx.file;
  if (!file) return undefined;
  const want = path.join('.');
  const f = file.findings.find((x) => x.rule === 'schema' && 'path' in x.where && x.where.at === 'value' && x.where.path.join('.') === want);
  return f ? file.locate(f.where).line : undefined;
}

export function isFilled(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

/** Whether the order has a contact with the customer at this node. */
export function hasContact(order: Order, node: string): boolean {
  return (order.contacts ?? []).some((c) => c.node === node);
}

/** An item met by a contact with the customer at `node` (SPEC: "customer told …"). */
export function contactItem(id: string, state: MainState, node: string, label: Text): ItemDef {
  return {
    id,
    state,
    kind: 'fact',
    label,
    messages: {
      missing: {
        en: 'no contact with node `{node}` in contacts; after telling the customer, run `gendan log {order} --node {node} --channel phone "…"`',
        zh: '尚无“{name}”的沟通记录；告知客户后运行 `gendan log {order} --node {name} --channel 电话 "…"`',
      },
    },
    gap: (order) => (hasContact(order, node) ? undefined : { key: 'missing', args: { node, name: vocabName('node', node), order: order.id ?? '<order>' } }),
  };
}
