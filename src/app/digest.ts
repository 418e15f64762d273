// Reports over many orders without keeping them: each file is loaded (in this thread or a
// worker, load/parallel.ts), and only what the report's rows need of it comes back — its
// rows, its morning-page entry, its delivery and state-time facts, its list row, or why it
// was skipped. The report is then put together from those, in file order, with the same
// functions and sort orders as over loaded orders, so the output is the same.
import { Calendar } from '../calendar/calendar.js';
import { dueDate } from '../facts/delivery.js';
import { orderTotal, paidSum } from '../facts/money.js';
import type { FileItem } from './file-list.js';
import { loadItem } from './load-job.js';
import type { Job } from './job.js';
import { cachedCheckErrors, checkErrors } from './check-passes.js';
import type { ReadInfo } from '../load/read.js';
import type { OrderFile } from '../load/order-file.js';
import type { Catalog } from '../model/catalog.js';
import type { Config } from '../model/config.js';
import { atRisk } from '../reports/at-risk.js';
import { applyFilters, type Filters } from '../reports/filter.js';
import { reportInputs, type Skipped } from '../reports/inputs.js';
import { overdue } from '../reports/overdue.js';
import type { ReportContext, ReportInput, ReportRow } from '../reports/row.js';
import { statsFacts, type StatsFacts } from '../reports/stats.js';
import { todayEntry, urgencyKey, type TodayOrder, type UrgencyKey } from '../reports/today.js';
import type { ListRow } from '../format/list.js';
import { shownEntry, type ShownEntry } from '../format/today.js';
import type { Lang } from '../model/config.js';
import { registerAll } from '../i18n/all.js';
import { isOpen, isStatus } from '../workflow/states.js';

export type DigestKind = 'overdue' | 'at-risk' | 'today' | 'stats' | 'list';

export interface DigestInit {
  config: Config;
  catalog: Catalog;
  today: string;
  /** The report filters; for `list`, its own: states (`open` included) and part of the customer's name. */
  filters: Filters;
  list?: { statuses?: string[]; customer?: string };
  kind: DigestKind;
  /**
   * For the morning page's table: each entry comes back in words in this language, as
   * JSON, measured and with its place in the page's order. Made where the order was read
   * (in a worker thread, for many files), this thread only keeps it.
   */
  words?: Lang;
  /**
   * From the check cache, the entries of files with problems ([path, tail]): "check
   * passes" is answered from them for a file the last check read as it is now
   * (check-passes.ts). Absent without a cache, or when the report has no checklists.
   */
  checked?: [string, string][];
}


/** What comes back of one file: why it was skipped, or what the report needs of it (nothing when filtered out). */
export interface Digest {
  skipped?: Skipped;
  rows?: ReportRow[];
  page?: TodayOrder;
  /** The page's entry in words (`words` in DigestInit). */
  shown?: ShownEntry & UrgencyKey;
  stats?: StatsFacts;
  list?: ListRow;
}

export function digestJob(init: DigestInit, calendar = new Calendar(init.config.calendar)): Job<Digest> {
  // With entries of the check cache, each file's stat and bytes are kept from its read.
  const known = init.checked && init.checked.length > 0 ? new Map(init.checked) : undefined;
  let read: ReadInfo | undefined;
  const checker = known ? cachedCheckErrors(known, () => read, init.today, calendar) : checkErrors;
  const ctx: ReportContext = { config: init.config, catalog: init.catalog, calendar, today: init.today, checker };
  if (init.words) registerAll(); // a worker thread's messages
  return {
    run(item: FileItem): Digest {
      read = known ? {} : undefined;
      const file = loadItem(item, read);
      if (init.kind === 'list') return listDigest(file, init.list ?? {});
      const { inputs, skipped } = reportInputs([file]);
      if (skipped.length > 0) return { skipped: skipped[0]! };
      const input = applyFilters(inputs, init.filters)[0];
      if (!input) return {};
      // One order must never stop a whole report: one whose values a report cannot use
      // is named on stderr as skipped (reports/guard.ts), the others are reported.
      try {
        return digestOf(input, init, ctx);
      } catch {
        return { skipped: { file: input.file, reason: { id: 'reports/skip-unusable', args: { file: input.file } } } };
      }
    },
    finish: () => [...calendar.missingYears],
  };
}

function digestOf(input: ReportInput, init: DigestInit, ctx: ReportContext): Digest {
  switch (init.kind) {
    case 'overdue':
      return { rows: overdue([input], ctx) };
    case 'at-risk':
      return { rows: atRisk([input], ctx) };
    case 'today': {
      const page = todayEntry(input, ctx);
      if (!page) return {};
      return init.words ? { shown: { ...urgencyKey(page), ...shownEntry(page, init.words) } } : { page };
    }
    case 'stats':
      return { stats: statsFacts(input.order) };
    default:
      return {};
  }
}

/** `gendan list` skips what has no id or status (naming the first finding) and filters on its own. */
function listDigest(file: OrderFile, f: { statuses?: string[]; customer?: string }): Digest {
  const o = file.order;
  if (!o?.id || !isStatus(o.status)) return { skipped: { file: file.display, reason: file.findings[0]?.msg ?? { id: 'checklist/no-id-status' } } };
  const wanted = f.statuses;
  if (wanted && !(wanted.includes(o.status) || (wanted.includes('open') && isOpen(o.status)))) return {};
  if (f.customer !== undefined && !(o.customer?.name ?? '').toLowerCase().includes(f.customer.toLowerCase())) return {};
  return { list: { order: o.id, file: file.display, status: o.status, customer: o.customer?.name ?? '', ordered: o.ordered ?? '', due: dueDate(o) ?? '', currency: o.currency ?? 'CNY', total: orderTotal(o), paid: paidSum(o) } };
}
