// Exports: -o FILE for every format, xlsx read back by an independent reader, CSV with a
// byte-order mark, localized or id headers, formula-looking text made inert.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { copyExamples, gendan } from '../helpers/cli.js';

const TODAY = ['--today', '2026-12-20'];

function book(file: string) {
  return XLSX.read(readFileSync(file), { cellDates: true, cellStyles: true });
}

/** A customer name that Excel would run as a formula if it were not made inert. */
function withFormulaCustomer(dir: string): void {
  const file = join(dir, 'orders', 'SO-2026-0103.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('name: 重庆长江矿山机械有限公司', 'name: "=HYPERLINK(\\"http://x.example\\",\\"点我\\")"'));
}

describe('-o FILE', () => {
  it('writes what would be printed, for every format of list, report, today and check', async () => {
    const dir = copyExamples();
    for (const args of [['list'], ['list', '--format', 'json'], ['report', 'overdue', '--format', 'markdown'], ['report', 'at-risk', '--format', 'csv'], ['report', 'stats'], ['today', '--format', 'json'], ['check', '--format', 'json'], ['check', '--format', 'sarif']]) {
      const printed = await gendan([...args, ...TODAY], { cwd: dir });
      const written = await gendan([...args, ...TODAY, '-o', 'out.txt'], { cwd: dir });
      expect(written.stdout, args.join(' ')).toBe('');
      expect(written.code).toBe(printed.code);
      expect(readFileSync(join(dir, 'out.txt'), 'utf8'), args.join(' ')).toBe(printed.stdout);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a run that fails writes nothing; a folder that does not exist is one line, exit 2', async () => {
    const dir = copyExamples();
    const bad = await gendan(['list', '--format', 'yaml', '-o', 'l.txt'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(existsSync(join(dir, 'l.txt'))).toBe(false);
    const nowhere = await gendan(['list', '-o', 'no/such/dir/l.txt', '--lang', 'zh'], { cwd: dir });
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(nowhere.stderr).toContain('no/such/dir/l.txt');
  });
});

describe('--format xlsx', () => {
  it('needs -o', async () => {
    const r = await gendan(['list', '--format', 'xlsx', '--lang', 'zh'], { cwd: copyExamples() });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'gendan：--format xlsx 生成的是二进制文件，请加上 -o 文件名\n' });
  });

  it('list: localized headers, real date and number cells, frozen header row, autofilter', async () => {
    const dir = copyExamples();
    const r = await gendan(['list', '--format', 'xlsx', '-o', 'orders.xlsx', '--lang', 'zh', ...TODAY], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const wb = book(join(dir, 'orders.xlsx'));
    expect(wb.SheetNames).toEqual(['订单']);
    const ws = wb.Sheets['订单']!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
    expect(rows[0]).toEqual(['订单号', '状态', '客户', '下单日期', '交期', '币种', '金额', '已收', '文件']);
    expect(rows).toHaveLength(18); // the header and the 17 example orders
    const json = JSON.parse((await gendan(['list', '--format', 'json', ...TODAY], { cwd: dir })).stdout).orders;
    const first = json[0];
    expect(ws['A2']).toMatchObject({ t: 's', v: first.order });
    expect(ws['D2'].t).toBe('d');
    expect((ws['D2'].v as Date).toISOString().slice(0, 10)).toBe(first.ordered);
    expect(ws['D2'].z).toBe('yyyy-mm-dd');
    expect(ws['G2']).toMatchObject({ t: 'n', v: first.total });
    expect(ws['B2'].v).not.toMatch(/^[a-z_]+$/);
    expect(ws['!autofilter']).toEqual({ ref: 'A1:I18' });
    // The frozen pane is in the sheet's XML: an independent look at the raw part.
    const zip = XLSX.read(readFileSync(join(dir, 'orders.xlsx')), { type: 'buffer', bookFiles: true }) as unknown as { files: Record<string, { content: Buffer }> };
    const sheetXml = Object.entries(zip.files).find(([name]) => name.includes('worksheets/sheet1'))![1].content.toString();
    expect(sheetXml).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
    // CJK text counts two wide: the customer column is wider than the order column.
    expect(ws['!cols']![2]!.wch!).toBeGreaterThan(ws['!cols']![0]!.wch!);
  });

  it('report overdue, at-risk, stats and today each write their sheets', async () => {
    const dir = copyExamples();
    withFormulaCustomer(dir);
    for (const [args, sheets] of [
      [['report', 'overdue'], ['Overdue']],
      [['report', 'at-risk'], ['At risk']],
      [['report', 'stats'], ['Overall', 'By month of delivery', 'By customer', 'Average days per state']],
      [['today'], ['Today']],
    ] as const) {
      const r = await gendan([...args, '--format', 'xlsx', '-o', 'r.xlsx', ...TODAY], { cwd: dir });
      expect(r.stderr, args.join(' ')).toBe('');
      const wb = book(join(dir, 'r.xlsx'));
      expect(wb.SheetNames).toEqual(sheets);
    }
    const r = await gendan(['report', 'overdue', '--format', 'xlsx', '-o', 'o.xlsx', ...TODAY], { cwd: dir });
    expect(r.code).toBe(0);
    const ws = book(join(dir, 'o.xlsx')).Sheets['Overdue']!;
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(ws);
    const json = JSON.parse((await gendan(['report', 'overdue', '--format', 'json', ...TODAY], { cwd: dir })).stdout).rows;
    expect(rows.map((x) => x['Order'])).toEqual(json.map((x: { order: string }) => x.order));
    expect(rows.map((x) => x['Days late'])).toEqual(json.map((x: { days_late: number }) => x.days_late));
    const formula = rows.find((x) => String(x['Customer']).includes('HYPERLINK'))!;
    expect(formula['Customer']).toBe('\'=HYPERLINK("http://x.example","点我")');
    const cell = Object.values(ws).find((c) => typeof c === 'object' && c !== null && String((c as { v?: unknown }).v).includes('HYPERLINK')) as { t: string; f?: string };
    expect(cell.t).toBe('s');
    expect(cell.f).toBeUndefined();
  });

  it('the one-order path does not load the workbook writer', async () => {
    const src = readFileSync(join(import.meta.dirname, '../../src/cli/commands/list.ts'), 'utf8');
    expect(src).not.toMatch(/from '.*xlsx(-out)?\.js'/);
    const bundle = readFileSync(join(import.meta.dirname, '../../dist/bundle/gendan.cjs'), 'latin1');
    expect(bundle).not.toContain('WorkbookWriter');
  });
});

describe('CSV', () => {
  it('--bom starts with EF BB BF and decodes; csv_bom: true in gendan.yaml does the same', async () => {
    const dir = copyExamples();
    const plain = await gendan(['list', '--format', 'csv', '-o', 'a.csv', ...TODAY], { cwd: dir });
    expect(plain.code).toBe(0);
    const bom = await gendan(['list', '--format', 'csv', '--bom', '-o', 'b.csv', ...TODAY], { cwd: dir });
    expect(bom.code).toBe(0);
    const a = readFileSync(join(dir, 'a.csv'));
    const b = readFileSync(join(dir, 'b.csv'));
    expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8').decode(b)).toBe(a.toString('utf8'));
    writeFileSync(join(dir, 'gendan.yaml'), `${readFileSync(join(dir, 'gendan.yaml'), 'utf8')}\ncsv_bom: true\n`);
    const config = await gendan(['report', 'overdue', '--format', 'csv', ...TODAY], { cwd: dir });
    expect(config.stdout.startsWith('\uFEFForder,')).toBe(true);
  });

  it('headers follow --lang unless --header ids; values keep their ids', async () => {
    const dir = copyExamples();
    const zh = await gendan(['list', '--format', 'csv', '--lang', 'zh', ...TODAY], { cwd: dir });
    expect(zh.stdout.split('\r\n')[0]).toBe('订单号,状态,客户,下单日期,交期,金额,已收,文件,币种');
    expect(zh.stdout).toContain(',preparing,');
    const ids = await gendan(['list', '--format', 'csv', '--lang', 'zh', '--header', 'ids', ...TODAY], { cwd: dir });
    expect(ids.stdout.split('\r\n')[0]).toBe('order,status,customer,ordered,due,total,paid,file,currency');
    const en = await gendan(['report', 'overdue', '--format', 'csv', ...TODAY], { cwd: dir });
    expect(en.stdout.split('\r\n')[0]).toBe('order,file,customer,kind,what,due,days_late,action');
    const names = await gendan(['report', 'overdue', '--format', 'csv', '--header', 'names', ...TODAY], { cwd: dir });
    expect(names.stdout.split('\r\n')[0]).toBe('Order,File,Customer,Kind,What,Due,Days late,Next action');
    const bad = await gendan(['list', '--format', 'csv', '--header', 'keys'], { cwd: dir });
    expect(bad).toMatchObject({ code: 2, stderr: 'gendan: --header must be `ids` or `names`, got `keys`\n' });
  });

  it('formula-looking text is made inert; numbers, negative ones too, stay numbers', async () => {
    const dir = copyExamples();
    withFormulaCustomer(dir);
    for (const args of [['list'], ['report', 'overdue'], ['today']]) {
      const r = await gendan([...args, '--format', 'csv', ...TODAY], { cwd: dir });
      expect(r.stdout, args.join(' ')).toContain('"\'=HYPERLINK(""http://x.example"",""点我"")"');
      expect(r.stdout).not.toMatch(/(^|,)"?=/m);
    }
    const risk = await gendan(['report', 'at-risk', '--format', 'csv', '--today', '2026-12-01'], { cwd: dir });
    expect(risk.stdout).toMatch(/,-\d+,/);
  });

  it('amounts are plain numbers everywhere, checklist actions of today included', async () => {
    const dir = copyExamples();
    for (const args of [['today'], ['report', 'overdue'], ['report', 'at-risk'], ['list']]) {
      const r = await gendan([...args, '--format', 'csv', ...TODAY], { cwd: dir });
      expect(r.stdout, args.join(' ')).not.toMatch(/\d,\d{3}\.\d\d/);
    }
    const today = await gendan(['today', '--format', 'csv', ...TODAY], { cwd: dir });
    expect(today.stdout).toContain('71344.00 still to collect');
  });
});
