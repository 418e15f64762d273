// The top-level error boundary: an unexpected exception (a bug) becomes one line naming
// what was being processed and asking for a bug report, exit 2; --debug or GENDAN_DEBUG=1
// adds the stack. Bugs are provoked in-process with a rule that throws on one file, the
// way a broken rule would, and with an output stream that fails.
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { rules } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/rule.js';
import { gendan, workspace } from '../helpers/cli.js';

const ORDER = (id: string) => `id: ${id}\nstatus: received\ncustomer: { name: 恒达机械 }\nordered: 2026-11-20\n`;
const STACK = /\n\s+at .+:\d+:\d+/;

function throwingRule(on: string, value: () => unknown): Rule {
  return {
    id: 'file', // an id the config accepts; only its check matters here
    severity: 'error',
    description: { en: 'throws', zh: '抛出' },
    messages: {},
    check: (f) => {
      if (f.display.endsWith(on)) throw value();
      return [];
    },
  };
}

function withRule(rule: Rule): void {
  rules.push(rule);
}

afterEach(() => {
  while (rules.length > 0 && rules[rules.length - 1]!.description.en === 'throws') rules.pop();
});

const dir = () => workspace({ 'gendan.yaml': 'lang: en\n', 'orders/SO-1.yaml': ORDER('SO-1'), 'orders/SO-2.yaml': ORDER('SO-2') });

describe('an internal error', () => {
  it('is one line naming the file being checked, asking for a bug report; exit 2', async () => {
    withRule(throwingRule('SO-2.yaml', () => new TypeError("Cannot read properties of undefined (reading 'lines')")));
    const r = await gendan(['check', '--today', '2026-11-28'], { cwd: dir() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => /internal error/.test(l))).toHaveLength(1);
    expect(r.stderr).toMatch(/internal error while processing orders\/SO-2\.yaml: Cannot read properties of undefined \(reading 'lines'\)\. This is a bug in gendan; please report it/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('speaks the chosen language', async () => {
    withRule(throwingRule('SO-1.yaml', () => new Error('boom')));
    const r = await gendan(['check', '--today', '2026-11-28', '--lang', 'zh'], { cwd: dir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/处理 orders\/SO-1\.yaml时发生内部错误：boom。这是 gendan 的缺陷/);
  });

  it('stays one line whatever was thrown: a multi-line message, a string, undefined', async () => {
    for (const value of [() => new Error('first line\n    second line\n'), () => 'a bare string', () => undefined]) {
      withRule(throwingRule('SO-1.yaml', value));
      const r = await gendan(['check', '--today', '2026-11-28'], { cwd: dir() });
      rules.pop();
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n').filter((l) => /internal error/.test(l))).toHaveLength(1);
      expect(r.stderr).not.toMatch(/second line/);
      expect(r.stderr).not.toMatch(STACK);
    }
  });

  it('shows the stack with --debug or GENDAN_DEBUG=1, and only then', async () => {
    withRule(throwingRule('SO-1.yaml', () => new Error('boom')));
    const flag = await gendan(['check', '--today', '2026-11-28', '--debug'], { cwd: dir() });
    const env = await gendan(['check', '--today', '2026-11-28'], { cwd: dir(), env: { GENDAN_DEBUG: '1' } });
    const off = await gendan(['check', '--today', '2026-11-28'], { cwd: dir(), env: { GENDAN_DEBUG: '0' } });
    for (const r of [flag, env]) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/internal error while processing orders\/SO-1\.yaml: boom/);
      expect(r.stderr).toMatch(STACK);
    }
    expect(off.stderr).not.toMatch(STACK);
  });

  it('after the files are checked, it names the command instead of a file', async () => {
    let stderr = '';
    const code = await main(['check', '--today', '2026-11-28'], {
      cwd: dir(),
      env: {},
      stdout: () => {
        throw new Error('output stream failed');
      },
      stderr: (t) => void (stderr += t),
      stdoutTTY: false,
      stderrTTY: false,
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/internal error while running the command: output stream failed/);
    expect(stderr).not.toMatch(/processing orders/);
  });

  it('a user error is not a bug: one line, no bug report, exit 2', async () => {
    const r = await gendan(['check', 'no/such/folder'], { cwd: dir() });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/bug/);
  });
});
