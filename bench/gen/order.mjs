// One realistic order, as data: its facts follow a timeline from the order date, and only
// the events that happened by "now" are kept, so every state's checklist before the
// order's status is met (SPEC §4) and every rule is satisfied.
import { fromDays, pad } from './random.mjs';

export const STATES = ['received', 'confirmed', 'preparing', 'ready', 'shipped', 'delivered', 'followed_up', 'closed'];
const WEIGHTS = { closed: 70, followed_up: 4, delivered: 4, shipped: 5, ready: 3, preparing: 6, confirmed: 4, received: 4, on_hold: 2, cancelled: 8 };
const TRANSIT = { express: 2, truck: 4, sea: 25, air: 3, pickup: 0 };
const PRICE = { XK: [11000, 16000], GB: [3500000, 6000000], YE3: [180000, 420000], BRG: [900, 4000], RC: [3000, 6000], LUB: [1800, 3200], CPL: [8000, 20000], SEAL: [150, 900] };
const CUSTOMERS = [
  ['宁波恒达机械有限公司', '王经理', '浙江省宁波市北仑区明州路 188 号', 'hengda'],
  ['沈阳北方冶金设备有限公司', '刘建国', '辽宁省沈阳市铁西区北二中路 58 号', 'bfyj'],
  ['天津滨海输送设备有限公司', '马国庆', '天津市滨海新区新北路 4668 号', 'bhconveyor'],
  ['Hanoi Steel Works JSC', 'Nguyen Van An', 'Lot 12, Que Vo Industrial Park, Bac Ninh', 'hsw'],
  ['苏州锦程自动化科技有限公司', '陈静', '江苏省苏州市工业园区星湖街 328 号', 'jincheng'],
  ['重庆渝发矿山机械厂', '周涛', '重庆市九龙坡区西彭镇工业园 9 号', 'yufa'],
];
const SALES = ['李娜', '张伟', '王磊', 'Amy Chen'];
const CARRIERS = ['德邦物流', '顺丰速运', '中远海运', '京东物流'];
const LINE_NOTES = ['配套输出轴', '客户指定颜色 RAL 5015', '含安装说明书（中英文）', '随货附合格证'];
const NOTES = ['客户要求木箱包装，唛头按附件', '电话确认收货时间，工作日 9:00–17:00', '客户询问能否提前两天发货，已答复按计划', '转告仓库：叉车卸货，月台高 1.2 米', '客户更换收货联系人，已更新', '发送质检报告扫描件'];

export function pickStatus(r) {
  const status = r.weighted(WEIGHTS);
  if (status === 'on_hold') return { status, reached: r.pick(STATES.slice(0, 6)) };
  if (status === 'cancelled') return { status, reached: r.pick(STATES.slice(0, 5)) };
  return { status, reached: status };
}

function lines(r, products) {
  const chosen = new Set();
  const count = r.int(1, 5);
  while (chosen.size < count) chosen.add(r.pick(products));
  return [...chosen].map((p) => {
    const family = p.model.split('-')[0];
    const altUnit = p.alt && r.chance(0.3) ? Object.keys(p.alt)[0] : undefined;
    const size = altUnit ? p.alt[altUnit] : (p.multiple ?? 1);
    const least = Math.ceil((p.moq ?? 1) / size);
    const [lo, hi] = PRICE[family];
    const cents = r.int(lo, hi) * (altUnit ? p.alt[altUnit] : 1);
    const note = r.chance(0.4) ? r.pick(LINE_NOTES) : undefined;
    return { model: p.model, quantity: r.int(least, least + 40) * (altUnit ? 1 : size), unit: altUnit ?? p.unit, cents, note, make: p.fulfilment === 'make', lead: p.lead };
  });
}

/** Days after the order date on which each event happens. */
function timeline(r, order, method, split) {
  const t = { conf: r.int(1, 2) };
  t.handoff = t.conf + r.int(1, 2);
  const lead = Math.max(...order.lines.map((l) => l.lead));
  t.ready = t.handoff + Math.round(lead * 1.4) + r.int(1, 3);
  t.shipped = [t.ready + r.int(1, 2)];
  if (split) t.shipped.push(t.shipped[0] + r.int(2, 5));
  t.delivered = t.shipped.map((s) => s + Math.max(0, TRANSIT[method] - r.int(0, 1)));
  t.lastShipped = t.shipped[t.shipped.length - 1];
  t.lastDelivered = Math.max(...t.delivered);
  t.followDone = t.lastDelivered + r.int(2, 7);
  t.start = { received: 0, confirmed: t.conf, preparing: t.handoff, ready: t.ready, shipped: t.lastShipped, delivered: t.lastDelivered, followed_up: t.followDone };
  return t;
}

