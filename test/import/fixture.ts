// Import fixtures, made the way the programs that send them make them: an Excel sheet with
// a title row and merged header cells (exceljs), a GBK CSV as a Chinese ERP exports it
// (iconv-lite), a UTF-8 CSV with a byte-order mark, a tab-separated text file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { gendan, workspace, type Run } from '../helpers/cli.js';

export const TODAY = '2026-12-01';
export const NOW = '2026-12-01T09:30:00+08:00';

export const CATALOG = `products:
  - { model: XK-200, unit: pcs, alt_units: { box: 10 }, fulfilment: make, lead_days: 10 }
  - { model: GB-350, unit: set, fulfilment: make, lead_days: 20 }
  - { model: BR-6205, unit: pcs, fulfilment: stock, lead_days: 2 }
`;

/** A workspace with a catalog and no orders yet (plus any given files). */
export function importWorkspace(files: Record<string, string | Buffer> = {}): string {
  return workspace({
    'gendan.yaml': 'lang: en\ncatalog: catalog.yaml\ncalendar:\n  region: none\n',
    'catalog.yaml': CATALOG,
    'orders/.keep': '',
    ...files,
  });
}

export function run(dir: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return gendan(['--today', TODAY, ...args], { cwd: dir, env: { GENDAN_NOW: NOW, ...env } });
}

export const orderText = (dir: string, id: string) => readFileSync(join(dir, 'orders', `${id}.yaml`), 'utf8');

/** Every file under `dir` with its bytes, to prove that nothing changed. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(p, readFileSync(p).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

/** The rows an ERP exports: a header and orders, SO-A with two lines. */
export const ERP_HEADER = ['订单号', '客户名称', '联系人', '电话', '规格型号', '数量', '单位', '单价', '交货日期', '运输方式', '业务员', '下单日期'];
export const ERP_ROWS = [
  ['SO-A', '宁波恒达机械有限公司', '王经理', '13800000000', 'XK-200', '1,000', '台', '128.50', '2027/3/5', '汽运', '李娜', '2026/11/20'],
  ['SO-A', '宁波恒达机械有限公司', '王经理', '13800000000', 'GB-350', '2', '套', '5000', '2027/3/5', '汽运', '李娜', '2026/11/20'],
  ['SO-B', '杭州利民五金', '张工', '0571-8888 1234', 'BR-6205', '200', '件', '12', '2027年3月15日', '快递', '李娜', '2026.11.25'],
  ['SO-C', '上海申达', '', '', 'XK-200', '5', '箱', '1200', '2027.03.20', '自提', '周强', '2026-11-28'],
];

const csvCell = (s: string) => (/[",;\t\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function delimited(rows: string[][], delimiter: string, eol = '\n'): string {
  return rows.map((r) => r.map(csvCell).join(delimiter)).join(eol) + eol;
}

/** A GBK CSV as a Chinese ERP writes it: a title row, CRLF, and a total row at the end. */
export function gbkCsv(rows: string[][] = ERP_ROWS): Buffer {
  const text = delimited([['销售订单列表（导出时间 2026-12-01）'], ERP_HEADER, ...rows, ['合计', '', '', '', '', '1207']], ',', '\r\n');
  return iconv.encode(text, 'gbk');
}

export function bomCsv(rows: string[][] = ERP_ROWS): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(delimited([ERP_HEADER, ...rows], ','), 'utf8')]);
}

export function tabText(rows: string[][] = ERP_ROWS): Buffer {
  return Buffer.from(delimited([ERP_HEADER, ...rows], '\t'), 'utf8');
}

/**
 * A 跟单表 in Excel: a merged title row; a two-row header whose cells are merged down,
 * with 交货日期 merged across 要求 | 承诺; dates as real date cells and one as a serial
 * number; SO-X's number merged down over its two lines.
 */
export async function xlsxSheet(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('跟单表');
  ws.getCell('A1').value = '2026年12月 跟单表';
  ws.mergeCells('A1:I1');
  const top = ['订单号', '客户名称', '规格型号', '数量', '单位', '交货日期', '', '运输方式', '下单日期'];
  top.forEach((h, i) => (ws.getRow(2).getCell(i + 1).value = h || null));
  ws.getCell('F3').value = '要求';
  ws.getCell('G3').value = '承诺';
  for (const col of ['A', 'B', 'C', 'D', 'E', 'H', 'I']) ws.mergeCells(`${col}2:${col}3`);
  ws.mergeCells('F2:G2');
  const date = (s: string) => new Date(`${s}T00:00:00Z`);
  ws.addRow(['SO-X', '宁波恒达机械有限公司', 'XK-200', 500, '台', date('2027-03-05'), date('2027-03-08'), '汽运', date('2026-11-20')]);
  ws.addRow(['SO-X', '宁波恒达机械有限公司', 'GB-350', 3, '套', date('2027-03-05'), date('2027-03-08'), '汽运', date('2026-11-20')]);
  ws.mergeCells('A4:A5');
  // 46456 is Excel's serial number of 2027-03-10.
  ws.addRow(['SO-Y', '杭州利民五金', 'BR-6205', 100, '件', 46456, null, '快递', '2026/11/25']);
  await book.xlsx.writeFile(path);
}

export const XLSX_MAP = `columns:
  订单号: id
  客户名称: customer.name
  规格型号: lines.model
  数量: lines.quantity
  单位: lines.unit
  交货日期/要求: delivery.requested
  交货日期/承诺: delivery.promised
  运输方式: delivery.method
  下单日期: ordered
`;

export function writeFile(dir: string, name: string, bytes: string | Buffer): string {
  writeFileSync(join(dir, name), bytes);
  return name;
}
