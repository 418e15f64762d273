// The classes behind issue 10 items 10–12, over generated orders driven through the real
// CLI: at-risk never calls a partly shipped order unshipped and never takes back its own
// "ship by"; every open order is on the morning page and the to-do list; a deposit still
// owed is a payment row and no money is counted twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/dates.js';
import { gendan } from '../helpers/cli.js';
import { order, report, ws } from '../reports/fixture.js';

const RUNS = Number(process.env.GENDAN_PROPERTY_RUNS ?? 12);
const T0 = '2026-11-23'; // a Monday
const day = (n: number) => addDays(T0, n);

describe('at-risk over partly shipped, ready orders', () => {
  const sample = fc.record({
    boxes: fc.integer({ min: 2, max: 30 }),
    shippedPart: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
    readyAgo: fc.integer({ min: 0, max: 6 }),
    promisedIn: fc.integer({ min: 1, max: 12 }),
    method: fc.constantFrom('truck', 'express', 'pickup', 'air'),
    held: fc.boolean(),
  });

  it('names what is left, and the day it says to ship by is never a day it says the goods cannot make it', async () => {
    await fc.assert(
      fc.asyncProperty(sample, async ({ boxes, shippedPart, readyAgo, promisedIn, method, held }) => {
        const gone = Math.max(1, Math.min(boxes - 1, Math.round(boxes * shippedPart)));
        const o = order('SO-1', held ? 'on_hold' : 'ready', {
          lines: [{ model: 'XK-200', quantity: boxes, unit: 'box', unit_price: 100 }],
          delivery: { promised: day(promisedIn), method },
          production: { handoff: '2026-11-02', milestones: [{ name: 'qc_passed', due: day(-readyAgo), done: day(-readyAgo) }] },
          shipments: [{ shipped: day(-readyAgo), carrier: '德邦物流', tracking: 'DB1', eta: day(promisedIn), items: [{ model: 'XK-200', quantity: gone, unit: 'box' }] }],
          ...(held ? { history: [{ at: `${T0}T09:00:00+08:00`, from: 'ready', to: 'on_hold' }] } : {}),
        });
        const cwd = ws([o]);
        const first = await report('at-risk', cwd, T0);
        for (const r of first.rows) {
          expect(r.what).not.toContain('have not shipped');
          if (r.what.includes('not shipped yet')) expect(r.what).toContain(`XK-200 ${boxes - gone} box`);
          if (held) expect(r.action).not.toMatch(/ship by|faster|speed up/);
        }
        const zh = await gendan(['report', 'at-risk', '--today', T0, '--lang', 'zh'], { cwd });
        expect(zh.stdout).not.toContain('货物尚未发出');
        const shipBy = first.rows.map((r) => /^ship by (\d{4}-\d\d-\d\d)/.exec(r.action)?.[1]).find((d) => d !== undefined);
        if (shipBy === undefined) return;
        const then = await report('at-risk', cwd, shipBy);
        for (const r of then.rows) expect(r.what, `on ${shipBy}, which ${T0} named as the day to ship by`).not.toMatch(/^earliest (arrival|shipment)/);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('every open order is on the morning page and the to-do list', () => {
  const STATUSES = ['received', 'confirmed', 'preparing', 'ready', 'shipped', 'delivered', 'followed_up', 'closed', 'cancelled'] as const;
  // Facts an order may or may not have; any mix must leave every open order listed.
  const FACTS: Record<string, unknown> = {
    payment: { deposit_percent: 30, balance: 'on_delivery' },
    delivery: { promised: '2027-01-20', method: 'truck', address: '宁波', recipient: '王经理', phone: '138' },
    confirmation: { date: '2026-11-03', channel: 'phone', terms: ['delivery', 'payment', 'quality'] },
    production: { handoff: '2026-11-04', milestones: [{ name: 'qc_passed', due: '2026-11-15', done: '2026-11-14' }] },
    shipments: [{ shipped: '2026-11-18', carrier: '德邦物流', tracking: 'DB1', eta: '2026-11-21', delivered: '2026-11-21' }],
    contacts: [
      { date: '2026-11-03', node: 'confirmed', channel: 'phone' },
      { date: '2026-11-10', node: 'ship_date', channel: 'phone' },
      { date: '2026-11-18', node: 'shipped', channel: 'phone' },
    ],
    follow_up: { done: '2026-11-24', satisfaction: 5 },
    payments: [{ date: '2026-11-04', amount: 30000 }],
    documents: [
      { kind: 'contract', ref: 'HT-1' },
      { kind: 'delivery_receipt', ref: 'QS-1' },
    ],
    checklist: { special_requests_reviewed: '2026-11-03' },
  };
  const one = fc.record({ status: fc.constantFrom(...STATUSES), facts: fc.subarray(Object.keys(FACTS)) });

  it('with its unmet items, or with the command that moves it on', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(one, { minLength: 1, maxLength: 4 }), async (list) => {
        const orders = list.map(({ status, facts }, i) => order(`SO-${i + 1}`, status, Object.fromEntries(facts.map((k) => [k, FACTS[k]]))));
        const open = orders.filter((o) => o.status !== 'closed' && o.status !== 'cancelled').map((o) => String(o.id));
        const cwd = ws(orders);
        const page = JSON.parse((await gendan(['today', '--today', '2026-11-25', '--format', 'json'], { cwd })).stdout) as {
          orders: { order: string; items: { section: string; what: string }[] }[];
        };
        const onPage = page.orders.filter((o) => o.items.some((i) => i.section === 'checklist')).map((o) => o.order);
        expect(onPage.sort()).toEqual([...open].sort());
        const todo = await gendan(['checklist', '--today', '2026-11-25'], { cwd });
        expect(todo.code).toBe(0);
        for (const id of open) expect(todo.stdout).toContain(`${id} · `);
        if (open.length > 0) expect(todo.stdout).not.toContain('nothing to do');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('a deposit still owed', () => {
  const sample = fc.record({
    percent: fc.integer({ min: 1, max: 100 }),
    paid: fc.integer({ min: 0, max: 30000 }),
    status: fc.constantFrom('preparing', 'ready', 'shipped', 'delivered', 'followed_up'),
    delivered: fc.boolean(),
  });
  const cents = (s: string) => Math.round(Number(s.replace(/,/g, '')) * 100);

  it('is a payment row while unpaid past confirmed, and the payment rows never add up to more than is owed', async () => {
    await fc.assert(
      fc.asyncProperty(sample, async ({ percent, paid, status, delivered }) => {
        // 300 pcs × 100 = 30,000.00
        const o = order('SO-1', status, {
          payment: { deposit_percent: percent, balance: 'on_delivery' },
          ...(paid > 0 ? { payments: [{ date: '2026-11-04', amount: paid }] } : {}),
          ...(delivered ? { shipments: [{ shipped: '2026-11-10', delivered: '2026-11-12' }], contacts: [{ date: '2026-11-10', node: 'shipped' }] } : {}),
          history: [{ at: '2026-11-05T09:00:00+08:00', from: 'confirmed', to: 'preparing', reason: 'r', waived: ['deposit_received'] }],
        });
        const { rows } = await report('overdue', ws([o]), '2026-11-25');
        const pay = rows.filter((r) => r.kind === 'payment');
        const deposit = 300 * percent; // in yuan: 30,000 × percent / 100
        const depositRow = pay.find((r) => r.due === '2026-11-05');
        expect(depositRow !== undefined).toBe(paid < deposit);
        if (depositRow) expect(cents(/([\d,]+\.\d\d) CNY of/.exec(depositRow.what)![1]!)).toBe((deposit - paid) * 100);
        const owed = pay.reduce((n, r) => n + cents(/([\d,]+\.\d\d) CNY/.exec(r.what)![1]!), 0);
        expect(owed).toBeLessThanOrEqual(Math.max(0, 30000 - paid) * 100);
        if (delivered) expect(owed).toBe(Math.max(0, 30000 - paid) * 100);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('odd values in the facts these reports read', () => {
  it('never stop a report: the order is reported or named as skipped, the others are reported', async () => {
    const odd = [
      { history: 'none' },
      { history: [{ at: 'soon', from: 'confirmed', to: 'ready', waived: 'deposit_received' }] },
      { history: [null, { at: 5, to: 'preparing' }] },
      { payment: { deposit_percent: 'thirty' }, payments: 'paid' },
      { shipments: [{ shipped: '2026-11-20', items: 'all' }] },
      { shipments: [{ shipped: '2026-11-20', items: [{ model: 'XK-200', quantity: 'six', unit: 'box' }] }] },
      { production: { milestones: [{ name: 'qc_passed', done: 'yes' }] } },
      { stock: { checked: 20261120, quality_ok: true } },
    ];
    for (const extra of odd) {
      for (const status of ['ready', 'preparing', 'shipped', 'on_hold']) {
        const cwd = ws([order('SO-1', status, { delivery: { promised: '2026-11-27', method: 'truck' }, ...extra }), order('SO-2', 'preparing', { delivery: { promised: '2026-11-20' } })]);
        for (const args of [['report', 'at-risk'], ['report', 'overdue'], ['today'], ['checklist']]) {
          const r = await gendan([...args, '--today', '2026-11-25', '--format', 'json'], { cwd });
          expect(r.stderr, `${JSON.stringify(extra)} ${status} ${args.join(' ')}`).not.toMatch(/internal error|\n\s+at /);
          expect(r.code).toBe(0);
          if (args[0] !== 'report' || args[1] === 'overdue') expect(r.stdout).toContain('SO-2');
        }
      }
    }
  });
});
