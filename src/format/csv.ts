// CSV as Excel and scripts both read it: RFC 4180 (CRLF, quotes doubled), an optional
// UTF-8 byte-order mark so Excel on Chinese Windows opens it by double-click, headers as
// fixed ids or in the reader's language, and text that Excel would run as a formula
// (= + - @, tab, CR at the start) prefixed with ' (OWASP "CSV injection").
import type { Lang } from '../model/config.js';
import { t } from '../i18n/i18n.js';

export interface CsvOptions {
  bom: boolean;
  /** ids: the fixed column ids; names: column titles in the reader's language. */
  header: 'ids' | 'names';
}

export const PLAIN_CSV: CsvOptions = { bom: false, header: 'ids' };

export type Cell = string | number | null | undefined;

/** Text that a spreadsheet would read as a formula, made inert. Numbers are left alone. */
export function inert(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function field(v: Cell): string {
  const s = v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : inert(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvText(head: readonly string[], body: Cell[][], opts: CsvOptions = PLAIN_CSV): string {
  const text = [head, ...body].map((r) => `${r.map(field).join(',')}\r\n`).join('');
  return opts.bom ? `\uFEFF${text}` : text;
}

/** The header row: ids as they are, or each id's column title (`csv/col/<id>`). */
export function csvHead(ids: readonly string[], lang: Lang, opts: CsvOptions = PLAIN_CSV, titles: Record<string, string> = {}): string[] {
  return opts.header === 'ids' ? [...ids] : ids.map((id) => t(lang, titles[id] ?? `csv/col/${id}`));
}
