// Templates in Mustache syntax (the `mustache` package: a small, logic-less, well-specified
// language that customers' IT and clerks alike can read). Three steps, each pure:
// check that a template names only known variables (else a usage error naming file, line
// and variable), find the facts it would print but the order lacks, and render it —
// as plain text: nothing is HTML-escaped.
import Mustache from 'mustache';
import { userError } from '../model/errors.js';
import type { Msg } from '../model/problem.js';
import { VARIABLES } from './variables.js';
import type { View } from './view.js';

type Token = [string, string, number, number, Token[]?, number?];

export interface Template {
  source: string;
  /** The file as shown to the user; undefined for a built-in template. */
  file?: string;
}

const lineAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

/** Parse and check a template; a syntax error or an unknown variable is a UserError (exit 2). */
export function parseTemplate(t: Template): Token[] {
  const file = t.file ?? '<built-in>';
  let tokens: Token[];
  try {
    tokens = Mustache.parse(t.source) as unknown as Token[];
  } catch (e) {
    const detail = (e as Error).message;
    const at = /at (\d+)\s*$/.exec(detail);
    let line = at ? lineAt(t.source, Number(at[1])) : 1;
    // An unclosed section is reported at the end of the text: point at where it opens.
    const open = /^Unclosed section "(.+)"/.exec(detail);
    if (open) {
      const name = open[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const tags = [...t.source.matchAll(new RegExp(`\\{\\{\\s*[#^]\\s*${name}\\s*\\}\\}`, 'g'))];
      if (tags.length > 0) line = lineAt(t.source, tags[tags.length - 1]!.index);
    }
    throw userError('message/template-syntax', { file, line, detail: syntaxDetail(detail.replace(/ at \d+\s*$/, '')) });
  }
  checkNames(tokens, t.source, file);
  return tokens;
}

/** Mustache's own words for what is wrong, as a message in the user's language. */
function syntaxDetail(detail: string): Msg | string {
  const m = /^(Unclosed section|Unopened section|Unclosed tag)(?: "(.*)")?/.exec(detail);
  if (!m) return detail;
  const key = m[1]!.toLowerCase().replace(' ', '-');
  return { id: `message/syntax/${key}`, args: { name: m[2] ?? '' } };
}

function checkNames(tokens: Token[], source: string, file: string): void {
  for (const tok of tokens) {
    const [type, name, start] = tok;
    if (type === '>') throw userError('message/template-partial', { file, line: lineAt(source, start), name });
    if ((type === 'name' || type === '&' || type === '#' || type === '^') && name !== '.' && !Object.hasOwn(VARIABLES, name)) {
      throw userError('message/unknown-variable', { file, line: lineAt(source, start), name });
    }
    if (tok[4]) checkNames(tok[4], source, file);
  }
}

const present = (v: View[string]) => v !== undefined && v !== false && v !== '';

/** The variables the template would print for this view but which have no value, in order of first use. */
export function missingFacts(tokens: Token[], view: View): string[] {
  const out = new Set<string>();
  const walk = (list: Token[]) => {
    for (const tok of list) {
      const [type, name] = tok;
      if ((type === 'name' || type === '&') && name !== '.' && !present(view[name])) out.add(name);
      else if (type === '#' && present(view[name])) walk(tok[4] ?? []);
      else if (type === '^' && !present(view[name])) walk(tok[4] ?? []);
    }
  };
  walk(tokens);
  return [...out];
}

/** The text, tidied: no trailing spaces, at most one blank line in a row, one final newline. */
export function renderTemplate(t: Template, view: View): string {
  const text = Mustache.render(t.source, view, {}, { escape: (v: unknown) => String(v) });
  return `${text
    .split('\n')
    .map((l) => l.replace(/[ \t\u3000]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
