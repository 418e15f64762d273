// `gendan plan`, `gendan done` and `gendan stock`.
import { describe, expect, it } from 'vitest';
import { diff, examples, read, run, unchanged } from './helpers.js';

describe('plan', () => {
  it('adds a milestone in the style of the list', async () => {
    const dir = examples();
    const before = read(dir, 'SO-2026-0109');
    const r = await run(dir, ['plan', 'SO-2026-0109', '装配完成', '--due', '2026-12-05']);
    expect(r.code).toBe(0);
    expect(diff(before, read(dir, 'SO-2026-0109'))).toEqual(['+    - { name: 装配完成, due: 2026-12-05 }']);
    expect(r.stdout).toBe('SO-2026-0109: milestone `装配完成` due 2026-12-05\nnext: ✗ every production milestone done: milestone(s) without a `done` date: machining_done, qc_passed, 装配完成\n  record it: `gendan done SO-2026-0109 MILESTONE`\n');
  });

  it('moving a due date is an order change, with --note as its reason', async () => {
    const dir = examples();
    const before = read(dir, 'SO-2026-0109');
    const r = await run(dir, ['plan', 'SO-2026-0109', 'qc_passed', '--due', '2026-12-10', '--note', '设备检修', '--lang', 'zh']);
    expect(r.stdout.split('\n')[0]).toBe('SO-2026-0109：生产节点“质检通过”由 2026-12-08 改为 2026-12-10（已记入变更）');
    expect(diff(before, read(dir, 'SO-2026-0109'))).toEqual([
      '-    - { name: qc_passed, due: 2026-12-08 }',
      '+    - { name: qc_passed, due: 2026-12-10 }',
      '+changes:',
      '+  - { date: 2026-12-01, field: production.milestones.3.due, from: 2026-12-08, to: 2026-12-10, reason: 设备检修 }',
    ]);
    expect((await run(dir, ['check', 'orders/SO-2026-0109.yaml'])).code).toBe(0);
  });

  it('refuses to move a done milestone; the same due changes nothing', async () => {
    const dir = examples();
    const done = await unchanged(dir, 'SO-2026-0109', ['plan', 'SO-2026-0109', 'materials_ready', '--due', '2026-11-30']);
    expect(done).toMatchObject({ code: 1, stderr: 'gendan: refused: milestone `materials_ready` was done on 2026-11-23; a done milestone keeps its due date\n' });
    const same = await unchanged(dir, 'SO-2026-0109', ['plan', 'SO-2026-0109', 'qc_passed', '--due', '2026-12-08']);
    expect(same.code).toBe(0);
    expect(same.stdout.split('\n')[0]).toBe('SO-2026-0109: milestone `qc_passed` is already due 2026-12-08; nothing changed');
  });

  it('cannot understand a missing or bad due date or a bad name (exit 2)', async () => {
    const dir = examples();
    expect(await unchanged(dir, 'SO-2026-0109', ['plan', 'SO-2026-0109', 'qc_passed'])).toMatchObject({ code: 2, stderr: 'gendan: --due is required\n' });
    expect(await unchanged(dir, 'SO-2026-0109', ['plan', 'SO-2026-0109', 'qc_passed', '--due', '12/10', '--lang', 'zh'])).toMatchObject({
      code: 2,
      stderr: 'gendan：--due 的值 `12/10` 不是日期：请写成 YYYY-MM-DD，例如 2026-12-05\n',
    });
    expect(await unchanged(dir, 'SO-2026-0109', ['plan', 'SO-2026-0109', ' qc', '--due', '2026-12-10'])).toMatchObject({
      code: 2,
      stderr: 'gendan: milestone name ` qc`: write 1 to 40 characters without spaces at either end\n',
    });
  });
});

