// Arbitrary YAML texts for comparing the fast reader with the yaml package: order-shaped
// documents written in every style the fast reader knows, then damaged in the ways that
// trip parsers up (anchors, tags, tabs, stray indicators, quotes, line breaks).
import fc from 'fast-check';

// Mostly forms the fast reader takes (so its answers get compared), some that it must refuse.
const KEYS = ['id', 'status', 'note', 'lines', 'model', 'a', 'b_2', 'x-y', 'constructor', 'toString'];
const ODD_KEYS = ['null', 'True', '__proto__', '中文', 'a b', '"q"', "'s'", '1', '~'];
const SCALARS = [
  'abc', '中文 文本', 'SO-2026-0142', '2026-11-20', '"2026-11-20"', "'it''s'", '"a\\tb\\u00e9\\x41"', '"\\N\\_\\L"',
  '12', '-7', '+3', '0o17', '0x1F', '0b101', '1_000', '012', '1.5', '.5', '5.', '1e3', '-1.2E-3', '.inf', '-.Inf', '.nan', '.NaN',
  '~', 'null', 'Null', 'NULL', 'true', 'False', 'yes', 'on', 'a:b', 'a #b', 'a#b', 'x,y', '9:00–17:00', 'a\u3000', '-x', '|',
];
const ODD_SCALARS = ['"bad \\q"', 'a: b', '[1]', 'ends:', '-', '- a', '@x', '`x', '%x', '&a x', '*a', '!!str 5', '!x y', '? k', ':x', '"unclosed', "'unclosed", '>', ''];

const scalar = fc.oneof({ arbitrary: fc.constantFrom(...SCALARS), weight: 9 }, { arbitrary: fc.constantFrom(...ODD_SCALARS), weight: 1 });
const key = fc.oneof({ arbitrary: fc.constantFrom(...KEYS), weight: 15 }, { arbitrary: fc.constantFrom(...ODD_KEYS), weight: 1 });

type Tree = string | { seq: Tree[] } | { map: [string, Tree][] } | { flow: { seq: Tree[] } | { map: [string, Tree][] } };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree; coll: { seq: Tree[] } | { map: [string, Tree][] } }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('coll'), tie('coll').map((c) => ({ flow: c }))),
  coll: fc.oneof(
    { depthSize: 'small' },
    fc.array(tie('node'), { maxLength: 3 }).map((seq) => ({ seq })),
    fc.uniqueArray(fc.tuple(key, tie('node')), { maxLength: 4, selector: (e) => e[0] }).map((map) => ({ map })),
  ),
})).node;

function flow(t: Tree): string {
  if (typeof t === 'string') return t;
  if ('flow' in t) return flow(t.flow);
  if ('map' in t) return `{ ${t.map.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')} }`;
  return `[${t.seq.map(flow).join(', ')}]`;
}

const empty = (t: Tree) => typeof t === 'string' || 'flow' in t || ('map' in t ? t.map.length === 0 : t.seq.length === 0);

/** Block style at `indent`; `compact` puts sequences at their key's indentation. */
function block(t: Tree, indent: number, compact: boolean): string[] {
  const pad = ' '.repeat(indent);
  if (empty(t)) return [`${pad}${flow(t)}`];
  const out: string[] = [];
  if (typeof t !== 'string' && 'map' in t) {
    for (const [k, v] of t.map) {
      if (v === '|') out.push(`${pad}${k}: |`, `${pad}  line one`, '', `${pad}  line two`);
      else if (empty(v)) out.push(`${pad}${k}: ${flow(v)}`);
      else out.push(`${pad}${k}:`, ...block(v, typeof v !== 'string' && 'seq' in v && compact ? indent : indent + 2, compact));
    }
    return out;
  }
  for (const item of (t as { seq: Tree[] }).seq) {
    if (empty(item)) out.push(`${pad}- ${flow(item)}`);
    else if (typeof item !== 'string' && 'map' in item) {
      const inner = block(item, indent + 2, compact);
      out.push(`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1));
    } else out.push(`${pad}-`, ...block(item, indent + 2, compact));
  }
  return out;
}

const HAZARDS = ['&a ', '*a', '!!str ', ': ', ' #', '#', "'", '"', '\t', '---\n', '...\n', '- ', '{', '}', '[', ']', ',', '|', '|-', '>', '? ', '\r', '\r\n', '  ', '\n', ' ', 'null', '~', '__proto__: 1', '0x1F', '%YAML 1.1\n', '\ufeff', '\u0085', '\\', 'key: value\n'];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.constantFrom(...HAZARDS) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('dup-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('crlf' as const) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  if (m.kind === 'crlf') return text.replace(/\n/g, '\r\n');
  const at = text.length === 0 ? 0 : m.at % text.length;
  if (m.kind === 'insert') return text.slice(0, at) + m.what + text.slice(at);
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + m.length);
  const lines = text.split('\n');
  const i = m.at % lines.length;
  lines.splice(i, 0, lines[i]!);
  return lines.join('\n');
}

/** A document: a top-level mapping in block style, with comments and blank lines, maybe damaged. */
export const yamlText = fc
  .record({
    entries: fc.uniqueArray(fc.tuple(key, tree), { minLength: 1, maxLength: 6, selector: (e) => e[0] }),
    compact: fc.boolean(),
    comment: fc.boolean(),
    start: fc.constantFrom('', '---\n', '# yaml-language-server: $schema=x\n'),
    mutations: fc.oneof({ arbitrary: fc.constant([]), weight: 2 }, { arbitrary: fc.array(mutation, { minLength: 1, maxLength: 2 }), weight: 1 }),
    finalNewline: fc.boolean(),
  })
  .map(({ entries, compact, comment, start, mutations, finalNewline }) => {
    const lines = block({ map: entries }, 0, compact);
    if (comment && lines.length > 1) lines.splice(1, 0, '  # a comment', '');
    let text = start + lines.join('\n') + (finalNewline ? '\n' : '');
    for (const m of mutations) text = mutate(text, m);
    return text;
  });
