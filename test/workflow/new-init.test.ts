// `gendan new` and `gendan init`: files that pass the schema and check clean from the start.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gendan, tempDir } from '../helpers/cli.js';
import { fullOrder, read, run, ws } from './fixture.js';

describe('new', () => {
  it('takes the next free id of the year and writes a template that passes check', async () => {
    const dir = ws({ 'SO-2026-0007': fullOrder('closed', 'SO-2026-0007'), 'SO-2025-0042': fullOrder('closed', 'SO-2025-0042') });
    const r = await run(dir, ['new', '--customer', '宁波恒达机械有限公司']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('created orders/SO-2026-0008.yaml (SO-2026-0008)');
    const text = read(dir, 'SO-2026-0008');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S+\/schemas\/order\.schema\.json\n/);
    expect(text).toContain('id: SO-2026-0008\nstatus: received\ncustomer:\n  name: 宁波恒达机械有限公司\n');
    expect(text).toContain('ordered: 2026-11-28\n');
    expect(text).toContain('  - model: XK-200\n    quantity: 50\n    unit: pcs\n');
    const check = await run(dir, ['check', 'orders/SO-2026-0008.yaml', '--format', 'json']);
    expect(JSON.parse(check.stdout).problems).toEqual([]);
    // the modeline points at a schema that exists
    const ref = /\$schema=(\S+)/.exec(text)![1]!;
    expect(existsSync(join(dir, 'orders', ref))).toBe(true);
  });

  it('--id: its own id, refused when taken or malformed', async () => {
    const dir = ws({ 'SO-1': fullOrder('closed') });
    expect((await run(dir, ['new', '--id', 'SO-1'])).stderr).toContain('`SO-1` is already used');
    expect((await run(dir, ['new', '--id', '../x'])).code).toBe(2);
    expect((await run(dir, ['new', '--id', 'RUSH-7', '--customer', 'Acme "Ltd"', '--model', 'BR-6205', '--quantity', '200'])).code).toBe(0);
    expect(read(dir, 'RUSH-7')).toContain('  name: Acme "Ltd"\n');
    expect(read(dir, 'RUSH-7')).toContain('  - model: BR-6205\n    quantity: 200\n');
    expect((await run(dir, ['new', '--id', 'RUSH-7'])).code).toBe(2);
  });
});

describe('init', () => {
  it('creates a workspace whose example order checks clean', async () => {
    const dir = tempDir();
    const r = await gendan(['init', 'shop', '--today', '2026-11-28'], { cwd: dir });
    expect(r.code).toBe(0);
    for (const f of ['gendan.yaml', 'catalog.yaml', 'schemas/order.schema.json', 'schemas/catalog.schema.json', 'schemas/config.schema.json', 'orders/SO-2026-0001.yaml', '.vscode/settings.json', '.gitignore']) {
      expect(r.stdout).toContain(`created shop/${f}`);
    }
    expect(r.stdout).toContain('Next: cd shop && gendan check && gendan checklist SO-2026-0001');
    const shop = join(dir, 'shop');
    const check = await gendan(['check', '--format', 'json', '--today', '2026-11-28'], { cwd: shop });
    expect(JSON.parse(check.stdout)).toMatchObject({ summary: { files: 1, orders: 1, errors: 0, warnings: 0 }, problems: [] });
    const settings = JSON.parse(readFileSync(join(shop, '.vscode/settings.json'), 'utf8')) as Record<string, Record<string, string[]>>;
    expect(settings['yaml.schemas']!['./schemas/order.schema.json']).toContain('orders/**/*.yaml');
    expect(readFileSync(join(shop, 'orders/SO-2026-0001.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/schemas\/order\.schema\.json\n/);
    const todo = await gendan(['checklist', '--today', '2026-11-28'], { cwd: shop });
    expect(todo.stdout).toContain('SO-2026-0001');
    expect(todo.stdout).toContain('尚未勾选'); // the workspace speaks zh
  });

  it('keeps what exists and never overwrites', async () => {
    const dir = tempDir();
    await gendan(['init', '--today', '2026-11-28'], { cwd: dir });
    const config = readFileSync(join(dir, 'gendan.yaml'), 'utf8');
    const again = await gendan(['init', '--today', '2026-12-01', '--lang', 'en'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('kept    gendan.yaml (exists)');
    expect(again.stdout).not.toContain('created');
    expect(readFileSync(join(dir, 'gendan.yaml'), 'utf8')).toBe(config);
  });
});
