// Filling a message's placeholders: each `{name}` with its argument (a nested message put
// in words, a list joined, anything else as text), an unknown one left as it is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/i18n.js';
import { registerAll } from '../../src/i18n/all.js';
import { joinList } from '../../src/util/vocab.js';

/** The rule as a regular expression states it, for plain and list arguments. */
const reference = (lang: 'zh' | 'en', template: string, args: Record<string, string | number | string[]>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(args, name)) return whole;
    const v = args[name]!;
    return Array.isArray(v) ? joinList(v, lang) : String(v);
  });

describe('fill', () => {
  it('fills as the placeholder rule says, for any template and arguments', () => {
    const name = fc.constantFrom('a', 'b', 'order', 'x_1', '', 'a b', '单');
    const piece = fc.oneof(fc.string({ maxLength: 6 }), name.map((n) => `{${n}}`), fc.constantFrom('{', '}', '{{a}}', '{a', 'b}'));
    const template = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
    const value = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }), fc.constantFrom('{a}', '$&', '$1'));
    const args = fc.dictionary(name, value, { maxKeys: 4 });
    fc.assert(
      fc.property(fc.constantFrom('zh' as const, 'en' as const), template, args, (lang, tpl, a) => {
        expect(fill(lang, tpl, a)).toBe(reference(lang, tpl, a));
        // The same template again (it is split once and kept).
        expect(fill(lang, tpl, a)).toBe(reference(lang, tpl, a));
      }),
      { numRuns: 500 },
    );
  });

  it('puts a nested message in words, and leaves a template without arguments alone', () => {
    registerAll();
    expect(fill('en', 'state {s}, {missing}', { s: { id: 'vocab/raw', args: { text: 'ready' } } })).toBe('state ready, {missing}');
    expect(fill('zh', '{a}', undefined)).toBe('{a}');
  });
});
