// Issue item 22: a control character in a value or a file name — a newline, a tab, ESC
// starting a colour or a cursor move, C1 codes — is shown escaped (`\n`, `\u001b`) in text
// output, so that one problem or one row stays one line and no value can paint or move the
// terminal. Colour is off here: any control character but the formatter's own line ends
// came from the data.
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullOrder, run, ws } from '../workflow/fixture.js';
import { workspace } from '../helpers/cli.js';
import { CATALOG } from '../rules/tester.js';

const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const COMMANDS = [['check'], ['list'], ['today'], ['checklist'], ['show', 'SO-1'], ['report', 'overdue'], ['report', 'receivables'], ['list', '--format', 'markdown'], ['today', '--format', 'markdown']];

/** The order with the customer's name and contact, the salesperson and a contact note set to `v`. */
function withValue(v: string): string {
  const q = JSON.stringify(v);
  return fullOrder('confirmed')
    .replace('  name: 恒达机械', `  name: ${q}`)
    .replace('  contact: 王经理', `  contact: ${q}`)
    .replace('ordered: 2026-11-02', `ordered: 2026-11-02\nsales: ${q}`)
    .replace('  - { date: 2026-11-03, node: confirmed, channel: phone }', `  - { date: 2026-11-03, node: confirmed, channel: phone, note: ${q} }`);
}

async function expectClean(dir: string, what: string): Promise<void> {
  for (const args of COMMANDS) {
    const r = await run(dir, [...args, '--no-color', '--lang', 'zh']);
    for (const [name, out] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
      const bad = out.split('\n').find((l) => CONTROL.test(l));
      expect(bad, `${what}: ${args.join(' ')} ${name}`).toBeUndefined();
    }
  }
}

describe('control characters in values and file names are escaped in text output', () => {
  it('a name with ESC colour codes and a newline shows escaped, on one line', async () => {
    const dir = ws({ 'SO-1': withValue('恒达\u001b[31m机械\n第二行') });
    const list = await run(dir, ['list', '--no-color']);
    expect(list.stdout).toContain('恒达\\u001b[31m机械\\n第二行');
    const show = await run(dir, ['show', 'SO-1', '--no-color']);
    expect(show.stdout.split('\n')[0]).toMatch(/^SO-1 · 恒达\\u001b\[31m机械\\n第二行 · /);
    await expectClean(dir, 'ESC and newline');
  });

  it('a file name with a newline and ESC is one line in check output', async () => {
    const dir = workspace({ 'gendan.yaml': 'catalog: catalog.yaml\n', 'catalog.yaml': CATALOG, 'orders/SO-1\n\u001b[2J.yaml': fullOrder('confirmed') });
    const r = await run(dir, ['check', '--no-color', '--lang', 'en']);
    expect(r.stdout).toContain('orders/SO-1\\n\\u001b[2J.yaml:1:5: warning:');
    await expectClean(dir, 'file name');
    rmSync(dir, { recursive: true, force: true });
  });

  it('any string value: every line of every text output is free of control characters', { timeout: 300_000 }, async () => {
    const nasty = fc.constantFrom('\n', '\r', '\t', '\u001b[31m', '\u001b[2J', '\u0007', '\u0000', '\u0085', '\u009b', '\u007f', '\u2028', '\b');
    const value = fc.array(fc.oneof(nasty, fc.string({ maxLength: 4 }), fc.constantFrom('恒达', '机械', ' ')), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(value, async (v) => {
        const dir = ws({ 'SO-1': withValue(v) });
        try {
          await expectClean(dir, JSON.stringify(v));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 12 },
    );
  });
});
