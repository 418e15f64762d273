// Fuzzing the whole CLI in-process with fast-check: random bytes as an order file, random
// mutations of the example orders, random sequences of edits. Always a result or a clear
// problem, exit ≤ 2, no stack trace, and files changed only by an edit that reported success.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyExamples, gendan } from '../helpers/cli.js';
import { changed, checkJson, expectSane, snapshot } from './invariants.js';

const TODAY = ['--today', '2026-11-28'];
const ENV = { GENDAN_TODAY: '2026-11-28', GENDAN_NOW: '2026-11-28T09:30:00+08:00', GENDAN_LANG: 'en' };
/** FUZZ_SEED replays a failure; FUZZ_TIMES=20 fuzzes twenty times longer than the suite does. */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const TIMES = Math.max(1, Number(process.env.FUZZ_TIMES ?? 1) || 1);
const params = (numRuns: number) => ({ numRuns: numRuns * TIMES, seed: SEED, endOnFailure: true });

const READ_COMMANDS: string[][] = [
  ['report', 'overdue', '--format', 'json'],
  ['report', 'at-risk', '--format', 'csv'],
  ['report', 'stats', '--format', 'markdown'],
  ['today'],
  ['list'],
  ['checklist'],
];

let ws: string;
let names: string[];
let texts: Map<string, string>;

beforeAll(() => {
  ws = copyExamples();
  names = readdirSync(join(ws, 'orders')).filter((f) => f.endsWith('.yaml')).sort();
  texts = new Map(names.map((n) => [n, readFileSync(join(ws, 'orders', n), 'utf8')]));
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

/** Check the workspace and run one read-only command; nothing on disk may change. */
async function readOnlyRuns(what: string, command: string[], target: string): Promise<void> {
  const before = snapshot(ws);
  const check = await gendan(['check', ...TODAY, '--format', 'json'], { cwd: ws, env: ENV });
  expectSane(check, what);
  const out = checkJson(check, what);
  // The untouched orders stay clean; only the fuzzed file may have problems (and an order
  // that happens to share its id, a duplicate-id).
  const elsewhere = out.problems.filter((p) => p.file !== `orders/${target}` && p.rule !== 'duplicate-id');
  expect(elsewhere, what).toEqual([]);
  const r = await gendan([...command, ...TODAY], { cwd: ws, env: ENV });
  expectSane(r, `${what}; ${command.join(' ')}`);
  const id = target.replace(/\.yaml$/, '');
  for (const per of [['show', id], ['checklist', id]]) expectSane(await gendan([...per, ...TODAY], { cwd: ws, env: ENV }), `${what}; ${per.join(' ')}`);
  expect(changed(before, snapshot(ws)), what).toEqual([]);
}

describe('random bytes as an order file', () => {
  const junk = fc.oneof(
    fc.uint8Array({ maxLength: 3000 }).map((a) => Buffer.from(a)),
    fc.string({ unit: 'binary', maxLength: 800 }).map((s) => Buffer.from(s)),
    fc.array(fc.constantFrom('id: ', 'status: ', '- ', ': ', '\n', '  ', '[', ']', '{', '}', '&a ', '*a', '"', "'", '\t', '# ', '---\n', '__proto__', '<<: ', '!!binary ', '? ', '|\n', '>-\n', '%YAML 1.2\n', '\uFEFF', '\r\n', '2026-13-45', '1e309', '0x1F', '~', 'null', '订单', '\u2028'), { maxLength: 200 }).map((a) => Buffer.from(a.join(''))),
  );

  it('check and the reports give a result or a clear problem, and change nothing', { timeout: 120_000 * TIMES }, async () => {
    await fc.assert(
      fc.asyncProperty(junk, fc.constantFrom(...READ_COMMANDS), async (bytes, command) => {
        writeFileSync(join(ws, 'orders', 'SO-FUZZ.yaml'), bytes);
        try {
          await readOnlyRuns(`${bytes.length} random bytes`, command, 'SO-FUZZ.yaml');
        } finally {
          rmSync(join(ws, 'orders', 'SO-FUZZ.yaml'));
        }
      }),
      params(40),
    );
  });
});

/** One random change to an order's text. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), lines: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), to: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.oneof(
      fc.constantFrom(':', '- ', '[', '{', '}', '&x ', '*x', '"', "'", '\t', '#', '\n---\n', '\n__proto__: { a: 1 }\n', '\nconstructor: 1\n', '<<: *x', '!!str ', '? ', '|', '>', '\r', '\uFEFF', '-1', '1e400', '2026-02-30', ' ', '\n', 'null', '~', '\u0000', '\udc00', '', '\u00e9'),
      fc.string({ maxLength: 12 }),
    ),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = Math.min(lines.length - 1, Math.floor(m.at * lines.length));
  switch (m.kind) {
    case 'delete':
      lines.splice(i, m.lines);
      return lines.join('\n');
    case 'duplicate':
      lines.splice(i, 0, lines[i]!);
      return lines.join('\n');
    case 'swap': {
      const j = Math.min(lines.length - 1, Math.floor(m.to * lines.length));
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
    case 'indent':
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-m.by}}`), '');
      return lines.join('\n');
    case 'insert': {
      const at = Math.floor(m.at * text.length);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'truncate':
      return text.slice(0, Math.floor(m.at * text.length));
  }
}

describe('random mutations of the example orders', () => {
  it('check and the reports give a result or a clear problem, and change nothing', { timeout: 120_000 * TIMES }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.constantFrom(...READ_COMMANDS), async (pick, ms, command) => {
        const name = names[pick % names.length]!;
        const text = ms.reduce(mutate, texts.get(name)!);
        writeFileSync(join(ws, 'orders', name), text);
        try {
          await readOnlyRuns(`${name} mutated by ${JSON.stringify(ms)}`, command, name);
        } finally {
          writeFileSync(join(ws, 'orders', name), texts.get(name)!);
        }
      }),
      params(40),
    );
  });

  it('an edit of a mutated order either refuses and changes nothing, or writes a file that loads', { timeout: 120_000 * TIMES }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (pick, ms) => {
        const name = names[pick % names.length]!;
        const file = join(ws, 'orders', name);
        const text = ms.reduce(mutate, texts.get(name)!);
        writeFileSync(file, text);
        const what = `${name} mutated by ${JSON.stringify(ms)}`;
        try {
          const before = snapshot(ws);
          const r = await gendan(['log', file, '--node', 'other', '--channel', 'phone', 'fuzz note', ...TODAY], { cwd: ws, env: ENV });
          expectSane(r, what);
          const diff = changed(before, snapshot(ws));
          if (r.code !== 0) return void expect(diff, what).toEqual([]);
          expect(diff, what).toEqual([`orders/${name}`]);
          const after = await gendan(['check', file, ...TODAY, '--format', 'json'], { cwd: ws, env: ENV });
          const loadProblems = checkJson(after, what).problems.filter((p) => p.rule === 'file' || p.rule === 'yaml-syntax');
          expect(loadProblems, what).toEqual([]);
          expect(readFileSync(file, 'utf8')).toContain('fuzz note');
        } finally {
          writeFileSync(file, texts.get(name)!);
        }
      }),
      params(40),
    );
  });
});

const STATES = ['received', 'confirmed', 'preparing', 'ready', 'shipped', 'delivered', 'followed_up', 'closed', 'on_hold', 'cancelled'];
const NODES = ['confirmed', 'production_started', 'ship_date', 'shipped', 'arriving', 'delivered', 'follow_up', 'other'];
const CHANNELS = ['phone', 'email', 'wechat', 'meeting', 'fax', 'other'];
/** Free text as a clerk (or a paste) might give it: quotes, colons, newlines, CJK, emoji. */
const freeText = fc
  .oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }), fc.constantFrom('ok', '客户说: "下周发货"', '- item', '#1 priority', "it's {fine}", '&anchor *alias', '多行\n备注', '   ', 'yes', 'null', '2026-12-01', '|', '@user', '`cmd`', '👍 收到'))
  .filter((s) => !s.includes('\0'));

