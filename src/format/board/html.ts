// Small helpers for writing HTML by hand: escaping, percentages, sortable tables, and the
// bar track — a one-line inline SVG that stretches to the width it is given.
import { money } from '../../facts/money.js';
import type { Amount } from '../../reports/week.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
export const amountText = (a: Amount) => `${money(a.amount)} ${a.currency}`;

export interface Column {
  label: string;
  /** Sorts as a number (right-aligned). */
  num?: boolean;
}

/** A cell: its text (escaped here) or trusted HTML, and the value it sorts by. */
export type Cell = string | number | { html: string; sort?: string | number; cls?: string };

function td(c: Cell, col: Column): string {
  if (typeof c === 'object') {
    const cls = [col.num ? 'num' : '', c.cls ?? ''].filter(Boolean).join(' ');
    return `<td${cls ? ` class="${cls}"` : ''}${c.sort !== undefined ? ` data-sort="${esc(c.sort)}"` : ''}>${c.html}</td>`;
  }
  return `<td${col.num ? ' class="num"' : ''}>${esc(c)}</td>`;
}

/**
 * A table the inline script can sort: each heading is a button. It scrolls sideways in
 * its own focusable region on a narrow screen. `attrs` gives each body row its data-*.
 */
export function table(label: string, cols: Column[], rows: Cell[][], attrs: (i: number) => string = () => ''): string {
  const head = cols.map((c) => `<th scope="col"${c.num ? ' class="num" data-type="num"' : ''}><button type="button">${esc(c.label)}</button></th>`).join('');
  const body = rows.map((r, i) => `<tr${attrs(i)}>${r.map((c, j) => td(c, cols[j]!)).join('')}</tr>`).join('\n');
  return `<div class="scroll" role="region" aria-label="${esc(label)}" tabindex="0"><table class="sortable"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

export interface Segment {
  from: number;
  to: number;
  cls: string;
}

/**
 * A bar drawn in a 1000-unit-wide SVG that stretches to its box (preserveAspectRatio
 * none), so it needs no script to fit a phone or an A4 page. Decorative: the same facts
 * are in the text beside it.
 */
export function track(segments: Segment[], ticks: { at: number; cls: string }[] = []): string {
  const clamp = (x: number) => Math.max(0, Math.min(1000, x));
  const rects = segments
    .filter((s) => s.to > s.from)
    .map((s) => `<rect class="${s.cls}" x="${clamp(s.from).toFixed(1)}" y="2" width="${(clamp(s.to) - clamp(s.from)).toFixed(1)}" height="12"/>`);
  const marks = ticks.filter((t) => t.at >= 0 && t.at <= 1000).map((t) => `<rect class="${t.cls}" x="${(t.at - 2).toFixed(1)}" y="0" width="4" height="16"/>`);
  return `<svg class="track" viewBox="0 0 1000 16" preserveAspectRatio="none" aria-hidden="true" focusable="false">${rects.join('')}${marks.join('')}</svg>`;
}
