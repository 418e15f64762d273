// `gendan import map`: a starter mapping guessed from the headers, that import then uses.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { gbkCsv, importWorkspace, orderText, run, writeFile, xlsxSheet } from './fixture.js';

describe('import map', () => {
  it('prints a mapping for an ERP export that import takes as it is', async () => {
    const dir = importWorkspace();
    writeFile(dir, 'erp.csv', gbkCsv());
    const r = await run(dir, ['import', 'map', 'erp.csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('columns:\n  订单号: id\n  客户名称: customer.name\n  联系人: customer.contact\n  电话: customer.phone\n  规格型号: lines.model\n');
    expect(r.stdout).toContain('  交货日期: delivery.requested\n  运输方式: delivery.method\n  业务员: sales\n  下单日期: ordered\n');
    expect(r.stdout).toContain('values:\n  lines.unit:\n    台: pcs\n    套: set\n    件: pcs\n    箱: box\n  delivery.method:\n    汽运: truck\n    快递: express\n    自提: pickup\n');
    writeFile(dir, 'map.yaml', r.stdout);
    const imported = await run(dir, ['import', 'orders', 'erp.csv', '--map', 'map.yaml']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('3 created');
  });

  it('columns it cannot place are left as skip, for the clerk to name; in Chinese', async () => {
    const dir = importWorkspace();
    await xlsxSheet(join(dir, 'book.xlsx'));
    const r = await run(dir, ['--lang', 'zh', 'import', 'map', 'book.xlsx']);
    // 交货日期 is merged over 要求 | 承诺: the first sub-column takes the heading's key.
    expect(r.stdout).toContain('  交货日期/要求: delivery.requested\n  交货日期/承诺: skip   # 未识别：请填写对应的键，或保留 skip\n');
    expect(r.stdout).toMatch(/^# book\.xlsx 的映射，由表头猜测而来/);
    // Naming them is all it takes.
    expect(r.stdout).toContain('values:\n  lines.unit:\n    台: pcs\n    套: set\n    件: pcs\n  delivery.method:\n    汽运: truck\n    快递: express\ndates');
    writeFile(dir, 'map.yaml', r.stdout.replace('交货日期/承诺: skip', '交货日期/承诺: delivery.promised'));
    const imported = await run(dir, ['import', 'orders', 'book.xlsx', '--map', 'map.yaml']);
    expect(imported.code).toBe(0);
    expect(orderText(dir, 'SO-X')).toContain('  requested: 2027-03-05\n  promised: 2027-03-08\n');
  });

  it("a carrier's export gets a tracking mapping, its status words guessed", async () => {
    const dir = importWorkspace();
    writeFile(dir, 'kd.csv', iconv.encode('运单号,状态,更新时间,物流信息\nSF1,已签收,2026-11-28 10:00,签收\nSF2,问题件,2026-11-28 11:00,地址不详\nSF3,待处理,2026-11-28 12:00,\n', 'gbk'));
    const r = await run(dir, ['import', 'map', 'kd.csv']);
    expect(r.stdout).toContain('columns:\n  运单号: tracking\n  状态: status\n  更新时间: at\n  物流信息: text\n');
    expect(r.stdout).toContain('values:\n  status:\n    已签收: delivered\n    问题件: exception\n    # 待处理: ?');
  });

  it('values and dates in a mapping: the mapping\'s word wins; an extra date format is read', async () => {
    const dir = importWorkspace({
      'map.yaml': 'columns:\n  No: id\n  Client: customer.name\n  Item: lines.model\n  Qty: lines.quantity\n  UoM: lines.unit\n  Due: delivery.requested\n  Remark: skip\nvalues:\n  lines.unit:\n    CTN: box\ndates: [DD/MM/YYYY]\n',
    });
    writeFile(dir, 'x.csv', 'No;Client;Item;Qty;UoM;Due;Remark\nE-1;Acme GmbH;XK-200;7;CTN;05/03/2027;urgent\n');
    const r = await run(dir, ['import', 'orders', 'x.csv', '--map', 'map.yaml']);
    expect(r.code).toBe(0);
    expect(orderText(dir, 'E-1')).toContain('    quantity: 7\n    unit: box\ndelivery:\n  requested: 2027-03-05\n');
    expect(orderText(dir, 'E-1')).not.toContain('urgent');
  });
});