const edit = fc.oneof(
  fc.record({ cmd: fc.constant('advance'), state: fc.option(fc.oneof(fc.constantFrom(...STATES), freeText), { nil: undefined }), force: fc.boolean(), reason: freeText, note: fc.option(freeText, { nil: undefined }) }),
  fc.record({ cmd: fc.constant('tick'), item: fc.oneof(fc.constantFrom('special_requests_reviewed', 'logistics_arranged', 'constructor', '__proto__', 'toString'), freeText) }),
  fc.record({ cmd: fc.constant('log'), node: fc.oneof(fc.constantFrom(...NODES), freeText), channel: fc.oneof(fc.constantFrom(...CHANNELS), freeText), note: freeText }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function argsOf(e: Edit, id: string): string[] {
  if (e.cmd === 'advance') return ['advance', id, ...(e.state !== undefined ? [e.state] : []), ...(e.force ? ['--force', '--reason', e.reason] : []), ...(e.note !== undefined ? ['--note', e.note] : [])];
  if (e.cmd === 'tick') return ['tick', id, e.item];
  return ['log', id, '--node', e.node, '--channel', e.channel, '--', e.note];
}

describe('random sequences of edits on an example order', () => {
  it('each edit refuses and changes nothing, or changes only its order, which still loads and validates', { timeout: 180_000 * TIMES }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 5 }), async (pick, edits) => {
        const name = names[pick % names.length]!;
        const file = join(ws, 'orders', name);
        const id = name.replace(/\.yaml$/, '');
        try {
          for (const e of edits) {
            const args = argsOf(e, id);
            const what = JSON.stringify(args);
            const before = snapshot(ws);
            const r = await gendan(args, { cwd: ws, env: ENV });
            expectSane(r, what);
            const diff = changed(before, snapshot(ws));
            if (r.code !== 0) {
              expect(diff, what).toEqual([]);
              continue;
            }
            expect(diff.filter((f) => f !== `orders/${name}`), what).toEqual([]);
            const after = await gendan(['check', file, ...TODAY, '--format', 'json'], { cwd: ws, env: ENV });
            const broken = checkJson(after, what).problems.filter((p) => ['file', 'yaml-syntax', 'schema'].includes(p.rule));
            expect(broken, `${what} left the order invalid`).toEqual([]);
            const order = parse(readFileSync(file, 'utf8')) as { contacts?: { note?: string; node?: string; channel?: string }[] };
            if (e.cmd === 'log') expect(order.contacts?.at(-1), what).toMatchObject({ note: e.note, node: e.node, channel: e.channel });
          }
        } finally {
          writeFileSync(file, texts.get(name)!);
        }
      }),
      params(30),
    );
  });
});

