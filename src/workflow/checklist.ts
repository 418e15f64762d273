// Evaluating checklists: which items of a state apply to an order, and which are met.
import type { MainState, Order } from '../model/order.js';
import type { Msg } from '../model/problem.js';
import type { ChecklistContext, Gap, ItemDef, ItemKind } from './item.js';
import { ITEMS } from './items/index.js';
import { effectiveState, isOpen, statesBefore } from './states.js';

export type { ChecklistContext } from './item.js';

export interface ItemResult {
  id: string;
  state: MainState;
  met: boolean;
  /** A manual tick (`gendan tick`), not a fact of the order. */
  manual: boolean;
  kind: ItemKind;
  /** What the item is. */
  label: Msg;
  /** What exactly is missing, when not met. */
  missing?: Msg;
}

export function labelOf(id: string): Msg {
  return { id: `item/${id}` };
}

function gapMsg(item: ItemDef, gap: Gap): Msg {
  return 'msg' in gap ? gap.msg : { id: `item/${item.id}/${gap.key}`, args: gap.args };
}

function evaluate(item: ItemDef, order: Order, ctx: ChecklistContext, gap = item.gap(order, ctx)): ItemResult {
  const key = item.labelFor?.(order);
  const label = key === undefined ? labelOf(item.id) : { id: `item/${item.id}/${key}` };
  const result: ItemResult = { id: item.id, state: item.state, manual: item.kind === 'manual', kind: item.kind, label, met: gap === undefined };
  if (gap !== undefined) result.missing = gapMsg(item, gap);
  return result;
}

/** The items of `state`'s checklist that apply to this order, each met or not. */
export function checklistFor(order: Order, state: MainState, ctx: ChecklistContext, kinds?: ItemKind[]): ItemResult[] {
  const out: ItemResult[] = [];
  for (const i of itemsOf(state)) if ((kinds === undefined || kinds.includes(i.kind)) && (i.applies?.(order, ctx) ?? true)) out.push(evaluate(i, order, ctx));
  return out;
}

/** Unmet items of the order's current (effective) state; none for closed or cancelled orders. */
export function openItems(order: Order, ctx: ChecklistContext): ItemResult[] {
  return currentChecklist(order, ctx)?.items.filter((r) => !r.met) ?? [];
}

/** The checklist of the order's current (effective) state; undefined for closed or cancelled orders. */
export function currentChecklist(order: Order, ctx: ChecklistContext): { state: MainState; items: ItemResult[] } | undefined {
  const state = effectiveState(order);
  if (state === undefined || !isOpen(order.status)) return undefined;
  return { state, items: checklistFor(order, state, ctx) };
}

/**
 * What to say of an open order whose checklist is all met: move it on (an order on hold:
 * resume it). It is never left out of the to-do list, or the clerk forgets it.
 */
export function allMetMsg(id: string, status: Order['status']): Msg {
  return { id: status === 'on_hold' ? 'facts/all-met-held' : 'facts/all-met', args: { order: id } };
}

/** Only fact items are evaluated here: a "check passes" item never reaches the checker. */
const factsOnly: ChecklistContext['checker'] = () => {
  throw new Error('missingFacts evaluates fact items only');
};

/** Item ids a forced transition waived, from every `history` entry. */
export function waivedItems(order: Order): Set<string> {
  const out = new Set<string>();
  for (const h of order.history ?? []) for (const id of h.waived ?? []) out.add(id);
  return out;
}

/**
 * What `state-incomplete` looks at: for the states before the order's (effective) state,
 * the unmet fact items — never "check passes", manual ticks, or waived items. Grouped by
 * state, earliest first.
 */
export function missingFacts(order: Order, plan: Omit<ChecklistContext, 'checker'>): { state: MainState; items: ItemResult[] }[] {
  const current = effectiveState(order);
  if (current === undefined) return [];
  const waived = waivedItems(order);
  const ctx: ChecklistContext = { ...plan, checker: factsOnly };
  const out: { state: MainState; items: ItemResult[] }[] = [];
  // `check` asks this of every order: only the unmet items are made into results.
  for (const state of statesBefore(current)) {
    const items: ItemResult[] = [];
    for (const item of factItems(state)) {
      if (waived.has(item.id) || !(item.applies?.(order, ctx) ?? true)) continue;
      const gap = item.gap(order, ctx);
      if (gap !== undefined) items.push(evaluate(item, order, ctx, gap));
    }
    if (items.length > 0) out.push({ state, items });
  }
  return out;
}

const byState = new Map<MainState, ItemDef[]>();
const factsByState = new Map<MainState, ItemDef[]>();

/** The items of a state's checklist, in checklist order (asked of every order of a report). */
function itemsOf(state: MainState): ItemDef[] {
  let items = byState.get(state);
  if (!items) byState.set(state, (items = ITEMS.filter((i) => i.state === state)));
  return items;
}

/** The fact items of a state's checklist, in checklist order. */
function factItems(state: MainState): ItemDef[] {
  let items = factsByState.get(state);
  if (!items) factsByState.set(state, (items = itemsOf(state).filter((i) => i.kind === 'fact')));
  return items;
}
