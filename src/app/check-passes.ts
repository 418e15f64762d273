// "Check passes for the order" (an item of `received`): the check rules run on this one
// order, without state-incomplete itself (which looks at checklists in turn). Given to
// the workflow as the checklist context's `checker`.
import { check } from './run-rules.js';
import { orderFromText } from '../load/order-file.js';
import { yaml } from '../load/yaml-lib.js';
import type { Order } from '../model/order.js';
import type { Problem } from '../model/problem.js';
import { rules } from '../rules/index.js';
import type { Checker, ChecklistContext } from '../workflow/item.js';

export const SELF = 'state-incomplete';

export const checkErrors: Checker = (order: Order, ctx: ChecklistContext): Problem[] => {
  const file = ctx.file ?? orderFromText(`${order.id ?? 'order'}.yaml`, `${order.id ?? 'order'}.yaml`, yaml().stringify(order));
  const active = rules.filter((r) => r.id !== SELF);
  return check([file], active, ctx).problems.filter((p) => p.severity === 'error');
};
