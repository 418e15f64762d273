// Text from a file — a value, a key, a file name — shown on a terminal: a control character
// in it (a newline, a tab, ESC starting a colour or a cursor move) is written escaped, as
// `\n`, `\t`, `\u001b`, so that one problem or one row stays one line and a value can never
// paint or move the terminal. Formatters escape the values first, then add their own line
// ends and colours.

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function visible(text: string): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROL, (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A copy of plain data (objects, arrays) with every string escaped; other values as they are. */
export function visibleDeep<T>(value: T): T {
  if (typeof value === 'string') return visible(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => visibleDeep(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = visibleDeep(v);
  return out as T;
}
