// One YAML policy for every parse: nothing the yaml package would print reaches the
// terminal, a problem under a collection key is placed on its line, and an edit of a
// file that says `%YAML 1.1` keeps its values as YAML 1.2 reads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gendan, workspace } from '../helpers/cli.js';

const ORDER = `id: SO-1
status: received
customer: { name: 恒达机械, phone: "0574 1234" }
ordered: 2026-11-20
lines:
  - { model: XK-200, quantity: 50, unit: pcs }
`;

afterEach(() => vi.restoreAllMocks());

describe('the YAML policy', () => {
  it('a collection as a key: one schema problem on its own line, and nothing printed by the parser', async () => {
    const warn = vi.spyOn(console, 'warn');
    const emit = vi.spyOn(process, 'emitWarning');
    const dir = workspace({ 'gendan.yaml': 'lang: en\n', 'orders/SO-1.yaml': ORDER.replace('ordered:', '[a, b]: x\nordered:') });
    const r = await gendan(['check', '--format', 'json', '--today', '2026-11-21'], { cwd: dir });
    const problems = (JSON.parse(r.stdout) as { problems: { rule: string; line: number; column: number }[] }).problems;
    expect(problems.filter((p) => p.rule === 'schema').map((p) => [p.line, p.column])).toEqual([[4, 1]]);
    expect(r.stderr).not.toMatch(/stringified|Keys with collection/);
    expect(warn).not.toHaveBeenCalled();
    expect(emit).not.toHaveBeenCalled();
  });

  it('an edit of a %YAML 1.1 file reads yes, 0777 and dates as YAML 1.2 does', async () => {
    const text = `%YAML 1.1\n---\n${ORDER.replace('customer: { name: 恒达机械, phone: "0574 1234" }', 'customer: { name: 恒达机械, phone: "0574 1234", contact: yes }\nnote: 0777')}`;
    const dir = workspace({ 'gendan.yaml': 'lang: en\n', 'orders/SO-1.yaml': text });
    const r = await gendan(['log', 'SO-1', '--node', 'other', '--channel', 'phone', '--today', '2026-11-21', '已联系'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = readFileSync(join(dir, 'orders/SO-1.yaml'), 'utf8');
    expect(after.startsWith(text)).toBe(true);
    expect(after.slice(text.length)).toBe('contacts:\n  - { date: 2026-11-21, node: other, channel: phone, note: 已联系 }\n');
  });
});
