// `gendan import tracking`: the carrier's export becomes events on the matching shipments;
// a shipment gone quiet or in exception is at risk, in the report and in `today`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { importWorkspace, run, snapshot, writeFile } from './fixture.js';

const shipped = (id: string, tracking: string, carrier: string, extra = '') => `# an order on its way
id: ${id}
status: shipped
customer:
  name: 恒达机械
ordered: 2026-11-02
lines:
  - { model: BR-6205, quantity: 100, unit: pcs }
shipments:
  - shipped: 2026-11-25
    carrier: ${carrier}
    tracking: "${tracking}"   # 运单号
    eta: 2026-12-03
${extra}history:
  - { at: "2026-11-25T10:00:00+08:00", from: ready, to: shipped }
`;

function tracked() {
  return importWorkspace({
    'orders/SO-1.yaml': shipped('SO-1', 'DPK702611250001', '德邦物流'),
    'orders/SO-2.yaml': shipped('SO-2', 'SF1234567890', '顺丰速运'),
    'orders/SO-3.yaml': shipped('SO-3', 'ZTO7512036698', '中通快递'),
  });
}

// As a 快递100-style batch query exports it: GBK, a title row, times without offset.
const EXPORT = [
  '批量查询结果 2026-12-01',
  '运单号,快递公司,状态,最新时间,最新物流信息',
  'SF1234567890,顺丰速运,已签收,2026/11/28 10:02:00,"快件已签收,签收人:前台"',
  'SF1234567890,顺丰速运,派送中,2026/11/28 08:10:00,快件正在派送',
  'DPK702611250001,德邦物流,疑难,2026-11-30 16:20,收件人电话无人接听',
  'JD0099887766,京东物流,运输中,2026-11-30 09:00,到达北京分拣中心',
  'ZTO7512036698,中通快递,运输中,2026-11-27 11:00,快件已到达杭州中转部',
].join('\r\n');

