import { ruleTests, linesOrder, line } from './tester.js';

const order = linesOrder;


ruleTests('order-multiple', {
  valid: [
    { name: 'a multiple', order: order(line('BR-6205', 500, 'pcs')) },
    { name: 'a multiple through an alt unit', order: order(line('BR-6205', 2, 'box')) },
    { name: 'a fractional multiple', order: order(line('GR-46', 12.5, 'kg')) },
    { name: 'float noise from conversion (1500 × 0.001)', order: order(line('GR-46', 1500, 'g')) },
    { name: 'no multiple in the catalog', order: order(line('XK-210', 7, 'pcs')) },
    { name: 'unknown unit', order: order(line('BR-6205', 7, 'kg')) },
  ],
  invalid: [
    {
      name: 'not a multiple: the two nearest',
      order: order(line('BR-6205', 490, 'pcs')),
      errors: [{ line: 6, column: 33, message: '490 pcs is not a multiple of 20 pcs for BR-6205; 480 or 500 pcs would be', zh: '可改为 480 或 500 件' }],
    },
    {
      name: 'a multiple below the moq is not offered',
      order: order(line('XK-200', 45, 'pcs')),
      errors: [{ line: 6, column: 32, message: '45 pcs is not a multiple of 10 pcs for XK-200; 50 pcs would be' }],
    },
    {
      name: 'converted and fractional, without float noise',
      order: order(`${line('GR-46', 12, 'kg')}${line('GR-46', 0.01, 'drum')}`),
      errors: [{ line: 7, column: 31, message: '0.01 drum (1.7 kg) is not a multiple of 0.5 kg for GR-46; 1.5 or 2 kg would be' }],
    },
  ],
});
