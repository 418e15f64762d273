// Two files holding the same order id: reported on each, naming the other(s).
import type { Finding } from '../model/problem.js';
import type { OrderFile } from '../load/order-file.js';
import { finding, type Rule } from './rule.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: {
    en: 'Two files hold the same order id; each order has exactly one file.',
    zh: '两个文件的订单号相同；每个订单只能有一个文件。',
  },
  messages: {
    twice: {
      en: 'order id {id} is also used by {others}; give one of them a new id (and file name)',
      zh: '订单号 {id} 也被 {others} 使用；请给其中一个换新订单号（并改文件名）',
    },
  },
  reads: ['id'],
  checkAll(files: OrderFile[]): Map<OrderFile, Finding[]> {
    const byId = new Map<string, OrderFile[]>();
    for (const f of files) {
      const id = f.order?.id;
      if (typeof id !== 'string' || id === '') continue;
      const same = byId.get(id);
      if (same) same.push(f);
      else byId.set(id, [f]);
    }
    const out = new Map<OrderFile, Finding[]>();
    for (const [id, same] of byId) {
      if (same.length < 2) continue;
      for (const f of same) {
        const others = same.filter((o) => o !== f).map((o) => o.display).join(', ');
        out.set(f, [finding('duplicate-id', 'twice', ['id'], { id, others })]);
      }
    }
    return out;
  },
};
