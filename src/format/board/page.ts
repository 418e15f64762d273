// `gendan board`: the board data (reports/board.ts) as one self-contained HTML page —
// styles, pictures (inline SVG) and the small sorting script all inside, no external URL.
// Every number on it carries its value in a data-* attribute, so that tests can compare
// it with the JSON reports.
import { money } from '../../facts/money.js';
import { t } from '../../i18n/i18n.js';
import type { Lang } from '../../model/config.js';
import type { BoardData, OnTime } from '../../reports/board.js';
import type { ReportRow } from '../../reports/row.js';
import { BUCKETS } from '../../reports/receivables.js';
import { contactText, oldestText } from '../receivables.js';
import { rowText } from '../rows.js';
import { agingChart, monthChart, pipelineChart } from './charts.js';
import { gantt } from './gantt.js';
import { esc, pct, table, type Cell } from './html.js';
import { CSS, SCRIPT } from './style.js';

export interface BoardOptions {
  lang: Lang;
  company?: string;
}

type Tone = '' | 'bad' | 'warn';

function figure(name: string, label: string, value: string | number, shown: string, tone: Tone = '', small = '', extra = ''): string {
  return `<div class="fig${tone ? ` ${tone}` : ''}" data-figure="${name}" data-value="${esc(value)}"${extra}><dt>${esc(label)}</dt><dd>${esc(shown)}${small ? `<small>${esc(small)}</small>` : ''}</dd></div>`;
}

function rateFigure(name: string, label: string, o: OnTime, lang: Lang): string {
  const small = t(lang, 'board/fig/first-promise', { rate: pct(o.rate_original), n: o.judged });
  return figure(name, label, o.rate ?? '', pct(o.rate), o.rate !== null && o.rate < 0.8 ? 'warn' : '', small, ` data-original="${o.rate_original ?? ''}" data-judged="${o.judged}"`);
}

function headline(d: BoardData, lang: Lang): string {
  const h = d.headline;
  const figs = [
    figure('open', t(lang, 'board/fig/open'), h.open, String(h.open)),
    figure('late', t(lang, 'board/fig/late'), h.late, String(h.late), h.late > 0 ? 'bad' : '', t(lang, 'board/fig/overdue-items', { n: h.overdue_items }), ` data-items="${h.overdue_items}"`),
    figure('at-risk', t(lang, 'board/fig/at-risk'), h.at_risk, String(h.at_risk), h.at_risk > 0 ? 'warn' : ''),
    figure('due-7d', t(lang, 'board/fig/due-7d'), h.due_7d, String(h.due_7d)),
    rateFigure('on-time-30d', t(lang, 'board/fig/on-time-30d'), h.on_time_30d, lang),
    rateFigure('on-time-90d', t(lang, 'board/fig/on-time-90d'), h.on_time_90d, lang),
    rateFigure('on-time-all', t(lang, 'board/fig/on-time-all'), h.on_time_all, lang),
    ...d.receivables.totals.map((x) => {
      const overdue = x.outstanding - x.buckets.not_due;
      return figure(`receivables-${x.currency}`, t(lang, 'board/fig/receivables', { currency: x.currency }), x.outstanding, money(x.outstanding), overdue > 0 ? 'warn' : '', t(lang, 'board/fig/receivables-overdue', { amount: money(Math.round(overdue * 100) / 100) }), ` data-currency="${esc(x.currency)}"`);
    }),
  ];
  return `<dl class="figures">${figs.join('\n')}</dl>`;
}

function rowsTable(label: string, rows: ReportRow[], lang: Lang, atRisk: boolean): string {
  if (rows.length === 0) return `<p>${esc(t(lang, atRisk ? 'reports/empty/at-risk' : 'reports/empty/overdue'))}</p>`;
  const cols = [
    { label: t(lang, 'reports/col/order') },
    { label: t(lang, 'reports/col/customer') },
    { label: t(lang, 'reports/col/kind') },
    { label: t(lang, 'reports/col/what') },
    { label: t(lang, 'reports/col/due') },
    { label: t(lang, atRisk ? 'reports/col/days_left' : 'reports/col/days_late'), num: true },
    { label: t(lang, 'reports/col/action') },
  ];
  const body = rows.map((r): Cell[] => {
    const x = rowText(r, lang);
    const days = atRisk ? -r.days_late : r.days_late;
    return [r.order, r.customer, t(lang, `reports/kind/${r.kind}`), String(x.what), r.due, { html: String(days), sort: days, cls: atRisk ? '' : 'late' }, String(x.action)];
  });
  return table(label, cols, body, (i) => ` data-order="${esc(rows[i]!.order)}" data-kind="${rows[i]!.kind}" data-days="${rows[i]!.days_late}"`);
}

