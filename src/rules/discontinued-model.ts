// A discontinued model may still appear on orders already confirmed; only a newly
// received order can (and should) be switched to the replacement.
import type { Finding } from '../model/problem.js';
import type { OrderFile } from '../load/order-file.js';
import { finding, type Rule, type RuleContext } from './rule.js';

export const discontinuedModel: Rule = {
  id: 'discontinued-model',
  severity: 'error',
  needsCatalog: true,
  description: {
    en: "A line's model is discontinued (the replacement is named if the catalog has one); only while the order is `received`.",
    zh: '订单行的型号已停产（目录中有替代型号时会给出）；仅在订单状态为 `received` 时检查。',
  },
  messages: {
    replaced: {
      en: 'model {model} is discontinued; it is replaced by {replacement}: offer the customer {replacement} instead',
      zh: '型号 {model} 已停产，替代型号为 {replacement}：请向客户改报 {replacement}',
    },
    plain: {
      en: 'model {model} is discontinued and the catalog names no replacement: agree another model with the customer before confirming',
      zh: '型号 {model} 已停产，产品目录中没有替代型号：确认订单前请与客户商定其他型号',
    },
  },
  check(file: OrderFile, ctx: RuleContext) {
    const order = file.order;
    if (order?.status !== 'received' || !Array.isArray(order.lines)) return [];
    const out: Finding[] = [];
    order.lines.forEach((line, i) => {
      const model = line && typeof line === 'object' ? line.model : undefined;
      const product = typeof model === 'string' ? ctx.catalog.products.get(model) : undefined;
      if (product?.status !== 'discontinued') return;
      const path = ['lines', i, 'model'];
      const replacement = product.replaced_by;
      out.push(typeof replacement === 'string' && replacement !== '' ? finding('discontinued-model', 'replaced', path, { model: product.model, replacement }) : finding('discontinued-model', 'plain', path, { model: product.model }));
    });
    return out;
  },
};
