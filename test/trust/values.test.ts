// Issue items 2, 9, 16, 17 and 23: dates in a real range, numbers within reason, values
// quoted and underlined as written, no regular expression in any message, and reports that
// skip one order they cannot use instead of failing as a whole.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { change, fullOrder, run, ws } from '../workflow/fixture.js';

interface P { line: number; column: number; rule: string; message: string }
const problems = async (dir: string, lang = 'en') => {
  const r = await run(dir, ['check', '--format', 'json', '--lang', lang]);
  return (JSON.parse(r.stdout) as { problems: P[] }).problems;
};

describe('dates are real dates between 1900 and 2199', () => {
  it.each(['0000-01-01', '0099-12-31', '1899-12-31', '2200-01-01'])('%s is a schema problem', async (date) => {
    const dir = ws({ 'SO-1': change(fullOrder('confirmed'), { 'requested: 2026-12-20': `  requested: ${date}` }) });
    const found = (await problems(dir)).filter((p) => p.rule === 'schema');
    expect(found.map((p) => p.message)).toEqual([`delivery.requested must be a real date between 1900-01-01 and 2199-12-31, written YYYY-MM-DD; got "${date}"`]);
  });

  it('a year-0000 date never crashes today or report overdue; the other orders are reported', async () => {
    const bad = change(fullOrder('confirmed'), { 'requested: 2026-12-20': '  requested: 0000-01-01' });
    const dir = ws({ 'SO-1': bad, 'SO-2': change(fullOrder('confirmed', 'SO-2'), { 'requested: 2026-12-20': '  requested: 2026-11-20' }) });
    for (const args of [['today'], ['report', 'overdue'], ['report', 'at-risk'], ['report', 'stats'], ['checklist']]) {
      const r = await run(dir, args);
      expect(r.stderr).not.toContain('internal error');
      expect(r.code, args.join(' ')).toBe(0);
    }
    const overdue = await run(dir, ['report', 'overdue', '--format', 'json']);
    expect((JSON.parse(overdue.stdout) as { rows: { order: string }[] }).rows.map((r) => r.order)).toContain('SO-2');
  });

  it('an 8-digit date-like number is told the date, not to quote it', async () => {
    const dir = ws({ 'SO-1': change(fullOrder('received'), { 'requested: 2026-12-20': '  requested: 20261205' }) });
    const found = (await problems(dir)).filter((p) => p.rule === 'schema');
    expect(found[0]!.message).toBe('delivery.requested must be a date written YYYY-MM-DD, got the number 20261205: write 2026-12-05');
  });
});

describe('numbers within reason, quoted as written', () => {
  it.each([
    ['quantity: 100, unit: pcs', 'quantity: 1152921504606846976, unit: pcs', 'lines[0].quantity must be less than 1000000000000, got 1152921504606846976'],
    ['quantity: 100, unit: pcs', 'quantity: 1e309, unit: pcs', 'lines[0].quantity must be a number, got 1e309'],
    ['amount: 300 }', 'amount: -300 }', 'payments[0].amount must be greater than 0, got -300'],
    ['amount: 300 }', 'amount: .inf }', 'payments[0].amount must be a number, got .inf'],
  ])('%s → %s', async (from, to, message) => {
    const dir = ws({ 'SO-1': fullOrder('confirmed').replace(from, to) });
    expect((await problems(dir)).filter((p) => p.rule === 'schema').map((p) => p.message)).toContain(message);
  });

  it.each([
    ['057786559001', '"057786559001"'],
    ['+8613757706612', '"+8613757706612"'],
  ])('phone %s: the quote-it advice keeps what was typed', async (typed, quoted) => {
    const dir = ws({ 'SO-1': fullOrder('received').replace('phone: "+86 574 8888 1234"', `phone: ${typed}`) });
    const msg = (await problems(dir)).find((p) => p.rule === 'schema')!.message;
    expect(msg).toContain(`got the number ${typed}: put it in quotes, e.g. ${quoted}`);
  });
});

