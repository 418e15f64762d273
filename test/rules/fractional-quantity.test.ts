import { ruleTests, linesOrder, line } from './tester.js';

const order = linesOrder;


ruleTests('fractional-quantity', {
  valid: [
    { name: 'whole pieces', order: order(line('XK-200', 500, 'pcs')) },
    { name: 'half boxes that make whole pieces', order: order(line('XK-200', 2.5, 'box')) },
    { name: 'float noise from conversion (0.3 × 10)', order: order(line('XK-200', 0.3, 'box')) },
    { name: 'a measured unit may be fractional', order: order(line('GR-46', 12.75, 'kg')) },
    { name: 'integer: false in the catalog', order: order(line('SP-KIT', 1.5, 'pcs')) },
    { name: 'unknown unit: unit-mismatch speaks', order: order(line('XK-200', 1.5, 'kg')) },
    { name: 'unknown model', order: order(line('XK-999', 1.5, 'pcs')) },
  ],
  invalid: [
    {
      name: 'half a piece',
      order: order(line('XK-200', 12.5, 'pcs')),
      errors: [{ line: 6, column: 32, message: '12.5 pcs is not a whole number, but XK-200 is counted in whole pcs; 12 or 13 pcs would be', zh: '可改为 12 或 13 pcs' }],
    },
    {
      name: 'fractional after conversion: shows the converted amount',
      order: order(`${line('XK-210', 3, 'pcs')}${line('XK-200', 0.35, 'box')}`),
      errors: [{ line: 7, column: 32, message: '0.35 box is 3.5 pcs, not a whole number, but XK-200 is counted in whole pcs; 3 or 4 pcs would be', zh: '0.35 box 折合 3.5 pcs' }],
    },
    {
      name: 'less than one: only the amount above',
      order: order('  - model: XK-050\n    quantity: 0.5\n    unit: set\n'),
      errors: [{ line: 7, column: 15, message: '1 set would be' }],
    },
  ],
});
