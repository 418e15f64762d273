// Products packed or produced in batches are sold in multiples of the batch.
import type { Finding } from '../model/problem.js';
import type { OrderFile } from '../load/order-file.js';
import { amount, catalogLines, isMultiple, modelUnit, shownQuantity, validAround } from '../facts/line-quantities.js';
import { isWholeNumberModel } from '../model/catalog.js';
import { finding, type Rule, type RuleContext } from './rule.js';

export const orderMultiple: Rule = {
  id: 'order-multiple',
  severity: 'warn',
  needsCatalog: true,
  description: {
    en: "A line's quantity (converted to the model's unit) is not a multiple of the model's `multiple`.",
    zh: '订单行数量（换算为型号基本单位后）不是该型号 `multiple` 的整数倍。',
  },
  messages: {
    multiple: {
      en: '{quantity} is not a multiple of {multiple} {unit} for {model}; {options} {unit} would be',
      zh: '{quantity} 不符合型号 {model} 的订购要求：须按 {multiple} {unit} 的整数倍订购；可改为 {options} {unit}',
    },
    or: { en: '{a} or {b}', zh: '{a} 或 {b}' },
  },
  check(file: OrderFile, ctx: RuleContext) {
    if (!file.order) return [];
    const out: Finding[] = [];
    for (const l of catalogLines(file.order, ctx.catalog)) {
      const { multiple, moq } = l.product;
      if (l.inUnit === undefined || typeof multiple !== 'number' || !(multiple > 0) || isMultiple(l.inUnit, multiple)) continue;
      // Every suggestion meets the minimum order, the multiple and whole numbers together.
      const near = validAround(l.inUnit, { moq, multiple, whole: isWholeNumberModel(l.product) });
      const below = near.below;
      const options = below === undefined ? amount(near.above) : { id: 'order-multiple/or', args: { a: amount(below), b: amount(near.above) } };
      out.push(finding('order-multiple', 'multiple', ['lines', l.index, 'quantity'], { quantity: shownQuantity(l), multiple: amount(multiple), unit: modelUnit(l), model: l.product.model, options }));
    }
    return out;
  },
};
