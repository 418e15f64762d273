// The timeline of open orders: one row per order from the day it was ordered to its date
// (promised, else requested), with its milestones, first shipment, ETA and delivery as
// ticks and a line for today. The part past its date is red when the order is late;
// the days left are amber when it is at risk. Long lists are grouped by customer.
import { addDays, diffDays } from '../../calendar/dates.js';
import { t } from '../../i18n/i18n.js';
import type { Lang } from '../../model/config.js';
import type { GanttBar } from '../../reports/board.js';
import { esc, track, type Segment } from './html.js';

/** From this many open orders on, the timeline is grouped by customer. */
const GROUP_FROM = 25;
/** How far the timeline reaches back and ahead of today, at most. */
const BACK = 120;
const AHEAD = 90;

interface Scale {
  from: string;
  days: number;
  x: (date: string) => number;
}

function scaleFor(bars: GanttBar[], today: string): Scale {
  let from = today;
  let to = addDays(today, 14);
  for (const b of bars) {
    for (const d of [b.ordered, b.due, b.eta, b.shipped, b.delivered, b.first_due, ...b.milestones.flatMap((m) => [m.due, m.done])]) {
      if (d === undefined) continue;
      if (d < from) from = d;
      if (d > to) to = d;
    }
  }
  if (diffDays(from, today) > BACK) from = addDays(today, -BACK);
  if (diffDays(today, to) > AHEAD) to = addDays(today, AHEAD);
  from = addDays(from, -2);
  to = addDays(to, 2);
  const days = diffDays(from, to);
  return { from, days, x: (date) => (diffDays(from, date) / days) * 1000 };
}

function segments(b: GanttBar, s: Scale, today: string): Segment[] {
  const start = s.x(b.ordered ?? today);
  const end = b.due ?? b.eta ?? today;
  const out: Segment[] = [{ from: start, to: s.x(end), cls: 'g-plan' }];
  // Work done so far: up to the delivery, else the first shipment, else today.
  const done = b.delivered ?? b.shipped;
  out.push({ from: start, to: s.x(done !== undefined && done < today ? done : today), cls: 'g-done' });
  if (b.late && b.due !== undefined) out.push({ from: s.x(b.due), to: s.x(today), cls: 'g-late' });
  if (b.risk && b.due !== undefined && b.due >= today) out.push({ from: s.x(today), to: s.x(b.due), cls: 'g-risk' });
  return out;
}

function ticks(b: GanttBar, s: Scale, today: string): { at: number; cls: string }[] {
  const out: { at: number; cls: string }[] = [];
  for (const m of b.milestones) {
    const d = m.done ?? m.due;
    if (d !== undefined) out.push({ at: s.x(d), cls: m.done !== undefined ? 'g-ms-done' : 'g-ms' });
  }
  if (b.shipped) out.push({ at: s.x(b.shipped), cls: 'g-ship' });
  if (b.eta && !b.delivered) out.push({ at: s.x(b.eta), cls: 'g-eta' });
  if (b.first_due) out.push({ at: s.x(b.first_due), cls: 'g-first' });
  if (b.due) out.push({ at: s.x(b.due), cls: 'g-due' });
  out.push({ at: s.x(today), cls: 'g-today' });
  return out;
}

/** What the row shows, in words, for screen readers and the tooltip. */
function summary(b: GanttBar, lang: Lang): string {
  const parts = [
    b.ordered ? t(lang, 'board/g/ordered', { date: b.ordered }) : '',
    ...b.milestones.map((m) => (m.done ? t(lang, 'board/g/ms-done', { name: m.name, date: m.done }) : m.due ? t(lang, 'board/g/ms-due', { name: m.name, date: m.due }) : '')),
    b.shipped ? t(lang, 'board/g/shipped', { date: b.shipped }) : '',
    b.eta && !b.delivered ? t(lang, 'board/g/eta', { date: b.eta }) : '',
    b.delivered ? t(lang, 'board/g/delivered', { date: b.delivered }) : '',
    b.first_due ? t(lang, 'board/g/first-due', { date: b.first_due }) : '',
    b.due ? t(lang, 'board/g/due', { date: b.due }) : t(lang, 'board/g/no-due'),
    b.late ? t(lang, 'board/g/late') : b.risk ? t(lang, 'board/g/risk') : '',
  ];
  return parts.filter(Boolean).join(t(lang, 'board/list-sep'));
}

