// Shipping more than was ordered is a mistake in the file (a typo in an item) or a
// delivery the customer did not order: either way the clerk must look.
import { unitFactor, type Catalog } from '../model/catalog.js';
import type { Order } from '../model/order.js';
import type { Finding } from '../model/problem.js';
import type { OrderFile } from '../load/order-file.js';
import { amount } from '../facts/line-quantities.js';
import { EPS } from '../facts/quantity.js';
import { finding, type Rule, type RuleContext } from './rule.js';

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Converts to the model's unit: through the catalog, else only within the lines' one unit. */
function converter(order: Order, catalog: Catalog, model: string): { unit: string; to(q: number, unit: string | undefined): number | undefined } | undefined {
  const product = catalog.products.get(model);
  const lineUnits = new Set((order.lines ?? []).filter((l) => l?.model === model).map((l) => l.unit));
  if (product) {
    return { unit: product.unit, to: (q, u) => { const f = unitFactor(product, u ?? [...lineUnits][0]); return f === undefined ? undefined : q * f; } };
  }
  if (lineUnits.size > 1) return undefined;
  const only = [...lineUnits][0];
  return { unit: only ?? '', to: (q, u) => (u === undefined || u === only ? q : undefined) };
}

export const overShipped: Rule = {
  id: 'over-shipped',
  severity: 'error',
  description: {
    en: "Shipment `items` of a model add up (converted to the model's unit) to more than the lines of that model ordered.",
    zh: '某型号各批发货明细 `items` 合计（换算为型号基本单位后）超过该型号的订购数量。',
  },
  messages: {
    over: {
      en: 'shipments carry {shipped} {unit} of {model}, but {ordered} {unit} were ordered; correct the shipment items (or record the change of quantity)',
      zh: '发货明细中型号 {model} 合计 {shipped} {unit}，超过订购数量 {ordered} {unit}；请更正发货明细（或登记数量变更）',
    },
  },
  check(file: OrderFile, ctx: RuleContext) {
    const order = file.order;
    if (!order || !Array.isArray(order.shipments)) return [];
    const out: Finding[] = [];
    const ordered = new Map<string, number | undefined>();
    const shipped = new Map<string, number>();
    const reported = new Set<string>();
    const orderedOf = (model: string): number | undefined => {
      if (!ordered.has(model)) {
        const conv = converter(order, ctx.catalog, model);
        let sum: number | undefined = conv ? 0 : undefined;
        for (const l of order.lines ?? []) {
          if (sum === undefined || l?.model !== model || !isNum(l.quantity)) continue;
          const q = conv!.to(l.quantity, l.unit);
          sum = q === undefined ? undefined : sum + q;
        }
        ordered.set(model, sum);
      }
      return ordered.get(model);
    };
    order.shipments.forEach((s, si) => {
      if (!s || !Array.isArray(s.items)) return;
      s.items.forEach((item, ii) => {
        if (!item || typeof item.model !== 'string' || !isNum(item.quantity) || reported.has(item.model)) return;
        const conv = converter(order, ctx.catalog, item.model);
        const want = orderedOf(item.model);
        const q = conv?.to(item.quantity, item.unit);
        if (conv === undefined || want === undefined || q === undefined) return;
        const total = (shipped.get(item.model) ?? 0) + q;
        shipped.set(item.model, total);
        if (total > want + EPS * Math.max(1, want)) {
          reported.add(item.model);
          out.push(finding('over-shipped', 'over', ['shipments', si, 'items', ii, 'quantity'], { model: item.model, shipped: amount(total), ordered: amount(want), unit: conv.unit }));
        }
      });
    });
    return out;
  },
};
