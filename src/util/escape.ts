// Text output keeps one record to one line: a newline or other control character from a
// value or a file name is shown escaped (`\n`, `\x1b`), never sent to the terminal raw.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

export function escapeControls(s: string): string {
  if (!CONTROL.test(s)) return s;
  CONTROL.lastIndex = 0;
  return s.replace(CONTROL, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}
