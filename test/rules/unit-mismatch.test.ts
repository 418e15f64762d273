import { ruleTests } from './tester.js';

const order = (lines: string, rest = '') => `id: SO-1
status: received
customer: { name: 恒达机械 }
ordered: 2026-11-20
lines:
${lines}${rest}`;

const line = (model: string, unit: string, quantity = 500) => `  - { model: ${model}, quantity: ${quantity}, unit: ${unit} }\n`;

ruleTests('unit-mismatch', {
  valid: [
    { name: "the model's unit", order: order(line('XK-200', 'pcs')) },
    { name: 'an alt unit', order: order(line('XK-200', 'box', 50)) },
    { name: 'a measured unit', order: order(line('GR-46', 'drum', 2)) },
    { name: 'unknown model: unknown-model speaks', order: order(line('XK-999', 'kg')) },
    {
      name: 'a shipment item in an alt unit, or without a unit',
      order: order(line('XK-200', 'pcs'), 'shipments:\n  - shipped: 2026-12-15\n    items:\n      - { model: XK-200, quantity: 5, unit: box }\n      - { model: XK-200, quantity: 450 }\n'),
    },
  ],
  invalid: [
    {
      name: 'a unit the model does not have: list the allowed ones',
      order: order(line('XK-200', 'kg')),
      errors: [{ line: 6, column: 43, message: 'unit kg is not a unit of XK-200; use one of: pcs, box (= 10 pcs)', zh: '单位 kg 不是型号 XK-200 的单位' }],
    },
    {
      name: 'a near miss is suggested',
      order: order(`${line('XK-210', 'pcs')}${line('BR-6205', 'boxs')}`),
      errors: [{ line: 7, column: 44, message: 'unit boxs is not a unit of BR-6205; did you mean box? (allowed: pcs, box (= 50 pcs), pallet (= 2000 pcs))', zh: '是否应为 box' }],
    },
    {
      name: 'units are case-sensitive, with a hint',
      order: order('  - model: XK-210\n    quantity: 5\n    unit: PCS\n'),
      errors: [{ line: 8, column: 11, message: 'did you mean pcs?' }],
    },
    {
      name: 'a shipment item in a unit the model does not have',
      order: order(line('XK-200', 'pcs'), 'shipments:\n  - shipped: 2026-12-15\n    items:\n      - { model: XK-200, quantity: 5, unit: carton }\n'),
      errors: [{ line: 10, column: 45, message: 'unit carton is not a unit of XK-200' }],
    },
  ],
});
