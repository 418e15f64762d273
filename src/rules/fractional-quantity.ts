// Whole-number models (pcs, sets, boxes…) cannot be ordered in fractions, also not after
// converting from another unit (0.35 box of 10 pcs is 3.5 pcs).
import { isWholeNumberModel } from '../model/catalog.js';
import type { Finding } from '../model/problem.js';
import type { OrderFile } from '../load/order-file.js';
import { amount, catalogLines, isMultiple, validAround } from '../facts/line-quantities.js';
import { finding, type Rule, type RuleContext } from './rule.js';

export const fractionalQuantity: Rule = {
  id: 'fractional-quantity',
  severity: 'error',
  needsCatalog: true,
  description: {
    en: 'A whole-number model is ordered in a fractional quantity (after unit conversion).',
    zh: '按整数计的型号订购了非整数数量（按单位换算后）。',
  },
  messages: {
    fraction: {
      en: '{quantity} {unit} is not a whole number, but {model} is counted in whole {unit}; {options} {unit} would be',
      zh: '{quantity} {unit} 不是整数，而型号 {model} 按整 {unit} 计；可改为 {options} {unit}',
    },
    converted: {
      en: '{quantity} {unit} is {converted} {modelUnit}, not a whole number, but {model} is counted in whole {modelUnit}; {options} {modelUnit} would be',
      zh: '{quantity} {unit} 折合 {converted} {modelUnit}，不是整数，而型号 {model} 按整 {modelUnit} 计；可改为 {options} {modelUnit}',
    },
    or: { en: '{a} or {b}', zh: '{a} 或 {b}' },
  },
  check(file: OrderFile, ctx: RuleContext) {
    if (!file.order) return [];
    const out: Finding[] = [];
    for (const l of catalogLines(file.order, ctx.catalog)) {
      if (l.inUnit === undefined || !isWholeNumberModel(l.product) || isMultiple(l.inUnit, 1)) continue;
      const near = validAround(l.inUnit, { moq: l.product.moq, multiple: l.product.multiple, whole: true });
      const options = near.below === undefined ? amount(near.above) : { id: 'fractional-quantity/or', args: { a: amount(near.below), b: amount(near.above) } };
      const path = ['lines', l.index, 'quantity'];
      const base = { quantity: amount(l.quantity), unit: l.unit, model: l.product.model, options };
      out.push(l.unit === l.product.unit ? finding('fractional-quantity', 'fraction', path, base) : finding('fractional-quantity', 'converted', path, { ...base, converted: amount(l.inUnit), modelUnit: l.product.unit }));
    }
    return out;
  },
};
