// The workflow's states (SPEC §4): the main line from received to closed, plus on_hold
// and cancelled beside it. The table is data; names are shown through messages `state/<id>`.
import { STATES, type MainState, type Order, type Status } from '../model/order.js';
import type { Text } from '../model/text.js';

export { STATES, type MainState, type Status };

export interface StateInfo {
  id: Status;
  name: Text;
  /** The state a plain `gendan advance` moves to; undefined for closed and the side states. */
  next?: MainState;
}

export const STATE_TABLE: Record<Status, StateInfo> = {
  received: { id: 'received', name: { en: 'received', zh: '已接单' }, next: 'confirmed' },
  confirmed: { id: 'confirmed', name: { en: 'confirmed', zh: '已确认' }, next: 'preparing' },
  preparing: { id: 'preparing', name: { en: 'preparing', zh: '生产/备货中' }, next: 'ready' },
  ready: { id: 'ready', name: { en: 'ready to ship', zh: '待发货' }, next: 'shipped' },
  shipped: { id: 'shipped', name: { en: 'shipped', zh: '已发货' }, next: 'delivered' },
  delivered: { id: 'delivered', name: { en: 'delivered', zh: '已签收' }, next: 'followed_up' },
  followed_up: { id: 'followed_up', name: { en: 'followed up', zh: '已回访' }, next: 'closed' },
  closed: { id: 'closed', name: { en: 'closed', zh: '已完结' } },
  on_hold: { id: 'on_hold', name: { en: 'on hold', zh: '暂停' } },
  cancelled: { id: 'cancelled', name: { en: 'cancelled', zh: '已取消' } },
};

export const ALL_STATUSES = Object.keys(STATE_TABLE) as Status[];

export function isMainState(s: unknown): s is MainState {
  return typeof s === 'string' && (STATES as readonly string[]).includes(s);
}

export function isStatus(s: unknown): s is Status {
  return typeof s === 'string' && Object.prototype.hasOwnProperty.call(STATE_TABLE, s);
}

export function stateIndex(s: MainState): number {
  return STATES.indexOf(s);
}

export function nextState(s: MainState): MainState | undefined {
  return STATE_TABLE[s].next;
}

/** The main states strictly before `s`, in order. */
export function statesBefore(s: MainState): MainState[] {
  return STATES.slice(0, stateIndex(s));
}

/** Still being worked on: neither closed nor cancelled (on_hold counts as open). */
export function isOpen(s: Status | undefined): boolean {
  return s !== undefined && s !== 'closed' && s !== 'cancelled';
}

/** A state as shown: in zh its Chinese name alone; in en its id, with its name when that says more. */
export function statusLabel(s: Status, name: (s: Status) => string, lang: 'zh' | 'en'): string {
  const n = name(s);
  if (lang === 'zh') return n;
  return n === s.replace(/_/g, ' ') ? s : `${s} (${n})`;
}

/** Message id of a state's display name. */
export function stateName(s: Status): { id: string } {
  return { id: `state/${s}` };
}

/**
 * The main state an order is judged by: its status, or for on_hold / cancelled the state it
 * left — the `from` of the last history entry that put it there (through an on_hold
 * before a cancellation). Undefined when the history does not say.
 */
export function effectiveState(order: Order): MainState | undefined {
  const status = order.status;
  if (status === undefined || isMainState(status)) return status;
  const history = order.history ?? [];
  let looking: Status = status;
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (h.to !== looking) continue;
    if (isMainState(h.from)) return h.from;
    if (h.from === 'on_hold' || h.from === 'cancelled') looking = h.from;
    else return undefined;
  }
  return undefined;
}
