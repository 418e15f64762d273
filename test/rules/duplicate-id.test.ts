import { ruleTests } from './tester.js';

const order = (id: string, extra = '') => `${extra}id: ${id}
status: received
customer: { name: 恒达机械 }
ordered: 2026-11-20
lines:
  - { model: XK-200, quantity: 500, unit: pcs }
`;

ruleTests('duplicate-id', {
  valid: [
    { name: 'different ids', files: { 'orders/SO-1.yaml': order('SO-1'), 'orders/SO-2.yaml': order('SO-2') } },
    { name: 'one file', order: order('SO-1') },
    { name: 'ids differing in case are different ids', files: { 'orders/a/so-1.yaml': order('so-1'), 'orders/b/SO-1.yaml': order('SO-1') } },
    {
      name: 'files without an id do not collide',
      breaksSchema: true,
      files: { 'orders/a.yaml': order('SO-1').replace('id: SO-1\n', ''), 'orders/b.yaml': order('SO-1').replace('id: SO-1\n', '') },
    },
  ],
  invalid: [
    {
      name: 'same id in two folders, reported on each naming the other',
      files: { 'orders/SO-1.yaml': order('SO-1'), 'orders/2026/SO-1.yaml': order('SO-1') },
      errors: [
        { file: 'orders/2026/SO-1.yaml', line: 1, column: 5, message: 'order id SO-1 is also used by orders/SO-1.yaml', zh: 'orders/SO-1.yaml' },
        { file: 'orders/SO-1.yaml', line: 1, column: 5, message: 'also used by orders/2026/SO-1.yaml', zh: '订单号 SO-1 也被 orders/2026/SO-1.yaml 使用' },
      ],
    },
    {
      name: 'three files: each names the two others; position follows comments',
      files: {
        'orders/a.yaml': order('SO-7', '# copied from SO-7\n\n'),
        'orders/b.yaml': order('SO-7'),
        'orders/c.yml': order('SO-7'),
        'orders/SO-8.yaml': order('SO-8'),
      },
      errors: [
        { file: 'orders/a.yaml', line: 3, column: 5, message: 'also used by orders/b.yaml, orders/c.yml' },
        { file: 'orders/b.yaml', line: 1, column: 5, message: 'also used by orders/a.yaml, orders/c.yml' },
        { file: 'orders/c.yml', line: 1, column: 5, message: 'also used by orders/a.yaml, orders/b.yaml' },
      ],
    },
    {
      name: 'a quoted id',
      files: { 'orders/SO-1.yaml': order('"SO-1"'), 'orders/x/SO-1.yaml': order('SO-1') },
      errors: [
        { file: 'orders/SO-1.yaml', line: 1, column: 5 },
        { file: 'orders/x/SO-1.yaml', line: 1, column: 5 },
      ],
    },
  ],
});
