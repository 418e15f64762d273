// A carrier's export → tracking events, pure: each row's waybill number, a status in
// gendan's words (from the status column, else from the description), the time with its
// offset (China time when the carrier gives none) and the carrier's own text.
import type { TrackingEvent, TrackingStatus, Order } from '../model/order.js';
import type { Op } from '../edit/ops.js';
import { CellReader } from './cells.js';
import { cellText, isBlank, type Grid } from './grid.js';
import type { Header } from './header.js';
import type { Mapping } from './mapping.js';
import type { RowProblem } from './orders.js';
import { trackingStatus, TRACKING_STATUSES } from './words.js';

export interface RowEvent {
  row: number;
  tracking: string;
  event: { at: string; status: TrackingStatus; text?: string };
}

/** Waybill numbers compared without spaces and case: `sf 1234` is `SF1234`. */
export const trackingKey = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

export function readEvents(grid: Grid, header: Header, mapping: Mapping): { events: RowEvent[]; problems: RowProblem[] } {
  const cells = new CellReader(mapping);
  const col = (target: string) => header.columns.find((c) => c.target === target);
  const [number, status, at, text] = [col('tracking')!, col('status'), col('at'), col('text')];
  const events: RowEvent[] = [];
  const problems: RowProblem[] = [];
  for (const row of grid.rows.slice(header.at + 1)) {
    if (isBlank(row.cells)) continue;
    const tracking = cellText(row.cells[number.index]);
    if (tracking === '') {
      problems.push({ row: row.row, column: number.header, msg: { id: 'import/no-tracking' } });
      continue;
    }
    const description = text ? cellText(row.cells[text.index]) : '';
    const word = status ? cellText(row.cells[status.index]) : '';
    const own = status ? cells.ownWord('status', word) : undefined;
    const found = (typeof own === 'string' && (TRACKING_STATUSES as string[]).includes(own) ? (own as TrackingStatus) : undefined) ?? trackingStatus(word) ?? trackingStatus(description);
    if (!found) {
      problems.push({ row: row.row, column: status?.header ?? text?.header, order: tracking, msg: { id: 'import/unknown-status', args: { value: word || description, allowed: TRACKING_STATUSES.join(', ') } } });
      continue;
    }
    const time = at ? cells.read('at', 'timestamp', row.cells[at.index]) : undefined;
    if (time === undefined || 'problem' in time) {
      problems.push({ row: row.row, column: at?.header, order: tracking, msg: time?.problem ?? { id: 'import/no-time' } });
      continue;
    }
    events.push({ row: row.row, tracking, event: { at: String(time.value), status: found, ...(description ? { text: description } : {}) } });
  }
  return { events, problems };
}

export interface ShipmentUpdate {
  /** Index into the order's shipments. */
  shipment: number;
  tracking: string;
  added: RowEvent['event'][];
  /** The delivered date set, if the shipment had none. */
  delivered?: string;
}

const instant = (at: string | undefined) => (at ? Date.parse(at) : NaN);
const same = (a: TrackingEvent, b: TrackingEvent) => a.status === b.status && instant(a.at) === instant(b.at);

/**
 * The events of `rows` that a shipment of `order` does not hold yet, oldest first, and
 * the delivered date a delivered event gives a shipment without one.
 */
export function planEvents(order: Order, rows: RowEvent[]): { ops: Op[]; updates: ShipmentUpdate[] } {
  const ops: Op[] = [];
  const updates: ShipmentUpdate[] = [];
  (order.shipments ?? []).forEach((s, i) => {
    if (!s.tracking) return;
    const key = trackingKey(s.tracking);
    const mine = rows.filter((r) => trackingKey(r.tracking) === key).map((r) => r.event);
    if (mine.length === 0) return;
    const known: TrackingEvent[] = [...(s.events ?? [])];
    const added: RowEvent['event'][] = [];
    for (const e of [...mine].sort((a, b) => instant(a.at) - instant(b.at))) {
      if (known.some((k) => same(k, e))) continue;
      known.push(e);
      added.push(e);
    }
    for (const e of added) ops.push({ kind: 'append', path: ['shipments', i, 'events'], item: e });
    const delivered = s.delivered ? undefined : known.filter((e) => e.status === 'delivered').map((e) => e.at!.slice(0, 10)).sort()[0];
    if (delivered) ops.push({ kind: 'set', path: ['shipments', i, 'delivered'], value: delivered });
    if (added.length > 0 || delivered) updates.push({ shipment: i, tracking: s.tracking, added, ...(delivered ? { delivered } : {}) });
  });
  return { ops, updates };
}
