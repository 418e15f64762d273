// `gendan ship` and `gendan deliver`.
import { describe, expect, it } from 'vitest';
import { diff, examples, read, run, unchanged, write } from './helpers.js';

describe('ship', () => {
  it('appends a shipment carrying all that remains, with the designated carrier and ETA = date + transit days', async () => {
    const dir = examples();
    const before = read(dir, 'SO-2026-0108');
    const r = await run(dir, ['ship', 'SO-2026-0108', '--tracking', 'DB20261201']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'SO-2026-0108: shipment 1 shipped 2026-12-01, ETA 2026-12-05: XK-200 80 pcs, 6310-2RS 4 box (40 pcs), LX4 20 pcs\n' +
        'next: ✗ balance received (due before shipment): payments total CNY 3,873.00 of 12,910.00; 9,037.00 still to collect\n' +
        '  record it: `gendan pay SO-2026-0108 AMOUNT`\n',
    );
    expect(diff(before, read(dir, 'SO-2026-0108'))).toEqual(['+shipments:', '+  - { shipped: 2026-12-01, carrier: 德邦物流, tracking: DB20261201, eta: 2026-12-05 }']);
  });

  it('--items in any unit of the catalog, converted; a unit other than the line\'s is written', async () => {
    const dir = examples();
    const before = read(dir, 'SO-2026-0108');
    const r = await run(dir, ['ship', 'SO-2026-0108', '--carrier', '顺丰速运', '--tracking', 'SF1', '--eta', '2026-12-03', '--items', 'XK-200=7box,6310-2RS=20,LX4=20pcs']);
    expect(r.stdout.split('\n')[0]).toBe('SO-2026-0108: shipment 1 shipped 2026-12-01, ETA 2026-12-03: XK-200 7 box (70 pcs), 6310-2RS 20 pcs, LX4 20 pcs');
    expect(diff(before, read(dir, 'SO-2026-0108'))).toEqual([
      '+shipments:',
      '+  - shipped: 2026-12-01',
      '+    carrier: 顺丰速运',
      '+    tracking: SF1',
      '+    eta: 2026-12-03',
      '+    items:',
      '+      - { model: XK-200, quantity: 7, unit: box }',
      '+      - { model: 6310-2RS, quantity: 20, unit: pcs }',
      '+      - { model: LX4, quantity: 20 }',
    ]);
    // What remains is said in the unit the order used: 6310-2RS was ordered in boxes.
    const over = await unchanged(dir, 'SO-2026-0108', ['ship', 'SO-2026-0108', '--tracking', 'SF2', '--items', 'XK-200=2box,6310-2RS=3box']);
    expect(over).toMatchObject({ code: 1, stderr: 'gendan: refused: shipping XK-200 20 pcs, 6310-2RS 3 box (30 pcs) is more than remains to ship: XK-200 10 pcs, 6310-2RS 2 box (20 pcs)\n' });
    const zh = await unchanged(dir, 'SO-2026-0108', ['ship', 'SO-2026-0108', '--tracking', 'SF2', '--items', 'XK-200=11', '--lang', 'zh']);
    expect(zh).toMatchObject({ code: 1, stderr: 'gendan：已拒绝：本次发货 XK-200 11 件 超过待发数量：XK-200 10 件、6310-2RS 2 箱（20 件）\n' });
    expect((await run(dir, ['ship', 'SO-2026-0108', '--tracking', 'SF2'])).code).toBe(0);
    const none = await unchanged(dir, 'SO-2026-0108', ['ship', 'SO-2026-0108', '--tracking', 'SF3']);
    expect(none).toMatchObject({ code: 1, stderr: 'gendan: refused: every line is already fully shipped; nothing remains to ship\n' });
    expect((await run(dir, ['check', 'orders/SO-2026-0108.yaml'])).code).toBe(0);
  });

  it('carrier and tracking are needed unless the method is pickup', async () => {
    const dir = examples();
    const noTracking = await unchanged(dir, 'SO-2026-0108', ['ship', 'SO-2026-0108', '--lang', 'zh']);
    expect(noTracking).toMatchObject({ code: 2, stderr: 'gendan：汽运发货需要 --tracking\n' });
    await run(dir, ['new', '--id', 'SO-2026-0200', '--customer', '苏州精达', '--model', 'LX4', '--quantity', '10', '--method', 'pickup']);
    const before = read(dir, 'SO-2026-0200');
    const pickup = await run(dir, ['ship', 'SO-2026-0200']);
    expect(pickup.code).toBe(0);
    expect(diff(before, read(dir, 'SO-2026-0200'))).toEqual(['+shipments:', '+  - { shipped: 2026-12-01, eta: 2026-12-01 }']);
  });

  it('cannot understand a bad item, model or unit (exit 2, zh and en)', async () => {
    const dir = examples();
    const args = (items: string, ...more: string[]) => ['ship', 'SO-2026-0108', '--tracking', 'X', '--items', items, ...more];
    expect(await unchanged(dir, 'SO-2026-0108', args('XK-200:7'))).toMatchObject({ code: 2, stderr: 'gendan: --items: `XK-200:7` is not MODEL=QUANTITY[UNIT], e.g. XK-200=7box or XK-300=12\n' });
    expect(await unchanged(dir, 'SO-2026-0108', args('XK-20=7'))).toMatchObject({ code: 2, stderr: 'gendan: `XK-20` is not a model of this order; its models: XK-200, 6310-2RS, LX4; did you mean `XK-200`?\n' });
    expect(await unchanged(dir, 'SO-2026-0108', args('XK-200=7bx', '--lang', 'zh'))).toMatchObject({ code: 2, stderr: 'gendan：`bx` 不是 XK-200 的单位；可用单位：件、箱，是否应为 `box`？\n' });
    expect(await unchanged(dir, 'SO-2026-0108', ['ship', 'SO-2026-0108', '--tracking', 'X', '--eta', 'tomorrow'])).toMatchObject({ code: 2 });
  });
});

