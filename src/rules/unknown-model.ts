// A line's model must be in the catalog; a near miss is probably a typo, so name it.
import { relative } from 'node:path';
import type { Finding } from '../model/problem.js';
import type { OrderFile } from '../load/order-file.js';
import { nearest } from '../util/nearest.js';
import { finding, type Rule, type RuleContext } from './rule.js';

/** Catalogs this small are listed in full in the message. */
const LIST_UP_TO = 12;

export const unknownModel: Rule = {
  id: 'unknown-model',
  severity: 'error',
  needsCatalog: true,
  description: {
    en: "A line's model is not in the catalog; the nearest catalog model is suggested.",
    zh: '订单行的型号不在产品目录中；会提示最接近的型号。',
  },
  messages: {
    suggest: {
      en: 'model {model} is not in the catalog; did you mean {suggest}?',
      zh: '型号 {model} 不在产品目录中，是否应为 {suggest}？',
    },
    list: {
      en: 'model {model} is not in the catalog {catalog}, which lists {models}; correct the model or add it to the catalog',
      zh: '型号 {model} 不在产品目录 {catalog} 中（目录中有：{models}）；请改正型号或将其加入目录',
    },
    count: {
      en: 'model {model} is not in the catalog {catalog} ({count} models) nor close to any of them; correct the model or add it to the catalog',
      zh: '型号 {model} 不在产品目录 {catalog}（共 {count} 个型号）中，也不接近其中任何一个；请改正型号或将其加入目录',
    },
    empty: {
      en: 'model {model} is not in the catalog {catalog}, which lists no products yet; add it there',
      zh: '型号 {model} 不在产品目录 {catalog} 中（目录还没有产品）；请将其加入目录',
    },
  },
  check(file: OrderFile, ctx: RuleContext) {
    const lines = file.order?.lines;
    if (!Array.isArray(lines)) return [];
    const products = ctx.catalog.products;
    const out: Finding[] = [];
    lines.forEach((line, i) => {
      const model = line && typeof line === 'object' ? line.model : undefined;
      if (typeof model !== 'string' || products.has(model)) return;
      // Worked out only for a finding: path.relative on every file cost a cold check ~2%.
      const catalog = ctx.catalog.file ? relative(ctx.config.root, ctx.catalog.file) : 'catalog.yaml';
      const path = ['lines', i, 'model'];
      const suggest = nearest(model, products.keys());
      if (suggest !== undefined) out.push(finding('unknown-model', 'suggest', path, { model, suggest }));
      else if (products.size === 0) out.push(finding('unknown-model', 'empty', path, { model, catalog }));
      else if (products.size <= LIST_UP_TO) out.push(finding('unknown-model', 'list', path, { model, catalog, models: [...products.keys()].join(', ') }));
      else out.push(finding('unknown-model', 'count', path, { model, catalog, count: products.size }));
    });
    return out;
  },
};
