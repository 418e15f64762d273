// Messages of what the reports and checklists conclude from an order's facts: an order
// whose checklist is all met, and the to-do list's count of them.
import type { Messages } from './i18n.js';

export const factsMessages: Messages = {
  'facts/all-met': { en: 'all met: run `gendan advance {order}`', zh: '清单已全部满足：运行 `gendan advance {order}` 推进订单' },
  'facts/all-met-held': {
    en: 'all met, but the order is on hold: run `gendan advance {order}` to resume it',
    zh: '清单已全部满足，但订单暂停中：运行 `gendan advance {order}` 恢复订单',
  },
  'facts/ready-summary': { en: '{orders} order(s) with every item met, ready to move on', zh: '{orders} 个订单的清单已全部满足，可以推进' },
};