describe('messages in words', () => {
  it.each([
    ['id: SO-1', 'id: "SO 1"', 'must start with a letter or digit'],
    ['ordered: 2026-11-02', 'ordered: 2026-11-02\ncurrency: rmb', '3-letter currency code'],
    ['{ name: qc_passed', '{ name: " qc_passed"', 'must not begin or end with a space'],
  ])('%s → %s', async (from, to, words) => {
    const dir = ws({ 'SO-1': fullOrder('confirmed').replace(from, to) });
    for (const lang of ['en', 'zh']) {
      const msgs = (await problems(dir, lang)).filter((p) => p.rule === 'schema').map((p) => p.message);
      expect(msgs.length).toBeGreaterThan(0);
      for (const m of msgs) expect(m).not.toMatch(/\^|\$"|\\[dsS]|\[A-Z|\(\?/);
      if (lang === 'en') expect(msgs.join('\n')).toContain(words);
    }
  });

  it('a Chinese milestone name is fine; 41 characters are too many', async () => {
    const ok = ws({ 'SO-1': fullOrder('confirmed').replace('{ name: qc_passed', '{ name: 装配完成') });
    expect((await problems(ok)).filter((p) => p.rule === 'schema')).toEqual([]);
    const long = ws({ 'SO-1': fullOrder('confirmed').replace('{ name: qc_passed', `{ name: ${'装'.repeat(41)}`) });
    const zh = (await problems(long, 'zh')).filter((p) => p.rule === 'schema').map((p) => p.message);
    expect(zh.join('\n')).toContain('最多 40 个字符');
  });
});

describe('the caret underlines the whole value as written', () => {
  it.each([
    ['  - { date: 2026-11-05, amount: 300 }', '  - date: 2026-11-05\n    amount: 22,080.00', '22,080.00'],
    ['requested: 2026-12-20', 'requested: 2026-12-05 10:00', '2026-12-05 10:00'],
  ])('%s', async (from, to, value) => {
    const dir = ws({ 'SO-1': fullOrder('confirmed').replace(from, to) });
    const r = await run(dir, ['check']);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes(` ${value}`) && l.includes('|'));
    expect(at).toBeGreaterThan(0);
    const caret = lines[at + 1]!;
    expect(caret.trim().replace(/^\|\s*/, '')).toBe(`^${'~'.repeat(value.length - 1)}`);
    expect(caret.indexOf('^')).toBe(lines[at]!.indexOf(value));
  });
});

describe('one problem, one line', () => {
  it('a newline in a value or a file name is shown escaped in text output', async () => {
    const dir = ws({ 'SO-1': fullOrder('confirmed').replace('name: 恒达机械', 'name: "恒达\\n机械"').replace('{ name: qc_passed', '{ name: "qc\\npassed"').replace('channel: phone }', 'channel: "tel\\nephone" }') });
    const r = await run(dir, ['check']);
    expect(r.stdout).toContain('"qc\\npassed"');
    writeFileSync(join(dir, 'orders', 'bad\nname.yaml'), 'id: [\n');
    const named = await run(dir, ['check']);
    expect(named.stdout).toContain('orders/bad\\nname.yaml:');
    const lines = named.stdout.split('\n').filter((l) => /^orders\//.test(l));
    for (const l of lines) expect(l).toMatch(/\[[a-z-]+\]$/);
  });
});

describe('full-width punctuation is named in words, at its spot', () => {
  it.each([
    ['  contact: 王经理', '  contact：王经理', 'full-width colon', '第 5 行用了全角冒号「：」，请改为半角冒号「:」', 5, 10],
    ['  contact: 王经理', '\u3000 contact: 王经理', 'full-width space', '第 5 行用全角空格「　」缩进', 5, 1],
    ['  terms: [delivery, payment, quality]', '  terms: [delivery，payment, quality', 'Chinese comma', '第 22 行用中文逗号「，」分隔各项', 22, 19],
  ])('%s → %s', async (from, to, en, zh, line, column) => {
    const dir = ws({ 'SO-1': fullOrder('confirmed').replace(from, to) });
    const found = (await problems(dir)).filter((p) => p.rule === 'yaml-syntax');
    expect(found.map((p) => [p.line, p.column])).toEqual([[line, column]]);
    expect(found[0]!.message).toContain(en);
    expect((await problems(dir, 'zh')).find((p) => p.rule === 'yaml-syntax')!.message).toContain(zh);
  });
});
