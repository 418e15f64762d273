// Issue item 5: the work one file can cost is capped. Values and nesting are counted before
// any parser allocates, lists are bounded by the schema's maxItems and measured before the
// validator runs, and at most 100 problems per file are listed, the rest counted in one
// "… and N more" line. No timing here: the figures are measured with bench scripts.
import { describe, expect, it } from 'vitest';
import { fullOrder, run, ws } from '../workflow/fixture.js';

interface Json {
  summary: { files: number; orders: number; errors: number; warnings: number };
  notes?: string[];
  problems: { file: string; line: number; column: number; rule: string; severity: string; message: string }[];
}

const json = async (dir: string, lang = 'en', extra: string[] = []) => {
  const r = await run(dir, ['check', '--format', 'json', '--lang', lang, '--no-cache', ...extra]);
  return { code: r.code, stderr: r.stderr, out: JSON.parse(r.stdout) as Json };
};

/** The full order with its contacts replaced by `n` contacts, each with a bad channel. */
function badContacts(n: number, id = 'SO-1'): string {
  const contacts = Array.from({ length: n }, (_, i) => `  - { date: 2026-11-03, node: confirmed, channel: fax${i} }`).join('\n');
  return fullOrder('received', id).replace(/^contacts:\n(  - .*\n)+/m, `contacts:\n${contacts}\n`);
}

describe('at most 100 problems listed per file, the rest counted', () => {
  it('text: 100 problems, then one "and N more" line, in en and zh; the summary counts all', async () => {
    const dir = ws({ 'SO-1': badContacts(900) });
    const en = await run(dir, ['check', '--lang', 'en', '--no-color', '--no-cache']);
    expect(en.code).toBe(1);
    const heads = en.stdout.split('\n').filter((l) => /^orders\/SO-1\.yaml:\d+:\d+: /.test(l));
    expect(heads).toHaveLength(100);
    expect(en.stdout).toContain('orders/SO-1.yaml: … and 800 more problems in this file, not listed (at most 100 are listed per file; fix these first)');
    expect(en.stdout).toMatch(/✖ 900 problems \(900 errors, 0 warnings\) in 1 file, 1 order/);
    const zh = await run(dir, ['check', '--lang', 'zh', '--no-color', '--no-cache']);
    expect(zh.stdout).toContain('orders/SO-1.yaml：… 此文件另有 800 个问题未列出（每个文件最多列出 100 个，请先修正以上问题）');
    expect(zh.stdout).not.toMatch(/more problems|not listed/);
  });

  it('the "more" line follows the file’s own problems, and other files are listed in full', async () => {
    const dir = ws({ 'SO-1': badContacts(150), 'SO-2': badContacts(3, 'SO-2') });
    const r = await run(dir, ['check', '--lang', 'en', '--no-color', '--no-cache']);
    const lines = r.stdout.split('\n');
    const more = lines.findIndex((l) => l.startsWith('orders/SO-1.yaml: … and 50 more'));
    expect(more).toBeGreaterThan(0);
    expect(lines.slice(0, more).filter((l) => l.startsWith('orders/SO-2.yaml:'))).toEqual([]);
    expect(lines.filter((l) => /^orders\/SO-2\.yaml:\d+:\d+: /.test(l))).toHaveLength(3);
  });

  it('json keeps its fixed shape: 100 problems per file, summary counts all, a note names the rest', async () => {
    const dir = ws({ 'SO-1': badContacts(900) });
    const { code, out } = await json(dir);
    expect(code).toBe(1);
    expect(Object.keys(out).sort()).toEqual(['notes', 'problems', 'summary']);
    expect(out.problems).toHaveLength(100);
    expect(out.problems.every((p) => p.rule === 'schema' && /^contacts\[\d+\]\.channel must be one of/.test(p.message))).toBe(true);
    expect(out.summary).toEqual({ files: 1, orders: 1, errors: 900, warnings: 0 });
    expect(out.notes).toEqual(['orders/SO-1.yaml: … and 800 more problems in this file, not listed (at most 100 are listed per file; fix these first)']);
  });

  it('github annotations add one notice for the rest', async () => {
    const dir = ws({ 'SO-1': badContacts(120) });
    const r = await run(dir, ['check', '--format', 'github', '--lang', 'en', '--no-cache']);
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(100);
    expect(lines.filter((l) => l.startsWith('::notice '))).toEqual(['::notice file=orders/SO-1.yaml::orders/SO-1.yaml: … and 20 more problems in this file, not listed (at most 100 are listed per file; fix these first)']);
  });

  it('the check cache gives the same report, the count included', async () => {
    const dir = ws({ 'SO-1': badContacts(130) });
    const first = await run(dir, ['check', '--lang', 'en', '--no-color']);
    const again = await run(dir, ['check', '--lang', 'en', '--no-color']);
    expect(again.stdout).toBe(first.stdout);
    expect(again.stdout).toContain('… and 30 more problems');
  });
});

