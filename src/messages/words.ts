// The words a message to the customer uses, in zh and en: dates, amounts, units, goods,
// delivery methods and the name of the number a carrier gives. The customer reads these,
// so no internal id (`sea`, `pcs`, `production_started`) ever reaches the text.
import { money } from '../facts/money.js';
import type { Catalog } from '../model/catalog.js';
import type { Lang } from '../model/config.js';
import type { Method, Order } from '../model/order.js';
import { inModelUnit } from '../facts/quantity.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12月21日" / "21 Dec"; the year is added when it is not this year's. */
export function dateText(date: string, lang: Lang, today: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  if (lang === 'zh') return `${sameYear ? '' : `${y}年`}${m}月${d}日`;
  return `${d} ${MONTHS[m - 1]}${sameYear ? '' : ` ${y}`}`;
}

/** "64,250.00 元" for yuan in Chinese, else "USD 2,544.00". */
export function amountText(amount: number, currency: string, lang: Lang): string {
  if (lang === 'zh' && currency === 'CNY') return `${money(amount)} 元`;
  return `${currency} ${money(amount)}`;
}

const UNITS_ZH: Record<string, string> = {
  pcs: '件', pc: '件', piece: '件', set: '套', sets: '套', box: '箱', carton: '外箱', case: '箱', pail: '桶', drum: '桶', reel: '卷',
  roll: '卷', bag: '袋', pallet: '托', pair: '对', kg: '千克', g: '克', t: '吨', m: '米', cm: '厘米', mm: '毫米', m2: '平方米',
  m3: '立方米', l: '升', ml: '毫升',
};
const PLURAL_EN: Record<string, string> = {
  set: 'sets', box: 'boxes', carton: 'cartons', case: 'cases', pail: 'pails', drum: 'drums', reel: 'reels', roll: 'rolls', bag: 'bags',
  pallet: 'pallets', pair: 'pairs', piece: 'pieces',
};

/** A quantity with its unit in words: "4 箱", "4 boxes", "1 set", "400 l". */
export function quantityText(quantity: number, unit: string | undefined, lang: Lang): string {
  const n = String(Math.round(quantity * 1e6) / 1e6);
  if (unit === undefined) return n;
  if (lang === 'zh') return `${n} ${UNITS_ZH[unit] ?? unit}`;
  return `${n} ${quantity === 1 ? unit : (PLURAL_EN[unit] ?? unit)}`;
}

const CJK = /[\u3400-\u9fff]/;

/** The product as the customer knows it: the catalog's name in Chinese; in English the model, or a name without Chinese. */
export function productText(model: string, catalog: Catalog, lang: Lang): string {
  const name = catalog.products.get(model)?.name;
  if (name === undefined) return model;
  if (lang === 'zh') return name;
  return CJK.test(name) ? model : name;
}

export interface GoodsLine {
  model: string;
  quantity: number;
  unit?: string;
}

/** "减速机 XK-200 4 箱（40 件）、…" / "4 boxes of XK-200 (40 pcs), …": in the units the order used, converted in brackets. */
export function goodsText(lines: GoodsLine[], catalog: Catalog, lang: Lang): string {
  return lines
    .map((l) => {
      const product = catalog.products.get(l.model);
      const inBase = product && l.unit !== undefined && l.unit !== product.unit ? inModelUnit(catalog, l.model, l.quantity, l.unit) : undefined;
      const base = inBase === undefined ? '' : quantityText(inBase, product!.unit, lang);
      const qty = quantityText(l.quantity, l.unit ?? product?.unit, lang);
      const name = productText(l.model, catalog, lang);
      return lang === 'zh' ? `${name} ${qty}${base ? `（${base}）` : ''}` : `${qty} of ${name}${base ? ` (${base})` : ''}`;
    })
    .join(lang === 'zh' ? '、' : ', ');
}

/** The order's lines as goods lines. */
export function orderGoods(order: Order): GoodsLine[] {
  return (order.lines ?? []).flatMap((l) => (l.model === undefined || l.quantity === undefined ? [] : [{ model: l.model, quantity: l.quantity, unit: l.unit }]));
}

const METHODS: Record<Method, { zh: string; en: string }> = {
  express: { zh: '快递', en: 'express' },
  truck: { zh: '汽运', en: 'road freight' },
  sea: { zh: '海运', en: 'sea freight' },
  air: { zh: '空运', en: 'air freight' },
  pickup: { zh: '客户自提', en: 'collection by you' },
};

export function methodText(method: Method, lang: Lang): string {
  return METHODS[method][lang];
}

/** The number a carrier gives: 运单号 for express and truck, 提单号 for sea, 航空运单号 for air. */
export function trackingLabel(method: Method | undefined, lang: Lang): string {
  if (method === 'sea') return lang === 'zh' ? '提单号' : 'B/L no.';
  if (method === 'air') return lang === 'zh' ? '航空运单号' : 'air waybill no.';
  return lang === 'zh' ? '运单号' : 'waybill no.';
}

export function depositLabel(kind: 'deposit' | 'advance' | undefined, lang: Lang): string {
  if (kind === 'deposit') return lang === 'zh' ? '定金' : 'deposit';
  return lang === 'zh' ? '预付款' : 'advance payment';
}

const ISSUES: Record<string, { zh: string; en: string }> = {
  logistics_delay: { zh: '货物在运输途中出现延误', en: 'the shipment has been delayed in transit' },
  damage: { zh: '货物在运输中出现破损', en: 'part of the goods was damaged in transit' },
  loss: { zh: '货物在运输中出现丢失', en: 'part of the goods was lost in transit' },
};

export function issueText(kind: string, lang: Lang): string {
  return ISSUES[kind]?.[lang] ?? (lang === 'zh' ? '出现了问题' : 'a problem has come up');
}

/** "第 2 批" / "second" … for the batch line of a partial shipment. */
export function batchText(n: number, lang: Lang): string {
  if (lang === 'zh') return `第 ${n} 批`;
  const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
  return words[n - 1] ?? `no. ${n}`;
}
