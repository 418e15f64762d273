// Rules read orders that were pruned of invalid values, so any key may be missing and
// lists may hold odd items. Whatever the file holds, checking it must not throw.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { Calendar } from '../../src/calendar/calendar.js';
import { check } from '../../src/app/run-rules.js';
import { orderFromText } from '../../src/load/order-file.js';
import type { Product } from '../../src/model/catalog.js';
import { defaultConfig } from '../../src/model/config.js';
import { rules } from '../../src/rules/index.js';
import { CATALOG } from './tester.js';

const products = new Map((parse(CATALOG) as { products: Product[] }).products.map((p) => [p.model, p]));
const config = defaultConfig('/ws');
const ctx = { config, catalog: { file: '/ws/catalog.yaml', products }, calendar: new Calendar(config.calendar), today: '2026-11-28' };

const date = fc.integer({ min: 0, max: 900 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
const junk = fc.oneof(fc.constant(null), fc.string({ maxLength: 6 }), fc.double(), fc.integer({ min: -5, max: 5 }), fc.boolean(), fc.array(fc.integer(), { maxLength: 2 }));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: junk });
const day = maybe(date);
const rec = <T extends Record<string, fc.Arbitrary<unknown>>>(r: T) => maybe(fc.record(r, { requiredKeys: [] }));
const list = <T>(arb: fc.Arbitrary<T>) => maybe(fc.array(arb, { maxLength: 3 }));
const model = maybe(fc.constantFrom(...products.keys(), 'XK-20O', 'ZZ'));
const unit = maybe(fc.constantFrom('pcs', 'box', 'kg', 'drum', 'g', 'set', 'pallet', 'carton'));
const quantity = maybe(fc.oneof(fc.integer({ min: 1, max: 3000 }), fc.double({ min: 0.001, max: 500, noNaN: true })));

const order = fc.record(
  {
    id: maybe(fc.constantFrom('SO-1', 'SO-2')),
    status: maybe(fc.constantFrom('received', 'confirmed', 'preparing', 'shipped', 'on_hold')),
    customer: rec({ name: maybe(fc.constant('恒达')) }),
    ordered: day,
    lines: list(rec({ model, quantity, unit })),
    delivery: rec({ requested: day, promised: day, method: maybe(fc.constantFrom('express', 'truck', 'sea', 'air', 'pickup', 'boat')) }),
    confirmation: rec({ date: day }),
    production: rec({ milestones: list(rec({ name: fc.constant('qc_passed'), due: day, done: day })) }),
    shipments: list(rec({ shipped: day, delivered: day, items: list(rec({ model, quantity, unit })) })),
    payments: list(rec({ date: day, amount: quantity })),
    contacts: list(rec({ date: day, node: fc.constant('other') })),
  },
  { requiredKeys: [] },
);

describe('rules on arbitrary orders', () => {
  it('never throw, and every problem has a position', () => {
    fc.assert(
      fc.property(order, order, (a, b) => {
        const files = [orderFromText('/ws/orders/SO-1.yaml', 'orders/SO-1.yaml', stringify(a)), orderFromText('/ws/orders/x/SO-2.yml', 'orders/x/SO-2.yml', stringify(b))];
        const result = check(files, rules, ctx);
        for (const p of result.problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
