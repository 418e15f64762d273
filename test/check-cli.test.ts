// `gendan check` as a user drives it: exit codes, output formats, options, languages and
// finding the workspace. Every test runs the real CLI on files in a temp folder.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';
import { copyExamples, gendan, gendanProcess, workspace } from './helpers/cli.js';
import { CATALOG } from './rules/tester.js';

const order = (id: string, lines: string) => `id: ${id}
status: received
customer: { name: 恒达机械 }
ordered: 2026-11-20
lines:
${lines}`;

const CLEAN = order('SO-1', '  - { model: XK-200, quantity: 500, unit: pcs }\n');
/** A warning (below-moq at 6:32) and an error (unit-mismatch at 7:41). */
const BAD = order('SO-2', '  - { model: XK-200, quantity: 40, unit: pcs }\n  - { model: XK-210, quantity: 5, unit: kg }\n');
/** Only a warning (below-moq at 6:32). */
const WARN = order('SO-3', '  - { model: XK-200, quantity: 40, unit: pcs }\n');

const TODAY = ['--today', '2026-11-28'];
const ws = (orders: Record<string, string>, config = 'catalog: catalog.yaml\n') => workspace({ 'gendan.yaml': config, 'catalog.yaml': CATALOG, ...orders });
const check = (args: string[], cwd: string, env: Record<string, string> = {}) => gendan(['check', ...TODAY, ...args], { cwd, env });
const json = async (args: string[], cwd: string, env: Record<string, string> = {}) => {
  const r = await check(['--format', 'json', ...args], cwd, env);
  return { ...r, out: JSON.parse(r.stdout) as { summary: Record<string, number>; notes?: string[]; problems: Record<string, unknown>[] } };
};
const ANSI = /\u001b\[/;

describe('exit codes', () => {
  it('0 when clean, 1 with errors', async () => {
    expect((await check([], ws({ 'orders/SO-1.yaml': CLEAN }))).code).toBe(0);
    expect((await check([], ws({ 'orders/SO-1.yaml': CLEAN, 'orders/SO-2.yaml': BAD }))).code).toBe(1);
  });

  const usage: [string, () => Promise<{ code: number; stdout: string; stderr: string }>, RegExp][] = [
    ['a bad flag', () => check(['--bogus'], ws({})), /unknown option --bogus/],
    ['a missing path', () => check(['nope/'], ws({ 'orders/SO-1.yaml': CLEAN })), /no such file or folder: nope/],
    ['a bad --format', () => check(['--format', 'xml'], ws({})), /unknown format `xml`/],
    ['a bad --max-warnings', () => check(['--max-warnings', 'x'], ws({})), /--max-warnings needs a whole number/],
    ['malformed YAML in gendan.yaml', () => check([], ws({}, 'orders: [\n')), /^gendan: gendan\.yaml:\d+:\d+: /],
    ['an invalid value in gendan.yaml', () => check([], ws({}, 'catalog: catalog.yaml\nlang: fr\n')), /^gendan: gendan\.yaml:2:7: lang must be one of zh, en/],
    ['an unknown rule id under rules:', () => check([], ws({}, 'rules:\n  id-filenam: off\n')), /unknown rule `id-filenam`.*did you mean `id-filename`/],
    ['a --config that does not exist', () => check(['--config', 'nope.yaml'], ws({})), /config file not found: nope\.yaml/],
  ];
  for (const [what, run, message] of usage) {
    it(`2 for ${what}, with one clear line and no stack`, async () => {
      const r = await run();
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    });
  }

  it('the process itself exits with the code', () => {
    const dir = ws({ 'orders/SO-2.yaml': BAD });
    expect(gendanProcess(['check', ...TODAY], { cwd: dir }).code).toBe(1);
    const bad = gendanProcess(['check', 'missing/'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('gendan: no such file or folder: missing\n');
  });
});

describe('--format json', () => {
  it("is exactly SPEC's shape, with summary counts", async () => {
    const dir = ws({ 'orders/SO-1.yaml': CLEAN, 'orders/SO-2.yaml': BAD, 'orders/notes.yaml': '- just a list\n' });
    const { code, stderr, out } = await json([], dir);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(Object.keys(out)).toEqual(['summary', 'problems']);
    expect(out.summary).toEqual({ files: 3, orders: 2, errors: 2, warnings: 1 });
    expect(out.problems).toEqual([
      { file: 'orders/SO-2.yaml', line: 6, column: 32, severity: 'warning', rule: 'below-moq', order: 'SO-2', message: '40 pcs is below the minimum order quantity of 50 pcs for XK-200; order at least 50 pcs' },
      { file: 'orders/SO-2.yaml', line: 7, column: 41, severity: 'error', rule: 'unit-mismatch', order: 'SO-2', message: 'unit kg is not a unit of XK-210; use one of: pcs' },
      { file: 'orders/notes.yaml', line: 1, column: 1, severity: 'error', rule: 'file', message: expect.stringContaining('mapping') },
    ]);
    expect(Object.keys(out.problems[0]!)).toEqual(['file', 'line', 'column', 'severity', 'rule', 'order', 'message']);
  });

  it('files are relative to the current folder', async () => {
    const dir = ws({ 'orders/SO-2.yaml': BAD });
    const { out } = await json([], join(dir, 'orders'));
    expect(out.problems.map((p) => p.file)).toEqual(['SO-2.yaml', 'SO-2.yaml']);
  });
});

describe('--format github', () => {
  it('one workflow command per problem', async () => {
    const r = await check(['--format', 'github'], ws({ 'orders/SO-2.yaml': BAD }));
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      '::warning file=orders/SO-2.yaml,line=6,col=32,title=below-moq::40 pcs is below the minimum order quantity of 50 pcs for XK-200; order at least 50 pcs',
      '::error file=orders/SO-2.yaml,line=7,col=41,title=unit-mismatch::unit kg is not a unit of XK-210; use one of: pcs',
    ]);
  });
});

describe('--max-warnings', () => {
  const dir = () => ws({ 'orders/SO-3.yaml': WARN });
  it('warnings alone exit 0', async () => expect((await check([], dir())).code).toBe(0));
  it('up to N warnings exit 0', async () => expect((await check(['--max-warnings', '1'], dir())).code).toBe(0));
  it('more than N exit 1 and say why', async () => {
    const r = await check(['--max-warnings', '0'], dir());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/too many warnings: 1 \(at most 0/);
  });
});

describe('rules: severity overrides in gendan.yaml', () => {
  const rulesOf = async (config: string) => (await json([], ws({ 'orders/other-name.yaml': BAD }, `catalog: catalog.yaml\n${config}`))).out.problems.map((p) => `${p.rule}:${p.severity}`);
  it('defaults', async () => expect(await rulesOf('')).toEqual(['id-filename:warning', 'below-moq:warning', 'unit-mismatch:error']));
  it('off silences a rule; error and warn change its severity', async () => {
    expect(await rulesOf('rules:\n  id-filename: off\n  below-moq: error\n  unit-mismatch: warn\n')).toEqual(['below-moq:error', 'unit-mismatch:warning']);
  });
  it('a rule raised to error fails the check', async () => {
    const dir = ws({ 'orders/SO-3.yaml': WARN }, 'catalog: catalog.yaml\nrules: { below-moq: error }\n');
    expect((await check([], dir)).code).toBe(1);
  });
});

describe('languages', () => {
  const dir = () => ws({ 'orders/SO-2.yaml': BAD });
  const where = (ps: Record<string, unknown>[]) => ps.map(({ file, line, column, severity, rule }) => ({ file, line, column, severity, rule }));

  it('the same problems in zh and en, in each language', async () => {
    const en = (await json(['--lang', 'en'], dir())).out;
    const zh = (await json(['--lang', 'zh'], dir())).out;
    expect(where(zh.problems)).toEqual(where(en.problems));
    expect(en.problems[1]!.message).toBe('unit kg is not a unit of XK-210; use one of: pcs');
    expect(zh.problems[1]!.message).toBe('单位 kg 不是型号 XK-210 的单位；可用：pcs');
  });

  it('text output in Chinese', async () => {
    const r = await check(['--lang', 'zh'], dir());
    expect(r.stdout).toContain('orders/SO-2.yaml:7:41: 错误: 单位 kg 不是型号 XK-210 的单位');
    expect(r.stdout).toContain('✖ 共 2 个问题（1 个错误，1 个警告）');
  });

  it('GENDAN_LANG, then the config lang:, else English; --lang wins', async () => {
    const zhWs = ws({ 'orders/SO-2.yaml': BAD }, 'catalog: catalog.yaml\nlang: zh\n');
    const first = async (args: string[], cwd: string, env: Record<string, string> = {}) => (await json(args, cwd, env)).out.problems[1]!.message as string;
    expect(await first([], dir(), { GENDAN_LANG: 'zh' })).toMatch(/^单位/);
    expect(await first([], zhWs)).toMatch(/^单位/);
    expect(await first([], zhWs, { GENDAN_LANG: 'en' })).toMatch(/^unit/);
    expect(await first(['--lang', 'en'], zhWs)).toMatch(/^unit/);
    expect(await first([], dir())).toMatch(/^unit/);
  });
});

describe('text format', () => {
  const dir = () => ws({ 'orders/SO-2.yaml': BAD });

  it('file:line:column, severity, message and rule, the source line with the spot marked, a summary', async () => {
    const r = await check([], dir());
    expect(r.stdout).toBe(
      [
        'orders/SO-2.yaml:6:32: warning: 40 pcs is below the minimum order quantity of 50 pcs for XK-200; order at least 50 pcs [below-moq]',
        ' 6 |   - { model: XK-200, quantity: 40, unit: pcs }',
        '   |                                ^~',
        'orders/SO-2.yaml:7:41: error: unit kg is not a unit of XK-210; use one of: pcs [unit-mismatch]',
        ' 7 |   - { model: XK-210, quantity: 5, unit: kg }',
        '   |                                         ^~',
        '',
        '✖ 2 problems (1 error, 1 warning) in 1 file, 1 order',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
  });

  it('a clean run says so', async () => {
    const r = await check([], ws({ 'orders/SO-1.yaml': CLEAN }));
    expect(r.stdout).toBe('✓ 1 file, 1 order: no problems\n');
  });

  it('colours only on a terminal, never with NO_COLOR or --no-color', async () => {
    expect((await check([], dir())).stdout).not.toMatch(ANSI);
    expect((await gendan(['check', ...TODAY], { cwd: dir(), tty: true })).stdout).toMatch(ANSI);
    expect((await gendan(['check', ...TODAY], { cwd: dir(), tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await gendan(['check', ...TODAY, '--no-color'], { cwd: dir(), tty: true })).stdout).not.toMatch(ANSI);
  });
});

describe('the workspace', () => {
  it('without a catalog: one note, catalog rules skipped, the others still run', async () => {
    const lines = '  - { model: NOPE-1, quantity: 0.5, unit: box }\n  - { model: NOPE-2, quantity: 1, unit: pcs }\n';
    const files = { 'orders/SO-4.yaml': `${order('SO-4', lines)}delivery: { requested: 2026-11-01 }\n` };
    const noConfig = workspace(files);
    const { code, out } = await json(['orders'], noConfig);
    expect(out.notes).toEqual(['no catalog is configured: catalog rules are skipped']);
    // not unknown-model, unit-mismatch or fractional-quantity; delivery-infeasible needs no catalog
    expect(out.problems.map((p) => p.rule)).toEqual(['date-sequence', 'delivery-infeasible']);
    expect(code).toBe(1);
    const text = await check(['orders'], noConfig);
    expect(text.stderr).toBe('gendan: no catalog is configured: catalog rules are skipped\n');
    const unnamed = workspace({ 'gendan.yaml': 'company: 示例\n', ...files });
    expect((await json([], unnamed)).out.notes).toEqual(['no catalog is configured: catalog rules are skipped']);
  });

  it('no arguments: the orders folders the config names, nothing else', async () => {
    const dir = ws({ 'data/orders/SO-2.yaml': BAD, 'orders/SO-9.yaml': 'not: [an order' }, 'catalog: catalog.yaml\norders: [data/orders]\n');
    const { out } = await json([], dir);
    expect(out.summary.files).toBe(1);
    expect(out.problems.map((p) => p.file)).toEqual(['data/orders/SO-2.yaml', 'data/orders/SO-2.yaml']);
  });

  it('found by walking up from a subfolder', async () => {
    const dir = ws({ 'orders/2026/SO-2.yaml': BAD, 'orders/SO-1.yaml': CLEAN });
    const { out } = await json([], join(dir, 'orders', '2026'));
    expect(out.summary).toMatchObject({ files: 2, errors: 1, warnings: 1 });
    expect(out.problems.map((p) => p.file)).toEqual(['SO-2.yaml', 'SO-2.yaml']);
    // from the first path argument too
    const fromArg = await json([join(dir, 'orders', '2026')], tmpCwd());
    expect(fromArg.out.problems.map((p) => p.rule)).toEqual(['below-moq', 'unit-mismatch']);
  });

  it('--config names one explicitly', async () => {
    const dir = workspace({ 'conf/gendan.yaml': 'catalog: ../catalog.yaml\norders: ../orders\nrules: { below-moq: off }\n', 'catalog.yaml': CATALOG, 'orders/SO-2.yaml': BAD });
    const { out } = await json(['--config', 'conf/gendan.yaml'], dir);
    expect(out.problems.map((p) => p.rule)).toEqual(['unit-mismatch']);
  });

  it('a folder with its own gendan.yaml is another workspace and is not entered', async () => {
    const dir = ws({ 'orders/SO-1.yaml': CLEAN, 'orders/other/gendan.yaml': 'company: x\n', 'orders/other/orders/SO-2.yaml': BAD });
    const { code, out } = await json([], dir);
    expect(out.summary.files).toBe(1);
    expect(code).toBe(0);
  });
});

describe('the bundled examples', () => {
  it('check clean, without entering examples/broken', async () => {
    const { code, out } = await json([], copyExamples());
    expect(out.problems).toEqual([]);
    expect(out.summary.files).toBeGreaterThanOrEqual(12);
    expect(out.summary.files).toBe(out.summary.orders);
    expect(code).toBe(0);
  });

  it('examples/broken shows every rule firing', async () => {
    const { code, out } = await json([], join(copyExamples(), 'broken'));
    expect(code).toBe(1);
    const fired = new Set(out.problems.map((p) => p.rule));
    expect(rules.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
  });
});

/** An empty folder outside any workspace, to run from. */
function tmpCwd(): string {
  const dir = workspace({});
  mkdirSync(join(dir, 'x'), { recursive: true });
  return join(dir, 'x');
}
