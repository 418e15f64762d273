// Top-level blocks of an order's text: `key:` at the start of a line and every line after
// it up to the next line that starts another top-level entry. An edit that changes one
// top-level value can be worked out on that block alone (apply.ts), which parses in a
// fraction of the time the whole file takes.

/** Characters that start a line belonging to the entry above: indentation, comments, list items of `key:` written at column 0, the end of a flow collection. */
const CONTINUES = new Set([' ', '\t', '#', '-', '\r', '\n', ']', '}', ',']);

/** [start, end) of the block of top-level `key`, or undefined when there is no such line. */
export function topBlock(text: string, key: string): [number, number] | undefined {
  let start = -1;
  for (let at = 0; at < text.length; ) {
    if (start === -1) {
      if (opensKey(text, at, key)) start = at;
    } else if (!CONTINUES.has(text[at]!)) {
      return [start, at];
    }
    const nl = text.indexOf('\n', at);
    if (nl === -1) break;
    at = nl + 1;
  }
  return start === -1 ? undefined : [start, text.length];
}

/** Whether the line at `at` is `key:` (plain key, optional spaces before the colon). */
function opensKey(text: string, at: number, key: string): boolean {
  return keyColon(text, at, key) >= 0;
}

/** Where the colon is when the line at `at` opens `key:` (then a space, a tab or the line's end), else -1. */
export function keyColon(text: string, at: number, key: string): number {
  if (!text.startsWith(key, at)) return -1;
  let i = at + key.length;
  while (text[i] === ' ') i++;
  if (text[i] !== ':') return -1;
  const after = text[i + 1];
  return after === undefined || after === ' ' || after === '\t' || after === '\n' || after === '\r' ? i : -1;
}
