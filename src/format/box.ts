// Bordered tables of many rows, drawn the way cli-table3 draws them (compact style, no
// colours on the border, padding of one) but in time linear in the rows: cli-table3
// checks every cell against every earlier one for spans, which takes minutes at 10,000
// rows. Widths are measured with the same function cli-table3 uses (string-width), so the
// text is byte for byte the same (tested against cli-table3 on every table shape we make).
// Cells holding colour codes in the body are left to cli-table3 (it re-opens colours on
// each line of a cell); a bold head cell is drawn here.
import stringWidth from 'string-width';

const ESC = '\x1b';
/** A head cell as chalk makes it bold, on one line. */
const BOLD_HEAD = /^\x1b\[1m[^\x1b\n]*\x1b\[22m$/;

/** Whether `boxText` draws this table exactly as cli-table3 would. */
export function boxable(head: string[], body: string[][]): boolean {
  if (head.length === 0) return false;
  for (const h of head) if (h.includes(ESC) && !BOLD_HEAD.test(h)) return false;
  for (const row of body) {
    if (row.length !== head.length) return false;
    for (const cell of row) if (cell.includes(ESC) || cell.includes('\t') || cell.includes('\r')) return false;
  }
  return true;
}

/** Columns a line takes (string-width leaves colour codes out, as cli-table3 does). */
const plainWidth = (line: string) => stringWidth(line);

/** The table's text (no final newline), as cli-table3 draws it with `style: { head: [], border: [], compact: true }`. */
export function boxText(head: string[], body: string[][], right: boolean[]): string {
  const cols = head.length;
  const rows = [head, ...body].map((r) => r.map((cell) => cell.split('\n')));
  const widths = new Array<number>(cols).fill(0);
  for (const r of rows) {
    for (let i = 0; i < cols; i++) for (const line of r[i]!) widths[i] = Math.max(widths[i]!, plainWidth(line));
  }
  const rule = (l: string, m: string, rr: string) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + rr;
  const out = [rule('┌', '┬', '┐')];
  rows.forEach((r, y) => {
    if (y === 1) out.push(rule('├', '┼', '┤'));
    const height = Math.max(...r.map((c) => c.length));
    for (let n = 0; n < height; n++) {
      let line = '│';
      for (let i = 0; i < cols; i++) {
        const text = r[i]![n];
        if (text === undefined) line += ' '.repeat(widths[i]! + 2);
        else {
          const pad = ' '.repeat(widths[i]! - plainWidth(text));
          line += ` ${right[i] ? pad + text : text + pad} `;
        }
        line += '│';
      }
      out.push(line);
    }
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}
