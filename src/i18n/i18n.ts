// Messages by id, each in zh and en. Text is made only at the edge, from a Msg.
import type { Lang } from '../model/config.js';
import type { Msg } from '../model/problem.js';

import type { Messages, Text } from '../model/text.js';
import { joinList } from '../util/vocab.js';

export type { Messages, Text };

/** Catalogs as registered, each read only when one of its ids is first asked for: a run
 * that says a few things does not copy thousands of messages into one table first. */
const catalogs: { prefix: string; messages: Messages | (() => Messages) }[] = [];
/** Ids asked for so far, with their text (null: none). */
const known = new Map<string, Text | null>();

/** Add a catalog of messages (or a function that makes it); ids must be unique across the program. */
export function register(messages: Messages | (() => Messages), prefix = ''): void {
  catalogs.push({ prefix, messages });
  known.clear();
}

function messagesOf(c: (typeof catalogs)[number]): Messages {
  if (typeof c.messages === 'function') c.messages = c.messages();
  return c.messages;
}

/** The text of `id`; the catalog registered last wins, as it would in one table. */
function lookup(id: string): Text | undefined {
  let text = known.get(id);
  if (text === undefined) {
    text = null;
    for (let i = catalogs.length - 1; i >= 0 && text === null; i--) {
      const c = catalogs[i]!;
      if (!id.startsWith(c.prefix)) continue;
      const own = id.slice(c.prefix.length);
      const messages = messagesOf(c);
      if (Object.hasOwn(messages, own)) text = messages[own]!;
    }
    known.set(id, text);
  }
  return text ?? undefined;
}

export function hasMessage(id: string): boolean {
  return lookup(id) !== undefined;
}

const isWords = (v: unknown): v is readonly string[] => Array.isArray(v);

/** Templates split at their placeholders: text, name, text, name, …, text. */
const split = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = split.get(template);
  if (!parts) split.set(template, (parts = template.split(/\{(\w+)\}/)));
  return parts;
}

/** Fill `{name}` placeholders; an unknown placeholder is left as it is. */
export function fill(lang: Lang, template: string, args: Msg['args']): string {
  if (!args) return template;
  const parts = partsOf(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    if (!Object.prototype.hasOwnProperty.call(args, name)) out += `{${name}}`;
    else {
      const value = args[name]!;
      out += isWords(value) ? joinList([...value], lang) : typeof value === 'object' ? t(lang, value) : String(value);
    }
    out += parts[i + 1]!;
  }
  return out;
}

export function t(lang: Lang, msg: Msg | string, args?: Msg['args']): string {
  const m = typeof msg === 'string' ? { id: msg, args } : msg;
  const text = lookup(m.id);
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
  const all = new Map<string, Text>();
  for (const c of catalogs) for (const [id, text] of Object.entries(messagesOf(c))) all.set(c.prefix + id, text);
  return [...all.entries()];
}
