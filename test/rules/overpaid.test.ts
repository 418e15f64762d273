import { ruleTests } from './tester.js';

const order = (price: string, payments: string) => `id: SO-1
status: confirmed
customer: { name: 恒达机械 }
ordered: 2026-11-20
lines:
  - { model: XK-200, quantity: 100, unit: pcs${price} }
payments:
${payments}`;

ruleTests('overpaid', {
  valid: [
    { name: 'paid in full, in two parts', order: order(', unit_price: 130', '  - { date: 2026-11-21, amount: 3900 }\n  - { date: 2026-11-22, amount: 9100 }\n') },
    { name: 'sub-cent line total rounds half-up before comparing', order: order(', unit_price: 0.335', '  - { date: 2026-11-21, amount: 33.5 }\n') },
    { name: 'no price: the total is unknown, so nothing is "over"', order: order('', '  - { date: 2026-11-21, amount: 100 }\n') },
  ],
  invalid: [
    {
      name: '130,000 paid on a 13,000 order',
      order: order(', unit_price: 130', '  - { date: 2026-11-21, amount: 130000 }\n'),
      errors: [{ line: 8, column: 33, message: 'payments total CNY 130,000.00, 117,000.00 more than the order total 13,000.00', zh: '比订单总额 13,000.00 多 117,000.00' }],
    },
    {
      name: 'points at the payment that goes over',
      order: order(', unit_price: 130', '  - { date: 2026-11-21, amount: 13000 }\n  - { date: 2026-11-22, amount: 0.01 }\n'),
      errors: [{ line: 9, column: 33, message: 'CNY 13,000.01, 0.01 more than' }],
    },
  ],
});