function rateCell(rate: number | null): Cell {
  if (rate === null) return { html: '—', sort: '' };
  const w = Math.round(rate * 100);
  return { html: `<svg class="rate" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="c-bg" width="100" height="8"/><rect class="${rate < 0.8 ? 'c-low' : 'c-ok'}" width="${w}" height="8"/></svg>${pct(rate)}`, sort: rate };
}

function customersTable(d: BoardData, lang: Lang): string {
  const groups = d.stats.by_customer;
  if (groups.length === 0) return `<p>${esc(t(lang, 'board/no-deliveries'))}</p>`;
  const col = (k: string, num = true) => ({ label: t(lang, `reports/col/${k}`), num });
  const cols = [col('customer', false), col('delivered'), col('on_time'), col('late'), col('on_time_rate'), col('average_days_late')];
  const body = groups.map((g): Cell[] => [g.key, g.delivered, g.on_time, g.late, rateCell(g.on_time_rate), g.average_days_late === null ? { html: '—', sort: '' } : g.average_days_late.toFixed(1)]);
  return table(t(lang, 'board/h/by-customer'), cols, body, (i) => ` data-customer="${esc(groups[i]!.key)}" data-rate="${groups[i]!.on_time_rate ?? ''}" data-delivered="${groups[i]!.delivered}"`);
}

function receivablesTable(d: BoardData, lang: Lang): string {
  const rows = d.receivables.rows;
  if (rows.length === 0) return `<p>${esc(t(lang, 'receivables/empty'))}</p>`;
  const cols = [
    { label: t(lang, 'receivables/col/customer') },
    { label: t(lang, 'receivables/col/currency') },
    { label: t(lang, 'receivables/col/outstanding'), num: true },
    ...BUCKETS.map((b) => ({ label: t(lang, `receivables/col/${b}`), num: true })),
    { label: t(lang, 'receivables/col/oldest') },
    { label: t(lang, 'receivables/col/contact') },
  ];
  const amount = (n: number): Cell => ({ html: n === 0 ? '' : esc(money(n)), sort: n });
  const body = rows.map((r): Cell[] => [r.customer, r.currency, amount(r.outstanding), ...BUCKETS.map((b) => amount(r.buckets[b])), oldestText(r.oldest, lang), contactText(r)]);
  return table(t(lang, 'board/h/receivables'), cols, body, (i) => ` data-customer="${esc(rows[i]!.customer)}" data-currency="${esc(rows[i]!.currency)}" data-outstanding="${rows[i]!.outstanding}"`);
}

function section(id: string, title: string, body: string, note = ''): string {
  return `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(title)}</h2>${note ? `<p class="muted">${esc(note)}</p>` : ''}${body}</section>`;
}

export function boardHtml(d: BoardData, { lang, company }: BoardOptions): string {
  const title = t(lang, 'board/title', { today: d.today });
  const sections = [
    section('pipeline', t(lang, 'board/h/pipeline'), pipelineChart(d.pipeline, d.closed, d.cancelled, lang)),
    section('timeline', t(lang, 'board/h/timeline', { n: d.gantt.length }), gantt(d.gantt, d.today, lang)),
    section('overdue', t(lang, 'board/h/overdue', { n: d.overdue.length }), rowsTable(t(lang, 'board/h/overdue', { n: d.overdue.length }), d.overdue, lang, false)),
    section('at-risk', t(lang, 'board/h/at-risk', { n: d.atRisk.length }), rowsTable(t(lang, 'board/h/at-risk', { n: d.atRisk.length }), d.atRisk, lang, true)),
    section('on-time', t(lang, 'board/h/on-time'), `${monthChart(d.months, lang)}<h3>${esc(t(lang, 'board/h/by-customer'))}</h3>${customersTable(d, lang)}`, t(lang, 'board/on-time-note')),
    section('receivables', t(lang, 'board/h/receivables'), `${agingChart(d.receivables.totals, lang)}${receivablesTable(d, lang)}`, t(lang, 'board/receivables-note')),
  ];
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="gendan">
<title>${esc(company ? `${company} · ${title}` : title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${esc(company ? `${company} · ${title}` : title)}</h1><p class="muted">${esc(t(lang, 'board/subtitle', { orders: d.orders, today: d.today }))}</p></header>
<main>
<section id="headline" aria-label="${esc(t(lang, 'board/h/headline'))}">${headline(d, lang)}</section>
${sections.join('\n')}
</main>
<footer>${esc(t(lang, 'board/footer'))}</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
