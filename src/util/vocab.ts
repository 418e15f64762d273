// The fixed words of the file format — states, contact nodes, channels, delivery methods,
// document and issue kinds, confirmed terms — with the names a clerk says and types.
// Files, JSON and CSV keep the ids; prose shows the name in the reader's language; the
// command line takes either (plus a few common synonyms), and suggests across both.
import type { Lang } from '../model/config.js';
import type { Msg } from '../model/problem.js';
import { nearest } from './nearest.js';
import type { Messages } from '../model/text.js';

export type VocabKind = 'state' | 'node' | 'channel' | 'method' | 'document' | 'issue' | 'term' | 'milestone' | 'unit' | 'quality';

interface Word {
  en: string;
  zh: string;
  /** Other names typed for it (either language). */
  also?: string[];
}

const STATES: Record<string, Word> = {
  received: { en: 'received', zh: '已接单', also: ['接单'] },
  confirmed: { en: 'confirmed', zh: '已确认', also: ['确认'] },
  preparing: { en: 'preparing', zh: '生产/备货中', also: ['生产中', '备货中', '生产', '备货', '生产/备货'] },
  ready: { en: 'ready', zh: '待发货', also: ['待发'] },
  shipped: { en: 'shipped', zh: '已发货', also: ['发货', '在途'] },
  delivered: { en: 'delivered', zh: '已签收', also: ['签收'] },
  followed_up: { en: 'followed_up', zh: '已回访', also: ['回访'] },
  closed: { en: 'closed', zh: '已完结', also: ['完结', '关闭', '已关闭'] },
  on_hold: { en: 'on_hold', zh: '暂停', also: ['暂停中', '挂起'] },
  cancelled: { en: 'cancelled', zh: '已取消', also: ['取消', '作废'] },
};

