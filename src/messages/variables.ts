// Every variable a message template may use, with what it holds and, for a fact the order
// may lack, how the clerk records it. A template naming anything else is refused (exit 2);
// a template printing a variable the order has no value for is refused too (exit 1),
// naming the fact and the command that records it. docs/messages.md lists the same table.
import type { Text } from '../model/text.js';

export interface Variable {
  /** What it holds, for docs and errors. */
  label: Text;
  /** How to record the fact when it is missing: text with `{order}`; absent for facts always known. */
  record?: Text;
  /** A yes/no flag, for `{{#name}}…{{/name}}` sections only. */
  flag?: boolean;
}

const edit = (key: string): Text => ({ en: `fill in \`${key}\` in the order file`, zh: `在订单文件中填写 \`${key}\`` });

export const VARIABLES: Record<string, Variable> = {
  order: { label: { en: 'our order number', zh: '我方订单号' } },
  po: { label: { en: "the customer's PO number", zh: '客户订单号' }, record: edit('customer_po') },
  ref: { label: { en: 'the order as the customer knows it: their PO number first, then ours', zh: '客户认得的订单称呼：先客户订单号，再我方订单号' } },
  customer: { label: { en: "the customer's company", zh: '客户公司名称' } },
  contact: { label: { en: "the customer's contact person", zh: '客户联系人' } },
  company: { label: { en: 'our company name', zh: '我方公司名称' }, record: { en: 'set `company:` in gendan.yaml', zh: '在 gendan.yaml 中设置 `company:`' } },
  sales: { label: { en: 'the salesperson', zh: '业务员' }, record: edit('sales') },
  goods: { label: { en: 'the goods ordered', zh: '所订货物' }, record: edit('lines') },
  total: { label: { en: 'the order total', zh: '订单金额' }, record: edit('lines[].unit_price') },
  currency: { label: { en: 'the currency', zh: '币种' } },
  due_date: { label: { en: 'the promised (else requested) date', zh: '承诺（否则为要求）交期' }, record: { en: '`gendan confirm {order} --channel … --promised DATE`', zh: '`gendan confirm {order} --channel … --promised 日期`' } },
  ship_terms: { label: { en: 'the date is a ship-by date (EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP)', zh: '交期为装运期（EXW、FCA、FAS、FOB、CFR、CIF、CPT、CIP）' }, flag: true },
  incoterm: { label: { en: 'the incoterm', zh: '贸易术语' }, record: edit('delivery.incoterm') },
  method: { label: { en: 'the delivery method in words', zh: '运输方式' }, record: edit('delivery.method') },
  pickup: { label: { en: 'the customer collects the goods', zh: '客户自提' }, flag: true },
  address: { label: { en: 'the delivery address', zh: '收货地址' }, record: edit('delivery.address') },
  recipient: { label: { en: 'the recipient', zh: '收货人' }, record: edit('delivery.recipient') },
  phone: { label: { en: "the recipient's phone", zh: '收货人电话' }, record: edit('delivery.phone') },
  deposit: { label: { en: 'the deposit or advance payment due', zh: '定金或预付款金额' }, record: edit('payment.deposit_percent') },
  deposit_percent: { label: { en: 'its percentage', zh: '其比例' }, record: edit('payment.deposit_percent') },
  deposit_label: { label: { en: '"deposit" or "advance payment", from payment.deposit_kind', zh: '“定金”或“预付款”，取决于 payment.deposit_kind' } },
  deposit_paid: { label: { en: 'the deposit or advance payment has been received', zh: '定金或预付款已收到' }, flag: true },
  started: { label: { en: 'the day production started', zh: '开始生产日期' }, record: { en: '`gendan done {order} production_started` (or `gendan handoff {order}`)', zh: '`gendan done {order} production_started`（或 `gendan handoff {order}`）' } },
  ship_date: { label: { en: 'the expected ship date', zh: '预计发货日期' }, record: { en: '`gendan plan {order} <milestone> --due DATE`', zh: '`gendan plan {order} <节点> --due 日期`' } },
  arrival: { label: { en: 'the expected arrival', zh: '预计到货日期' }, record: { en: '`gendan plan {order} <milestone> --due DATE`', zh: '`gendan plan {order} <节点> --due 日期`' } },
  shipped: { label: { en: 'the ship date of the shipment', zh: '发货日期' }, record: { en: '`gendan ship {order} --carrier … --tracking …`', zh: '`gendan ship {order} --carrier … --tracking …`' } },
  partial: { label: { en: 'the order ships in more than one batch', zh: '分批发货' }, flag: true },
  batch: { label: { en: 'which batch this is ("second" / "第 2 批")', zh: '第几批（“第 2 批”）' } },
  items: { label: { en: 'the goods in this shipment', zh: '本批货物' }, record: { en: '`gendan ship {order} --items MODEL=QTY`', zh: '`gendan ship {order} --items 型号=数量`' } },
  remaining: { label: { en: 'the goods still to ship', zh: '尚未发出的货物' } },
  carrier: { label: { en: 'the carrier', zh: '承运商' }, record: { en: '`gendan ship {order} --carrier …`', zh: '`gendan ship {order} --carrier …`' } },
  tracking: { label: { en: 'the tracking number', zh: '运单号' }, record: { en: '`gendan ship {order} --tracking …`', zh: '`gendan ship {order} --tracking …`' } },
  tracking_label: { label: { en: '"waybill no.", "B/L no." or "air waybill no.", by method', zh: '按运输方式为“运单号”“提单号”或“航空运单号”' } },
  eta: { label: { en: 'the estimated arrival of the shipment', zh: '预计到达日期' }, record: { en: '`gendan ship {order} --eta DATE`', zh: '`gendan ship {order} --eta 日期`' } },
  vessel: { label: { en: 'the vessel and voyage', zh: '船名航次' }, record: edit('shipments[].vessel') },
  delivered: { label: { en: 'the day the goods were signed for', zh: '签收日期' }, record: { en: '`gendan deliver {order}`', zh: '`gendan deliver {order}`' } },
  delay_what: {
    label: { en: 'what happened', zh: '发生了什么' },
    record: { en: '`gendan change {order} --promised DATE --reason …` or `gendan issue {order} --kind logistics_delay --cause …`', zh: '`gendan change {order} --promised 日期 --reason …` 或 `gendan issue {order} --kind logistics_delay --cause …`' },
  },
  old_date: { label: { en: 'the date before the change', zh: '变更前的日期' }, record: { en: '`gendan change {order} --promised DATE --reason …`', zh: '`gendan change {order} --promised 日期 --reason …`' } },
  new_date: { label: { en: 'the new date', zh: '新的日期' }, record: { en: '`gendan change {order} --promised DATE --reason …`', zh: '`gendan change {order} --promised 日期 --reason …`' } },
  delay_action: { label: { en: 'what is being done about it', zh: '正在采取的措施' }, record: { en: '`gendan issue {order} --kind … --cause … --action …`', zh: '`gendan issue {order} --kind … --cause … --action …`' } },
  balance: { label: { en: 'the balance still owed', zh: '尚欠余款' }, record: { en: 'nothing is owed: the order is paid (or has no prices)', zh: '没有欠款：订单已付清（或没有单价）' } },
  balance_due: { label: { en: 'when the balance is due', zh: '余款付款期限' }, record: edit('payment.balance') },
  paid: { label: { en: 'what has been paid so far', zh: '已付金额' } },
};

export const VARIABLE_NAMES = Object.keys(VARIABLES);