function row(b: GanttBar, s: Scale, today: string, lang: Lang, withCustomer: boolean): string {
  const cls = ['g-row', b.late ? 'is-late' : b.risk ? 'is-risk' : ''].filter(Boolean).join(' ');
  const label = withCustomer ? `${esc(b.order)} <span class="g-cust">${esc(b.customer)}</span>` : esc(b.order);
  const due = b.due ? esc(b.due.slice(5)) : '—';
  const text = summary(b, lang);
  return `<li class="${cls}" data-bar data-order="${esc(b.order)}" title="${esc(text)}"><span class="g-id">${label}</span>${track(segments(b, s, today), ticks(b, s, today))}<span class="g-date">${due}</span><span class="sr">${esc(text)}</span></li>`;
}

/** Month starts along the top, placed in percent of the track. */
function axis(s: Scale, lang: Lang): string {
  const labels: string[] = [];
  let d = s.from.slice(0, 8) + '01';
  if (d < s.from) d = nextMonth(d);
  const end = addDays(s.from, s.days);
  while (d <= end) {
    const left = ((diffDays(s.from, d) / s.days) * 100).toFixed(2);
    const text = lang === 'zh' ? `${Number(d.slice(5, 7))}月` : d.slice(0, 7);
    labels.push(`<span style="left:${left}%">${text}</span>`);
    d = nextMonth(d);
  }
  return `<div class="g-axis" aria-hidden="true"><span class="g-id"></span><span class="g-months">${labels.join('')}</span><span class="g-date"></span></div>`;
}

function nextMonth(d: string): string {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

const byDue = (a: GanttBar, b: GanttBar) => (a.due ?? '9999') < (b.due ?? '9999') ? -1 : (a.due ?? '9999') > (b.due ?? '9999') ? 1 : a.order < b.order ? -1 : 1;

export function gantt(bars: GanttBar[], today: string, lang: Lang): string {
  if (bars.length === 0) return `<p>${esc(t(lang, 'board/g/empty'))}</p>`;
  const s = scaleFor(bars, today);
  const legend = `<p class="legend"><span class="k k-done"></span>${esc(t(lang, 'board/g/k-done'))} <span class="k k-plan"></span>${esc(t(lang, 'board/g/k-plan'))} <span class="k k-late"></span>${esc(t(lang, 'board/g/k-late'))} <span class="k k-risk"></span>${esc(t(lang, 'board/g/k-risk'))} <span class="k k-tick"></span>${esc(t(lang, 'board/g/k-tick'))} <span class="k k-today"></span>${esc(t(lang, 'board/g/k-today', { today }))}</p>`;
  if (bars.length < GROUP_FROM) {
    return `${legend}${axis(s, lang)}<ol class="gantt">${[...bars].sort(byDue).map((b) => row(b, s, today, lang, true)).join('\n')}</ol>`;
  }
  const groups = new Map<string, GanttBar[]>();
  for (const b of bars) groups.set(b.customer, [...(groups.get(b.customer) ?? []), b]);
  // Customers with late orders first, then at risk, then by name.
  const weight = (list: GanttBar[]) => (list.some((b) => b.late) ? 0 : list.some((b) => b.risk) ? 1 : 2);
  const names = [...groups.keys()].sort((a, b) => weight(groups.get(a)!) - weight(groups.get(b)!) || (a < b ? -1 : a > b ? 1 : 0));
  const parts = names.map((name) => {
    const list = groups.get(name)!.sort(byDue);
    return `<h3 class="g-group">${esc(name || '—')} <span class="muted">(${list.length})</span></h3><ol class="gantt">${list.map((b) => row(b, s, today, lang, false)).join('\n')}</ol>`;
  });
  return `${legend}${axis(s, lang)}${parts.join('\n')}`;
}
