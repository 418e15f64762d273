// The words other programs use for gendan's fixed values: units, delivery methods,
// currencies, payment terms; and the carrier's words for a tracking status. The mapping's
// `values:` is asked first; these are the fallback.
import type { TrackingStatus } from '../model/order.js';

const table = (entries: Record<string, string[]>) => {
  const out = new Map<string, string>();
  for (const [value, words] of Object.entries(entries)) for (const w of [value, ...words]) out.set(w.toLowerCase(), value);
  return out;
};

export const UNIT_WORDS = table({
  pcs: ['件', '个', '只', '支', '根', '块', '片', '台', 'pc', 'piece', 'pieces', 'ea', 'each'],
  set: ['套', 'sets'],
  box: ['箱', '盒', 'boxes', 'carton', 'ctn'],
  pair: ['对', '双', 'pairs'],
  kg: ['千克', '公斤', 'kgs'],
  g: ['克'],
  t: ['吨', 'ton', 'tons'],
  m: ['米'],
  l: ['升'],
});

export const METHOD_WORDS = table({
  truck: ['汽运', '公路', '陆运', '卡车', '货车', '物流', '专线', '零担', '整车', 'road'],
  express: ['快递', '快运', 'courier'],
  sea: ['海运', '船运', 'ocean'],
  air: ['空运', '航空'],
  pickup: ['自提', '客户自提', '自取', 'self pickup', 'self-pickup'],
});

export const CURRENCY_WORDS = table({
  CNY: ['人民币', 'rmb', '元', '¥', '￥'],
  USD: ['美元', '美金', 'us$', '$'],
  EUR: ['欧元', '€'],
  JPY: ['日元'],
  HKD: ['港币', '港元'],
  GBP: ['英镑'],
});

export const BALANCE_WORDS = table({
  before_shipment: ['款到发货', '发货前付清', '先款后货', '全款发货'],
  on_delivery: ['货到付款', '到货付款', '货到付清', 'cod'],
  days_after_delivery: ['月结', '账期', '到货后付款'],
});

/** Built-in value words for a key path. */
export const VALUE_WORDS: Record<string, Map<string, string>> = {
  'lines.unit': UNIT_WORDS,
  'delivery.method': METHOD_WORDS,
  currency: CURRENCY_WORDS,
  'payment.balance': BALANCE_WORDS,
};

export const TRACKING_STATUSES: TrackingStatus[] = ['picked_up', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'returned'];

// Looked for in this order (as strings: the bundle is ASCII, and only strings are escaped): a return that was signed for is a return, a failed delivery
// attempt is an exception, "派送中" is not yet "已签收".
const STATUS_WORDS: [TrackingStatus, RegExp][] = [
  ['returned', new RegExp('退回|退件|退签|已退|返回寄件|returned|return to sender|return to shipper', 'i')],
  ['exception', new RegExp('疑难|异常|问题件|拒收|滞留|超时|失败|无法派送|破损|丢失|exception|failed|undeliverable|delay|held|damaged|lost', 'i')],
  ['delivered', new RegExp('已签收|签收|妥投|已送达|代收|已取件|delivered|signed', 'i')],
  ['out_for_delivery', new RegExp('派送中|派件中|正在派送|待派送|派送|派件|out for delivery|on delivery', 'i')],
  ['picked_up', new RegExp('已揽收|揽收|揽件|已收件|收件|已取货|picked up|collected|accepted|shipment picked', 'i')],
  ['in_transit', new RegExp('运输中|在途|中转|转运|到达|离开|发往|已发出|发出|运送中|in transit|transit|departed|arrived|processing', 'i')],
];

/** The status a carrier's word (or description) means, if any. */
export function trackingStatus(word: string): TrackingStatus | undefined {
  const s = word.normalize('NFKC').trim();
  if (s === '') return undefined;
  const exact = s.toLowerCase().replace(/[\s-]+/g, '_');
  if ((TRACKING_STATUSES as string[]).includes(exact)) return exact as TrackingStatus;
  for (const [status, re] of STATUS_WORDS) if (re.test(s)) return status;
  return undefined;
}
