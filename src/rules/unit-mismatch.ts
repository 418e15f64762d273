// A quantity's unit must be the model's unit or one of its alt_units, or it cannot be
// converted (and moq, multiples and shipped amounts would silently be wrong).
import type { Product } from '../model/catalog.js';
import { unitFactor } from '../model/catalog.js';
import type { DataPath, Finding } from '../model/problem.js';
import type { OrderFile } from '../load/order-file.js';
import { nearest } from '../util/nearest.js';
import { finding, type Rule, type RuleContext } from './rule.js';

/** "pcs, box (= 10 pcs)". */
function allowedUnits(p: Product): string {
  const alts = Object.entries(p.alt_units ?? {}).map(([u, f]) => `${u} (= ${f} ${p.unit})`);
  return [p.unit, ...alts].join(', ');
}

export const unitMismatch: Rule = {
  id: 'unit-mismatch',
  severity: 'error',
  needsCatalog: true,
  description: {
    en: "A line's unit (or a shipment item's) is neither the model's `unit` nor one of its `alt_units`.",
    zh: '订单行（或发货明细）的单位既不是该型号的 `unit`，也不是其 `alt_units` 之一。',
  },
  messages: {
    units: {
      en: 'unit {unit} is not a unit of {model}; use one of: {allowed}',
      zh: '单位 {unit} 不是型号 {model} 的单位；可用：{allowed}',
    },
    suggest: {
      en: 'unit {unit} is not a unit of {model}; did you mean {suggest}? (allowed: {allowed})',
      zh: '单位 {unit} 不是型号 {model} 的单位，是否应为 {suggest}？（可用：{allowed}）',
    },
  },
  check(file: OrderFile, ctx: RuleContext) {
    const order = file.order;
    if (!order) return [];
    const out: Finding[] = [];
    const test = (model: unknown, unit: unknown, path: DataPath) => {
      if (typeof model !== 'string' || typeof unit !== 'string') return;
      const product = ctx.catalog.products.get(model);
      if (!product || unitFactor(product, unit) !== undefined) return;
      const units = [product.unit, ...Object.keys(product.alt_units ?? {})];
      const suggest = nearest(unit, units);
      const allowed = allowedUnits(product);
      out.push(suggest ? finding('unit-mismatch', 'suggest', path, { unit, model, suggest, allowed }) : finding('unit-mismatch', 'units', path, { unit, model, allowed }));
    };
    const lines = Array.isArray(order.lines) ? order.lines : [];
    lines.forEach((l, i) => l && typeof l === 'object' && test(l.model, l.unit, ['lines', i, 'unit']));
    const shipments = Array.isArray(order.shipments) ? order.shipments : [];
    shipments.forEach((s, i) => {
      const items = s && typeof s === 'object' && Array.isArray(s.items) ? s.items : [];
      items.forEach((it, j) => it && typeof it === 'object' && test(it.model, it.unit, ['shipments', i, 'items', j, 'unit']));
    });
    return out;
  },
};
