// Loading order files in workers (parallel.ts) for commands that need every order at
// once (reports, lists): a worker sends back the data; the text only when the file has
// problems. Back here, text and positions of the other files are read again if asked for.
import type { Order } from '../model/order.js';
import type { Finding } from '../model/problem.js';
import type { FileItem } from './file-list.js';
import { during, processingFile } from '../util/activity.js';
import { failedFile, loadOrderFile, orderFromText, type OrderFile } from '../load/order-file.js';
import type { Job } from './job.js';
import type { ReadInfo } from '../load/read.js';

export interface Loaded {
  path: string;
  display: string;
  order?: Order;
  findings: Finding[];
  text?: string;
}

export function loadItem([path, display, error]: FileItem, info?: ReadInfo): OrderFile {
  return error ? failedFile(path, display, error) : during(processingFile(display), () => loadOrderFile(path, display, info));
}

/** The job each worker runs. */
export function loadJob(): Job<Loaded> {
  return {
    run(item) {
      const f = loadItem(item);
      return { path: f.path, display: f.display, order: f.order, findings: f.findings, text: f.findings.length > 0 ? f.text : undefined };
    },
  };
}

/** An OrderFile from what a worker sent. */
export function revive(d: Loaded): OrderFile {
  let full: OrderFile | undefined;
  const again = () => (full ??= d.text !== undefined ? orderFromText(d.path, d.display, d.text) : loadOrderFile(d.path, d.display));
  return {
    path: d.path,
    display: d.display,
    order: d.order,
    findings: d.findings,
    get text() {
      return d.text ?? again().text;
    },
    locate: (where) => ('line' in where ? { line: where.line, column: where.column } : again().locate(where)),
  };
}
