// `gendan follow-up` and `gendan doc`.
import { describe, expect, it } from 'vitest';
import { diff, examples, read, run, unchanged } from './helpers.js';

describe('follow-up', () => {
  it('records done, satisfaction, the three scores and feedback under the agreed due date, keeping its comment', async () => {
    const dir = examples();
    const before = read(dir, 'SO-2026-0105');
    const r = await run(dir, ['follow-up', 'SO-2026-0105', '--satisfaction', '4', '--quality', '5', '--timeliness', '3', '--service', '4', '--feedback', 'Sea leg slow; goods fine']);
    expect(r).toMatchObject({ code: 0, stdout: 'SO-2026-0105: follow-up visit done on 2026-12-01, satisfaction 4/5\nall met: run `gendan advance SO-2026-0105`\n' });
    expect(diff(before, read(dir, 'SO-2026-0105'))).toEqual([
      '+  done: 2026-12-01',
      '+  satisfaction: 4',
      '+  scores:',
      '+    quality: 5',
      '+    timeliness: 3',
      '+    service: 4',
      '+  feedback: Sea leg slow; goods fine',
    ]);
    expect(read(dir, 'SO-2026-0105')).toContain('  due: 2026-12-03             # 客户约定的回访时间 · date agreed with the customer\n  done: 2026-12-01\n');
  });

  it('refuses a second visit on another day; scores must be 1 to 5 (exit 2, zh and en)', async () => {
    const dir = examples();
    const done = await unchanged(dir, 'SO-2026-0103', ['follow-up', 'SO-2026-0103', '--satisfaction', '5']);
    expect(done.code).toBe(1);
    expect(done.stderr).toMatch(/^gendan: refused: the follow-up visit was already done on \d{4}-\d\d-\d\d\n$/);
    expect(await unchanged(dir, 'SO-2026-0105', ['follow-up', 'SO-2026-0105', '--satisfaction', '6'])).toMatchObject({ code: 2, stderr: 'gendan: --satisfaction `6` is not a score: write a whole number from 1 to 5\n' });
    expect(await unchanged(dir, 'SO-2026-0105', ['follow-up', 'SO-2026-0105', '--satisfaction', '4', '--service', '4.5', '--lang', 'zh'])).toMatchObject({
      code: 2,
      stderr: 'gendan：--service 的值 `4.5` 不是评分：请写 1 到 5 的整数\n',
    });
    expect(await unchanged(dir, 'SO-2026-0105', ['follow-up', 'SO-2026-0105'])).toMatchObject({ code: 2, stderr: 'gendan: --satisfaction is required\n' });
  });
});

describe('doc', () => {
  it('appends a document dated today; the same kind and ref again changes nothing', async () => {
    const dir = examples();
    const before = read(dir, 'SO-2026-0105');
    const r = await run(dir, ['doc', 'SO-2026-0105', 'bill_of_lading', 'COSU6281234560', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('SO-2026-0105：已登记提单 COSU6281234560（2026-12-01）');
    expect(diff(before, read(dir, 'SO-2026-0105'))).toEqual(['+  - { kind: bill_of_lading, ref: COSU6281234560, date: 2026-12-01 }']);
    const again = await unchanged(dir, 'SO-2026-0105', ['doc', 'SO-2026-0105', 'bill_of_lading', 'COSU6281234560']);
    expect(again.stdout.split('\n')[0]).toBe('SO-2026-0105: bill of lading COSU6281234560 is already recorded; nothing changed');
  });

  it('cannot understand an unknown kind (exit 2, did you mean)', async () => {
    const dir = examples();
    expect(await unchanged(dir, 'SO-2026-0105', ['doc', 'SO-2026-0105', 'invoce', 'X'])).toMatchObject({
      code: 2,
      stderr: 'gendan: <kind> `invoce` is not one of: contract, invoice, delivery_receipt, packing_list, qc_report, bill_of_lading, customs_declaration, certificate_of_origin, other; did you mean `invoice`?\n',
    });
    expect(await unchanged(dir, 'SO-2026-0105', ['doc', 'SO-2026-0105', 'invoce', 'X', '--lang', 'zh'])).toMatchObject({ code: 2 });
  });
});
