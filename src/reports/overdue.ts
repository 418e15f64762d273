// `gendan report overdue`: one row per item whose due date is before today (SPEC §5).
import { diffDays } from '../calendar/dates.js';
import { dueItems } from './due-items.js';
import { byLateness, rowBase, type ReportContext, type ReportInput, type ReportRow } from './row.js';

export function overdue(inputs: ReportInput[], ctx: ReportContext): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const input of inputs) {
    for (const item of dueItems(input.order, ctx)) {
      if (item.due >= ctx.today) continue;
      rows.push({ ...rowBase(input), kind: item.kind, what: item.what, due: item.due, days_late: diffDays(item.due, ctx.today), action: item.action });
    }
  }
  return rows.sort(byLateness);
}

/** Items falling due exactly today, with the action for the day. */
export function dueToday(inputs: ReportInput[], ctx: ReportContext): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const input of inputs) {
    for (const item of dueItems(input.order, ctx)) {
      if (item.due !== ctx.today) continue;
      rows.push({ ...rowBase(input), kind: item.kind, what: item.what, due: item.due, days_late: 0, action: item.todayAction ?? item.action });
    }
  }
  return rows.sort(byLateness);
}
