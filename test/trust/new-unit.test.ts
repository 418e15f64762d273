// Issue 10 item 21: `gendan new --unit U` is checked against the catalog like `--model`:
// a unit the model does not have still makes the file, and the check that follows prints
// `unit-mismatch` (with the units it could be) and exits 1. A unit it has — typed as the
// catalog writes it, in capitals or by its Chinese name — is written as the catalog's, and
// the default quantity is the minimum order in that unit. --sales, --requested and the
// commented skeletons of the later keys are there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, ws } from '../workflow/fixture.js';

const file = (dir: string, id: string) => readFileSync(join(dir, 'orders', `${id}.yaml`), 'utf8');

describe('gendan new --unit', () => {
  it('a unit the model does not have: file created, unit-mismatch printed at once, exit 1', async () => {
    const dir = ws({});
    const r = await run(dir, ['new', '--id', 'SO-1', '--model', 'XK-200', '--unit', 'kg']);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'orders', 'SO-1.yaml'))).toBe(true);
    expect(r.stdout).toContain('orders/SO-1.yaml:18:11: error: unit kg is not a unit of XK-200; use one of: pcs, box (= 10 pcs) [unit-mismatch]');
    expect(r.stdout).toContain('    unit: kg');
    const zh = await run(dir, ['new', '--id', 'SO-2', '--model', 'XK-200', '--unit', 'drum', '--lang', 'zh']);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('错误: 单位 drum 不是型号 XK-200 的单位');
    expect(zh.stdout).toContain('[unit-mismatch]');
    // The check at once and a later `gendan check` agree.
    const check = await run(dir, ['check', 'orders/SO-1.yaml', '--format', 'json']);
    expect(check.code).toBe(1);
    expect((JSON.parse(check.stdout) as { problems: { rule: string }[] }).problems.map((p) => p.rule)).toEqual(['unit-mismatch']);
  });

  it('a near miss says which unit was meant', async () => {
    const r = await run(ws({}), ['new', '--id', 'SO-1', '--model', 'BR-6205', '--unit', 'palet']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('did you mean pallet?');
  });

  it('a unit it converts from is written as the catalog has it; the default quantity is the minimum order in that unit', async () => {
    const dir = ws({});
    for (const [id, unit] of [['SO-1', 'box'], ['SO-2', 'BOX'], ['SO-3', '箱']] as const) {
      const r = await run(dir, ['new', '--id', id, '--model', 'XK-200', '--unit', unit]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain('[');
      // moq 50 pcs, multiple 10, 1 box = 10 pcs: 5 box, not 50 box (500 pcs).
      expect(file(dir, id)).toContain('  - model: XK-200\n    quantity: 5\n    unit: box\n');
    }
    // moq 100 pcs, multiple 20, 1 box = 50 pcs: 2 box; 1 pallet = 2000 pcs: 1 pallet.
    await run(dir, ['new', '--id', 'SO-4', '--model', 'BR-6205', '--unit', 'box']);
    expect(file(dir, 'SO-4')).toContain('    quantity: 2\n    unit: box\n');
    await run(dir, ['new', '--id', 'SO-5', '--model', 'BR-6205', '--unit', 'pallet']);
    expect(file(dir, 'SO-5')).toContain('    quantity: 1\n    unit: pallet\n');
    expect((await run(dir, ['check', '--format', 'json'])).code).toBe(0);
  });

  it('an empty unit is a usage error, and nothing is created', async () => {
    const dir = ws({});
    const r = await run(dir, ['new', '--id', 'SO-1', '--unit', ' ']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--unit needs a unit such as pcs or box');
    expect(existsSync(join(dir, 'orders', 'SO-1.yaml'))).toBe(false);
  });
});

describe('the rest of gendan new', () => {
  it('--sales and --requested fill the order; the template carries the later keys as comments at the right indent', async () => {
    const dir = ws({});
    const r = await run(dir, ['new', '--id', 'SO-1', '--sales', '李娜', '--requested', '2027-01-20', '--method', 'truck']);
    expect(r.code).toBe(0);
    const text = file(dir, 'SO-1');
    expect(text).toContain('sales: 李娜\n');
    expect(text).toContain('delivery:\n  requested: 2027-01-20\n  method: truck\n  # address: 浙江省宁波市北仑区…\n  # recipient: 王经理\n');
    for (const key of ['# production:', '#   milestones:', '# shipments:', '# payments:', '# follow_up:', '# documents:']) expect(text).toContain(`\n${key}`);
    // Uncommenting a delivery key gives valid YAML at the right indent.
    const uncommented = text.replace('  # address: 浙江省宁波市北仑区…', '  address: 宁波北仑');
    expect(uncommented).toContain('  method: truck\n  address: 宁波北仑\n');
    for (const bad of ['2026-13-01', '20261220', '0001-01-01']) {
      const refused = await run(dir, ['new', '--id', 'SO-9', '--requested', bad]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('--requested must be a date');
    }
    expect(existsSync(join(dir, 'orders', 'SO-9.yaml'))).toBe(false);
  });
});
