import { CATALOG, ruleTests, linesOrder, line } from './tester.js';

const order = linesOrder;


ruleTests('below-moq', {
  valid: [
    { name: 'exactly the moq', order: order(line('XK-200', 50, 'pcs')) },
    { name: 'the moq in an alt unit', order: order(line('XK-200', 5, 'box')) },
    { name: 'no moq in the catalog', order: order(line('XK-210', 1, 'pcs')) },
    { name: 'unknown unit', order: order(line('XK-200', 1, 'kg')) },
  ],
  invalid: [
    {
      name: 'below the moq',
      order: order(line('XK-200', 40, 'pcs')),
      errors: [{ line: 6, column: 32, message: '40 pcs is below the minimum order quantity of 50 pcs for XK-200; order at least 50 pcs', zh: '低于型号 XK-200 的最小起订量 50 件' }],
    },
    {
      name: 'converted from boxes',
      order: order(`${line('XK-210', 1, 'pcs')}${line('BR-6205', 1, 'box')}`),
      errors: [{ line: 7, column: 33, message: '1 box (50 pcs) is below the minimum order quantity of 100 pcs for BR-6205' }],
    },
    {
      name: 'the least valid amount respects the order multiple',
      catalog: `${CATALOG}  - { model: CP-9, unit: set, moq: 50, multiple: 20 }\n`,
      order: order(line('CP-9', 20, 'set')),
      errors: [{ line: 6, column: 30, message: 'order at least 60 set', zh: '请至少订购 60 套' }],
    },
  ],
});
