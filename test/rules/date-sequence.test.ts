import { ruleTests } from './tester.js';

/** Lines 1–6 are fixed; `rest` starts on line 7. */
const order = (rest: string, ordered = 'ordered: 2026-11-20') => `id: SO-1
status: delivered
customer: { name: 恒达机械 }
${ordered}
lines:
  - { model: XK-200, quantity: 500, unit: pcs }
${rest}`;

ruleTests('date-sequence', {
  valid: [
    {
      name: 'everything on the order date',
      order: order(`delivery: { requested: 2026-11-20, promised: 2026-11-20 }
confirmation: { date: 2026-11-20 }
production:
  milestones: [{ name: qc_passed, due: 2026-11-20, done: 2026-11-20 }]
shipments: [{ shipped: 2026-11-20, delivered: 2026-11-20 }]
payments: [{ date: 2026-11-20, amount: 1 }]
contacts: [{ date: 2026-11-20, node: confirmed, channel: phone, note: ok }]
`),
    },
    { name: 'a usual timeline', order: order('confirmation: { date: 2026-11-21 }\nshipments:\n  - { shipped: 2026-12-15, delivered: 2026-12-17 }\n  - { shipped: 2026-12-20 }\n') },
    { name: 'no order date: nothing to compare with', breaksSchema: true, order: order('delivery: { requested: 2020-01-01 }\n', '') },
  ],
  invalid: [
    {
      name: 'delivery requested before the order date',
      order: order('delivery:\n  requested: 2026-11-19\n'),
      errors: [{ line: 8, column: 14, message: 'delivery.requested 2026-11-19 is before ordered 2026-11-20', zh: 'delivery.requested 2026-11-19 早于 ordered 2026-11-20' }],
    },
    {
      name: 'promised and requested both before it',
      order: order('delivery:\n  requested: 2026-10-19\n  promised: 2026-10-20\n'),
      errors: [
        { line: 8, column: 14, message: 'delivery.requested 2026-10-19' },
        { line: 9, column: 13, message: 'delivery.promised 2026-10-20 is before ordered 2026-11-20' },
      ],
    },
    {
      name: 'confirmed before ordered',
      order: order('confirmation:\n  channel: phone\n  date: 2026-11-18\n'),
      errors: [{ line: 9, column: 9, message: 'confirmation.date 2026-11-18 is before ordered 2026-11-20' }],
    },
    {
      name: 'shipped before confirmed',
      order: order('confirmation: { date: 2026-11-25 }\nshipments:\n  - shipped: 2026-11-30\n  - shipped: 2026-11-24\n'),
      errors: [{ line: 10, column: 14, message: 'shipments[1].shipped 2026-11-24 is before confirmation.date 2026-11-25' }],
    },
    {
      name: 'shipped before ordered, when there is no confirmation',
      order: order('shipments:\n  - shipped: 2026-11-10\n'),
      errors: [{ line: 8, column: 14, message: 'shipments[0].shipped 2026-11-10 is before ordered 2026-11-20' }],
    },
    {
      name: 'delivered before it was shipped',
      order: order('shipments:\n  - shipped: 2026-12-15\n    delivered: 2026-12-14\n'),
      errors: [{ line: 9, column: 16, message: 'shipments[0].delivered 2026-12-14 is before shipments[0].shipped 2026-12-15' }],
    },
    {
      name: 'payment, contact and milestone done before the order date',
      order: order(`payments:
  - { date: 2026-11-22, amount: 100 }
  - { date: 2026-11-02, amount: 100 }
contacts:
  - { date: 2026-11-19, node: other, channel: wechat, note: 询价 }
production:
  milestones:
    - { name: materials_ready, due: 2026-11-28, done: 2026-11-01 }
`),
      errors: [
        { line: 9, column: 13, message: 'payments[1].date 2026-11-02' },
        { line: 11, column: 13, message: 'contacts[0].date 2026-11-19' },
        { line: 14, column: 55, message: 'production.milestones[0].done 2026-11-01 is before ordered 2026-11-20' },
      ],
    },
  ],
});
