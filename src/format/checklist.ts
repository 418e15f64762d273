// Checklists as text (✓/✗ per item with what is missing) and as JSON. Used by
// `gendan checklist` and by `gendan advance` when it refuses.
import { Chalk } from 'chalk';
import type { Lang } from '../model/config.js';
import type { Status } from '../model/order.js';
import type { Msg } from '../model/problem.js';
import { t } from '../i18n/i18n.js';
import { allMetMsg, type ItemResult } from '../workflow/checklist.js';
import { stateName, statusLabel } from '../workflow/states.js';
import { hanging } from '../util/wrap.js';

export interface ChecklistEntry {
  order: string;
  file: string;
  customer?: string;
  status: Status;
  /** The state whose checklist is shown (for on_hold: the state it left). */
  state?: Status;
  items: ItemResult[];
  /** Why there is no checklist (closed, cancelled, unknown state of an on_hold order). */
  note?: Msg;
}

export interface ChecklistOptions {
  lang: Lang;
  color: boolean;
  /** Terminal width: long items wrap under their text. */
  width?: number;
}

export function itemLine(r: ItemResult, { lang, color, width }: ChecklistOptions, indent = '  '): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const label = t(lang, r.label);
  if (r.met) return hanging(`${indent}${c.green('✓')} `, label, width);
  const sep = lang === 'zh' ? '：' : ': ';
  return hanging(`${indent}${c.red('✗')} `, `${label}${r.missing ? sep + t(lang, r.missing) : ''}`, width);
}

export function entryHeader(e: ChecklistEntry, { lang, color, width }: ChecklistOptions): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const status = statusLabel(e.status, (s) => t(lang, stateName(s)), lang);
  const judged = e.state !== undefined && e.state !== e.status ? t(lang, 'checklist/judged-as', { state: statusLabel(e.state, (s) => t(lang, stateName(s)), lang) }) : '';
  return hanging('', [c.bold(e.order), e.customer, status + judged, c.dim(e.file)].filter((x) => x).join(' · '), width);
}

/** One order: every item of its state's checklist. */
export function checklistText(entries: ChecklistEntry[], opts: ChecklistOptions): string {
  const out: string[] = [];
  for (const e of entries) {
    out.push(entryHeader(e, opts));
    if (e.note) {
      out.push(`  ${t(opts.lang, e.note)}`);
    } else {
      out.push(...e.items.map((r) => itemLine(r, opts)));
      const open = e.items.filter((r) => !r.met).length;
      const next = e.state ? { id: `checklist/${open === 0 ? 'all-met' : 'open'}`, args: { open, total: e.items.length, order: e.order } } : undefined;
      if (next) out.push(`  ${t(opts.lang, next)}`);
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** Open, with a checklist whose every item is met: it waits for `gendan advance`. */
const allMet = (e: ChecklistEntry) => e.state !== undefined && !e.note && e.items.every((r) => r.met);

function allMetLine(e: ChecklistEntry, { lang, color, width }: ChecklistOptions): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  return hanging(`  ${c.green('✓')} `, t(lang, allMetMsg(e.order, e.status)), width);
}

/** The to-do list: the unmet items of every open order, and the orders all met, grouped by order. */
export function todoText(entries: ChecklistEntry[], opts: ChecklistOptions): string {
  const open = entries.filter((e) => e.items.some((r) => !r.met));
  const done = entries.filter(allMet);
  if (open.length === 0 && done.length === 0) return `${t(opts.lang, 'checklist/nothing-to-do', { orders: entries.length })}\n`;
  const out: string[] = [];
  for (const e of entries) {
    if (allMet(e)) {
      out.push(entryHeader(e, opts), allMetLine(e, opts), '');
    } else if (e.items.some((r) => !r.met)) {
      out.push(entryHeader(e, opts));
      out.push(...e.items.filter((r) => !r.met).map((r) => itemLine(r, opts)));
      out.push('');
    }
  }
  const items = open.reduce((n, e) => n + e.items.filter((r) => !r.met).length, 0);
  if (open.length > 0) out.push(hanging('', t(opts.lang, 'checklist/todo-summary', { items, orders: open.length, open: entries.length }), opts.width));
  if (done.length > 0) out.push(hanging('', t(opts.lang, 'facts/ready-summary', { orders: done.length }), opts.width));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

export function checklistJson(entries: ChecklistEntry[], today: string, lang: Lang): string {
  const orders = entries.map((e) => ({
    order: e.order,
    file: e.file,
    customer: e.customer ?? null,
    status: e.status,
    state: e.state ?? null,
    ...(e.note ? { note: t(lang, e.note) } : allMet(e) ? { note: t(lang, allMetMsg(e.order, e.status)) } : {}),
    items: e.items.map((r) => ({
      id: r.id,
      state: r.state,
      met: r.met,
      manual: r.manual,
      label: t(lang, r.label),
      ...(r.missing ? { missing: t(lang, r.missing) } : {}),
    })),
  }));
  return `${JSON.stringify({ today, orders }, null, 2)}\n`;
}
