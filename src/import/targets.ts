// What a column can become: the key paths of an imported order or tracking event, and the
// header words (Chinese and English) that usually name them in an ERP's or a carrier's
// export. `gendan import map` guesses with these; the mapping file corrects the guess.
export type Kind = 'orders' | 'tracking';

export type ValueType = 'text' | 'date' | 'number' | 'timestamp';

export interface Target {
  path: string;
  type: ValueType;
  /** Header words, compared after normalising (no spaces, lower case). */
  words: string[];
}

const t = (path: string, type: ValueType, words: string[]): Target => ({ path, type, words });

export const ORDER_TARGETS: Target[] = [
  t('id', 'text', ['订单号', '订单编号', '销售订单号', '销售单号', '单号', '单据编号', '单据号', 'order no', 'order no.', 'order number', 'order id', 'so no', 'so number', 'order']),
  t('customer_po', 'text', ['客户订单号', '客户po', '客户采购单号', '采购订单号', 'po号', 'po', 'customer po', 'po number']),
  t('customer.name', 'text', ['客户', '客户名称', '客户全称', '购货单位', '购买方', 'customer', 'customer name', 'client']),
  t('customer.contact', 'text', ['联系人', '客户联系人', 'contact', 'contact person']),
  t('customer.phone', 'text', ['电话', '联系电话', '客户电话', '手机', '手机号', 'phone', 'tel', 'telephone', 'mobile']),
  t('customer.email', 'text', ['邮箱', '电子邮件', '电子邮箱', 'email', 'e-mail']),
  t('customer.address', 'text', ['客户地址', 'customer address']),
  t('sales', 'text', ['业务员', '销售员', '业务', '销售', '跟单员', 'salesperson', 'sales', 'sales rep']),
  t('ordered', 'date', ['下单日期', '订单日期', '单据日期', '接单日期', '日期', 'order date', 'ordered', 'date']),
  t('currency', 'text', ['币种', '币别', '货币', 'currency']),
  t('note', 'text', ['备注', '订单备注', 'note', 'notes', 'remark', 'remarks']),
  t('payment.deposit_percent', 'number', ['定金比例', '预付比例', '预付款比例', 'deposit %', 'deposit percent']),
  t('payment.balance', 'text', ['付款方式', '结算方式', '付款条件', 'payment terms', 'balance']),
  t('payment.balance_days', 'number', ['账期', '账期天数', 'payment days', 'balance days']),
  t('lines.model', 'text', ['型号', '规格型号', '产品型号', '物料编码', '存货编码', '产品编码', '货号', '规格', 'model', 'item', 'item no', 'sku', 'part no', 'part number']),
  t('lines.quantity', 'number', ['数量', '订货数量', '订单数量', '销售数量', 'qty', 'quantity']),
  t('lines.unit', 'text', ['单位', '计量单位', '主单位', 'unit', 'uom']),
  t('lines.unit_price', 'number', ['单价', '含税单价', '销售单价', '价格', 'unit price', 'price']),
  t('lines.note', 'text', ['明细备注', '行备注', 'line note']),
  t('delivery.requested', 'date', ['交期', '交货日期', '要求交期', '要求交货日期', '客户交期', '需求日期', '到货日期', 'delivery date', 'requested', 'requested date', 'due date']),
  t('delivery.promised', 'date', ['承诺交期', '承诺日期', '承诺交货日期', '确认交期', '回复交期', '预计交期', 'promised', 'promised date']),
  t('delivery.method', 'text', ['运输方式', '发运方式', '配送方式', '送货方式', '发货方式', 'shipping method', 'ship via', 'method']),
  t('delivery.incoterm', 'text', ['贸易条款', '贸易术语', '价格条款', 'incoterm', 'incoterms']),
  t('delivery.carrier', 'text', ['承运商', '物流公司', '指定物流', 'carrier']),
  t('delivery.address', 'text', ['地址', '收货地址', '送货地址', '交货地点', '交货地址', 'address', 'delivery address', 'ship to']),
  t('delivery.recipient', 'text', ['收货人', '收件人', 'recipient', 'consignee']),
  t('delivery.phone', 'text', ['收货电话', '收货人电话', '收件人电话', 'recipient phone']),
  t('quality.standard', 'text', ['质量标准', '执行标准', 'quality standard', 'standard']),
];

export const TRACKING_TARGETS: Target[] = [
  t('tracking', 'text', ['运单号', '快递单号', '物流单号', '运单编号', '快递单号码', '单号', '运单号码', 'tracking', 'tracking no', 'tracking no.', 'tracking number', 'waybill', 'waybill no', 'awb']),
  t('status', 'text', ['状态', '物流状态', '快递状态', '当前状态', '运单状态', '签收状态', 'status']),
  t('at', 'timestamp', ['最新时间', '更新时间', '最后更新时间', '最新更新时间', '轨迹时间', '时间', '物流时间', 'time', 'updated', 'last update', 'date']),
  t('text', 'text', ['最新描述', '物流信息', '最新物流', '最新物流信息', '物流详情', '最新轨迹', '轨迹', '描述', '详情', 'details', 'description', 'latest', 'event']),
];

export const targetsOf = (kind: Kind): Target[] => (kind === 'orders' ? ORDER_TARGETS : TRACKING_TARGETS);

/** A header as compared: full-width folded, no spaces, no `*` required-marks, lower case. */
export function normHeader(s: string): string {
  return s.normalize('NFKC').replace(/[\s*\uFF0A:\uFF1A]/g, '').toLowerCase();
}

const byWord = new Map<Kind, Map<string, string>>();

/** The key path a header usually names, if any. */
export function guessTarget(kind: Kind, header: string): string | undefined {
  let words = byWord.get(kind);
  if (!words) {
    words = new Map();
    for (const target of targetsOf(kind)) for (const w of target.words) if (!words.has(normHeader(w))) words.set(normHeader(w), target.path);
    byWord.set(kind, words);
  }
  return words.get(normHeader(header));
}
