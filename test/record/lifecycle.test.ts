// One order from `gendan new` to `closed` with commands only — no hand edit — and
// `gendan check` clean after every step.
import { describe, expect, it } from 'vitest';
import { examples, read, run } from './helpers.js';

const ID = 'SO-2026-0117';

/** [today, command…]: the clerk's days. */
const STEPS: [string, string[]][] = [
  ['2026-12-01', ['new', '--customer', '宁波恒达机械有限公司', '--model', 'XK-200', '--quantity', '100', '--price', '128.50', '--contact', '王经理', '--phone', '+86 574 8888 1234',
    '--requested', '2026-12-31', '--method', 'truck', '--address', '浙江省宁波市北仑区明州路 288 号', '--recipient', '王经理', '--delivery-phone', '138 0000 0000', '--deposit', '30', '--balance', 'before_shipment']],
  ['2026-12-01', ['tick', ID, 'special_requests_reviewed']],
  ['2026-12-01', ['confirm', ID, '--channel', 'phone', '--promised', '2026-12-31']],
  ['2026-12-01', ['advance', ID]],
  ['2026-12-02', ['handoff', ID]],
  ['2026-12-02', ['plan', ID, 'materials_ready', '--due', '2026-12-07']],
  ['2026-12-02', ['plan', ID, 'qc_passed', '--due', '2026-12-18']],
  ['2026-12-03', ['pay', ID, '3855', '--note', '30% 定金']],
  ['2026-12-03', ['log', ID, '--node', 'confirmed', '--channel', 'phone', '订单已确认']],
  ['2026-12-03', ['doc', ID, 'contract', 'HT-2026-0117']],
  ['2026-12-03', ['advance', ID]],
  ['2026-12-08', ['done', ID, 'materials_ready']],
  ['2026-12-09', ['issue', ID, '--kind', 'production_delay', '--cause', '热处理炉检修', '--owner', '生产部']],
  ['2026-12-10', ['plan', ID, 'qc_passed', '--due', '2026-12-21', '--note', '热处理炉检修']],
  ['2026-12-11', ['resolve', ID, '--action', '外协热处理']],
  ['2026-12-21', ['done', ID, 'qc_passed']],
  ['2026-12-21', ['change', ID, '--promised', '2027-01-05', '--reason', '客户要求延期', '--channel', 'phone']],
  ['2026-12-21', ['log', ID, '--node', 'ship_date', '--channel', 'wechat', '预计 12 月 28 日发货']],
  ['2026-12-22', ['advance', ID]],
  ['2026-12-28', ['pay', ID, '8995']],
  ['2026-12-28', ['ship', ID, '--carrier', '德邦物流', '--tracking', 'DPK7026122801', '--items', 'XK-200=6box']],
  ['2026-12-29', ['ship', ID, '--carrier', '德邦物流', '--tracking', 'DPK7026122902']],
  ['2026-12-29', ['log', ID, '--node', 'shipped', '--channel', 'wechat', '两批已发出']],
  ['2026-12-29', ['advance', ID]],
  ['2027-01-02', ['deliver', ID, '--tracking', 'DPK7026122801']],
  ['2027-01-04', ['deliver', ID, '--receipt', 'QS-0117']],
  ['2027-01-04', ['advance', ID]],
  ['2027-01-08', ['follow-up', ID, '--satisfaction', '5', '--quality', '5', '--timeliness', '4', '--service', '5', '--feedback', '包装很好']],
  ['2027-01-08', ['advance', ID]],
  ['2027-01-08', ['advance', ID]],
];

describe('an order from new to closed with commands only', () => {
  it('every step succeeds and check stays clean', { timeout: 120_000 }, async () => {
    const dir = examples();
    for (const [today, args] of STEPS) {
      const env = { GENDAN_TODAY: today };
      const r = await run(dir, args, env);
      expect({ step: args.join(' '), code: r.code, stderr: r.stderr }).toEqual({ step: args.join(' '), code: 0, stderr: '' });
      const check = await run(dir, ['check', `orders/${ID}.yaml`], env);
      expect({ step: args.join(' '), check: check.stdout }).toEqual({ step: args.join(' '), check: '✓ 1 file, 1 order: no problems\n' });
    }
    const text = read(dir, ID);
    expect(text).toMatch(/^status: closed$/m);
    expect(text).toContain('  - { date: 2026-12-10, field: production.milestones.1.due, from: 2026-12-18, to: 2026-12-21, reason: 热处理炉检修 }\n');
    expect(text).toContain('  - { date: 2026-12-21, field: delivery.promised, from: 2026-12-31, to: 2027-01-05, reason: 客户要求延期, channel: phone }\n');
    // Delivered 2027-01-04: on time against the date in force, late against the first promise.
    const stats = JSON.parse((await run(dir, ['report', 'stats', '--format', 'json'], { GENDAN_TODAY: '2027-01-08' })).stdout);
    expect(stats.by_month.find((g: { month: string }) => g.month === '2027-01')).toMatchObject({ delivered: 1, on_time: 1, on_time_rate: 1, on_time_rate_original: 0, date_changes: 1 });
  });

  it('prints what was recorded, then the next step', async () => {
    const dir = examples();
    for (const [today, args] of STEPS.slice(0, 7)) await run(dir, args, { GENDAN_TODAY: today });
    const r = await run(dir, ['pay', ID, '3855'], { GENDAN_TODAY: '2026-12-03' });
    expect(r.stdout).toBe(
      'SO-2026-0117: payment of CNY 3,855.00 received on 2026-12-03; CNY 8,995.00 still owed\n' +
        'next: ✗ customer told the order is confirmed: no contact with node `confirmed` in contacts; after telling the customer, run `gendan log SO-2026-0117 --node confirmed --channel phone "…"`\n',
    );
    await run(dir, ['log', ID, '--node', 'confirmed', '--channel', 'phone', '已确认'], { GENDAN_TODAY: '2026-12-03' });
    const zh = await run(dir, ['doc', ID, 'contract', 'HT-1', '--lang', 'zh'], { GENDAN_TODAY: '2026-12-03' });
    expect(zh.stdout).toBe('SO-2026-0117：已登记合同 HT-1（2026-12-03）\n清单已全部完成：运行 `gendan advance SO-2026-0117`\n');
  });
});
