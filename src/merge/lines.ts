// Where the entries of a top-level block list are, read from the lines alone: `key:` at
// the start of a line, then entries starting `- ` at one indentation. Parsing a long order
// into a yaml Document only to find these would cost a merge most of its time. Anything
// but this plain layout is undefined, and the caller asks the Document; a wrong answer
// cannot get through either, as every merged text is read back and compared (merge.ts).
export interface ListLines {
  /** Column of the entries' `-`. */
  dash: number;
  /** Each entry: the start of its `-` line, and the end of its last line that is not a comment. */
  entries: { start: number; end: number }[];
}

export function listLines(text: string, key: string): ListLines | undefined {
  if (!/^[A-Za-z_][\w-]*$/.test(key)) return undefined;
  const head = new RegExp(`^${key}:[ \\t]*(#.*)?$`, 'm');
  const m = head.exec(text);
  if (!m) return undefined;
  // The key must be the only one of its name at the top (a duplicate is refused anyway).
  if (new RegExp(`^${key}:`, 'gm').exec(text.slice(m.index + m[0].length))) return undefined;
  let at = text.indexOf('\n', m.index);
  if (at === -1) return undefined;
  at++;
  let dash = -1;
  const entries: ListLines['entries'] = [];
  while (at < text.length) {
    let eol = text.indexOf('\n', at);
    if (eol === -1) eol = text.length;
    const line = text.slice(at, eol).replace(/\r$/, '');
    const indent = line.length - line.trimStart().length;
    const rest = line.slice(indent);
    if (rest === '' || rest.startsWith('#')) {
      at = eol + 1;
      continue;
    }
    if (dash === -1) {
      if (!/^-( |$)/.test(rest)) return undefined;
      dash = indent;
    }
    if (indent === dash && /^-( |$)/.test(rest)) entries.push({ start: at, end: at + line.length });
    else if (indent > dash && entries.length > 0) entries[entries.length - 1]!.end = at + line.length;
    else break;
    at = eol + 1;
  }
  return entries.length > 0 ? { dash, entries } : undefined;
}
