// Planning a move (`gendan advance`): which state, whether the checklists on the way are
// met, and the edit that records it. Pure; impossible requests are UserErrors (exit 2),
// an unmet checklist is a refusal the command reports (exit 1).
import { vocabName } from '../util/vocab.js';
import { userError } from '../model/errors.js';
import type { HistoryEntry, MainState, Order, Status } from '../model/order.js';
import type { Op } from '../edit/ops.js';
import type { Data } from '../edit/render.js';
import { nearest } from '../util/nearest.js';
import { checklistFor, type ChecklistContext, type ItemResult } from './checklist.js';
import { ALL_STATUSES, effectiveState, isMainState, isStatus, nextState, stateIndex, STATES } from './states.js';

export interface AdvanceRequest {
  target?: string;
  note?: string;
  force?: boolean;
  reason?: string;
  /** Timestamp for the history entry. */
  at: string;
}

export type AdvancePlan =
  | { ok: true; from: Status; to: Status; waived: ItemResult[]; ops: Op[]; same?: boolean }
  | { ok: false; from: Status; to: Status; unmet: ItemResult[] };

function parseTarget(target: string): Status {
  if (isStatus(target)) return target;
  const suggest = nearest(target, ALL_STATUSES);
  throw userError('advance/unknown-state', { state: target, allowed: ALL_STATUSES.join(', '), hint: suggest ? { id: 'wf/did-you-mean', args: { suggest } } : '' });
}

/** The main state a move starts from: the status, or for on_hold the state it left. */
function baseOf(order: Order, status: Status): MainState {
  const base = status === 'on_hold' ? effectiveState(order) : status;
  if (!isMainState(base)) throw userError('advance/no-resume', { id: order.id ?? '' });
  return base;
}

export function planAdvance(order: Order, req: AdvanceRequest, ctx: ChecklistContext): AdvancePlan {
  const status = order.status;
  if (status === undefined) throw userError('advance/no-status', { id: order.id ?? '' });
  if (req.force && !req.reason) throw userError('advance/force-needs-reason');
  if (status === 'closed' || status === 'cancelled') throw userError('advance/final', { id: order.id ?? '', state: vocabName('state', status) });
  let to: Status;
  if (req.target !== undefined) to = parseTarget(req.target);
  else to = status === 'on_hold' ? baseOf(order, status) : nextState(status)!;
  // Already there: nothing to change, like `git switch` to the branch you are on.
  if (to === status) return { ok: true, from: status, to, waived: [], ops: [], same: true };
  const unmet: ItemResult[] = [];
  if (to === 'cancelled') {
    if (!req.reason) throw userError('advance/cancel-needs-reason');
    const base = effectiveState(order);
    if (base !== undefined && stateIndex(base) >= stateIndex('delivered')) throw userError('advance/cancel-too-late', { id: order.id ?? '', state: vocabName('state', base) });
  } else if (isMainState(to)) {
    const base = baseOf(order, status);
    if (stateIndex(to) < stateIndex(base)) {
      if (!req.force) throw userError('advance/backward', { id: order.id ?? '', from: vocabName('state', base), to: vocabName('state', to) });
    } else {
      for (const s of STATES.slice(stateIndex(base), stateIndex(to))) unmet.push(...checklistFor(order, s, ctx).filter((r) => !r.met));
    }
  }
  if (unmet.length > 0 && !req.force) return { ok: false, from: status, to, unmet };
  const entry: HistoryEntry = { at: req.at, from: status, to };
  if (req.note) entry.note = req.note;
  if (req.reason) entry.reason = req.reason;
  if (req.force && unmet.length > 0) entry.waived = unmet.map((r) => r.id);
  const ops: Op[] = [
    { kind: 'set', path: ['status'], value: to },
    { kind: 'append', path: ['history'], item: entry as Data },
  ];
  return { ok: true, from: status, to, waived: unmet, ops };
}
