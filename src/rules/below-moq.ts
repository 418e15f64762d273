// Below the minimum order quantity: production will not run (or stock will not be split)
// for less, so sales must raise the quantity or agree an exception.
import type { Finding } from '../model/problem.js';
import type { OrderFile } from '../load/order-file.js';
import { amount, catalogLines, modelUnit, shownQuantity, validAround } from '../facts/line-quantities.js';
import { isWholeNumberModel } from '../model/catalog.js';
import { EPS } from '../facts/quantity.js';
import { finding, type Rule, type RuleContext } from './rule.js';

export const belowMoq: Rule = {
  id: 'below-moq',
  severity: 'warn',
  needsCatalog: true,
  description: {
    en: "A line's quantity (converted to the model's unit) is below the model's minimum order quantity `moq`.",
    zh: '订单行数量（换算为型号基本单位后）低于该型号的最小起订量 `moq`。',
  },
  messages: {
    below: {
      en: '{quantity} is below the minimum order quantity of {moq} {unit} for {model}; order at least {least} {unit}',
      zh: '{quantity} 低于型号 {model} 的最小起订量 {moq} {unit}；请至少订购 {least} {unit}',
    },
  },
  check(file: OrderFile, ctx: RuleContext) {
    if (!file.order) return [];
    const out: Finding[] = [];
    for (const l of catalogLines(file.order, ctx.catalog)) {
      const { moq, multiple } = l.product;
      if (l.inUnit === undefined || typeof moq !== 'number' || !(l.inUnit < moq - EPS)) continue;
      // The least valid quantity also respects the order multiple, if there is one.
      const least = validAround(l.inUnit, { moq, multiple, whole: isWholeNumberModel(l.product) }).above;
      out.push(finding('below-moq', 'below', ['lines', l.index, 'quantity'], { quantity: shownQuantity(l), moq: amount(moq), unit: modelUnit(l), model: l.product.model, least: amount(least) }));
    }
    return out;
  },
};
