// "Check passes for the order" (an item of `received`): the check rules run on this one
// order, without state-incomplete itself (which looks at checklists in turn). Given to
// the workflow as the checklist context's `checker`.
import { byPlace, check } from './run-rules.js';
import { holds, metaOfTail, outcomeOfTail } from './cache/entry.js';
import type { Calendar } from '../calendar/calendar.js';
import { orderFromText } from '../load/order-file.js';
import type { ReadInfo } from '../load/read.js';
import { yaml } from '../load/yaml-lib.js';
import type { Order } from '../model/order.js';
import type { Problem } from '../model/problem.js';
import { rules } from '../rules/index.js';
import type { Checker, ChecklistContext } from '../workflow/item.js';

export const SELF = 'state-incomplete';

/** Every rule but state-incomplete: made once, asked of every order in `received`. */
const ACTIVE = rules.filter((r) => r.id !== SELF);

export const checkErrors: Checker = (order: Order, ctx: ChecklistContext): Problem[] => {
  const file = ctx.file ?? orderFromText(`${order.id ?? 'order'}.yaml`, `${order.id ?? 'order'}.yaml`, yaml().stringify(order));
  return check([file], ACTIVE, ctx).problems.filter((p) => p.severity === 'error');
};

/**
 * The checker of a report that read the check cache. Placing a problem means parsing its
 * file with the yaml package, which cost an order with errors ~0.7 ms, most of the morning
 * page's time for an order in `received`: so an order whose file is the one the last check
 * read (its entry holds for this read: same stat, same content when that was close, same
 * day if a rule read today) takes that check's errors. `known` holds the tails of the
 * entries with problems, by path; any other file is checked here (without problems to
 * place, that costs little). `read` is what the current file's read gave.
 */
export function cachedCheckErrors(known: ReadonlyMap<string, string>, read: () => ReadInfo | undefined, today: string, calendar: Calendar): Checker {
  return (order, ctx) => {
    const path = ctx.file?.path;
    const tail = path === undefined ? undefined : known.get(path);
    const info = read();
    const meta = tail === undefined ? undefined : metaOfTail(tail);
    const outcome = meta && outcomeOfTail(tail!);
    if (!meta || !outcome || typeof outcome === 'string' || outcome.hidden || !info?.stat || !info.bytes || !holds(meta, info.stat, () => info.bytes!, today)) {
      return checkErrors(order, ctx);
    }
    for (const y of meta.years || []) calendar.missingYears.add(y);
    return outcome.problems.filter((p) => p.severity === 'error' && p.rule !== SELF).map((p) => ({ ...p, file: ctx.file!.display })).sort(byPlace);
  };
}
