// Output formats of the row reports: json (SPEC shape), csv (RFC 4180), markdown, table
// (CJK aligned), and --exit-code for cron.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csv } from '../../src/format/rows.js';
import { displayWidth } from '../../src/util/width.js';
import { gendan, gendanProcess } from '../helpers/cli.js';
import { order, ws } from './fixture.js';

const T = '2026-11-25';

/** Three late rows: a delivery, an unpaid balance and an issue whose cause needs quoting in csv. */
const orders = [
  order('SO-1', 'preparing', { delivery: { promised: '2026-11-20' }, customer: { name: 'Acme, "Best" Trading' } }),
  order('SO-2', 'followed_up', {
    payment: { deposit_percent: 30, balance: 'on_delivery' },
    lines: [{ model: 'XK-200', quantity: 500, unit: 'pcs', unit_price: 21.9 }],
    shipments: [{ shipped: '2026-11-10', carrier: '德邦物流', tracking: 'DB1', delivered: '2026-11-12' }],
    issues: [{ opened: '2026-11-02', kind: 'damage', cause: '外箱破损，\n两台受损', owner: '物流部' }],
  }),
];
/** A workspace whose orders folder holds no order. */
const EMPTY = () => ws([], { 'orders/README.md': 'no orders yet\n' });
const run = (args: string[], cwd = ws(orders)) => gendan(['report', 'overdue', '--today', T, ...args], { cwd });

