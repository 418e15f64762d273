// `gendan issue` and `gendan resolve`.
import { describe, expect, it } from 'vitest';
import { diff, examples, read, run, unchanged } from './helpers.js';

describe('issue', () => {
  it('appends an issue opened on the date in the block style of the list and prints its number', async () => {
    const dir = examples();
    const before = read(dir, 'SO-2026-0110');
    const r = await run(dir, ['issue', 'SO-2026-0110', '--kind', 'production_delay', '--cause', '热处理炉检修', '--owner', '生产部', '--action', '外协']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('SO-2026-0110: issue 2 opened on 2026-12-01 (production delay)');
    expect(diff(before, read(dir, 'SO-2026-0110'))).toEqual(['+  - opened: 2026-12-01', '+    kind: production_delay', '+    cause: 热处理炉检修', '+    owner: 生产部', '+    action: 外协']);
    const zh = await run(dir, ['issue', 'SO-2026-0109', '--kind', 'material_shortage', '--cause', '轴承缺货', '--lang', 'zh']);
    expect(zh.stdout.split('\n')[0]).toBe('SO-2026-0109：已于 2026-12-01 登记第 1 个问题（缺料）');
    expect(read(dir, 'SO-2026-0109')).toContain('issues:\n  - { opened: 2026-12-01, kind: material_shortage, cause: 轴承缺货 }\npayments:');
  });

  it('cannot understand an unknown kind or a missing cause (exit 2, zh and en)', async () => {
    const dir = examples();
    expect(await unchanged(dir, 'SO-2026-0110', ['issue', 'SO-2026-0110', '--kind', 'damge', '--cause', 'x'])).toMatchObject({
      code: 2,
      stderr: 'gendan: --kind `damge` is not one of: production_delay, material_shortage, stock_shortage, logistics_delay, damage, loss, quality_defect, other; did you mean `damage`?\n',
    });
    expect(await unchanged(dir, 'SO-2026-0110', ['issue', 'SO-2026-0110', '--kind', 'damage', '--lang', 'zh'])).toMatchObject({ code: 2, stderr: 'gendan：需要 --cause\n' });
  });
});

describe('resolve', () => {
  it('resolves the only open issue, replacing its action', async () => {
    const dir = examples();
    const before = read(dir, 'SO-2026-0110');
    const r = await run(dir, ['resolve', 'SO-2026-0110', '--action', '改用备选锻件厂']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('SO-2026-0110: issue 1 (material shortage) resolved on 2026-12-01');
    expect(diff(before, read(dir, 'SO-2026-0110'))).toEqual(['-    action: 每日催交；同时向备选锻件厂询价', '+    action: 改用备选锻件厂', '+    resolved: 2026-12-01']);
    const again = await unchanged(dir, 'SO-2026-0110', ['resolve', 'SO-2026-0110']);
    expect(again).toMatchObject({ code: 1, stderr: 'gendan: refused: the order has no open issue\n' });
    const same = await unchanged(dir, 'SO-2026-0110', ['resolve', 'SO-2026-0110', '1']);
    expect(same.stdout.split('\n')[0]).toBe('SO-2026-0110: issue 1 (material shortage) was already resolved on 2026-12-01; nothing changed');
  });

  it('several open issues: exit 2 listing them; N picks one; a wrong N is not understood', async () => {
    const dir = examples();
    await run(dir, ['issue', 'SO-2026-0110', '--kind', 'damage', '--cause', '运输磕碰']);
    const which = await unchanged(dir, 'SO-2026-0110', ['resolve', 'SO-2026-0110', '--lang', 'zh']);
    expect(which).toMatchObject({ code: 2, stderr: 'gendan：有多个未解决的问题，请指定编号：1：缺料，2026-11-23 提出 齿轮锻件供应商（江阴）热处理排产推迟；2：货损，2026-12-01 提出 运输磕碰\n' });
    expect(await unchanged(dir, 'SO-2026-0110', ['resolve', 'SO-2026-0110', '3'])).toMatchObject({ code: 2, stderr: 'gendan: there is no issue 3: the order has 2\n' });
    expect(await unchanged(dir, 'SO-2026-0110', ['resolve', 'SO-2026-0110', 'two'])).toMatchObject({ code: 2, stderr: 'gendan: issue number `two` is not a whole number from 1\n' });
    const before = read(dir, 'SO-2026-0110');
    expect((await run(dir, ['resolve', 'SO-2026-0110', '2', '--date', '2026-12-02'])).code).toBe(0);
    expect(diff(before, read(dir, 'SO-2026-0110'))).toEqual(['+    resolved: 2026-12-02']);
    expect(await unchanged(dir, 'SO-2026-0110', ['resolve', 'SO-2026-0110', '1', '--date', '2026-11-20'])).toMatchObject({
      code: 1,
      stderr: 'gendan: refused: 2026-11-20 is before `issues[0].opened` (2026-11-23); nothing can be recorded earlier than that\n',
    });
  });
});
