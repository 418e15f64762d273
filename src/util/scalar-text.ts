// The scalar written at a spot of a YAML line, exactly as typed: "22,080.00", "2026-12-05
// 10:00", "057786559001", '"quoted text"'. Used to underline a whole value and to quote a
// value in a message as the clerk wrote it (not as the parser read it: 1e309, 0577…).

/** Whether `column` (0-based) of the line lies inside a flow collection `{…}` or `[…]`. */
function inFlow(line: string, column: number): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < column && i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '[') depth++;
    else if ((ch === '}' || ch === ']') && depth > 0) depth--;
    else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
  }
  return depth > 0;
}

/** The scalar starting at 1-based `column` of `line`, as written (quotes included); '' when none. */
export function scalarAt(line: string, column: number): string {
  const start = column - 1;
  if (start < 0 || start >= line.length) return '';
  const first = line[start]!;
  if (first === '"' || first === "'") {
    for (let i = start + 1; i < line.length; i++) {
      if (first === '"' && line[i] === '\\') i++;
      else if (line[i] === first) {
        if (first === "'" && line[i + 1] === "'") i++;
        else return line.slice(start, i + 1);
      }
    }
    return line.slice(start);
  }
  if ('{[|>&*!'.includes(first)) return first === '{' || first === '[' ? '' : '';
  const flow = inFlow(line, start);
  let end = line.length;
  for (let i = start; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '#' && i > start && /\s/.test(line[i - 1]!)) { end = i; break; }
    if (flow && (ch === ',' || ch === ']' || ch === '}')) { end = i; break; }
    if (ch === ':' && (i + 1 === line.length || /\s/.test(line[i + 1]!)) && i > start) { end = i; break; }
  }
  return line.slice(start, end).trimEnd();
}

/** A scalar taken as written is plain (no quotes, no indicator). */
export function isPlain(written: string): boolean {
  return written !== '' && !/^["'{[|>&*!]/.test(written);
}
