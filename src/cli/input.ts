// Values typed on the command line, read the one way every command reads them: names of
// states, nodes, channels, methods, document and issue kinds in either language, and
// dates in the forms people type. A value that means nothing is a usage error (exit 2)
// naming what would be right.
import { parseDateInput } from '../calendar/parse-date.js';
import { userError } from '../model/errors.js';
import type { Lang } from '../model/config.js';
import { allowedNames, lookupName, suggestName, vocabIds, type VocabKind } from '../i18n/vocab.js';

/** `--date 2026/12/5` → '2026-12-05'. */
export function dateArg(option: string, value: string): string {
  const date = parseDateInput(value);
  if (date === undefined) throw userError('input/bad-date', { option, value });
  return date;
}

/** A name of `kind` → its id; `extra` are further words allowed as they are (e.g. `open`). */
export function nameArg(kind: VocabKind, option: string, value: string, lang: Lang, extra: Record<string, string[]> = {}): string {
  const id = lookupName(kind, value);
  if (id !== undefined) return id;
  const plain = value.normalize('NFKC').trim().toLowerCase();
  for (const [word, names] of Object.entries(extra)) if (word === plain || names.includes(value.trim())) return word;
  const words = (l: Lang) => Object.entries(extra).map(([w, names]) => (l === 'zh' ? (names[0] ?? w) : w));
  const suggest = suggestName(kind, value, lang, [...Object.keys(extra), ...Object.values(extra).flat()]);
  const shown = suggest !== undefined && Object.hasOwn(extra, suggest) && lang === 'zh' ? (extra[suggest]![0] ?? suggest) : suggest;
  throw userError('input/unknown-name', {
    option,
    value,
    what: { id: `vocab/kind/${kind}` },
    // Both languages: the language of the message may only be known once the workspace is read.
    allowed: { id: 'vocab/names', args: { zh: allowedNames(kind, 'zh', words('zh')), en: allowedNames(kind, 'en', words('en')) } },
    hint: shown ? { id: 'input/did-you-mean', args: { suggest: shown } } : '',
  });
}

/** A list of names: `a,b`, `甲，乙` or `甲、乙`. */
export function namesArg(kind: VocabKind, option: string, value: string, lang: Lang, extra: Record<string, string[]> = {}): string[] {
  return value
    .split(/[,\uFF0C\u3001]/) // , ， 、
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .map((v) => nameArg(kind, option, v, lang, extra));
}

export { vocabIds };