/** Names by kind; the key is the fixed id. `en` is what English prose shows. */
export const VOCAB: Record<VocabKind, Record<string, Word>> = {
  state: STATES,
  node: {
    confirmed: { en: 'confirmed', zh: '订单确认', also: ['确认', '已确认'] },
    production_started: { en: 'production_started', zh: '开始生产', also: ['开工', '投产', '生产'] },
    ship_date: { en: 'ship_date', zh: '告知发货日期', also: ['发货日期', '发货日'] },
    shipped: { en: 'shipped', zh: '发货', also: ['已发货', '发货通知'] },
    arriving: { en: 'arriving', zh: '即将到货', also: ['到货', '到货通知'] },
    delivered: { en: 'delivered', zh: '签收', also: ['已签收'] },
    follow_up: { en: 'follow_up', zh: '回访', also: ['客户回访'] },
    delay: { en: 'delay', zh: '延期', also: ['延误', '延期通知'] },
    payment: { en: 'payment', zh: '付款', also: ['催款', '收款', '付款提醒'] },
    other: { en: 'other', zh: '其他', also: ['其它'] },
  },
  channel: {
    phone: { en: 'phone', zh: '电话', also: ['打电话'] },
    email: { en: 'email', zh: '邮件', also: ['电子邮件', '邮箱', 'e-mail'] },
    wechat: { en: 'wechat', zh: '微信', also: ['weixin', 'WeChat'] },
    meeting: { en: 'meeting', zh: '会面', also: ['面谈', '会议', '当面', '拜访'] },
    fax: { en: 'fax', zh: '传真' },
    other: { en: 'other', zh: '其他', also: ['其它'] },
  },
  method: {
    express: { en: 'express', zh: '快递' },
    truck: { en: 'truck', zh: '汽运', also: ['卡车', '公路', '陆运', '物流'] },
    sea: { en: 'sea', zh: '海运', also: ['船运'] },
    air: { en: 'air', zh: '空运' },
    pickup: { en: 'pickup', zh: '自提', also: ['客户自提'] },
  },
  document: {
    contract: { en: 'contract', zh: '合同' },
    invoice: { en: 'invoice', zh: '发票' },
    delivery_receipt: { en: 'delivery_receipt', zh: '签收单', also: ['回单', '送货单回执'] },
    packing_list: { en: 'packing_list', zh: '装箱单' },
    qc_report: { en: 'qc_report', zh: '质检报告', also: ['检验报告'] },
    bill_of_lading: { en: 'bill_of_lading', zh: '提单' },
    customs_declaration: { en: 'customs_declaration', zh: '报关单' },
    certificate_of_origin: { en: 'certificate_of_origin', zh: '原产地证', also: ['产地证'] },
    other: { en: 'other', zh: '其他', also: ['其它'] },
  },
  issue: {
    production_delay: { en: 'production_delay', zh: '生产延误', also: ['生产延期'] },
    material_shortage: { en: 'material_shortage', zh: '缺料' },
    stock_shortage: { en: 'stock_shortage', zh: '缺货', also: ['库存不足'] },
    logistics_delay: { en: 'logistics_delay', zh: '物流延误', also: ['物流延期'] },
    damage: { en: 'damage', zh: '货损', also: ['破损'] },
    loss: { en: 'loss', zh: '丢件', also: ['丢失', '货物丢失'] },
    quality_defect: { en: 'quality_defect', zh: '质量问题', also: ['质量缺陷'] },
    other: { en: 'other', zh: '其他', also: ['其它'] },
  },
  term: {
    delivery: { en: 'delivery', zh: '交期' },
    payment: { en: 'payment', zh: '付款', also: ['付款方式', '付款条件'] },
    quality: { en: 'quality', zh: '质量', also: ['质量标准'] },
    other: { en: 'other', zh: '其他', also: ['其它'] },
  },
  // Display only: milestone names are free text, units come from the catalog.
  milestone: {
    materials_ready: { en: 'materials_ready', zh: '备料完成' },
    production_started: { en: 'production_started', zh: '开始生产' },
    qc_passed: { en: 'qc_passed', zh: '质检通过' },
    machining_done: { en: 'machining_done', zh: '机加工完成' },
    assembly_done: { en: 'assembly_done', zh: '装配完成' },
    packed: { en: 'packed', zh: '包装完成' },
  },
  unit: {
    pcs: { en: 'pcs', zh: '件' },
    set: { en: 'set', zh: '套' },
    box: { en: 'box', zh: '箱' },
    pair: { en: 'pair', zh: '双' },
    kg: { en: 'kg', zh: '千克' },
    g: { en: 'g', zh: '克' },
    t: { en: 't', zh: '吨' },
    m: { en: 'm', zh: '米' },
    cm: { en: 'cm', zh: '厘米' },
    mm: { en: 'mm', zh: '毫米' },
    m2: { en: 'm2', zh: '平方米' },
    m3: { en: 'm3', zh: '立方米' },
    l: { en: 'l', zh: '升' },
    ml: { en: 'ml', zh: '毫升' },
    carton: { en: 'carton', zh: '大箱' },
    pail: { en: 'pail', zh: '桶' },
    drum: { en: 'drum', zh: '大桶' },
    reel: { en: 'reel', zh: '卷' },
    bag: { en: 'bag', zh: '袋' },
    pallet: { en: 'pallet', zh: '托' },
  },
  // The result of a stock check (`gendan stock --quality`).
  quality: {
    ok: { en: 'ok', zh: '合格', also: ['正常', '良好'] },
    problem: { en: 'problem', zh: '有问题', also: ['不合格', '问题'] },
  },
};

/** What each kind is called in an error message. */
const KIND_NAMES: Record<VocabKind, Word> = {
  state: { en: 'state', zh: '状态' },
  node: { en: 'node', zh: '沟通节点' },
  channel: { en: 'channel', zh: '沟通方式' },
  method: { en: 'delivery method', zh: '运输方式' },
  document: { en: 'document kind', zh: '单据类型' },
  issue: { en: 'issue kind', zh: '问题类型' },
  term: { en: 'term', zh: '条款' },
  milestone: { en: 'milestone', zh: '节点' },
  unit: { en: 'unit', zh: '单位' },
  quality: { en: 'stock check result', zh: '库存核查结果' },
};

export function vocabIds(kind: VocabKind): string[] {
  return Object.keys(VOCAB[kind]);
}

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/** The id a typed name stands for: the id itself, its Chinese or English name, or a synonym. */
export function lookupName(kind: VocabKind, input: string): string | undefined {
  const want = norm(input);
  if (want === '') return undefined;
  for (const [id, w] of Object.entries(VOCAB[kind])) {
    if (norm(id) === want || norm(w.zh) === want || norm(w.en) === want || (w.also ?? []).some((a) => norm(a) === want)) return id;
  }
  return undefined;
}

