// The filters every report takes: --customer and --sales match part of the name, any case;
// --status takes one or more states, comma separated.
import { userError } from '../model/errors.js';
import type { Status } from '../model/order.js';
import { ALL_STATUSES, isStatus } from '../workflow/states.js';
import type { ReportInput } from './row.js';

export interface Filters {
  customer?: string;
  sales?: string;
  status?: string;
}

export function parseStatuses(value: string | undefined): Set<Status> | undefined {
  if (value === undefined) return undefined;
  const out = new Set<Status>();
  for (const s of value.split(',').map((x) => x.trim()).filter((x) => x !== '')) {
    if (!isStatus(s)) throw userError('reports/bad-status', { status: s, allowed: ALL_STATUSES.join(', ') });
    out.add(s);
  }
  return out;
}

const contains = (text: string | undefined, part: string) => (text ?? '').toLowerCase().includes(part.toLowerCase());

export function applyFilters(inputs: ReportInput[], f: Filters): ReportInput[] {
  const statuses = parseStatuses(f.status);
  return inputs.filter(
    ({ order }) =>
      (f.customer === undefined || contains(order.customer?.name, f.customer)) &&
      (f.sales === undefined || contains(order.sales, f.sales)) &&
      (statuses === undefined || statuses.has(order.status)),
  );
}
