// Tables fit the terminal: at 100 and 60 columns no line is wider than the terminal and
// every box line is whole; piped output is never wrapped. Completion scripts run through
// bash's own completion machinery.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/util/width.js';
import { wrapText } from '../../src/util/wrap.js';
import fc from 'fast-check';
import { BIN, copyExamples, gendan } from '../helpers/cli.js';

const AT = ['--today', '2026-12-10'];

async function atWidth(args: string[], columns: number, dir: string) {
  return gendan([...args, ...AT], { cwd: dir, tty: true, env: { COLUMNS: String(columns), NO_COLOR: '1' } });
}

describe('tables fit the terminal', () => {
  const commands = [['list'], ['report', 'overdue'], ['report', 'at-risk'], ['report', 'stats'], ['today'], ['checklist'], ['checklist', 'SO-2026-0110']];
  for (const columns of [100, 60]) {
    it(`at ${columns} columns, in zh and en, no line is wider and every box is whole`, async () => {
      const dir = copyExamples();
      for (const lang of ['zh', 'en']) {
        for (const args of commands) {
          const r = await atWidth([...args, '--lang', lang], columns, dir);
          expect(r.stderr, args.join(' ')).toBe('');
          const lines = r.stdout.split('\n');
          const box = lines.filter((l) => /^[┌├└│]/.test(l));
          for (const l of lines) {
            expect(displayWidth(l), `${lang} ${args.join(' ')}: ${l}`).toBeLessThanOrEqual(columns);
          }
          // Every line of a box is as wide as its top: the terminal never wrapped it.
          const tops = box.filter((l) => l.startsWith('┌'));
          if (tops.length === 1) for (const l of box) expect(displayWidth(l), l).toBe(displayWidth(tops[0]!));
        }
      }
    });
  }

  it('piped output is not wrapped', async () => {
    const dir = copyExamples();
    const piped = await gendan(['report', 'overdue', '--lang', 'zh', ...AT], { cwd: dir, env: { COLUMNS: '60' } });
    expect(Math.max(...piped.stdout.split('\n').map(displayWidth))).toBeGreaterThan(100);
  });

  it('today wraps its action lines under their text', async () => {
    const dir = copyExamples();
    const r = await atWidth(['today', '--lang', 'zh'], 60, dir);
    const lines = r.stdout.split('\n');
    const arrow = lines.findIndex((l) => l.includes('→ ') && displayWidth(l) > 50);
    expect(arrow).toBeGreaterThan(0);
    const col = displayWidth(lines[arrow]!.slice(0, lines[arrow]!.indexOf('→') + 2));
    expect(lines[arrow + 1]!.slice(0, col).trim()).toBe('');
    expect(lines[arrow + 1]!.length).toBeGreaterThan(col);
  });

  it('wrapped text loses nothing and no line is too wide', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '中', '文', '，', '1') , maxLength: 200 }), fc.integer({ min: 4, max: 80 }), (text, width) => {
        const lines = wrapText(text, width);
        for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }),
    );
  });
});

describe('tables fit a real terminal', () => {
  /** Run the built gendan inside a pseudo-terminal of `columns` columns (util-linux `script`), as a clerk's shell would. */
  function inTerminal(args: string[], columns: number, cwd: string): string {
    const command = `stty cols ${columns} rows 50; node ${JSON.stringify(BIN)} ${args.join(' ')}`;
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, GENDAN_TODAY: '2026-12-10', NO_COLOR: '1', TERM: 'dumb' } });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.replace(/\r/g, '');
  }

  for (const columns of [100, 60]) {
    it(`stty cols ${columns}: no line is wider than the terminal and no box is wrapped`, () => {
      const dir = copyExamples();
      for (const args of [['list'], ['report', 'at-risk', '--today', '2026-12-01'], ['report', 'overdue'], ['today']]) {
        for (const lang of ['zh', 'en']) {
          const out = inTerminal([...args, '--lang', lang], columns, dir);
          const lines = out.split('\n');
          expect(lines.length, args.join(' ')).toBeGreaterThan(2);
          for (const l of lines) expect(displayWidth(l), `${lang} ${args.join(' ')}: ${l}`).toBeLessThanOrEqual(columns);
          // A whole box: every line between ┌ and └ starts with a box character and is as wide as the top.
          const top = lines.findIndex((l) => l.startsWith('┌'));
          if (top < 0) continue;
          const bottom = lines.findIndex((l, i) => i > top && l.startsWith('└'));
          expect(bottom, `${lang} ${args.join(' ')}`).toBeGreaterThan(top);
          for (const l of lines.slice(top, bottom + 1)) {
            expect(l, `${lang} ${args.join(' ')}`).toMatch(/^[┌├└│]/);
            expect(displayWidth(l), l).toBe(displayWidth(lines[top]!));
          }
        }
      }
    });
  }
});

describe('completion', () => {
  /** Complete the command line `line` (cursor at its end) with bash's own machinery. */
  function complete(script: string, line: string, cwd: string): string[] {
    const words = line.split(' ');
    const program = `
      gendan() { node ${JSON.stringify(BIN)} "$@"; }
      ${script}
      COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')})
      COMP_CWORD=${words.length - 1}
      COMP_LINE='${line}'
      COMP_POINT=${line.length}
      _gendan
      printf '%s\\n' "\${COMPREPLY[@]}"
    `;
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', program], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(r.stderr).toBe('');
    return r.stdout.split('\n').filter(Boolean);
  }

  it('bash completes a command, a flag, a state, a node and an order id', async () => {
    const dir = copyExamples();
    const script = (await gendan(['completion', 'bash'], { cwd: dir })).stdout;
    expect(script).toContain('complete -o default -F _gendan gendan');
    expect(complete(script, 'gendan rep', dir)).toEqual(['report']);
    expect(complete(script, 'gendan report at', dir)).toEqual(['at-risk']);
    expect(complete(script, 'gendan list --sta', dir)).toEqual(['--status']);
    expect(complete(script, 'gendan list --status on', dir)).toEqual(['on_hold']);
    expect(complete(script, 'gendan list --status 已', dir).sort()).toEqual(['已发货', '已取消', '已回访', '已完结', '已接单', '已确认', '已签收'].sort());
    expect(complete(script, 'gendan log SO-2026-0101 --node ship', dir).sort()).toEqual(['ship_date', 'shipped']);
    expect(complete(script, 'gendan advance SO-2026-011', dir)).toEqual(['SO-2026-0110', 'SO-2026-0111', 'SO-2026-0112', 'SO-2026-0113', 'SO-2026-0114', 'SO-2026-0115', 'SO-2026-0116', 'SO-2026-0117']);
    expect(complete(script, 'gendan advance SO-2026-0110 canc', dir)).toEqual(['cancelled']);
  });

  it('zsh and fish scripts call the same completer; an unknown shell is exit 2', async () => {
    const dir = copyExamples();
    expect((await gendan(['completion', 'zsh'], { cwd: dir })).stdout).toContain('gendan __complete');
    expect((await gendan(['completion', 'fish'], { cwd: dir })).stdout).toContain('complete -c gendan');
    expect((await gendan(['completion', 'tcsh'], { cwd: dir })).code).toBe(2);
    const r = await gendan(['__complete', '1', 'report', ''], { cwd: dir });
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(expect.arrayContaining(['overdue', 'at-risk', 'stats']));
    const help = await gendan(['--help'], { cwd: dir });
    expect(help.stdout).not.toContain('__complete');
  });
});
