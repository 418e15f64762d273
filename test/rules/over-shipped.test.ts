import { ruleTests } from './tester.js';

const order = (lines: string, shipments: string) => `id: SO-1
status: shipped
customer: { name: 恒达机械 }
ordered: 2026-11-20
lines:
${lines}shipments:
${shipments}`;

const xk = '  - { model: XK-200, quantity: 10, unit: box }\n';

ruleTests('over-shipped', {
  valid: [
    { name: 'exactly what was ordered, in two shipments', order: order(xk, '  - { shipped: 2026-11-25, items: [{ model: XK-200, quantity: 6 }] }\n  - { shipped: 2026-11-26, items: [{ model: XK-200, quantity: 4, unit: box }] }\n') },
    { name: 'the same in the model unit', order: order(xk, '  - { shipped: 2026-11-25, items: [{ model: XK-200, quantity: 100, unit: pcs }] }\n') },
    { name: 'a shipment without items carries what remained', order: order(xk, '  - { shipped: 2026-11-25 }\n  - { shipped: 2026-11-26 }\n') },
    { name: 'a model not in the catalog, same unit', order: order('  - { model: ZZ-1, quantity: 5, unit: set }\n', '  - { shipped: 2026-11-25, items: [{ model: ZZ-1, quantity: 5 }] }\n') },
    { name: 'a unit that does not convert is left to unit-mismatch', order: order(xk, '  - { shipped: 2026-11-25, items: [{ model: XK-200, quantity: 500, unit: kg }] }\n') },
  ],
  invalid: [
    {
      name: '6 + 40 box on a 10-box order',
      order: order(xk, '  - { shipped: 2026-11-25, items: [{ model: XK-200, quantity: 6 }] }\n  - { shipped: 2026-11-26, items: [{ model: XK-200, quantity: 40 }] }\n'),
      errors: [{ line: 9, column: 63, message: 'shipments carry 460 pcs of XK-200, but 100 pcs were ordered', zh: '合计 460 pcs，超过订购数量 100 pcs' }],
    },
    {
      name: 'converted: 101 pcs on a 10-box order',
      order: order(xk, '  - shipped: 2026-11-25\n    items:\n      - { model: XK-200, quantity: 101, unit: pcs }\n'),
      errors: [{ line: 10, column: 36, message: '101 pcs of XK-200, but 100 pcs' }],
    },
    {
      name: 'a model that was not ordered at all',
      order: order(xk, '  - { shipped: 2026-11-25, items: [{ model: XK-210, quantity: 1 }] }\n'),
      errors: [{ line: 8, column: 63, message: 'shipments carry 1 pcs of XK-210, but 0 pcs were ordered' }],
    },
    {
      name: 'no catalog: the lines\' unit',
      catalog: null,
      config: '{}\n',
      order: order('  - { model: ZZ-1, quantity: 5, unit: set }\n', '  - { shipped: 2026-11-25, items: [{ model: ZZ-1, quantity: 6 }] }\n'),
      errors: [{ line: 8, column: 61, message: '6 set of ZZ-1, but 5 set were ordered' }],
    },
  ],
});
