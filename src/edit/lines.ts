// The two edits a clerk's day is made of, worked out on the lines of one top-level block
// without a YAML Document: a new value for a top-level scalar written on its key's line
// (`status: preparing`), and a new item at the end of a top-level list of one-line
// `- { … }` items (history, contacts, payments). They give the very text the Document
// path gives (test/edit/blocks.test.ts holds them to it); any other shape steps aside,
// and the caller parses the block.
import { keyColon } from './blocks.js';
import type { Op } from './ops.js';
import { isObject, renderItem, renderScalar, type BlockLayout, type Data } from './render.js';
import { EditBug, QUOTED_KEYS } from './splice.js';
import { insertLines, newlineOf } from './text.js';

/** `op` applied to `block`, one top-level `key: value` cut out of a file whose data is `data`; or undefined. */
export function onLines(block: string, data: Record<string, unknown>, op: Op): string | undefined {
  const key = op.path[0];
  if (op.path.length !== 1 || typeof key !== 'string') return undefined;
  const lines = block.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  return op.kind === 'set' ? setOnLine(block, lines, key, data[key], op.value) : appendOnLine(block, lines, key, data[key], op.item);
}

/** `key: old` (plain, maybe a comment after it) → `key: new`. */
function setOnLine(block: string, lines: string[], key: string, old: unknown, value: Data): string | undefined {
  if (typeof old !== 'string' || typeof value === 'object') return undefined;
  const colon = keyColon(lines[0]!, 0, key);
  const m = colon < 0 ? null : /^( +)([^ #\t][^\t]*)$/.exec(lines[0]!.slice(colon + 1));
  if (!m) return undefined;
  // The plain scalar ends where a comment starts (` #`) or at the trailing spaces.
  const rest = m[2]!;
  const hash = rest.indexOf(' #');
  const scalar = (hash === -1 ? rest : rest.slice(0, hash)).trimEnd();
  // The line says exactly the value the file holds: nothing on the lines below adds to it.
  if (scalar !== old) return undefined;
  if (old === value) return block;
  const start = colon + 1 + m[1]!.length;
  return block.slice(0, start) + renderScalar(value, { flow: false }) + block.slice(start + scalar.length);
}

const ITEM = /^( *)- +\{.*\} *$/;

/** A layout that has no habits to tell: an item that would need them steps aside. */
const NO_HABITS: BlockLayout = {
  get step(): number {
    throw new EditBug('the layout of the whole file is needed');
  },
  get seqIndent(): number {
    throw new EditBug('the layout of the whole file is needed');
  },
  flowItems: true,
  quoted: QUOTED_KEYS,
};

/** `key:` and one-line `- { … }` items, then nothing or a blank line → one more item after the last. */
function appendOnLine(block: string, lines: string[], key: string, list: unknown, item: Data): string | undefined {
  if (!Array.isArray(list) || list.length === 0 || !list.every(isObject)) return undefined;
  const colon = keyColon(lines[0]!, 0, key);
  if (colon < 0 || !/^ *$/.test(lines[0]!.slice(colon + 1))) return undefined;
  let end = 1;
  let dash = -1;
  for (; end < lines.length && lines[end] !== ''; end++) {
    const m = ITEM.exec(lines[end]!);
    if (!m || (dash !== -1 && m[1]!.length !== dash)) return undefined;
    dash = m[1]!.length;
  }
  // One item per line: a flow map running over two lines would leave fewer items than
  // lines, and so would an item after a blank line. Past a blank line, comments belong to
  // what comes next, and the new item goes before them.
  if (end - 1 !== list.length) return undefined;
  const last = lines[end - 1]!;
  let rendered: string[];
  try {
    rendered = renderItem(item, dash, last.indexOf('{'), NO_HABITS);
  } catch (e) {
    if (e instanceof EditBug) return undefined;
    throw e;
  }
  // Just after the last item's line (its newline included, when it has one).
  let at = 0;
  for (let i = 0; i < end; i++) at = block.indexOf('\n', at) + 1 || block.length;
  return insertLines(block, at, rendered, newlineOf(block));
}
