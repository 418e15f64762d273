// `gendan git setup` (and `gendan init` in a repository), the pre-commit hook it writes,
// and conflict markers left in an order file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BIN, gendan, tempDir, workspace } from '../helpers/cli.js';
import { BASE_ORDER, Clone, gitEnv } from './repo.js';

const DRIVER = `${process.execPath} ${BIN} merge-driver %O %A %B %P`;

function repo(files: Record<string, string>): Clone {
  const dir = workspace(files);
  const env = gitEnv(tempDir('gendan-home-'));
  const c = new Clone(dir, env);
  c.ok('init', '-q');
  return c;
}

function snapshot(c: Clone) {
  const hook = join(c.dir, '.git/hooks/pre-commit');
  return {
    attributes: existsSync(join(c.dir, '.gitattributes')) ? c.read('.gitattributes') : undefined,
    config: c.git('config', '--local', '--get-regexp', '^merge\\.').stdout,
    hook: existsSync(hook) ? readFileSync(hook, 'utf8') : undefined,
  };
}

describe('gendan git setup', () => {
  test('writes the attributes, the driver config and the hook; running it again changes nothing', async () => {
    const c = repo({ 'gendan.yaml': 'orders: orders\n', 'orders/SO-1.yaml': BASE_ORDER });
    const r = await c.gendan('git', 'setup');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'set up  .gitattributes: order files merge with gendan (orders/**/*.yaml, orders/**/*.yml)',
        `set up  git config merge.gendan.driver: ${DRIVER}`,
        'set up  .git/hooks/pre-commit: checks the staged order files before each commit',
        'Everyone who shares this folder runs `gendan git setup` once in their own clone (git does not copy its config and hooks).',
        '',
      ].join('\n'),
    );
    const first = snapshot(c);
    expect(first.attributes).toBe('# gendan: order files merge with `gendan merge-driver` (written by `gendan git setup`)\norders/**/*.yaml merge=gendan\norders/**/*.yml merge=gendan\n');
    expect(first.config).toBe(`merge.gendan.name gendan: order files, entry by entry\nmerge.gendan.driver ${DRIVER}\n`);
    expect(first.hook).toBe(`#!/bin/sh\n# gendan: check the staged order files before each commit (written by \`gendan git setup\`)\nexec ${process.execPath} ${BIN} git pre-commit\n`);
    expect(c.git('check-attr', 'merge', 'orders/SO-1.yaml', 'orders/2026/SO-2.yml', 'gendan.yaml').stdout).toBe(
      'orders/SO-1.yaml: merge: gendan\norders/2026/SO-2.yml: merge: gendan\ngendan.yaml: merge: unspecified\n',
    );
    const again = await c.gendan('git', 'setup', '--lang', 'zh');
    expect(again.stdout).toBe(
      [
        '保留   .gitattributes（已设置）',
        '保留   git config merge.gendan.driver（已设置）',
        '保留   .git/hooks/pre-commit（已设置）',
        '共用此文件夹的每个人都需在自己的克隆中运行一次 `gendan git setup`（git 不会复制配置和钩子）。',
        '',
      ].join('\n'),
    );
    expect(snapshot(c)).toEqual(first);
  });

  test('existing attributes and another program’s hook are kept', async () => {
    const c = repo({ 'gendan.yaml': 'orders: [orders, "archive 2025"]\n', '.gitattributes': '*.png binary' });
    writeFileSync(join(c.dir, '.git/hooks/pre-commit'), '#!/bin/sh\nlint-staged\n');
    const r = await c.gendan('git', 'setup');
    expect(r.code).toBe(0);
    expect(c.read('.gitattributes')).toBe(
      '*.png binary\n# gendan: order files merge with `gendan merge-driver` (written by `gendan git setup`)\norders/**/*.yaml merge=gendan\norders/**/*.yml merge=gendan\n"archive 2025/**/*.yaml" merge=gendan\n"archive 2025/**/*.yml" merge=gendan\n',
    );
    expect(c.git('check-attr', 'merge', 'archive 2025/SO-9.yaml').stdout).toBe('archive 2025/SO-9.yaml: merge: gendan\n');
    expect(readFileSync(join(c.dir, '.git/hooks/pre-commit'), 'utf8')).toBe('#!/bin/sh\nlint-staged\n');
    expect(r.stdout).toContain(`kept    .git/hooks/pre-commit: it is another program’s hook; to check order files before each commit, add this line to it: ${process.execPath} ${BIN} git pre-commit\n`);
  });

  test('a workspace in a subfolder of the repository: attributes there, the hook names its config', async () => {
    const c = repo({ 'office/gendan.yaml': 'orders: orders\n' });
    expect((await c.gendan('git', 'setup', 'office')).code).toBe(0);
    expect(c.read('office/.gitattributes')).toContain('orders/**/*.yaml merge=gendan\n');
    expect(c.git('check-attr', 'merge', 'office/orders/SO-1.yaml').stdout).toBe('office/orders/SO-1.yaml: merge: gendan\n');
    expect(readFileSync(join(c.dir, '.git/hooks/pre-commit'), 'utf8')).toContain(`exec ${process.execPath} ${BIN} --config office/gendan.yaml git pre-commit\n`);
  });

  test('outside a git repository: exit 2 and what to do', async () => {
    const dir = workspace({ 'gendan.yaml': 'orders: orders\n' });
    const r = await gendan(['git', 'setup'], { cwd: dir, env: { PATH: process.env.PATH, GIT_CEILING_DIRECTORIES: dir.replace(/\/[^/]*$/, '') } });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'gendan: . is not in a git repository: run `git init` there (or clone the shared repository), then `gendan git setup`\n' });
  });

  test('gendan init in a git repository sets it up too, speaking one language', async () => {
    const c = repo({});
    const r = await c.gendan('init', '--today', '2026-12-01');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('set up  .gitattributes: order files merge with gendan (orders/**/*.yaml, orders/**/*.yml)\n');
    expect(r.stdout).toContain('\nNext: gendan check');
    expect(snapshot(c).config).toContain(`merge.gendan.driver ${DRIVER}\n`);
    const outside = await gendan(['init', '--today', '2026-12-01'], { cwd: tempDir(), env: { GIT_CEILING_DIRECTORIES: '/' } });
    expect(outside.code).toBe(0);
    expect(outside.stdout).not.toContain('gitattributes');
  });
});