describe('done', () => {
  it("fills the milestone's done date and keeps the comment after it", async () => {
    const dir = examples();
    const before = read(dir, 'SO-2026-0109');
    const r = await run(dir, ['done', 'SO-2026-0109', 'machining_done']);
    expect(r).toMatchObject({ code: 0, stdout: 'SO-2026-0109: milestone `machining_done` done on 2026-12-01 (1 still open)\nnext: ✗ every production milestone done: milestone(s) without a `done` date: qc_passed\n  record it: `gendan done SO-2026-0109 MILESTONE`\n' });
    expect(diff(before, read(dir, 'SO-2026-0109'))).toEqual([
      '-    - { name: machining_done, due: 2026-11-30 }   # 箱体精加工 · housing finish machining',
      '+    - { name: machining_done, due: 2026-11-30, done: 2026-12-01 }   # 箱体精加工 · housing finish machining',
    ]);
    const zh = await run(dir, ['done', 'SO-2026-0109', 'qc_passed', '--lang', 'zh']);
    expect(zh.stdout).toBe('SO-2026-0109：生产节点“质检通过”已于 2026-12-01 完成（尚有 0 个未完成）\n下一步：✗ 已告知客户预计发货日期：尚无“告知发货日期”的沟通记录；告知客户后运行 `gendan log SO-2026-0109 --node 告知发货日期 --channel 电话 "…"`\n');
  });

  it('an unknown milestone is not understood (exit 2, did you mean); a done one is refused on another date', async () => {
    const dir = examples();
    const typo = await unchanged(dir, 'SO-2026-0109', ['done', 'SO-2026-0109', 'qc_pased']);
    expect(typo).toMatchObject({
      code: 2,
      stderr: 'gendan: no milestone `qc_pased` in SO-2026-0109; its milestones: materials_ready, production_started, machining_done, qc_passed; did you mean `qc_passed`? (add one with `gendan plan SO-2026-0109 NAME --due DATE`)\n',
    });
    const zh = await unchanged(dir, 'SO-2026-0109', ['done', 'SO-2026-0109', 'qc_pased', '--lang', 'zh']);
    expect(zh.stderr).toBe('gendan：SO-2026-0109 中没有生产节点 `qc_pased`；现有节点：备料完成、开始生产、机加工完成、质检通过，是否应为 `qc_passed`？（新增节点用 `gendan plan SO-2026-0109 名称 --due 日期`）\n');
    const again = await unchanged(dir, 'SO-2026-0109', ['done', 'SO-2026-0109', 'materials_ready']);
    expect(again).toMatchObject({ code: 1, stderr: 'gendan: refused: `production.milestones[0].done` already holds 2026-11-23, not 2026-12-01; if 2026-11-23 is wrong, correct the file by hand\n' });
  });
});

describe('stock', () => {
  it('ok: records the check and the result', async () => {
    const dir = examples();
    const before = read(dir, 'SO-2026-0110');
    const r = await run(dir, ['stock', 'SO-2026-0110', '--quality', 'ok']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('SO-2026-0110: stock checked on 2026-12-01, quality OK');
    expect(diff(before, read(dir, 'SO-2026-0110'))).toEqual(['-  checked: 2026-11-12', '+  checked: 2026-12-01']);
  });

  it('problem: quality_ok false and a quality_defect issue with the note as its cause', async () => {
    const dir = examples();
    const before = read(dir, 'SO-2026-0110');
    const r = await run(dir, ['stock', 'SO-2026-0110', '--quality', 'problem', '--note', '两盘链条锈蚀', '--lang', 'zh']);
    expect(r.stdout.split('\n')[0]).toBe('SO-2026-0110：已于 2026-12-01 核查库存，质量有问题；已登记第 2 个问题（质量缺陷）');
    expect(diff(before, read(dir, 'SO-2026-0110'))).toEqual([
      '-  checked: 2026-11-12',
      '-  quality_ok: true',
      '+  checked: 2026-12-01',
      '+  quality_ok: false',
      '+  - opened: 2026-12-01',
      '+    kind: quality_defect',
      '+    cause: 两盘链条锈蚀',
    ]);
  });

  it('needs ok or problem (exit 2)', async () => {
    const dir = examples();
    expect(await unchanged(dir, 'SO-2026-0110', ['stock', 'SO-2026-0110', '--quality', 'good'])).toMatchObject({ code: 2, stderr: 'gendan: --quality `good` is not one of: ok, problem\n' });
    expect(await unchanged(dir, 'SO-2026-0110', ['stock', 'SO-2026-0110', '--lang', 'zh'])).toMatchObject({ code: 2, stderr: 'gendan：需要 --quality，可选：合格、有问题\n' });
  });
});