describe('deliver', () => {
  it('marks the only undelivered shipment, keeping its comment, and records the receipt', async () => {
    const dir = examples();
    const before = read(dir, 'SO-2026-0106');
    const r = await run(dir, ['deliver', 'SO-2026-0106', '--receipt', 'QS-0106', '--date', '2026-11-28']);
    expect(r).toMatchObject({ code: 0, stdout: 'SO-2026-0106: shipment 1 (ZTO751203669804) delivered on 2026-11-28; delivery receipt QS-0106\nnext: ✗ no open logistics delay, damage or loss issues: open issue(s) without `resolved`: logistics_delay (2026-11-30)\n  record it: `gendan resolve SO-2026-0106`\n' });
    expect(diff(before, read(dir, 'SO-2026-0106'))).toEqual([
      '+    delivered: 2026-11-28',
      expect.stringMatching(/^\+  - \{ kind: delivery_receipt, ref: QS-0106, date: 2026-11-28 \}$/),
    ]);
    const again = await unchanged(dir, 'SO-2026-0106', ['deliver', 'SO-2026-0106', '--date', '2026-11-28']);
    expect(again.stdout.split('\n')[0]).toBe('SO-2026-0106: shipment 1 (ZTO751203669804) was already delivered on 2026-11-28; nothing changed');
  });

  it('several undelivered shipments: exit 2 listing them by tracking; --tracking picks one', async () => {
    const dir = examples();
    await run(dir, ['ship', 'SO-2026-0108', '--tracking', 'DB1', '--items', 'XK-200=80']);
    await run(dir, ['ship', 'SO-2026-0108', '--tracking', 'DB2']);
    const which = await unchanged(dir, 'SO-2026-0108', ['deliver', 'SO-2026-0108']);
    expect(which).toMatchObject({ code: 2, stderr: 'gendan: several shipments are not delivered yet; name one with --tracking: 1: DB1 (2026-12-01); 2: DB2 (2026-12-01)\n' });
    const typo = await unchanged(dir, 'SO-2026-0108', ['deliver', 'SO-2026-0108', '--tracking', 'DB3', '--lang', 'zh']);
    expect(typo).toMatchObject({ code: 2, stderr: 'gendan：没有运单号为 `DB3` 的发货；已登记：DB1, DB2，是否应为 `DB1`？\n' });
    const before = read(dir, 'SO-2026-0108');
    expect((await run(dir, ['deliver', 'SO-2026-0108', '--tracking', 'DB2', '--date', '2026-12-04'])).code).toBe(0);
    // The first shipment lists its items, so the list is in block style.
    expect(diff(before, read(dir, 'SO-2026-0108'))).toEqual(['+    delivered: 2026-12-04']);
    expect(read(dir, 'SO-2026-0108')).toContain('    tracking: DB2\n    eta: 2026-12-05\n    delivered: 2026-12-04\n');
  });

  it('refuses without a shipment, before the ship date, and when every shipment is delivered', async () => {
    const dir = examples();
    expect(await unchanged(dir, 'SO-2026-0109', ['deliver', 'SO-2026-0109'])).toMatchObject({ code: 1, stderr: 'gendan: refused: SO-2026-0109 has no shipment yet; record it first with `gendan ship SO-2026-0109`\n' });
    expect(await unchanged(dir, 'SO-2026-0106', ['deliver', 'SO-2026-0106', '--date', '2026-11-20', '--lang', 'zh'])).toMatchObject({
      code: 1,
      stderr: 'gendan：已拒绝：2026-11-20 早于 `shipments[0].shipped`（2026-11-23），不能记录在它之前\n',
    });
    expect(await unchanged(dir, 'SO-2026-0104', ['deliver', 'SO-2026-0104'])).toMatchObject({ code: 1, stderr: 'gendan: refused: every shipment is already delivered\n' });
  });

  it('keeps CRLF line endings', async () => {
    const dir = examples();
    const text = read(dir, 'SO-2026-0106').replace(/\n/g, '\r\n');
    write(dir, 'SO-2026-0106', text);
    await run(dir, ['deliver', 'SO-2026-0106']);
    expect(read(dir, 'SO-2026-0106')).toBe(text.replace('# 尚未签收 · not yet delivered\r\n', '# 尚未签收 · not yet delivered\r\n    delivered: 2026-12-01\r\n'));
  });
});