/** The nearest name in either language to a word that matched nothing, in the form the reader would type. */
export function suggestName(kind: VocabKind, input: string, lang: Lang, extra: string[] = []): string | undefined {
  const names = new Map<string, string>();
  for (const [id, w] of Object.entries(VOCAB[kind])) {
    names.set(id, lang === 'zh' ? w.zh : id);
    names.set(w.zh, lang === 'zh' ? w.zh : id);
    for (const a of w.also ?? []) names.set(a, lang === 'zh' ? w.zh : id);
  }
  for (const e of extra) names.set(e, e);
  const hit = nearest(input.normalize('NFKC').trim(), names.keys());
  return hit === undefined ? undefined : names.get(hit);
}

/** A word as a message: its name in the reader's language. Unknown ids show as they are. */
export function vocabName(kind: VocabKind, id: string): Msg {
  return Object.hasOwn(VOCAB[kind], id) ? { id: `vocab/${kind}/${id}` } : { id: 'vocab/raw', args: { text: id } };
}

export function vocabText(kind: VocabKind, id: string, lang: Lang): string {
  const w = Object.hasOwn(VOCAB[kind], id) ? VOCAB[kind][id] : undefined;
  return w ? w[lang] : id;
}

/** A list the way each language writes one: `a, b` / `甲、乙`. */
export function joinList(items: string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

/** Every allowed name of a kind, for an error or a help text. */
export function allowedNames(kind: VocabKind, lang: Lang, extra: string[] = []): string {
  return joinList([...Object.keys(VOCAB[kind]).map((id) => vocabText(kind, id, lang)), ...extra], lang);
}

export function kindName(kind: VocabKind, lang: Lang): string {
  return KIND_NAMES[kind][lang];
}

/** The `vocab/` messages, by the rest of their ids. */
export function vocabMessages(): Messages {
  const out: Messages = {
    'raw': { en: '{text}', zh: '{text}' },
    'names': { en: '{en}', zh: '{zh}' },
    'money-cny': { en: '{amount} {currency}', zh: '¥{amount}' },
    'money': { en: '{amount} {currency}', zh: '{currency} {amount}' },
    'model-qty': { en: '{model} {q}', zh: '{model} {q}' },
    'qty-model': { en: '{q} {model}', zh: '{model} {q}' },
    'qty': { en: '{n} {unit}', zh: '{n} {unit}' },
    'qty-converted': { en: '{n} {unit} ({base} {baseUnit})', zh: '{n} {unit}（{base} {baseUnit}）' },
    'list2': { en: '{a}, {b}', zh: '{a}、{b}' },
    'quantity': { en: '{model} {n} {unit}', zh: '{model} {n} {unit}' },
  };
  for (const [kind, words] of Object.entries(VOCAB)) for (const [id, w] of Object.entries(words)) out[`${kind}/${id}`] = { en: w.en, zh: w.zh };
  for (const [kind, w] of Object.entries(KIND_NAMES)) out[`kind/${kind}`] = w;
  return out;
}

/** Items as one message, joined the way the reader's language joins a list. */
export function listMsg(items: (Msg | string)[]): Msg {
  if (items.length === 0) return { id: 'vocab/raw', args: { text: '' } };
  const last = items[items.length - 1]!;
  const one: Msg = typeof last === 'string' ? { id: 'vocab/raw', args: { text: last } } : last;
  return items.length === 1 ? one : { id: 'vocab/list2', args: { a: listMsg(items.slice(0, -1)), b: one } };
}

/** "XK-200 500 pcs" / "XK-200 500 件". */
export function quantityMsg(model: string, n: number | string, unit: string): Msg {
  return { id: 'vocab/quantity', args: { model, n, unit: unit === '' ? '' : vocabName('unit', unit) } };
}

/**
 * The allowed values of an option as one message: in Chinese the names a clerk types (电话、邮件…)
 * when every id is a word of one kind, else the ids as code; in English the ids.
 */
export function namesMsg(ids: readonly string[], kind?: VocabKind): Msg {
  const of = kind ?? (Object.keys(VOCAB) as VocabKind[]).find((k) => ids.length > 0 && ids.every((id) => Object.hasOwn(VOCAB[k], id)));
  const zh = of ? ids.map((id) => vocabText(of, id, 'zh')) : ids.map((id) => `\`${id}\``);
  return { id: 'vocab/names', args: { zh: joinList(zh, 'zh'), en: ids.join(', ') } };
}

/** An amount as each language writes it: `¥71,344.00` (other currencies `USD 1,627.00`) / `71,344.00 CNY`. */
export function moneyMsg(amount: Msg | string, currency: string): Msg {
  return { id: currency === 'CNY' ? 'vocab/money-cny' : 'vocab/money', args: { amount, currency } };
}