export function buildOrder(r, { products, today, seq }) {
  const { status, reached } = pickStatus(r);
  const [name, contact, address, mail] = r.pick(CUSTOMERS);
  const method = r.weighted({ truck: 6, express: 2, sea: 1, air: 1, pickup: 1 });
  const o = { status, lines: lines(r, products) };
  const split = o.lines[0].quantity >= 2 && r.chance(0.25);
  const t = timeline(r, o, method, split);
  const balance = r.weighted({ before_shipment: 5, on_delivery: 2, days_after_delivery: 3 });
  const balanceDays = balance === 'days_after_delivery' ? r.pick([30, 45, 60]) : undefined;
  const total = o.lines.reduce((s, l) => s + l.quantity * l.cents, 0);
  const pct = r.pick([0, 20, 30, 30, 50]);
  const deposit = Math.ceil((total * pct) / 100);
  const balanceDay = balance === 'before_shipment' ? t.ready : balance === 'on_delivery' ? t.lastDelivered : t.lastDelivered + balanceDays;
  t.start.closed = Math.max(t.followDone, balanceDay) + r.int(1, 5);
  // "now", in days after the order date: somewhere inside the state reached.
  const next = STATES[STATES.indexOf(reached) + 1];
  const now = reached === 'closed' ? t.start.closed + r.int(30, 2300) : r.int(t.start[reached], Math.max(t.start[reached], t.start[next] - 1));
  const day0 = today - now;
  const d = (n) => fromDays(day0 + n);
  const has = (n) => n <= now;
  const year = d(0).slice(0, 4);

  o.id = `SO-${year}-${pad(seq, 6)}`;
  o.customer = { name, contact, phone: `+86 ${r.int(10, 99)} ${r.int(1000, 9999)} ${r.int(1000, 9999)}`, email: `${mail}${r.int(1, 9)}@${mail}.example`, address };
  o.sales = r.pick(SALES);
  o.ordered = d(0);
  if (r.chance(0.5)) o.note = [r.pick(NOTES), r.pick(LINE_NOTES), r.pick(NOTES)].slice(0, r.int(1, 3));
  o.payment = { deposit_percent: pct, balance, balance_days: balanceDays };
  const early = reached === 'received' || reached === 'confirmed';
  const promised = early ? 95 : t.ready + TRANSIT[method] + r.int(3, 20);
  o.delivery = { requested: d(promised - r.int(0, 5)), promised: d(promised), method };
  if (method !== 'pickup') Object.assign(o.delivery, { address: `${address} ${r.int(1, 9)} 号库`, recipient: contact });
  o.delivery.phone = `1${r.int(30, 89)} ${r.int(1000, 9999)} ${r.int(1000, 9999)}`;
  const special = method === 'pickup' ? ['self_pickup'] : r.chance(0.2) ? ['door_delivery'] : [];
  if (special.length) o.delivery.special = special;
  o.quality = { standard: r.pick(['GB/T 10095-2008', 'JB/T 8853-2015', 'GB/T 307.1-2017']), note: r.chance(0.5) ? '随货附出厂检验报告' : undefined };
  if (has(t.conf)) o.confirmation = { date: d(t.conf), channel: r.pick(['phone', 'email', 'wechat', 'meeting']), terms: ['delivery', 'payment', 'quality'] };
  const make = o.lines.some((l) => l.make);
  if (has(t.handoff)) {
    o.production = { handoff: d(t.handoff) };
    if (make) {
      const ms = [['materials_ready', t.handoff + 3], ['production_started', t.handoff + 5], ['qc_passed', t.ready - 1]];
      o.production.milestones = ms.map(([n, due]) => ({ name: n, due: d(due), done: has(due - 1) ? d(due - 1) : undefined }));
    }
    if (o.lines.some((l) => !l.make)) o.stock = { checked: d(t.handoff), quality_ok: true };
  }
  o.shipments = t.shipped.filter(has).map((s, i) => ({
    shipped: d(s),
    carrier: method === 'pickup' ? undefined : r.pick(CARRIERS),
    tracking: method === 'pickup' ? undefined : `SF${r.int(1000000, 9999999)}${r.int(100, 999)}`,
    eta: d(s + TRANSIT[method]),
    delivered: has(t.delivered[i]) ? d(t.delivered[i]) : undefined,
    items: split && i === 0 ? [{ model: o.lines[0].model, quantity: Math.floor(o.lines[0].quantity / 2) }] : undefined,
  }));
  const contacts = [[t.conf, 'confirmed', '交期、付款、质量条款逐条确认'], ...(make ? [[t.handoff + 5, 'production_started']] : []), [t.ready - 1, 'ship_date', '告知预计发货日期'], [t.shipped[0], 'shipped', '已发运单号'], [t.lastDelivered, 'delivered'], [t.followDone, 'follow_up']];
  for (let i = r.int(3, 10); i > 0; i--) contacts.push([r.int(t.conf, t.followDone), 'other', r.pick(NOTES)]);
  o.contacts = contacts.filter(([day]) => has(day)).sort((a, b) => a[0] - b[0]).map(([day, node, note]) => ({ date: d(day), node, channel: r.pick(['phone', 'wechat', 'email']), note }));
  o.issues = [];
  if (r.chance(0.3) && has(t.handoff + 2)) {
    const resolved = t.handoff + r.int(3, 6);
    const issue = { opened: d(t.handoff + 2), kind: 'material_shortage', cause: '轴承供应商延期', owner: '采购部', action: '改用备选供应商', resolved: has(resolved) && resolved < t.ready ? d(resolved) : undefined };
    if (!issue.resolved && STATES.indexOf(reached) > 2) issue.resolved = d(t.ready - 1);
    o.issues.push(issue);
  }
  // A transport delay: resolved once the goods arrive, open while they are on the way.
  if (r.chance(0.2) && has(t.shipped[0] + 1) && t.shipped[0] + 1 <= t.lastDelivered) {
    o.issues.push({ opened: d(t.shipped[0] + 1), kind: 'logistics_delay', cause: '高速封路，车辆绕行', owner: '物流部', action: '每日跟踪车辆位置', resolved: has(t.lastDelivered) ? d(t.lastDelivered) : undefined });
  }
  if (has(t.followDone)) o.follow_up = { due: d(t.lastDelivered + 7), done: d(t.followDone), satisfaction: r.int(3, 5), feedback: r.pick(['包装很好', '到货及时', '希望下次提前告知物流单号']) };
  const payments = [];
  if (pct > 0 && has(t.conf + 1)) payments.push({ date: d(t.conf + 1), amount: deposit, note: `${pct}% 定金` });
  if (has(balanceDay)) payments.push({ date: d(balanceDay), amount: total - (pct > 0 ? deposit : 0), note: '尾款' });
  o.payments = payments;
  const docs = [[t.conf, 'contract', `HT-${year}-${pad(seq, 6)}`], ...(make ? [[t.ready - 1, 'qc_report', `QC-${pad(seq, 6)}`]] : []), [t.shipped[0], 'packing_list', `PL-${pad(seq, 6)}`], [t.lastShipped, 'invoice', `${r.int(10000000, 99999999)}`], [t.lastDelivered, 'delivery_receipt', `签收单 ${d(t.lastDelivered)}`]];
  o.documents = docs.filter(([day]) => has(day)).map(([day, kind, ref]) => ({ kind, ref, date: d(day) }));
  o.checklist = {};
  if (has(t.conf)) o.checklist.special_requests_reviewed = d(t.conf);
  if (special.length && has(t.ready)) o.checklist.logistics_arranged = d(t.ready);
  const at = (day, i) => `${d(day)}T${pad(9 + (i % 9), 2)}:${pad(r.int(0, 59), 2)}:00+08:00`;
  o.history = [{ at: at(0, 0), to: 'received' }];
  for (let i = 1; i <= STATES.indexOf(reached); i++) o.history.push({ at: at(t.start[STATES[i]], i), from: STATES[i - 1], to: STATES[i] });
  if (status === 'on_hold') o.history.push({ at: at(now, 9), from: reached, to: 'on_hold', note: '客户要求暂缓' });
  if (status === 'cancelled') o.history.push({ at: at(now, 9), from: reached, to: 'cancelled', reason: '客户取消采购计划' });
  return o;
}
