// Messages by id, each in zh and en. Text is made only at the edge, from a Msg.
import type { Lang } from '../model/config.js';
import type { Msg } from '../model/problem.js';

import type { Messages, Text } from '../model/text.js';
import { joinList } from '../util/vocab.js';

export type { Messages, Text };

const registry = new Map<string, Text>();

/** Add a catalog of messages; ids must be unique across the program. */
export function register(messages: Messages, prefix = ''): void {
  for (const [id, text] of Object.entries(messages)) registry.set(prefix + id, text);
}

export function hasMessage(id: string): boolean {
  return registry.has(id);
}

const isWords = (v: unknown): v is readonly string[] => Array.isArray(v);

/** Fill `{name}` placeholders; an unknown placeholder is left as it is. */
export function fill(lang: Lang, template: string, args: Msg['args']): string {
  if (!args) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(args, name)) return whole;
    const value = args[name]!;
    if (isWords(value)) return joinList([...value], lang);
    return typeof value === 'object' ? t(lang, value) : String(value);
  });
}

export function t(lang: Lang, msg: Msg | string, args?: Msg['args']): string {
  const m = typeof msg === 'string' ? { id: msg, args } : msg;
  const text = registry.get(m.id);
  if (!text) return m.id;
  return fill(lang, text[lang], m.args);
}

/** The language to speak: --lang, then GENDAN_LANG, then the config's, else en. */
export function pickLang(...candidates: (string | undefined)[]): Lang {
  for (const c of candidates) {
    if (c === 'zh' || c === 'en') return c;
    if (c && /^zh/i.test(c)) return 'zh';
    if (c && /^en/i.test(c)) return 'en';
  }
  return 'en';
}

/** Every registered message id with its texts (for the test that finds untranslated ones). */
export function allMessages(): [string, Text][] {
  return [...registry.entries()];
}
