import { ruleTests } from './tester.js';

const order = (status: string, lines: string) => `id: SO-1
status: ${status}
customer: { name: 恒达机械 }
ordered: 2026-11-20
lines:
${lines}`;

const XK100 = '  - { model: XK-100, quantity: 5, unit: pcs }\n';

ruleTests('discontinued-model', {
  valid: [
    { name: 'active model', order: order('received', '  - { model: XK-210, quantity: 5, unit: pcs }\n') },
    { name: 'once confirmed, a discontinued model is what was agreed', order: order('confirmed', XK100) },
    { name: 'shipped orders are history', order: order('shipped', XK100) },
    { name: 'unknown models are for unknown-model', order: order('received', '  - { model: XK-999, quantity: 5, unit: pcs }\n') },
  ],
  invalid: [
    {
      name: 'names the replacement',
      order: order('received', `  - { model: XK-210, quantity: 5, unit: pcs }\n${XK100}`),
      errors: [{ line: 7, column: 14, message: 'model XK-100 is discontinued; it is replaced by XK-210', zh: '替代型号为 XK-210' }],
    },
    {
      name: 'no replacement named',
      order: order('received', '  - model: XK-050\n    quantity: 2\n    unit: set\n'),
      errors: [{ line: 6, column: 12, message: 'model XK-050 is discontinued and the catalog names no replacement', zh: '没有替代型号' }],
    },
    {
      name: 'each line',
      order: order('received', `${XK100}${XK100}`),
      errors: [
        { line: 6, column: 14 },
        { line: 7, column: 14 },
      ],
    },
  ],
});
