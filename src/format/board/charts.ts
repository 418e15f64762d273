// The board's small charts, each a list of labelled bars (HTML text, SVG bar): the
// pipeline per state, on-time delivery by month, and receivables by age.
import { money } from '../../facts/money.js';
import { t } from '../../i18n/i18n.js';
import type { Lang } from '../../model/config.js';
import type { PipelineBar } from '../../reports/board.js';
import { BUCKETS, type ReceivablesTotal } from '../../reports/receivables.js';
import type { DeliveryGroup } from '../../reports/stats.js';
import { amountText, esc, track } from './html.js';

/** Orders per state, the bar's length by count; on-hold drawn apart below the line. */
export function pipelineChart(bars: PipelineBar[], closed: number, cancelled: number, lang: Lang): string {
  const max = Math.max(1, ...bars.map((b) => b.orders));
  const item = (b: PipelineBar) => {
    const amounts = b.amounts.map(amountText).join(' · ');
    return `<li class="bar-row${b.state === 'on_hold' ? ' apart' : ''}" data-state="${b.state}" data-orders="${b.orders}"><span class="bar-label">${esc(t(lang, `state/${b.state}`))}</span>${track([{ from: 0, to: (b.orders / max) * 1000, cls: b.state === 'on_hold' ? 'b-hold' : 'b-state' }])}<span class="bar-value"><strong>${b.orders}</strong>${amounts ? ` <span class="muted">${esc(amounts)}</span>` : ''}</span></li>`;
  };
  const note = `<p class="muted">${esc(t(lang, 'board/pipeline-note', { closed, cancelled }))}</p>`;
  return `<ol class="bars pipeline">${bars.map(item).join('\n')}</ol>${note}`;
}

/** On-time rate per month as columns (height = rate), the count of deliveries under each. */
export function monthChart(months: DeliveryGroup[], lang: Lang): string {
  const cols = months.map((m) => {
    const rate = m.on_time_rate;
    const h = rate === null ? 0 : Math.round(rate * 100);
    const label = lang === 'zh' ? `${Number(m.key.slice(5))}月` : m.key.slice(2);
    const svg = `<svg class="col" viewBox="0 0 10 100" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="c-bg" x="0" y="0" width="10" height="100"/>${rate === null ? '' : `<rect class="${rate < 0.8 ? 'c-low' : 'c-ok'}" x="0" y="${100 - h}" width="10" height="${h}"/>`}</svg>`;
    return `<li data-month="${m.key}" data-rate="${rate ?? ''}" data-delivered="${m.delivered}"><span class="c-rate">${rate === null ? '—' : `${h}%`}</span>${svg}<span class="c-month">${esc(label)}</span><span class="c-n muted">${m.delivered}</span></li>`;
  });
  return `<ol class="months" aria-label="${esc(t(lang, 'board/months-label'))}">${cols.join('')}</ol>`;
}

/** Per currency, one stacked bar of the receivables by age. */
export function agingChart(totals: ReceivablesTotal[], lang: Lang): string {
  if (totals.length === 0) return '';
  const rows = totals.map((x) => {
    let at = 0;
    const segs = BUCKETS.map((b) => {
      const from = at;
      at += x.outstanding === 0 ? 0 : (x.buckets[b] / x.outstanding) * 1000;
      return { from, to: at, cls: `a-${b}` };
    });
    const parts = BUCKETS.filter((b) => x.buckets[b] > 0).map((b) => `${t(lang, `board/bucket/${b}`)} ${money(x.buckets[b])}`);
    return `<li class="bar-row" data-currency="${esc(x.currency)}" data-outstanding="${x.outstanding}"><span class="bar-label">${esc(x.currency)} ${esc(money(x.outstanding))}</span>${track(segs)}<span class="bar-value muted">${esc(parts.join(' · '))}</span></li>`;
  });
  const legend = BUCKETS.map((b) => `<span class="k a-${b}"></span>${esc(t(lang, `board/bucket/${b}`))}`).join(' ');
  return `<p class="legend">${legend}</p><ol class="bars aging">${rows.join('\n')}</ol>`;
}