/** Values of the classes that once slipped through: any year, huge and non-finite numbers, full-width punctuation. */
const pad2 = (n: number) => String(n).padStart(2, '0');
const anyYearDate = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`);
const hugeNumber = fc.oneof(
  fc.constantFrom('1e309', '-1e309', '.inf', '-.inf', '.nan', 'Infinity', '1152921504606846976', '1e12', '999999999999.99', '-0', '0', '-5', '0.001'),
  fc.double().map(String),
);
const fullWidth = fc.constantFrom('：', '，', '\u3000', '；', '（', '）', '“', '”', '－');
const valueSlip = fc.oneof(
  fc.record({ kind: fc.constant('date' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), value: anyYearDate }),
  fc.record({ kind: fc.constant('number' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), value: hugeNumber }),
  fc.record({ kind: fc.constant('punct' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), value: fullWidth }),
);
type ValueSlip = typeof valueSlip extends fc.Arbitrary<infer M> ? M : never;

function slip(text: string, s: ValueSlip): string {
  if (s.kind === 'punct') {
    const at = Math.floor(s.at * text.length);
    return text.slice(0, at) + s.value + text.slice(at);
  }
  const re = s.kind === 'date' ? /\b\d{4}-\d{2}-\d{2}\b/g : /(?<=: )-?\d+(\.\d+)?(?=[\s,}]|$)/gm;
  const spots = [...text.matchAll(re)];
  if (spots.length === 0) return text;
  const m = spots[Math.floor(s.at * spots.length) % spots.length]!;
  return text.slice(0, m.index) + s.value + text.slice(m.index + m[0].length);
}

const REPORTS: string[][] = [
  ['report', 'overdue', '--format', 'json'],
  ['report', 'at-risk', '--format', 'json'],
  ['today', '--format', 'json'],
  ['report', 'stats', '--format', 'json'],
];

/** What a report says about every order but `file`. */
function others(out: string, file: string): unknown {
  const data = JSON.parse(out) as { rows?: unknown; orders?: unknown };
  const list = Array.isArray(data.rows) ? data.rows : Array.isArray(data.orders) ? data.orders : undefined;
  return list?.filter((r: { file?: string }) => r.file !== file);
}

describe('a folder with one bad order', () => {
  it('years, huge and non-finite numbers, full-width punctuation: check is clear, and every report still reports the others', { timeout: 180_000 * TIMES }, async () => {
    const baseline = new Map<string, string>();
    for (const r of REPORTS) baseline.set(r.join(' '), (await gendan([...r, ...TODAY], { cwd: ws, env: ENV })).stdout);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(valueSlip, { minLength: 1, maxLength: 3 }), fc.constantFrom(...REPORTS), async (pick, slips, command) => {
        const name = names[pick % names.length]!;
        const text = slips.reduce(slip, texts.get(name)!);
        const what = `${name} with ${JSON.stringify(slips)}`;
        writeFileSync(join(ws, 'orders', name), text);
        try {
          expectSane(await gendan(['check', ...TODAY], { cwd: ws, env: ENV }), what);
          const r = await gendan([...command, ...TODAY], { cwd: ws, env: ENV });
          expectSane(r, `${what}; ${command.join(' ')}`);
          expect(r.code, `${what}; ${command.join(' ')}: ${r.stderr}`).toBe(0);
          const file = `orders/${name}`;
          const want = others(baseline.get(command.join(' '))!, file);
          if (want !== undefined) expect(others(r.stdout, file), `${what}; ${command.join(' ')}`).toEqual(want);
        } finally {
          writeFileSync(join(ws, 'orders', name), texts.get(name)!);
        }
      }),
      params(40),
    );
  });
});

/** A full-width typing slip at a spot where YAML syntax is, and the line it lands on. */
type Punct = { kind: 'colon' | 'comma' | 'indent' | 'between'; pick: number; spaced: boolean };
const punct = fc.record({ kind: fc.constantFrom('colon' as const, 'comma' as const, 'indent' as const, 'between' as const), pick: fc.nat(), spaced: fc.boolean() });

function punctSlip(text: string, s: Punct): { text: string; line: number } | undefined {
  const lines = text.split('\n');
  const spots: { line: number; edit: (l: string) => string }[] = [];
  lines.forEach((l, i) => {
    if (l.trimStart().startsWith('#')) return;
    if (s.kind === 'colon') {
      const m = /^(\s*(?:- )?[a-z_]+): /.exec(l);
      if (m) spots.push({ line: i, edit: (x) => `${m[1]}：${s.spaced ? ' ' : ''}${x.slice(m[0].length)}` });
    } else if (s.kind === 'comma' || s.kind === 'between') {
      for (const m of l.matchAll(/, (?=[a-z_]+: )/g)) {
        if (!/\{[^}]*$/.test(l.slice(0, m.index))) continue;
        const to = s.kind === 'comma' ? `，${s.spaced ? ' ' : ''}` : ',\u3000';
        spots.push({ line: i, edit: (x) => x.slice(0, m.index) + to + x.slice(m.index + 2) });
      }
    } else if (/^ {2}\S/.test(l) && !/^\s*- /.test(l)) {
      spots.push({ line: i, edit: (x) => `\u3000${x.slice(2)}` });
    }
  });
  if (spots.length === 0) return undefined;
  const spot = spots[s.pick % spots.length]!;
  lines[spot.line] = spot.edit(lines[spot.line]!);
  return { text: lines.join('\n'), line: spot.line + 1 };
}

describe('full-width punctuation where YAML syntax is', () => {
  it('is named in words at its line, in zh and en, never as a parser or schema message', { timeout: 120_000 * TIMES }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), punct, async (pick, s) => {
        const name = names[pick % names.length]!;
        const slipped = punctSlip(texts.get(name)!, s);
        if (!slipped) return;
        const what = `${name} line ${slipped.line}: ${slipped.text.split('\n')[slipped.line - 1]}`;
        writeFileSync(join(ws, 'orders', name), slipped.text);
        try {
          for (const lang of ['zh', 'en']) {
            const r = await gendan(['check', `orders/${name}`, '--format', 'json', '--lang', lang, '--no-cache', ...TODAY], { cwd: ws, env: ENV });
            expectSane(r, what);
            const problems = (JSON.parse(r.stdout) as { problems: { line: number; rule: string; message: string }[] }).problems;
            const words = lang === 'zh' ? /全角冒号|中文逗号|全角空格/ : /full-width colon|Chinese comma|full-width space/;
            const named = problems.filter((p) => p.rule === 'yaml-syntax' && words.test(p.message));
            expect(named.map((p) => p.line), `${what}\n${r.stdout}`).toContain(slipped.line);
            // The slip's own line carries no other message about it.
            expect(problems.filter((p) => p.line === slipped.line && !words.test(p.message)), `${what}\n${r.stdout}`).toEqual([]);
            if (lang === 'zh') expect(r.stdout, what).not.toMatch(/Implicit keys|Nested mappings|Unexpected|must be a mapping/);
          }
        } finally {
          writeFileSync(join(ws, 'orders', name), texts.get(name)!);
        }
      }),
      params(25),
    );
  });

  it('inside text that is valid, a full-width colon or comma is no problem', { timeout: 120_000 * TIMES }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.constantFrom('：', '，', '：，'), async (pick, chars) => {
        const name = names[pick % names.length]!;
        const text = texts.get(name)!;
        const notes = [...text.matchAll(/note: (?=[^\s"'{[|>])/g)];
        if (notes.length === 0) return;
        const at = notes[pick % notes.length]!.index + 'note: '.length;
        const slipped = `${text.slice(0, at)}交期${chars}12 月 5 日 ${text.slice(at)}`;
        const check = async () => checkJson(await gendan(['check', `orders/${name}`, '--format', 'json', '--no-cache', ...TODAY], { cwd: ws, env: ENV }), name);
        const before = await check();
        writeFileSync(join(ws, 'orders', name), slipped);
        try {
          const after = await check();
          expect(after.problems.filter((p) => p.file === `orders/${name}`), `${name}: ${chars}`).toEqual(before.problems.filter((p) => p.file === `orders/${name}`));
        } finally {
          writeFileSync(join(ws, 'orders', name), text);
        }
      }),
      params(10),
    );
  });
});
