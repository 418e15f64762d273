// Offsets in text: line starts, columns, and the point just after a line.
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** Just after the line holding `offset` (after its newline), or the end of the text. */
export function afterLine(text: string, offset: number): number {
  const i = text.indexOf('\n', Math.max(0, offset));
  return i === -1 ? text.length : i + 1;
}

/**
 * Past the comment lines right after `at` that are indented deeper than `indent`: they
 * belong to the value above, so new lines go after them.
 */
export function pastOwnComments(text: string, at: number, indent: number): number {
  for (;;) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end === -1 ? text.length : end);
    const m = /^( *)#/.exec(line);
    if (!m || m[1]!.length <= indent || end === -1) return at;
    at = end + 1;
  }
}

export function newlineOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Insert whole lines at a line boundary `at`, adding the missing newline at the end of the text. */
export function insertLines(text: string, at: number, lines: string[], nl: string): string {
  const block = lines.join(nl) + nl;
  if (at >= text.length && text.length > 0 && !text.endsWith('\n')) return text + nl + block;
  return text.slice(0, at) + block + text.slice(at);
}

export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}