describe('import tracking', () => {
  it('appends new events, fills delivered, lists the strangers (exit 0)', async () => {
    const dir = tracked();
    writeFile(dir, 'kd100.csv', iconv.encode(EXPORT, 'gbk'));
    const r = await run(dir, ['import', 'tracking', 'kd100.csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SO-2 SF1234567890: 2 new event(s), last: delivered 2026-11-28 10:02; delivered 2026-11-28 recorded\n');
    expect(r.stdout).toContain('SO-1 DPK702611250001: 1 new event(s), last: exception 2026-11-30 16:20\n');
    expect(r.stdout).toContain('1 waybill number(s) match no shipment (not our parcels, or not recorded with `tracking:`):\n  JD0099887766 (row 6)\n');
    expect(r.stdout).toContain('3 shipment(s) updated, 4 event(s) added, 1 unknown number(s), 0 row(s) refused');
    const so2 = readFileSync(join(dir, 'orders/SO-2.yaml'), 'utf8');
    expect(so2).toBe(
      shipped('SO-2', 'SF1234567890', '顺丰速运').replace(
        '    eta: 2026-12-03\n',
        '    eta: 2026-12-03\n    delivered: 2026-11-28\n    events:\n' +
          '      - { at: "2026-11-28T08:10:00+08:00", status: out_for_delivery, text: 快件正在派送 }\n' +
          '      - { at: "2026-11-28T10:02:00+08:00", status: delivered, text: "快件已签收,签收人:前台" }\n',
      ),
    );
    // The fixture orders skip the earlier stages' facts; the import adds no problem of its own.
    const check = await run(dir, ['check', '--format', 'json']);
    expect((JSON.parse(check.stdout).problems as { rule: string }[]).filter((p) => p.rule !== 'state-incomplete')).toEqual([]);
  });

  it('an event already recorded is not appended again', async () => {
    const dir = tracked();
    writeFile(dir, 'kd100.csv', iconv.encode(EXPORT, 'gbk'));
    await run(dir, ['import', 'tracking', 'kd100.csv']);
    const before = snapshot(dir);
    const r = await run(dir, ['import', 'tracking', 'kd100.csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 shipment(s) updated, 0 event(s) added');
    expect(snapshot(dir)).toEqual(before);
  });

  it('an exception and a shipment quiet for tracking_stale_days are at risk (kind shipment), in the report and in today', async () => {
    const dir = tracked();
    writeFile(dir, 'kd100.csv', iconv.encode(EXPORT, 'gbk'));
    await run(dir, ['import', 'tracking', 'kd100.csv']);
    const r = await run(dir, ['report', 'at-risk', '--format', 'json']);
    const rows = JSON.parse(r.stdout).rows as { order: string; kind: string; what: string; action: string; due: string }[];
    const shipmentRows = rows.filter((x) => x.kind === 'shipment').map((x) => [x.order, x.what, x.action, x.due]);
    expect(shipmentRows).toEqual([
      ['SO-1', 'DPK702611250001: exception on 2026-11-30: 收件人电话无人接听', 'call 德邦物流 about DPK702611250001', '2026-12-03'],
      // last event 2026-11-27, today 2026-12-01: quiet for 4 days (> 2)
      ['SO-3', 'no tracking update since 2026-11-27 for ZTO7512036698', 'call 中通快递 about ZTO7512036698', '2026-12-03'],
    ]);
    const today = await run(dir, ['--lang', 'zh', 'today']);
    expect(today.stdout).toContain('ZTO7512036698 自 2026-11-27 起没有物流更新');
    expect(today.stdout).toContain('联系德邦物流查询 DPK702611250001');
    // tracking_stale_days: 5 → the quiet one is no longer at risk; the exception still is
    writeFile(dir, 'gendan.yaml', 'lang: en\ncatalog: catalog.yaml\ntracking_stale_days: 5\ncalendar:\n  region: none\n');
    const later = JSON.parse((await run(dir, ['report', 'at-risk', '--format', 'json'])).stdout).rows as { order: string; kind: string }[];
    expect(later.filter((x) => x.kind === 'shipment').map((x) => x.order)).toEqual(['SO-1']);
  });

  it('show prints the events', async () => {
    const dir = tracked();
    writeFile(dir, 'kd100.csv', iconv.encode(EXPORT, 'gbk'));
    await run(dir, ['import', 'tracking', 'kd100.csv']);
    const r = await run(dir, ['--lang', 'zh', 'show', 'SO-2']);
    expect(r.stdout).toContain('物流轨迹 顺丰速运 SF1234567890\n  2026-11-28T08:10:00+08:00  派送中    快件正在派送\n  2026-11-28T10:02:00+08:00  已签收    快件已签收,签收人:前台\n');
  });

  it('reads an .xlsx export with English statuses and real date cells; an unknown status is refused with row and column', async () => {
    const dir = tracked();
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Tracking');
    ws.addRow(['Tracking No.', 'Status', 'Last Update', 'Details']);
    ws.addRow(['sf1234567890', 'Delivered', new Date('2026-11-29T15:45:00Z'), 'Signed by reception']);
    ws.addRow(['ZTO7512036698', '???', new Date('2026-11-29T09:00:00Z'), '']);
    await book.xlsx.writeFile(join(dir, 'carrier.xlsx'));
    const r = await run(dir, ['import', 'tracking', 'carrier.xlsx']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('carrier.xlsx:3: error: column “Status”: cannot tell the status from `???`');
    expect(r.stdout).toContain('SO-2 sf1234567890'.replace('sf', 'SF'));
    expect(readFileSync(join(dir, 'orders/SO-2.yaml'), 'utf8')).toContain('      - { at: "2026-11-29T15:45:00+08:00", status: delivered, text: Signed by reception }\n');
  });

  it('--dry-run writes nothing', async () => {
    const dir = tracked();
    writeFile(dir, 'kd100.csv', iconv.encode(EXPORT, 'gbk'));
    const before = snapshot(dir);
    const r = await run(dir, ['import', 'tracking', 'kd100.csv', '--dry-run']);
    expect(r.stdout).toContain('dry run, nothing written: 3 shipment(s) to update, 4 event(s) to add');
    expect(snapshot(dir)).toEqual(before);
  });
});
