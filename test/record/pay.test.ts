// `gendan pay`.
import { describe, expect, it } from 'vitest';
import { diff, examples, read, run, unchanged, write } from './helpers.js';

describe('pay', () => {
  it('appends a payment after the comment that closes the list, and says what is still owed', async () => {
    const dir = examples();
    const before = read(dir, 'SO-2026-0108');
    const r = await run(dir, ['pay', 'SO-2026-0108', '5000', '--note', '部分尾款']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'SO-2026-0108: payment of CNY 5,000.00 received on 2026-12-01; CNY 4,037.00 still owed\n' +
        'next: ✗ balance received (due before shipment): payments total CNY 8,873.00 of 12,910.00; 4,037.00 still to collect\n' +
        '  record it: `gendan pay SO-2026-0108 AMOUNT`\n',
    );
    expect(diff(before, read(dir, 'SO-2026-0108'))).toEqual(['+  - { date: 2026-12-01, amount: 5000, note: 部分尾款 }']);
    const zh = await run(dir, ['pay', 'SO-2026-0108', '4,037.00', '--lang', 'zh']);
    expect(zh.stdout.split('\n')[0]).toBe('SO-2026-0108：已于 2026-12-01 收款 CNY 4,037.00；已全部付清');
  });

  it('refuses more than is still owed unless --force; then overpaid is said', async () => {
    const dir = examples();
    const over = await unchanged(dir, 'SO-2026-0108', ['pay', 'SO-2026-0108', '9037.01']);
    expect(over).toMatchObject({
      code: 1,
      stderr: 'gendan: refused: CNY 9,037.01 is more than is still owed (CNY 9,037.00 of 12,910.00, 3,873.00 paid); if it really was received, add --force\n',
    });
    const zh = await unchanged(dir, 'SO-2026-0108', ['pay', 'SO-2026-0108', '10000', '--lang', 'zh']);
    expect(zh.stderr).toBe('gendan：已拒绝：CNY 10,000.00 超过尚欠金额（总额 12,910.00，已收 3,873.00，尚欠 CNY 9,037.00）；如确实收到，请加 --force\n');
    const forced = await run(dir, ['pay', 'SO-2026-0108', '10000', '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout.split('\n')[0]).toBe('SO-2026-0108: payment of CNY 10,000.00 received on 2026-12-01; overpaid by CNY 963.00');
  });

  it('a line without a price leaves the total unknown: nothing is judged too much', async () => {
    const dir = examples();
    write(dir, 'SO-2026-0108', read(dir, 'SO-2026-0108').replace('    unit_price: 96.50\n', ''));
    const r = await run(dir, ['pay', 'SO-2026-0108', '20000']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('SO-2026-0108: payment of CNY 20,000.00 received on 2026-12-01; the order total is not known (lines without unit_price)');
  });

  it('cannot understand an amount that is not a positive number with at most 2 decimals (exit 2)', async () => {
    const dir = examples();
    for (const bad of ['0', '-5', '12.345', 'abc', '1,00']) {
      const r = await unchanged(dir, 'SO-2026-0108', ['pay', 'SO-2026-0108', '--', bad]);
      expect(r).toMatchObject({ code: 2, stderr: `gendan: amount \`${bad}\` is not a payment: write a number above 0 with at most 2 decimals, e.g. 9037.00\n` });
    }
    const zh = await unchanged(dir, 'SO-2026-0108', ['pay', 'SO-2026-0108', '0', '--lang', 'zh']);
    expect(zh.stderr).toBe('gendan：金额 `0` 无效：请写大于 0、最多两位小数的数字，例如 9037.00\n');
    const early = await unchanged(dir, 'SO-2026-0108', ['pay', 'SO-2026-0108', '100', '--date', '2026-10-01']);
    expect(early).toMatchObject({ code: 1, stderr: 'gendan: refused: 2026-10-01 is before `ordered` (2026-11-02); nothing can be recorded earlier than that\n' });
  });
});
