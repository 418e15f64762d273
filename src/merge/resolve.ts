// Values both sides changed to different values, and the few that a rule settles:
// - a change recorded in `changes` (变更单, e.g. `gendan change --promised`) wins over an
//   unrecorded one; both recorded, or neither, is a conflict;
// - a checklist item ticked on both sides keeps the earlier tick (both say it is done);
// - `status`: the state further along, if the checklists on the way hold on the merged
//   facts (they are judged after everything else is merged, in statusPick).
import type { DataPath } from '../model/problem.js';
import type { Order } from '../model/order.js';
import type { Scalar } from '../edit/render.js';
import { checklistFor, waivedItems, type ChecklistContext } from '../workflow/checklist.js';
import { isMainState, stateIndex, STATES } from '../workflow/states.js';
import type { Settle } from './plan.js';

type Entry = Record<string, unknown>;

/** Entries of `changes` a side added since the base. */
function newChanges(base: unknown, side: unknown): Entry[] {
  const list = (d: unknown) => {
    const c = (d as { changes?: unknown } | null | undefined)?.changes;
    return Array.isArray(c) ? (c as Entry[]) : [];
  };
  return list(side).slice(list(base).length);
}

export function settleRules(base: unknown, ours: unknown, theirs: unknown): Settle {
  const oursChanges = newChanges(base, ours);
  const theirsChanges = newChanges(base, theirs);
  const recorded = (changes: Entry[], field: string, value: Scalar) => changes.some((c) => c.field === field && c.to === value);
  return (path: DataPath, base: unknown, o: Scalar, t: Scalar) => {
    if (path.length === 1 && path[0] === 'status') return 'ours'; // judged in statusPick
    if (path.length === 2 && path[0] === 'checklist' && base === undefined && typeof o === 'string' && typeof t === 'string') return t < o ? 'theirs' : 'ours';
    const field = path.join('.');
    const byUs = recorded(oursChanges, field, o);
    const byThem = recorded(theirsChanges, field, t);
    if (byUs !== byThem) return byUs ? 'ours' : 'theirs';
    return undefined;
  };
}

/**
 * Both sides moved the order to different states: the one further along when every
 * checklist from the other one up to it holds on the merged order (items a forced move
 * waived count as held; "check passes" is left to `gendan check`). Else undefined: a conflict.
 */
export function statusPick(merged: Order, ours: unknown, theirs: unknown, ctx: ChecklistContext): 'ours' | 'theirs' | undefined {
  if (!isMainState(ours) || !isMainState(theirs)) return undefined;
  const [near, far] = stateIndex(ours) < stateIndex(theirs) ? [ours, theirs] : [theirs, ours];
  const order: Order = { ...merged, status: far };
  const waived = waivedItems(order);
  for (const state of STATES.slice(stateIndex(near), stateIndex(far))) {
    const unmet = checklistFor(order, state, ctx, ['fact', 'manual']).filter((r) => !r.met && !waived.has(r.id));
    if (unmet.length > 0) return undefined;
  }
  return far === ours ? 'ours' : 'theirs';
}
