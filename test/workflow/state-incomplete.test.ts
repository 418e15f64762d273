import { ruleTests } from '../rules/tester.js';
import { change, fullOrder, without } from './fixture.js';

const AT_STATUS = { line: 2, column: 9 };
const SHIPMENT = 'shipped: 2026-11-20, carrier';
const XK200 = '  - { model: XK-200, quantity: 100, unit: pcs, unit_price: 10 }';
const history = (entry: string) => `history:\n  - { at: "2026-11-25T10:00:00+08:00", ${entry} }\n`;
const noTracking = (status: string) => change(fullOrder(status), { [SHIPMENT]: '  - { shipped: 2026-11-20, carrier: 德邦, eta: 2026-11-24, delivered: 2026-11-23 }' });

ruleTests('state-incomplete', {
  valid: [
    { name: 'received: no earlier state', order: 'id: SO-1\nstatus: received\ncustomer: { name: A }\nordered: 2026-11-20\nlines:\n  - { model: XK-210, quantity: 5, unit: pcs }\n' },
    { name: 'every fact met up to closed', order: fullOrder('closed') },
    { name: 'manual ticks are not facts', order: without(fullOrder('shipped'), 'special_requests_reviewed', 'checklist:') },
    { name: 'an item waived by a forced move does not count', order: noTracking('shipped') + history('from: ready, to: shipped, reason: 单号稍后补, waived: [shipments_recorded]') },
    {
      name: 'pickup needs no address, recipient, carrier or tracking',
      order: change(fullOrder('delivered'), { 'address:': '', 'recipient:': '', 'method: truck': '  method: pickup', [SHIPMENT]: '  - { shipped: 2026-11-20, eta: 2026-11-20, delivered: 2026-11-20 }' }),
    },
    {
      name: 'stock lines need stock checked, not milestones',
      order: change(fullOrder('ready'), { 'XK-210': '  - { model: BR-6205, quantity: 100, unit: pcs, unit_price: 10 }', milestones: '', qc_passed: '', 'shipments:': 'stock: { checked: 2026-11-05, quality_ok: true }\nshipments:' }),
    },
    { name: 'no deposit item when deposit_percent is 0', order: change(fullOrder('preparing'), { 'deposit_percent: 30': '  deposit_percent: 0', 'amount: 300': '' }) },
    {
      name: 'partial shipments in another unit add up per model',
      order: change(fullOrder('shipped'), {
        'XK-210': XK200,
        [SHIPMENT]: '  - { shipped: 2026-11-20, carrier: 德邦, tracking: "A", eta: 2026-11-24, items: [{ model: XK-200, quantity: 4, unit: box }] }\n  - { shipped: 2026-11-21, carrier: 德邦, tracking: "B", eta: 2026-11-24, items: [{ model: XK-200, quantity: 60 }] }',
      }),
    },
    { name: 'on_hold left from ready is judged as ready', order: noTracking('on_hold') + history('from: ready, to: on_hold') },
    { name: 'cancelled from received', order: without(fullOrder('cancelled'), '+86 574') + history('from: received, to: cancelled, reason: 客户撤单') },
    { name: 'on_hold with no history to say where from', order: without(fullOrder('on_hold'), '+86 574') },
  ],
  invalid: [
    {
      name: 'shipped without a tracking number: an item of ready',
      order: noTracking('shipped'),
      errors: [{ ...AT_STATUS, message: 'status is `shipped`, but 1 item(s) of the earlier stage `ready` (ready to ship) are not met: each shipment has shipped date, carrier, tracking number and ETA (shipment 1 has no `tracking`)', zh: '第 1 批发货没有 `tracking`' }],
    },
    {
      name: 'confirmed without the customer phone',
      order: without(fullOrder('confirmed'), '+86 574'),
      errors: [{ ...AT_STATUS, message: 'status is `confirmed`, but 1 item(s) of the earlier stage `received` (received) are not met: customer phone (`customer.phone` is not filled in)', zh: '客户电话' }],
    },
    {
      name: 'the first incomplete state is named, with up to three items',
      order: without(fullOrder('closed'), 'contact:', '+86 574', 'requested', 'balance:'),
      errors: [{ ...AT_STATUS, message: 'status is `closed`, but 4 item(s) of the earlier stage `received` (received) are not met: customer contact person (`customer.contact` is not filled in); customer phone', zh: '另有 1 项' }],
    },
    {
      name: 'on_hold left from shipped is judged as shipped',
      order: noTracking('on_hold') + history('from: shipped, to: on_hold'),
      errors: [{ ...AT_STATUS, message: 'status is `on_hold`, but 1 item(s) of the earlier stage `ready`' }],
    },
    {
      name: 'cancelled after on_hold: judged by the state before the hold',
      order: without(fullOrder('cancelled'), '+86 574') + 'history:\n  - { at: "2026-11-25T10:00:00+08:00", from: confirmed, to: on_hold }\n  - { at: "2026-11-26T10:00:00+08:00", from: on_hold, to: cancelled, reason: 撤单 }\n',
      errors: [{ ...AT_STATUS, message: 'earlier stage `received`' }],
    },
    {
      name: 'a partial shipment does not ship everything',
      order: change(fullOrder('shipped'), { 'XK-210': XK200, [SHIPMENT]: '  - { shipped: 2026-11-20, carrier: 德邦, tracking: "A", eta: 2026-11-24, delivered: 2026-11-23, items: [{ model: XK-200, quantity: 6, unit: box }] }' }),
      errors: [{ ...AT_STATUS, message: 'every line fully shipped (still to ship: XK-200 40 pcs)', zh: '尚未发货：XK-200 40 件' }],
    },
    {
      name: 'closed but not fully paid',
      order: change(fullOrder('closed'), { 'amount: 700': '', 'balance: before_shipment': '  balance: on_delivery' }),
      errors: [{ ...AT_STATUS, message: 'of the earlier stage `followed_up` (followed up) are not met: fully paid (payments total CNY 300.00 of 1,000.00; 700.00 still to collect)' }],
    },
    {
      name: 'make lines need milestones with due dates',
      order: change(fullOrder('preparing'), { qc_passed: '    - { name: assembly, done: 2026-11-14 }' }),
      errors: [{ ...AT_STATUS, message: 'milestone(s) without a `due` date: assembly' }],
    },
    {
      name: 'a waived item of another transition does not excuse the rest',
      order: without(noTracking('shipped'), 'node: shipped') + history('from: ready, to: shipped, reason: 单号稍后补, waived: [shipments_recorded]'),
      errors: [{ ...AT_STATUS, message: 'customer told the goods have shipped' }],
    },
  ],
});
