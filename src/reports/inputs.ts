// Which loaded files the reports use: every file that parsed and kept a valid `id` and
// `status`, even if other rules fail. The rest are returned with the reason, to be named
// on stderr — never dropped silently.
import type { OrderFile } from '../load/order-file.js';
import type { Msg } from '../model/problem.js';
import { isStatus } from '../workflow/states.js';
import type { ReportInput } from './row.js';

export interface Skipped {
  file: string;
  reason: Msg;
}

export function reportInputs(files: OrderFile[]): { inputs: ReportInput[]; skipped: Skipped[] } {
  const inputs: ReportInput[] = [];
  const skipped: Skipped[] = [];
  for (const f of files) {
    const order = f.order;
    if (!order) {
      // Name the spot, like check does, so the clerk can open the file there.
      const first = f.findings[0];
      const at = first ? f.locate(first.where) : undefined;
      skipped.push({ file: at ? `${f.display}:${at.line}:${at.column}` : f.display, reason: first?.msg ?? { id: 'reports/skip-not-order' } });
    }
    else if (typeof order.id !== 'string') skipped.push({ file: f.display, reason: { id: 'reports/skip-no-id' } });
    else if (!isStatus(order.status)) skipped.push({ file: f.display, reason: { id: 'reports/skip-no-status' } });
    else inputs.push({ order: order as ReportInput['order'], file: f.display, source: f });
  }
  return { inputs, skipped };
}
