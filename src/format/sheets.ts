// The tables of list, report overdue|at-risk|stats and today as workbook sheets: the same
// rows the other formats show, with typed columns (dates, amounts, day counts) so that a
// spreadsheet can sort and sum them. Pure: xlsx.ts turns them into a file.
import type { Lang } from '../model/config.js';
import { t } from '../i18n/i18n.js';
import type { ReportRow } from '../reports/row.js';
import type { Stats } from '../reports/stats.js';
import type { TodayOrder } from '../reports/today.js';
import { stateName } from '../workflow/states.js';
import type { ListRow } from './list.js';
import type { ColumnKind, Sheet, SheetCell } from './xlsx.js';

const col = (lang: Lang, id: string, kind: ColumnKind = 'text') => ({ header: t(lang, `csv/col/${id}`), kind });
const state = (lang: Lang, s: string) => t(lang, stateName(s as never));

export function listSheet(rows: ListRow[], lang: Lang): Sheet[] {
  return [
    {
      name: t(lang, 'sheet/list'),
      columns: [col(lang, 'order'), col(lang, 'status'), col(lang, 'customer'), col(lang, 'ordered', 'date'), { header: t(lang, 'list/col/due'), kind: 'date' as const }, col(lang, 'currency'), col(lang, 'total', 'money'), col(lang, 'paid', 'money'), col(lang, 'file')],
      rows: rows.map((r) => [r.order, state(lang, r.status), r.customer, r.ordered, r.due, r.currency, r.total, r.paid, r.file]),
    },
  ];
}

export function rowsSheet(name: string, rows: ReportRow[], lang: Lang): Sheet[] {
  const left = name === 'at-risk';
  return [
    {
      name: t(lang, `sheet/${name}`),
      columns: [col(lang, 'order'), col(lang, 'customer'), col(lang, 'kind'), col(lang, 'what'), col(lang, 'due', 'date'), col(lang, left ? 'days_left' : 'days_late', 'integer'), col(lang, 'action'), col(lang, 'file')],
      rows: rows.map((r) => [r.order, r.customer, t(lang, `reports/kind/${r.kind}`), t(lang, r.what), r.due, left ? -r.days_late : r.days_late, t(lang, r.action), r.file]),
    },
  ];
}

export function statsSheets(s: Stats, lang: Lang): Sheet[] {
  const group = (first: string) => [col(lang, first), col(lang, 'delivered', 'integer'), col(lang, 'on_time', 'integer'), col(lang, 'late', 'integer'), col(lang, 'on_time_rate', 'percent'), col(lang, 'average_days_late', 'number')];
  const cells = (g: Stats['overall']): SheetCell[] => [g.key, g.delivered, g.on_time, g.late, g.on_time_rate, g.average_days_late];
  return [
    { name: t(lang, 'sheet/overall'), columns: group('key'), rows: [cells({ ...s.overall, key: t(lang, 'sheet/all-orders') })] },
    { name: t(lang, 'reports/stats/by-month'), columns: group('month'), rows: s.by_month.map(cells) },
    { name: t(lang, 'reports/stats/by-customer'), columns: group('customer'), rows: s.by_customer.map(cells) },
    { name: t(lang, 'reports/stats/by-state'), columns: [col(lang, 'state'), col(lang, 'stays', 'integer'), col(lang, 'average_days', 'number')], rows: s.days_in_state.map((x) => [state(lang, x.state), x.stays, x.average_days]) },
  ];
}

export function todaySheet(orders: TodayOrder[], lang: Lang): Sheet[] {
  return [
    {
      name: t(lang, 'sheet/today'),
      columns: [col(lang, 'order'), col(lang, 'customer'), col(lang, 'status'), col(lang, 'section'), col(lang, 'kind'), col(lang, 'what'), col(lang, 'due', 'date'), col(lang, 'days_late', 'integer'), col(lang, 'action'), col(lang, 'file')],
      rows: orders.flatMap((o) =>
        o.items.map((i) => [o.order, o.customer, state(lang, o.status), t(lang, `reports/section/${i.section}`), t(lang, `reports/kind/${i.kind}`), t(lang, i.what), i.due, i.days_late, i.action ? t(lang, i.action) : '', o.file]),
      ),
    },
  ];
}
