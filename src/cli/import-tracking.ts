// `gendan import tracking`: a carrier's export → events on the matching shipments, across
// the workspace. Each order file is changed once, through the edit path; rows whose
// waybill number is in no order are listed (someone else's parcels), not refused.
import { UserError } from '../model/errors.js';
import type { Msg } from '../model/problem.js';
import { planEvents, readEvents, trackingKey, type RowEvent, type ShipmentUpdate } from '../import/tracking.js';
import { loadMapping, readTable, workspaceOrders } from './import-orders.js';
import { editOrder } from './order-ref.js';
import type { Session } from './session.js';

export interface ImportTrackingOptions {
  map?: string;
  sheet?: string;
  dryRun?: boolean;
}

export async function runImportTracking(session: Session, file: string, opts: ImportTrackingOptions): Promise<number> {
  const ws = session.workspace();
  const mapping = loadMapping(session, opts.map, 'tracking');
  const { grid, header } = await readTable(session, file, mapping, 'tracking', opts.sheet);
  const { events, problems } = readEvents(grid, header, mapping);
  const say = (msg: Msg | string, args?: Msg['args']) => session.io.stdout(`${session.t(msg, args)}\n`);
  for (const p of problems) say('import/problem-column', { file, row: p.row, column: p.column ?? '', severity: { id: 'import/severity-error' }, msg: p.msg, order: '' });

  // Which files hold which waybill numbers.
  const wanted = new Set(events.map((e) => trackingKey(e.tracking)));
  const holders = new Map<string, { path: string; display: string }>();
  const matched = new Set<string>();
  for (const f of workspaceOrders(session, ws)) {
    for (const s of f.order?.shipments ?? []) {
      if (typeof s?.tracking !== 'string' || !wanted.has(trackingKey(s.tracking))) continue;
      matched.add(trackingKey(s.tracking));
      holders.set(f.path, { path: f.path, display: f.display });
    }
  }
  let shipments = 0;
  let added = 0;
  let failed = 0;
  for (const h of holders.values()) {
    let result: { id: string; updates: ShipmentUpdate[] };
    try {
      result = editOrder(session, { ...h, ws }, (f) => {
        const { ops, updates } = planEvents(f.order!, events);
        // A dry run plans the same edit and writes nothing.
        return { ops: opts.dryRun ? [] : ops, result: { id: f.order!.id ?? h.display, updates } };
      }).result;
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      say('import/tracking-file-failed', { file: h.display, detail: e.msg });
      failed++;
      continue;
    }
    for (const u of result.updates) {
      const last = u.added[u.added.length - 1];
      say('import/tracking-updated', {
        id: result.id,
        tracking: u.tracking,
        count: u.added.length,
        last: last ? { id: 'import/tracking-last', args: { status: { id: `tracking/${last.status}` }, at: last.at.slice(0, 16).replace('T', ' ') } } : '',
        delivered: u.delivered ? { id: 'import/tracking-delivered', args: { date: u.delivered } } : '',
      });
      shipments++;
      added += u.added.length;
    }
  }
  const strangers = new Map<string, RowEvent[]>();
  for (const e of events) if (!matched.has(trackingKey(e.tracking))) strangers.set(e.tracking, [...(strangers.get(e.tracking) ?? []), e]);
  if (strangers.size > 0) {
    say('import/strangers', { count: strangers.size });
    for (const [tracking, rows] of strangers) say('import/stranger', { tracking, rows: rows.map((r) => r.row).join(', ') });
  }
  say(opts.dryRun ? 'import/tracking-summary-dry' : 'import/tracking-summary', { shipments, events: added, strangers: strangers.size, refused: problems.length });
  return problems.length > 0 || failed > 0 ? 1 : 0;
}
