// The order's `status` claims a stage whose facts are missing: a checklist item of a state
// before it is not met (SPEC §4). Only facts count — not "check passes", not manual
// ticks, not items a forced transition waived. on_hold / cancelled: the state they left.
import { missingFacts } from '../workflow/checklist.js';
import { effectiveState, stateName } from '../workflow/states.js';
import { joinMsgs } from '../workflow/join.js';
import type { Msg } from '../model/problem.js';
import { finding, type Rule } from './rule.js';

function mentionsInvalid(m: Msg | undefined): boolean {
  if (!m) return false;
  if (m.id === 'item/invalid') return true;
  return Object.values(m.args ?? {}).some((a) => typeof a === 'object' && !Array.isArray(a) && mentionsInvalid(a as Msg));
}

export const stateIncomplete: Rule = {
  id: 'state-incomplete',
  severity: 'error',
  description: {
    en: "The order's status claims a stage whose facts are missing: an item of an earlier state's checklist is not met.",
    zh: '订单状态声称已到某阶段，但之前阶段清单中的事实项未满足。',
  },
  messages: {
    incomplete: {
      en: 'status is `{status}`, but {count} item(s) of the earlier stage `{state}` ({stateName}) are not met: {items}. Fill in the missing facts, or set the status back to `{state}`',
      zh: '状态为 `{status}`，但之前的“{stateName}”（`{state}`）阶段有 {count} 项未满足：{items}。请补全缺少的信息，或把状态改回 `{state}`',
    },
    item: { en: '{label} ({missing})', zh: '{label}（{missing}）' },
  },
  check(file, ctx) {
    const order = file.order;
    if (!order?.status || effectiveState(order) === undefined) return [];
    // A value that is there but invalid is the schema problem's to report, and never a
    // reason to move the status back.
    const first = missingFacts(order, { ...ctx, file })
      .map((m) => ({ ...m, items: m.items.filter((r) => !mentionsInvalid(r.missing)) }))
      .find((m) => m.items.length > 0);
    if (!first) return [];
    const items: Msg[] = first.items.map((r) => ({ id: 'state-incomplete/item', args: { label: r.label, missing: r.missing! } }));
    return [
      finding('state-incomplete', 'incomplete', ['status'], {
        status: order.status,
        state: first.state,
        stateName: stateName(first.state),
        count: first.items.length,
        items: joinMsgs(items, 3),
      }),
    ];
  },
};