/** A strict RFC 4180 reader, to read back what the csv formatter wrote. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else if (i >= text.length) throw new Error('unterminated quote');
        else field += text[i++];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') field += text[i++];
      if (/["\n]/.test(field)) throw new Error(`bare field with a quote or line feed: ${field}`);
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  return rows;
}

describe('json', () => {
  it('is exactly { today, rows: [{ order, file, customer, kind, what, due, days_late, action }] }', async () => {
    const r = await run(['--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { today: string; rows: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['today', 'rows']);
    expect(out.today).toBe(T);
    expect(out.rows).toHaveLength(3);
    for (const row of out.rows) {
      expect(Object.keys(row)).toEqual(['order', 'file', 'customer', 'kind', 'what', 'due', 'days_late', 'action']);
      expect(typeof row.days_late).toBe('number');
    }
    expect(out.rows.map((x) => x.days_late)).toEqual([20, 13, 5]);
  });

  it('an empty report has no rows', async () => {
    const r = await run(['--format', 'json'], EMPTY());
    expect(JSON.parse(r.stdout)).toEqual({ today: T, rows: [] });
  });
});

describe('csv', () => {
  it('has a header row, one record per row, CRLF line ends and quoting per RFC 4180', async () => {
    const r = await run(['--format', 'csv']);
    const records = readCsv(r.stdout);
    expect(records[0]).toEqual(['order', 'file', 'customer', 'kind', 'what', 'due', 'days_late', 'action']);
    expect(records).toHaveLength(4);
    const byKind = Object.fromEntries(records.slice(1).map((x) => [x[3], x]));
    expect(byKind.delivery![2]).toBe('Acme, "Best" Trading');
    expect(byKind.issue![4]).toBe('damage open since 2026-11-02: 外箱破损，\n两台受损');
    expect(byKind.payment![6]).toBe('13');
  });

  it('writes amounts without thousands separators', async () => {
    const r = await run(['--format', 'csv']);
    const payment = readCsv(r.stdout).find((x) => x[3] === 'payment')!;
    expect(payment[4]).toBe('balance 10950.00 CNY due 2026-11-12 (on delivery)');
    expect(payment[7]).toContain('10950.00 CNY');
    // ...while the table keeps them for reading
    expect((await run([])).stdout).toContain('10,950.00 CNY');
  });

  it('an empty report is the header alone', async () => {
    expect((await run(['--format', 'csv'], EMPTY())).stdout).toBe('order,file,customer,kind,what,due,days_late,action\r\n');
  });

  it('any text survives a round trip (formula-looking text comes back with its inert quote)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.constantFrom(',', '"', '\r\n', '\n', '""', ' a,b ')), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (body) => {
        expect(readCsv(csv(['a', 'b'], body))).toEqual([['a', 'b'], ...body.map((r) => r.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)))]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('markdown', () => {
  it('a heading and a table with one line per row; pipes escaped', async () => {
    const cwd = ws([order('SO-1', 'preparing', { delivery: { promised: '2026-11-20' }, customer: { name: 'A|B 机械' } })]);
    const r = await run(['--format', 'markdown'], cwd);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`## Overdue — ${T}`);
    const table = lines.filter((l) => l.startsWith('|'));
    expect(table).toHaveLength(3);
    expect(table[0]).toBe('| Order | Customer | Kind | What | Due | Days late | Next action |');
    expect(table[2]).toContain('| A\\|B 机械 |');
  });

  it('row counts match json', async () => {
    const md = (await run(['--format', 'markdown'])).stdout.split('\n').filter((l) => l.startsWith('| SO-'));
    expect(md).toHaveLength(3);
  });

  it('says so when empty', async () => {
    expect((await run(['--format', 'markdown', '--lang', 'zh'], EMPTY())).stdout).toBe(`## 逾期事项 — ${T}\n\n没有逾期事项。\n`);
  });
});

describe('table', () => {
  it('columns line up with Chinese text (wide characters count two columns)', async () => {
    for (const lang of ['en', 'zh']) {
      const lines = (await run(['--lang', lang])).stdout.trimEnd().split('\n').slice(1);
      // borders and header: 4 lines; three rows, one line each: the issue's cause keeps its
      // line feed escaped (a value never breaks a row)
      expect(lines.length).toBe(4 + 3);
      expect(lines.some((l) => l.includes('外箱破损，\\n两台受损'))).toBe(true);
      const widths = new Set(lines.map(displayWidth));
      expect(widths.size).toBe(1);
    }
  });

  it('is plain without a terminal, and coloured with one unless NO_COLOR', async () => {
    const cwd = ws(orders);
    expect((await run([], cwd)).stdout).not.toMatch(/\u001b\[/);
    expect((await gendan(['report', 'overdue', '--today', T], { cwd, tty: true })).stdout).toMatch(/\u001b\[/);
    expect((await gendan(['report', 'overdue', '--today', T], { cwd, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
  });

  it('an unknown format is a usage error', async () => {
    const r = await run(['--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('gendan: unknown format `xml`; use one of: table, markdown, json, csv, xlsx\n');
  });
});

describe('--exit-code', () => {
  it('exits 1 when the report has rows, 0 when it is empty; without it always 0', async () => {
    expect((await run(['--exit-code'])).code).toBe(1);
    expect((await run(['--exit-code'], EMPTY())).code).toBe(0);
    expect((await run([])).code).toBe(0);
    const atRisk = await gendan(['report', 'at-risk', '--today', T, '--exit-code'], { cwd: ws(orders) });
    expect(atRisk.code).toBe(0);
  });

  it('is the exit status of the process, as cron sees it', () => {
    const cwd = ws(orders);
    const late = gendanProcess(['report', 'overdue', '--format', 'markdown', '--exit-code'], { cwd, env: { GENDAN_TODAY: T } });
    expect(late.code).toBe(1);
    expect(late.stdout).toMatch(/^## Overdue — 2026-11-25\n/);
    expect(gendanProcess(['report', 'overdue', '--exit-code'], { cwd: EMPTY(), env: { GENDAN_TODAY: T } }).code).toBe(0);
  });

  it('GENDAN_TODAY fixes today like --today', async () => {
    const r = await gendan(['report', 'overdue', '--format', 'json'], { cwd: ws(orders), env: { GENDAN_TODAY: '2026-11-21' } });
    expect(JSON.parse(r.stdout).rows.map((x: { days_late: number }) => x.days_late)).toEqual([16, 9, 1]);
  });
});