describe('list lengths are bounded by the schema', () => {
  it('a list over its maxItems is one problem at the list, not one per item, and not "missing"', async () => {
    const dir = ws({ 'SO-1': badContacts(1_001) });
    const { out } = await json(dir);
    expect(out.problems).toMatchObject([{ rule: 'schema', line: 30, column: 3, message: 'contacts has 1001 items, more than the 1000 an order may list; it was not checked further. Keep long records outside the order file' }]);
    expect(out.summary.errors).toBe(1);
  });

  it('zh says it in Chinese', async () => {
    const dir = ws({ 'SO-1': badContacts(1_001) });
    const { out } = await json(dir, 'zh');
    expect(out.problems.map((p) => p.message)).toEqual(['contacts 有 1001 项，超过订单允许的 1000 项，未继续检查。请把过长的记录放在订单文件之外']);
  });

  it('every list of the order schema has a maxItems', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = JSON.parse(readFileSync(new URL('../../schemas/order.schema.json', import.meta.url), 'utf8')) as object;
    const arrays: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.type === 'array' && typeof n.maxItems !== 'number') arrays.push(at);
      for (const [k, v] of Object.entries(n)) walk(v, `${at}/${k}`);
    };
    walk(schema, '');
    expect(arrays).toEqual([]);
  });
});

describe('values and nesting counted before parsing', () => {
  it('a file with more than 10,000 values is one file problem where the count passes the limit', async () => {
    const dir = ws({ 'SO-1': `id: SO-1\nstatus: received\n${Array.from({ length: 12_000 }, (_, i) => `k${i}: 1`).join('\n')}\n` });
    const { out } = await json(dir);
    expect(out.problems).toEqual([
      expect.objectContaining({ rule: 'file', line: 10_001, column: 1, message: expect.stringMatching(/^holds more than 10000 values/) }),
    ]);
    expect(out.summary.orders).toBe(0);
  });

  it('500,000 nested brackets are refused at the 65th level, before any parse', async () => {
    const dir = ws({ 'SO-1': `id: SO-1\nnote: ${'['.repeat(500_000)}\n` });
    const { out } = await json(dir, 'zh');
    expect(out.problems).toEqual([expect.objectContaining({ rule: 'file', line: 2, column: 70, message: '嵌套超过 64 层，远超任何 gendan 文件，未继续读取' })]);
  });

  it('compact "- - - -" items nest too', async () => {
    const dir = ws({ 'SO-1': `id: SO-1\nnote:\n${'- '.repeat(100_000)}x\n` });
    const { out } = await json(dir);
    expect(out.problems).toMatchObject([{ rule: 'file', line: 3 }]);
  });

  it('brackets inside quotes, comments and block scalars are text, not nesting', async () => {
    const deep = '['.repeat(200);
    const order = fullOrder('received')
      .replace('name: 恒达机械', `name: "恒达机械 ${deep}"`)
      .replace('contact: 王经理', `contact: '王经理 ${deep}' # ${deep}`)
      .concat(`note: |\n  ${deep}\n  ${'{'.repeat(200)}\n`);
    const dir = ws({ 'SO-1': order });
    const { out } = await json(dir);
    expect(out.problems.filter((p) => p.rule === 'file' || p.rule === 'yaml-syntax')).toEqual([]);
  });

  it('an order at every list limit is still read', async () => {
    const contacts = Array.from({ length: 1_000 }, (_, i) => `  - { date: 2026-11-03, node: confirmed, channel: phone, note: 第 ${i} 次 }`).join('\n');
    const payments = Array.from({ length: 500 }, () => '  - { date: 2026-11-05, amount: 1 }').join('\n');
    const order = fullOrder('received').replace(/^contacts:\n(  - .*\n)+/m, `contacts:\n${contacts}\n`).replace(/^payments:\n(  - .*\n)+/m, `payments:\n${payments}\n`);
    const dir = ws({ 'SO-1': order });
    const { out } = await json(dir);
    expect(out.problems.filter((p) => p.rule === 'file' || p.rule === 'schema')).toEqual([]);
    expect(out.summary.orders).toBe(1);
  });

  it('today, report, list and show skip such a file and report the others', async () => {
    const dir = ws({
      'SO-1': `id: SO-1\nstatus: received\ncontacts:\n${'- x\n'.repeat(20_000)}`,
      'SO-2': `id: SO-2\nnote: ${'{'.repeat(100_000)}\n`,
      'SO-3': badContacts(900, 'SO-3'),
      'SO-4': fullOrder('confirmed', 'SO-4'),
    });
    for (const args of [['today'], ['report', 'overdue'], ['report', 'at-risk'], ['list'], ['checklist'], ['show', 'SO-4']]) {
      const r = await run(dir, [...args, '--lang', 'en']);
      expect(r.stderr, args.join(' ')).not.toMatch(/internal error|\n\s+at /);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
    const list = await run(dir, ['list', '--lang', 'en']);
    expect(list.stdout).toContain('SO-4');
    expect(list.stderr).toMatch(/SO-1\.yaml.*more than 10000 values/);
  });
});