describe('the pre-commit hook', () => {
  test('checks the staged order files only, and stops a commit with a broken one', async () => {
    const c = repo({ 'gendan.yaml': 'orders: orders\n', 'orders/SO-2026-0142.yaml': BASE_ORDER, 'orders/draft.yaml': 'id: [\n', 'notes.yaml': 'x: [\n' });
    expect((await c.gendan('git', 'setup')).code).toBe(0);
    c.ok('add', 'gendan.yaml', 'orders/SO-2026-0142.yaml', 'notes.yaml', '.gitattributes');
    // Unstaged draft.yaml and the non-order notes.yaml are not looked at.
    const ok = c.git('commit', '-q', '-m', 'first');
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    c.write('orders/SO-2026-0142.yaml', BASE_ORDER.replace('status: preparing', 'status: shiped'));
    c.ok('add', 'orders/SO-2026-0142.yaml');
    const stopped = c.git('commit', '-q', '-m', 'typo');
    expect(stopped.code).toBe(1);
    // git shows a hook's output on stderr.
    expect(stopped.stderr).toContain('orders/SO-2026-0142.yaml:3:9');
    expect(stopped.stderr).not.toContain('draft.yaml');
    expect(stopped.stderr).toContain('gendan: commit stopped: fix the problems above in the staged order files, `git add` them, and commit again\n');
    expect(c.ok('log', '--format=%s').trim()).toBe('first');
  });
});

describe('conflict markers left in an order file', () => {
  const marked = BASE_ORDER.replace('  promised: 2026-12-22     # 客户同意\n', '<<<<<<< HEAD\n  promised: 2026-12-23\n=======\n  promised: 2026-12-25\n>>>>>>> origin/main\n');

  test('are a `file` problem naming the lines, not a YAML error', async () => {
    const dir = workspace({ 'gendan.yaml': 'orders: orders\n', 'orders/SO-2026-0142.yaml': marked });
    const r = await gendan(['check', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ files: 1, orders: 0, errors: 1, warnings: 0 });
    expect(report.problems).toEqual([
      {
        file: 'orders/SO-2026-0142.yaml',
        line: 16,
        column: 1,
        severity: 'error',
        rule: 'file',
        message:
          'unresolved git merge conflict at lines 16–20 (<<<<<<< 16, ======= 18, >>>>>>> 20): between <<<<<<< and ======= is one side, between ======= and >>>>>>> the other; keep the right lines, delete the marker lines, then run `gendan check` and `git add` the file',
      },
    ]);
    const text = await gendan(['check'], { cwd: dir });
    expect(text.stdout).toContain('orders/SO-2026-0142.yaml:16:1');
    expect(text.stdout).toContain('16 | <<<<<<< HEAD');
  });

  test('each block is named; a marker left alone too', async () => {
    const two = marked.replace('  method: truck\n', '<<<<<<< HEAD\n  method: sea\n=======\n  method: air\n>>>>>>> x\n').replace('ordered: 2026-11-02\n', 'ordered: 2026-11-02\n>>>>>>> stray\n');
    const dir = workspace({ 'orders/SO-2026-0142.yaml': two });
    const r = await gendan(['check', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).problems.map((p: { line: number; message: string }) => [p.line, p.message.split(':')[0]])).toEqual([
      [9, 'unresolved git merge conflict at lines 9 (>>>>>>> 9)'],
      [17, 'unresolved git merge conflict at lines 17–21 (<<<<<<< 17, ======= 19, >>>>>>> 21)'],
      [22, 'unresolved git merge conflict at lines 22–26 (<<<<<<< 22, ======= 24, >>>>>>> 26)'],
    ]);
  });

  test('the edit path refuses to touch the file', async () => {
    const dir = workspace({ 'gendan.yaml': 'orders: orders\n', 'orders/SO-2026-0142.yaml': marked });
    const r = await gendan(['log', 'SO-2026-0142', '--node', 'other', '--channel', 'phone', 'x'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unresolved git merge conflict at lines 16–20');
    expect(readFileSync(join(dir, 'orders/SO-2026-0142.yaml'), 'utf8')).toBe(marked);
  });
});
