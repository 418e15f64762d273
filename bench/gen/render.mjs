// An order as YAML text in the house style of the SPEC: block mappings at the top, flow
// mappings for log-like lists, dates unquoted (or quoted, for tools that read YAML 1.1).

const money = (cents) => (cents / 100).toFixed(2);

/** A plain scalar when YAML reads it back as the same string, else double-quoted. */
function str(s, flow = false) {
  const risky = /^[\s\-?:,[\]{}#&*!|>'"%@`]|: | #|\s$|^(true|false|null|~|yes|no|on|off)$/i.test(s) || /^[-+\d. ]+$/.test(s);
  if (risky || (flow && /[,[\]{}]/.test(s))) return JSON.stringify(s);
  return s;
}

function flowMap(entries, date) {
  const parts = [];
  for (const [k, v, kind] of entries) {
    if (v === undefined) continue;
    parts.push(`${k}: ${kind === 'date' ? date(v) : kind === 'raw' ? v : str(String(v), true)}`);
  }
  return `{ ${parts.join(', ')} }`;
}

export function renderOrder(o, { quoteDates = false } = {}) {
  const date = (v) => (quoteDates ? `"${v}"` : v);
  const out = ['# yaml-language-server: $schema=../schemas/order.schema.json'];
  const put = (indent, key, value, kind) => {
    if (value === undefined) return;
    out.push(`${' '.repeat(indent)}${key}: ${kind === 'date' ? date(value) : kind === 'raw' ? value : str(String(value))}`);
  };
  put(0, 'id', o.id);
  put(0, 'status', o.status);
  out.push('customer:');
  for (const k of ['name', 'contact', 'phone', 'email', 'address']) put(2, k, o.customer[k]);
  put(0, 'sales', o.sales);
  put(0, 'ordered', o.ordered, 'date');
  put(0, 'currency', 'CNY');
  if (o.note) out.push('note: |', ...o.note.map((l) => `  ${l}`));
  out.push('payment:');
  put(2, 'deposit_percent', o.payment.deposit_percent, 'raw');
  put(2, 'balance', o.payment.balance);
  put(2, 'balance_days', o.payment.balance_days, 'raw');
  out.push('lines:');
  for (const l of o.lines) {
    out.push(`  - model: ${str(l.model)}`);
    put(4, 'quantity', l.quantity, 'raw');
    put(4, 'unit', l.unit);
    put(4, 'unit_price', money(l.cents), 'raw');
    put(4, 'note', l.note);
  }
  out.push('delivery:');
  put(2, 'requested', o.delivery.requested, 'date');
  put(2, 'promised', o.delivery.promised, 'date');
  put(2, 'method', o.delivery.method);
  put(2, 'address', o.delivery.address);
  put(2, 'recipient', o.delivery.recipient);
  put(2, 'phone', o.delivery.phone);
  if (o.delivery.special) out.push(`  special: [${o.delivery.special.join(', ')}]`);
  out.push('quality:');
  put(2, 'standard', o.quality.standard);
  put(2, 'note', o.quality.note);
  if (o.confirmation) {
    out.push('confirmation:');
    put(2, 'date', o.confirmation.date, 'date');
    put(2, 'channel', o.confirmation.channel);
    out.push(`  terms: [${o.confirmation.terms.join(', ')}]`);
  }
  if (o.production) {
    out.push('production:');
    put(2, 'handoff', o.production.handoff, 'date');
    if (o.production.milestones) {
      out.push('  milestones:');
      for (const m of o.production.milestones) out.push(`    - ${flowMap([['name', m.name], ['due', m.due, 'date'], ['done', m.done, 'date']], date)}`);
    }
  }
  if (o.stock) {
    out.push('stock:');
    put(2, 'checked', o.stock.checked, 'date');
    put(2, 'quality_ok', 'true', 'raw');
  }
  if (o.shipments.length) out.push('shipments:');
  for (const s of o.shipments) {
    out.push(`  - shipped: ${date(s.shipped)}`);
    put(4, 'carrier', s.carrier);
    put(4, 'tracking', s.tracking && JSON.stringify(s.tracking), 'raw');
    put(4, 'eta', s.eta, 'date');
    put(4, 'delivered', s.delivered, 'date');
    if (s.items) {
      out.push('    items:');
      for (const it of s.items) out.push(`      - ${flowMap([['model', it.model], ['quantity', it.quantity, 'raw']], date)}`);
    }
  }
  if (o.contacts.length) out.push('contacts:');
  for (const c of o.contacts) out.push(`  - ${flowMap([['date', c.date, 'date'], ['node', c.node], ['channel', c.channel], ['note', c.note]], date)}`);
  if (o.issues.length) {
    out.push('issues:');
    for (const i of o.issues) {
      out.push(`  - opened: ${date(i.opened)}`);
      for (const k of ['kind', 'cause', 'owner', 'action']) put(4, k, i[k]);
      put(4, 'resolved', i.resolved, 'date');
    }
  }
  if (o.follow_up) {
    out.push('follow_up:');
    put(2, 'due', o.follow_up.due, 'date');
    put(2, 'done', o.follow_up.done, 'date');
    put(2, 'satisfaction', o.follow_up.satisfaction, 'raw');
    put(2, 'feedback', o.follow_up.feedback);
  }
  if (o.payments.length) out.push('payments:');
  for (const p of o.payments) out.push(`  - ${flowMap([['date', p.date, 'date'], ['amount', money(p.amount), 'raw'], ['note', p.note]], date)}`);
  if (o.documents.length) out.push('documents:');
  for (const d of o.documents) out.push(`  - ${flowMap([['kind', d.kind], ['ref', d.ref], ['date', d.date, 'date']], date)}`);
  if (Object.keys(o.checklist).length) out.push('checklist:');
  for (const [k, v] of Object.entries(o.checklist)) put(2, k, v, 'date');
  out.push('history:');
  for (const h of o.history) out.push(`  - ${flowMap([['at', JSON.stringify(h.at), 'raw'], ['from', h.from], ['to', h.to], ['note', h.note], ['reason', h.reason]], date)}`);
  return `${out.join('\n')}\n`;
}
