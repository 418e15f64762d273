// `gendan show`: one order's summary, amounts, shipped and paid progress, open checklist
// items and its timeline from `history`.
import { Chalk } from 'chalk';
import type { Lang } from '../model/config.js';
import type { Msg } from '../model/problem.js';
import { t } from '../i18n/i18n.js';
import { padEnd, displayWidth } from '../util/width.js';
import { itemLine } from './checklist.js';
import type { OrderSummary } from '../workflow/summary.js';
import { stateName, statusLabel } from '../workflow/states.js';
import { joinList, vocabText } from '../i18n/vocab.js';
import { money } from '../facts/money.js';
import { fieldName } from '../workflow/record/change.js';

export interface ShowOptions {
  lang: Lang;
  color: boolean;
}

export function showText(s: OrderSummary, opts: ShowOptions): string {
  const { lang } = opts;
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const tr = (m: Msg | string, a?: Msg['args']) => t(lang, m, a);
  const rows: [string, string][] = [];
  const row = (key: string, value: string | undefined) => value && rows.push([tr(`show/${key}`), value]);
  const cur = s.currency;
  row('file', s.file);
  row('customer', [s.customer.name, s.customer.contact, s.customer.phone].filter(Boolean).join(' · '));
  row('sales', s.sales);
  row('ordered', s.ordered);
  if (s.due) row('due', tr(s.dueKind === 'promised' ? 'show/due-promised' : 'show/due-requested', { date: s.due, method: s.method ? vocabText('method', s.method, lang) : '—' }) + moved(s, tr));
  row('total', `${cur} ${money(s.total)}`);
  row('paid', tr('show/paid-value', { currency: cur, paid: money(s.paid), total: money(s.total), percent: s.total > 0 ? Math.floor((s.paid / s.total) * 100) : 0, outstanding: money(s.outstanding) }));
  if (s.depositDue > 0) row(s.depositKind, tr(s.depositPaid ? 'show/deposit-paid' : 'show/deposit-open', { due: money(s.depositDue) }));
  row('shipped', joinList(s.shipped.map((x) => `${x.model} ${x.shipped}/${x.ordered} ${x.unit_name ?? vocabText('unit', x.unit, lang)}`), lang));
  const width = Math.max(...rows.map(([k]) => displayWidth(k)));
  const name = `${statusLabel(s.status, (x) => tr(stateName(x)), lang)}${s.state && s.state !== s.status ? tr('checklist/judged-as', { state: statusLabel(s.state, (x) => tr(stateName(x)), lang) }) : ''}`;
  const out = [[c.bold(s.order), s.customer.name, name].filter(Boolean).join(' · '), ...rows.map(([k, v]) => `${c.dim(padEnd(k, width))}  ${v}`)];
  out.push('', c.bold(tr('show/lines')));
  const mw = Math.max(0, ...s.lines.map((l) => displayWidth(l.model)));
  for (const l of s.lines) out.push(`  ${padEnd(l.model, mw)}  ${l.shown ? tr(l.shown) : `${l.quantity} ${l.unit_name ?? vocabText('unit', l.unit, lang)}`}${l.unit_price !== undefined ? ` × ${money(l.unit_price)} = ${money(l.amount)}` : ''}`);
  if (s.state && s.items.length > 0) {
    out.push('', c.bold(tr('show/checklist', { state: s.state, name: stateName(s.state), open: s.open.length, total: s.items.length })));
    out.push(...s.items.map((r) => itemLine(r, opts)));
  }
  out.push('', c.bold(tr('show/timeline')));
  const events: { at: string; text: string }[] = [];
  if (s.ordered) events.push({ at: s.ordered, text: tr('show/ordered-event') });
  for (const h of s.history) {
    const named = (x: string | undefined, none: string) => (x === undefined ? none : lang === 'zh' ? vocabText('state', x, lang) : x);
    const move = `${named(h.from, '—')} → ${named(h.to, '?')}`;
    const extra = [h.note, h.reason && tr('show/reason', { reason: h.reason }), h.waived?.length ? tr('show/waived', { items: joinList(h.waived.map((w) => tr(`item/${w}`)), lang) }) : undefined].filter(Boolean);
    events.push({ at: h.at ?? '', text: `${move}${extra.length ? `  ${c.dim(extra.join(' · '))}` : ''}` });
  }
  for (const ch of s.changes) {
    const extra = [ch.reason && tr('show/reason', { reason: ch.reason }), ch.channel && tr(`record/channel/${ch.channel}`), ch.note].filter(Boolean);
    const what = tr('change/timeline', { field: fieldName(ch.field ?? '?', s.lines.map((l) => l.model)), from: ch.from ?? '—', to: ch.to ?? '—' });
    events.push({ at: ch.date ?? '', text: `${what}${extra.length ? `  ${c.dim(extra.join(' · '))}` : ''}` });
  }
  // Stable: events of one day keep the order they were written in.
  events.sort((a, b) => (a.at.slice(0, 10) < b.at.slice(0, 10) ? -1 : a.at.slice(0, 10) > b.at.slice(0, 10) ? 1 : 0));
  for (const e of events) out.push(`  ${padEnd(e.at, 25)}  ${e.text}`);
  for (const shipment of s.tracking ?? []) {
    out.push('', c.bold(`${tr('show/tracking')} ${[shipment.carrier, shipment.tracking].filter(Boolean).join(' ')}`));
    for (const e of shipment.events) out.push(`  ${padEnd(e.at ?? '', 25)}  ${padEnd(e.status ? tr(`tracking/${e.status}`) : '?', 8)}  ${e.text ?? ''}`.trimEnd());
  }
  return `${out.join('\n')}\n`;
}

/** " · moved from 2026-12-05 (customer request)" when the promise in force is later than the first one. */
function moved(s: OrderSummary, tr: (m: string, a?: Msg['args']) => string): string {
  if (!s.movedFrom || s.dueKind !== 'promised') return '';
  const { date, reason } = s.movedFrom;
  return ` · ${tr(reason ? 'change/moved-from-reason' : 'change/moved-from', { date, reason: reason ?? '' })}`;
}

export function showJson(s: OrderSummary, lang: Lang): string {
  const items = s.items.map((r) => ({ id: r.id, met: r.met, label: t(lang, r.label), ...(r.missing ? { missing: t(lang, r.missing) } : {}) }));
  const { open: _open, ...rest } = s;
  const lines = s.lines.map(({ shown: _shown, ...l }) => l);
  return `${JSON.stringify({ ...rest, lines, items }, null, 2)}\n`;
}
