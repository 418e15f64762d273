import { ruleTests } from './tester.js';

const order = (id: string) => `id: ${id}
status: received
customer: { name: 恒达机械 }
ordered: 2026-11-20
lines:
  - { model: XK-200, quantity: 500, unit: pcs }
`;

ruleTests('id-filename', {
  valid: [
    { name: '.yaml named after the id', order: order('SO-2026-0142'), file: 'orders/SO-2026-0142.yaml' },
    { name: '.yml named after the id', order: order('SO-2026-0142'), file: 'orders/2026/SO-2026-0142.yml' },
    { name: 'a dotted id', order: order('SO.2026.1'), file: 'orders/SO.2026.1.yaml' },
    { name: 'no id: the schema rule speaks instead', breaksSchema: true, order: order('SO-1').replace('id: SO-1\n', ''), file: 'orders/whatever.yaml' },
  ],
  invalid: [
    {
      name: 'file named after another order',
      order: order('SO-2026-0142'),
      file: 'orders/SO-2026-0141.yaml',
      errors: [{ line: 1, column: 5, message: 'file name SO-2026-0141.yaml does not match the order id SO-2026-0142: rename the file to SO-2026-0142.yaml', zh: '请把文件改名为 SO-2026-0142.yaml' }],
    },
    {
      name: 'keeps the .yml extension in the advice',
      order: order('SO-9'),
      file: 'orders/new-order.yml',
      errors: [{ line: 1, column: 5, message: 'rename the file to SO-9.yml' }],
    },
    {
      name: 'case matters',
      order: order('SO-9'),
      file: 'orders/so-9.yaml',
      errors: [{ line: 1, column: 5, message: 'rename the file to SO-9.yaml' }],
    },
    {
      name: 'the id need not be on the first line',
      order: `# yaml-language-server: $schema=../schemas/order.schema.json\nstatus: received\nid:   SO-3\n${order('x').split('\n').slice(2).join('\n')}`,
      file: 'orders/SO-03.yaml',
      errors: [{ line: 3, column: 7 }],
    },
  ],
});
