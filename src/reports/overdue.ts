// `gendan report overdue`: one row per item whose due date is before today (SPEC §5).
import { diffDays } from '../calendar/dates.js';
import { dueItems, type DueItem } from './due-items.js';
import { byLateness, rowBase, type ReportContext, type ReportInput, type ReportRow } from './row.js';

/** What falls due in each order; the morning page works them out once for both sections. */
export type ItemsOf = (input: ReportInput) => DueItem[];

export function overdue(inputs: ReportInput[], ctx: ReportContext, itemsOf: ItemsOf = (i) => dueItems(i.order, ctx)): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const input of inputs) {
    for (const item of itemsOf(input)) {
      if (item.due >= ctx.today) continue;
      rows.push({ ...rowBase(input), kind: item.kind, what: item.what, due: item.due, days_late: diffDays(item.due, ctx.today), action: item.action });
    }
  }
  return rows.sort(byLateness);
}

/** Items falling due exactly today, with the action for the day. */
export function dueToday(inputs: ReportInput[], ctx: ReportContext, itemsOf: ItemsOf = (i) => dueItems(i.order, ctx)): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const input of inputs) {
    for (const item of itemsOf(input)) {
      if (item.due !== ctx.today) continue;
      rows.push({ ...rowBase(input), kind: item.kind, what: item.what, due: item.due, days_late: 0, action: item.todayAction ?? item.action });
    }
  }
  return rows.sort(byLateness);
}
