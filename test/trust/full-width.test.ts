// Issue item 18: a full-width colon, a full-width space or a Chinese comma where YAML
// syntax is — in flow mappings and lists, after keys, in the indentation — is named in
// words at its line and column, whether the file then fails to parse or parses into text
// the schema refuses; inside text that is valid it is no problem at all.
import { describe, expect, it } from 'vitest';
import { fullOrder, run, ws } from '../workflow/fixture.js';

interface P { line: number; column: number; rule: string; message: string }
const problems = async (dir: string, lang: string) => {
  const r = await run(dir, ['check', '--format', 'json', '--lang', lang, '--no-cache']);
  return (JSON.parse(r.stdout) as { problems: P[] }).problems;
};

/** The order with `from` replaced by `to`, and the 1-based line and column of `mark` in it. */
function slipped(from: string, to: string, mark: string): { text: string; line: number; column: number } {
  const text = fullOrder('received').replace(from, to);
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l === to.split('\n')[0]);
  return { text, line: i + 1, column: lines[i]!.indexOf(mark) + 1 };
}

const COLON = ['full-width colon「：」; use the ASCII colon「:」', '用了全角冒号「：」，请改为半角冒号「:」'];
const COMMA = ['Chinese comma「，」; use the ASCII comma「,」', '用中文逗号「，」分隔各项，请改为半角逗号「,」'];
const SPACE = ['full-width space「　」', '全角空格「　」'];

describe('full-width punctuation is named at its line and column', () => {
  it.each([
    ['a comma between the entries of a flow mapping', '  - { model: XK-210, quantity: 100, unit: pcs, unit_price: 10 }', '  - { model: XK-210，quantity: 100, unit: pcs, unit_price: 10 }', '，', COMMA],
    ['a comma and a space after it', '  - { date: 2026-11-03, node: confirmed, channel: phone }', '  - { date: 2026-11-03， node: confirmed, channel: phone }', '，', COMMA],
    ['a comma between the items of a flow list', '  terms: [delivery, payment, quality]', '  terms: [delivery，payment, quality]', '，', COMMA],
    ['a colon after a key that then reads as text', '  name: 恒达机械', '  name： 恒达机械', '：', COLON],
    ['a colon after a key, no space', '  contact: 王经理', '  contact：王经理', '：', COLON],
    ['a colon after a key inside a flow mapping', '  - { date: 2026-11-03, node: confirmed, channel: phone }', '  - { date：2026-11-03, node: confirmed, channel: phone }', '：', COLON],
    ['a colon after a list item’s key', '  - { model: XK-210, quantity: 100, unit: pcs, unit_price: 10 }', '  - model： XK-210\n    quantity: 100\n    unit: pcs', '：', COLON],
    ['a full-width space between flow entries', '  - { date: 2026-11-03, node: confirmed, channel: phone }', '  - { date: 2026-11-03,\u3000node: confirmed, channel: phone }', '\u3000', SPACE],
    ['a full-width space as indentation', '  phone: "+86 574 8888 1234"', '\u3000phone: "+86 574 8888 1234"', '\u3000', SPACE],
    ['a full-width space as indentation, the parser tripping lines later', '  requested: 2026-12-20', '\u3000requested: 2026-12-20\n  # 客户要求 12-20\n  # 最早可行 12-15', '\u3000', SPACE],
    ['a colon after a mapping’s first key, the parser tripping past comment lines', '  requested: 2026-12-20', '  requested：2026-12-20\n  # 客户要求 12-20\n  # 最早可行 12-15', '：', COLON],
  ])('%s', async (_what, from, to, mark, [en, zh]) => {
    const s = slipped(from, to, mark);
    const dir = ws({ 'SO-1': s.text });
    for (const [lang, words] of [['en', en], ['zh', zh]] as const) {
      const found = await problems(dir, lang);
      const named = found.filter((p) => p.message.includes(words!));
      expect(named.map((p) => [p.rule, p.line, p.column]), JSON.stringify(found)).toEqual([['yaml-syntax', s.line, s.column]]);
      expect(named[0]!.message).toContain(lang === 'en' ? `line ${s.line} ` : `第 ${s.line} 行`);
      // Nothing else about that line: no parser wording, no schema message about the text it made.
      expect(found.filter((p) => p.line === s.line && p !== named[0])).toEqual([]);
      if (lang === 'zh') expect(JSON.stringify(found)).not.toMatch(/Implicit|Nested|must be a mapping|unknown key/);
    }
  });
});

describe('inside valid text, full-width punctuation is no problem', () => {
  it.each([
    ['a colon in a note', 'checklist:', 'note: 交期：12月5日，尾款到账后发货\nchecklist:'],
    ['a comma in a note inside a flow mapping', '  - { date: 2026-11-10, node: ship_date, channel: phone }', '  - { date: 2026-11-10, node: ship_date, channel: phone, note: 尾款到账后，11 月 3 日发货 }'],
    ['a comma in a block value', '  name: 恒达机械', '  name: 恒达，机械'],
  ])('%s', async (_what, from, to) => {
    const dir = ws({ 'SO-1': fullOrder('received').replace(from, to) });
    const found = await problems(dir, 'en');
    expect(found.filter((p) => p.rule === 'yaml-syntax' || p.rule === 'schema')).toEqual([]);
  });

  it('a valid note with a Chinese comma is not blamed for a syntax error elsewhere', async () => {
    const text = fullOrder('received')
      .replace('  - { date: 2026-11-10, node: ship_date, channel: phone }', '  - { date: 2026-11-10, node: ship_date, channel: phone, note: 尾款到账后，11 月发货 }')
      .replace('  - { date: 2026-11-20, node: shipped, channel: phone }', '  - { date: 2026-11-20 node: shipped, channel: phone');
    const found = await problems(ws({ 'SO-1': text }), 'en');
    expect(found.some((p) => p.rule === 'yaml-syntax')).toBe(true);
    expect(found.filter((p) => /Chinese comma/.test(p.message))).toEqual([]);
  });
});
