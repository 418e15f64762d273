// `gendan import orders`: each format an ERP or a clerk's Excel sends, imported into a
// workspace that checks clean afterwards, the files made like `gendan new` makes them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspace } from '../helpers/cli.js';
import { bomCsv, ERP_ROWS, gbkCsv, importWorkspace, orderText, run, snapshot, tabText, writeFile, xlsxSheet, XLSX_MAP } from './fixture.js';

async function expectClean(dir: string) {
  const check = await run(dir, ['check', '--format', 'json']);
  expect(JSON.parse(check.stdout).problems).toEqual([]);
  expect(check.code).toBe(0);
}

const SO_A = (file: string) => `id: SO-A
status: received
customer:
  name: 宁波恒达机械有限公司
  contact: 王经理
  phone: "13800000000"
sales: 李娜
ordered: 2026-11-20
currency: CNY
lines:
  - model: XK-200
    quantity: 1000
    unit: pcs
    unit_price: 128.5
  - model: GB-350
    quantity: 2
    unit: set
    unit_price: 5000
delivery:
  requested: 2027-03-05
  method: truck
history:
  - { at: "2026-12-01T09:30:00+08:00", to: received, note: imported from ${file} }
`;

describe('import orders: the formats', () => {
  for (const [name, file, bytes, row] of [
    ['a GBK CSV with a title row, CRLF and a total row', 'erp.csv', gbkCsv(), 3],
    ['a UTF-8 CSV with a byte-order mark', 'bom.csv', bomCsv(), 2],
    ['a tab-separated text file', 'orders.txt', tabText(), 2],
  ] as const) {
    it(name, async () => {
      const dir = importWorkspace();
      writeFile(dir, file, bytes);
      const r = await run(dir, ['import', 'orders', file]);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(`created orders/SO-A.yaml (2 line(s), from row ${row})`);
      expect(r.stdout).toContain('3 created, 0 updated, 0 unchanged, 0 skipped, 0 refused');
      expect(r.code).toBe(0);
      // The schema line as `gendan new` writes it, then the keys in the order of the spec.
      const made = await run(dir, ['new', '--id', 'NEW-1', '--customer', 'x']);
      expect(made.code).toBe(0);
      const modeline = orderText(dir, 'NEW-1').split('\n')[0];
      expect(orderText(dir, 'SO-A')).toBe(`${modeline}\n${SO_A(`${file} row ${row}`)}`);
      expect(orderText(dir, 'SO-B')).toContain('ordered: 2026-11-25\n');
      expect(orderText(dir, 'SO-B')).toContain('  requested: 2027-03-15\n  method: express\n');
      expect(orderText(dir, 'SO-C')).toContain('  - model: XK-200\n    quantity: 5\n    unit: box\n    unit_price: 1200\n');
      expect(orderText(dir, 'SO-C')).toContain('  method: pickup\n');
      await expectClean(dir);
    });
  }

  it('an .xlsx with a title row, merged header cells, date cells and a serial date', async () => {
    const dir = importWorkspace({ 'map.yaml': XLSX_MAP });
    await xlsxSheet(join(dir, '跟单表.xlsx'));
    const r = await run(dir, ['import', 'orders', '跟单表.xlsx', '--map', 'map.yaml']);
    expect(r.stdout).toContain('created orders/SO-X.yaml (2 line(s), from row 4)');
    expect(r.stdout).toContain('created orders/SO-Y.yaml (1 line(s), from row 6)');
    expect(r.code).toBe(0);
    const x = orderText(dir, 'SO-X');
    expect(x).toContain('ordered: 2026-11-20\n');
    expect(x).toContain('lines:\n  - model: XK-200\n    quantity: 500\n    unit: pcs\n  - model: GB-350\n    quantity: 3\n    unit: set\n');
    expect(x).toContain('delivery:\n  requested: 2027-03-05\n  promised: 2027-03-08\n  method: truck\n');
    expect(x).toContain('note: imported from 跟单表.xlsx row 4 }');
    expect(orderText(dir, 'SO-Y')).toContain('  requested: 2027-03-10\n');
    expect(orderText(dir, 'SO-Y')).toContain('ordered: 2026-11-25\n');
    await expectClean(dir);
  });

  it('--sheet names the sheet; an unknown one is a usage error naming the sheets', async () => {
    const dir = importWorkspace({ 'map.yaml': XLSX_MAP });
    await xlsxSheet(join(dir, 'book.xlsx'));
    expect((await run(dir, ['import', 'orders', 'book.xlsx', '--map', 'map.yaml', '--sheet', '跟单表', '--dry-run'])).code).toBe(0);
    const r = await run(dir, ['import', 'orders', 'book.xlsx', '--map', 'map.yaml', '--sheet', 'Sheet9']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('gendan: book.xlsx has no sheet “Sheet9”; its sheets are: 跟单表\n');
  });

  it('without an order-date column, ordered is the import date, said once', async () => {
    const dir = importWorkspace();
    writeFile(dir, 'o.csv', 'order no,customer,model,qty,unit,delivery date\nA1,Acme,XK-200,50,pcs,2027-01-20\nA2,Acme,BR-6205,10,pcs,2027-01-20\n');
    const r = await run(dir, ['import', 'orders', 'o.csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('gendan: the file has no order-date column: `ordered` is the import date, 2026-12-01\n');
    expect(orderText(dir, 'A1')).toContain('ordered: 2026-12-01\n');
  });

  it('creates the orders folder when there is none yet', async () => {
    const dir = workspace({ 'gendan.yaml': 'lang: en\ncalendar:\n  region: none\n' });
    writeFile(dir, 'o.csv', 'order no,customer,model,qty,unit,order date,delivery date\nA1,Acme,XK-200,50,pcs,2026-11-30,2027-01-20\n');
    const r = await run(dir, ['import', 'orders', 'o.csv']);
    expect(r.code).toBe(0);
    expect(orderText(dir, 'A1')).toContain('  - model: XK-200\n    quantity: 50\n    unit: pcs\n');
  });

  it('finds the workspace from the current folder, not from the input file', async () => {
    const dir = importWorkspace();
    const elsewhere = importWorkspace();
    writeFile(elsewhere, 'erp.csv', bomCsv());
    const r = await run(dir, ['import', 'orders', join(elsewhere, 'erp.csv')]);
    expect(r.code).toBe(0);
    expect(orderText(dir, 'SO-B')).toContain('id: SO-B');
  });
});

describe('import orders: refusals, dry runs, re-imports', () => {
  const bad = [
    ...ERP_ROWS,
    ['SO-D', '苏州某厂', '', '', 'XK-200', '100', '桶', '10', '2027/3/5', '汽运', '李娜', '2026/11/20'],
    ['SO-E', '苏州某厂', '', '', 'XK-200', '100', '台', '10', '', '汽运', '李娜', '2026/11/20'],
    ['SO-F', '苏州某厂', '', '', 'XK-200', '约100', '台', '10', '2027/3/5', '汽运', '李娜', '2026/11/20'],
  ];

  it('a bad row is named with row and column; the other orders are imported (exit 1)', async () => {
    const dir = importWorkspace();
    writeFile(dir, 'erp.csv', bomCsv(bad));
    const r = await run(dir, ['import', 'orders', 'erp.csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('erp.csv:6: error: column “单位”: unit 桶 is not a unit of XK-200; use one of: pcs, box (= 10 pcs)\nSO-D not imported (rows 6)\n');
    expect(r.stdout).toContain('erp.csv:7: error: column “交货日期”: no delivery date\nSO-E not imported (rows 7)\n');
    expect(r.stdout).toContain('erp.csv:8: error: column “数量”: `约100` is not a number\nSO-F not imported (rows 8)\n');
    expect(r.stdout).toContain('3 created, 0 updated, 0 unchanged, 0 skipped, 3 refused');
    expect(snapshot(dir).size).toBe(3 /* config, catalog, csv */ + 1 /* .keep */ + 3);
    await expectClean(dir);
  });

  it('the same in Chinese', async () => {
    const dir = importWorkspace();
    writeFile(dir, 'erp.csv', bomCsv(bad));
    const r = await run(dir, ['--lang', 'zh', 'import', 'orders', 'erp.csv']);
    expect(r.stdout).toContain('erp.csv:8：错误：“数量”列：“约100”不是数字\nSO-F 未导入（第 8 行）\n');
    expect(r.stdout).toContain('新建 3，更新 0，未变 0，跳过 0，拒绝 3');
    expect(r.stdout).not.toMatch(/\b(error|created|refused)\b/);
  });

  it('--dry-run writes nothing and says what it would do, problems included', async () => {
    const dir = importWorkspace();
    writeFile(dir, 'erp.csv', bomCsv(bad));
    const before = snapshot(dir);
    const r = await run(dir, ['import', 'orders', 'erp.csv', '--dry-run']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('would create orders/SO-A.yaml (2 line(s), from row 2)');
    expect(r.stdout).toContain('SO-F not imported (rows 8)');
    expect(r.stdout).toContain('dry run, nothing written: 3 to create');
    expect(snapshot(dir)).toEqual(before);
  });

  it('a second import without --update creates nothing and changes nothing', async () => {
    const dir = importWorkspace();
    writeFile(dir, 'erp.csv', gbkCsv());
    expect((await run(dir, ['import', 'orders', 'erp.csv'])).code).toBe(0);
    const before = snapshot(dir);
    const r = await run(dir, ['import', 'orders', 'erp.csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SO-A is already in orders/SO-A.yaml: skipped (use --update to change it)');
    expect(r.stdout).toContain('0 created, 0 updated, 0 unchanged, 3 skipped, 0 refused');
    expect(snapshot(dir)).toEqual(before);
  });

  it('--update changes only the fields that differ, and records a moved date and quantity in changes', async () => {
    const dir = importWorkspace();
    writeFile(dir, 'erp.csv', gbkCsv());
    await run(dir, ['import', 'orders', 'erp.csv']);
    const before = orderText(dir, 'SO-A');
    const moved = ERP_ROWS.map((r) => (r[0] === 'SO-A' && r[4] === 'XK-200' ? [...r.slice(0, 5), '1,200', ...r.slice(6)] : r));
    writeFile(dir, 'erp2.csv', gbkCsv(moved));
    const r = await run(dir, ['import', 'orders', 'erp2.csv', '--update'], { GENDAN_NOW: '2026-12-02T10:00:00+08:00' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('updated orders/SO-A.yaml (SO-A, 1 change(s)):\n  lines.0.quantity: 1000 → 1200\n');
    expect(r.stdout).toContain('SO-B: orders/SO-B.yaml already says the same');
    expect(r.stdout).toContain('0 created, 1 updated, 2 unchanged, 0 skipped, 0 refused');
    const after = orderText(dir, 'SO-A');
    expect(after).toBe(
      before
        .replace('    quantity: 1000\n', '    quantity: 1200\n')
        .replace('history:\n', 'changes:\n  - { date: 2026-12-01, field: lines.0.quantity, from: 1000, to: 1200, reason: import }\nhistory:\n'),
    );
    await expectClean(dir);
  });

  it('--update with a promised-date column: a new promise is set, a moved one is a change', async () => {
    const dir = importWorkspace();
    const csv = (promised: string) => `订单号,客户,型号,数量,单位,承诺交期\nP-1,Acme,XK-200,50,pcs,${promised}\n`;
    writeFile(dir, 'a.csv', csv('2027/1/10'));
    await run(dir, ['import', 'orders', 'a.csv']);
    writeFile(dir, 'a.csv', csv('2027/1/17'));
    const r = await run(dir, ['import', 'orders', 'a.csv', '--update']);
    expect(r.stdout).toContain('  delivery.promised: 2027-01-10 → 2027-01-17\n');
    expect(orderText(dir, 'P-1')).toContain('changes:\n  - { date: 2026-12-01, field: delivery.promised, from: 2027-01-10, to: 2027-01-17, reason: import }\n');
  });

  it('--update: an existing file that does not parse stops only its own order', async () => {
    const dir = importWorkspace({ 'orders/SO-B.yaml': 'id: SO-B\nstatus: [received\n' });
    writeFile(dir, 'erp.csv', bomCsv());
    const r = await run(dir, ['import', 'orders', 'erp.csv', '--update']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/SO-B not imported: orders\/SO-B\.yaml:\d+:\d+: cannot edit a file that does not parse/);
    expect(r.stdout).toContain('2 created, 0 updated, 0 unchanged, 0 skipped, 1 refused');
    expect(orderText(dir, 'SO-B')).toBe('id: SO-B\nstatus: [received\n');
  });

  it('an unreadable file or mapping is a usage error (exit 2), nothing written', async () => {
    const dir = importWorkspace({ 'bad-map.yaml': 'columns:\n  订单号: order_id\n', 'x.csv': 'a,b\n1,2\n', 'x.xls': 'old' });
    const before = snapshot(dir);
    const map = await run(dir, ['import', 'orders', 'x.csv', '--map', 'bad-map.yaml']);
    expect(map.code).toBe(2);
    expect(map.stderr).toContain('mapping file bad-map.yaml: column “订单号” maps to `order_id`, which is not a key gendan imports');
    const cols = await run(dir, ['import', 'orders', 'x.csv']);
    expect(cols.code).toBe(2);
    expect(cols.stderr).toContain('gendan import map x.csv > map.yaml');
    expect((await run(dir, ['import', 'orders', 'missing.csv'])).stderr).toBe('gendan: no such file or folder: missing.csv\n');
    expect((await run(dir, ['import', 'orders', 'x.xls'])).stderr).toContain('save it as .xlsx or .csv');
    expect(snapshot(dir)).toEqual(before);
  });
});
