// The order-aware three-way merge on texts (src/merge/): what merges, where new entries
// go, what is kept of each side's layout, and what is left to git's line merge.
import { describe, expect, test } from 'vitest';
import { checkErrors } from '../../src/app/check-passes.js';
import { Calendar } from '../../src/calendar/calendar.js';
import { mergeOrderTexts } from '../../src/merge/merge.js';
import { defaultConfig } from '../../src/model/config.js';
import { parseCatalogText } from './catalog.js';

const config = defaultConfig('.');
const ctx = { config, catalog: parseCatalogText(), calendar: new Calendar(config.calendar), today: '2026-12-01', checker: checkErrors };
const merge = (base: string, ours: string, theirs: string) => mergeOrderTexts(base, ours, theirs, ctx);

const BASE = `id: SO-1
status: preparing   # 生产中
customer:
  name: 恒达
ordered: 2026-11-02
lines:
  - { model: XK-200, quantity: 100, unit: pcs, unit_price: 100 }
delivery:
  promised: 2026-12-20
shipments:
  - shipped: 2026-11-20
    carrier: 德邦
    tracking: "DP1"
issues:
  - opened: 2026-11-20
    kind: other
    cause: 包装
payments:
  - { date: 2026-11-03, amount: 100 }   # 定金
`;

/** BASE with `after` put right after the line `line`. */
const add = (text: string, line: string, after: string) => {
  expect(text).toContain(`${line}\n`);
  return text.replace(`${line}\n`, `${line}\n${after}`);
};

describe('logs', () => {
  test("their new entries go among ours in date order, each with its own comments", () => {
    const ours = add(BASE, '  - { date: 2026-11-03, amount: 100 }   # 定金', '  - { date: 2026-11-25, amount: 50 }  # 我方\n');
    const theirs = add(BASE, '  - { date: 2026-11-03, amount: 100 }   # 定金', '  # 对方\n  - { date: 2026-11-20, amount: 70 }\n  - { date: 2026-11-28, amount: 80 }\n');
    const r = merge(BASE, ours, theirs);
    expect(r).toEqual({
      kind: 'merged',
      text: add(BASE, '  - { date: 2026-11-03, amount: 100 }   # 定金', '  # 对方\n  - { date: 2026-11-20, amount: 70 }\n  - { date: 2026-11-25, amount: 50 }  # 我方\n  - { date: 2026-11-28, amount: 80 }\n'),
    });
  });

  test('the same entry recorded on both sides is kept once', () => {
    const both = add(BASE, '  - { date: 2026-11-03, amount: 100 }   # 定金', '  - { date: 2026-11-25, amount: 50 }\n');
    const ours = add(both, '  - { date: 2026-11-25, amount: 50 }', '  - { date: 2026-11-26, amount: 1 }\n');
    expect(merge(BASE, ours, both)).toEqual({ kind: 'merged', text: ours });
  });

  test('two equal entries on one side and one on the other: two', () => {
    const one = add(BASE, '  - { date: 2026-11-03, amount: 100 }   # 定金', '  - { date: 2026-11-25, amount: 50 }\n');
    const two = add(one, '  - { date: 2026-11-25, amount: 50 }', '  - { date: 2026-11-25, amount: 50 }\n');
    expect(merge(BASE, one, two)).toEqual({ kind: 'merged', text: two });
  });

  test('a list missing from the base and from ours is written from theirs', () => {
    const theirs = `${BASE}contacts:\n  - { date: 2026-11-21, node: other, channel: phone, note: 问交期 }\n`;
    const ours = add(BASE, '    tracking: "DP1"', '    eta: 2026-11-23\n');
    // Where the edit path puts a new key: after the keys the schema lists before it.
    expect(merge(BASE, ours, theirs)).toEqual({ kind: 'merged', text: add(ours, '    eta: 2026-11-23', 'contacts:\n  - { date: 2026-11-21, node: other, channel: phone, note: 问交期 }\n') });
  });

  test('block entries keep their layout, moved to our indentation', () => {
    const theirs = BASE.replace('issues:\n  - opened: 2026-11-20\n    kind: other\n    cause: 包装\n', 'issues:\n    - opened: 2026-11-20\n      kind: other\n      cause: 包装\n    - opened: 2026-11-22   # 新\n      kind: damage\n      cause: 破损\n');
    const ours = add(BASE, '    cause: 包装', '  - opened: 2026-11-23\n    kind: other\n    cause: 少件\n');
    const r = merge(BASE, ours, theirs);
    expect(r).toEqual({ kind: 'merged', text: add(BASE, '    cause: 包装', '  - opened: 2026-11-22   # 新\n    kind: damage\n    cause: 破损\n  - opened: 2026-11-23\n    kind: other\n    cause: 少件\n') });
  });

  test('an entry filled in on both sides merges by field', () => {
    const ours = add(BASE, '    cause: 包装', '    action: 换箱\n');
    const theirs = add(BASE, '    cause: 包装', '    resolved: 2026-11-30\n');
    expect(merge(BASE, ours, theirs)).toEqual({ kind: 'merged', text: add(BASE, '    cause: 包装', '    action: 换箱\n    resolved: 2026-11-30\n') });
  });

  test('a shipment added on both sides with the same tracking number is one shipment, merged by field', () => {
    const ship = (extra: string) => add(BASE, '    tracking: "DP1"', `  - { shipped: 2026-11-28, carrier: 顺丰, tracking: "SF2"${extra} }\n`);
    const r = merge(BASE, ship(', eta: 2026-11-30'), ship(', delivered: 2026-11-29'));
    expect(r).toEqual({ kind: 'merged', text: ship(', eta: 2026-11-30, delivered: 2026-11-29') });
  });

  test('the same field filled in differently on both sides is a conflict on that line only', () => {
    const ours = add(BASE, '    cause: 包装', '    resolved: 2026-11-29\n');
    const theirs = add(BASE, '    cause: 包装', '    resolved: 2026-11-30\n');
    const r = merge(BASE, ours, theirs);
    expect(r.kind).toBe('conflict');
    expect('text' in r && r.text).toBe(add(BASE, '    cause: 包装', '<<<<<<< ours\n    resolved: 2026-11-29\n=======\n    resolved: 2026-11-30\n>>>>>>> theirs\n'));
  });
});

describe('values', () => {
  test('a value changed on one side is taken, in its quoting, with its comment', () => {
    const ours = BASE.replace('status: preparing   # 生产中', 'status: ready   # 生产中');
    const theirs = BASE.replace('    tracking: "DP1"', '    tracking: "DP1-X"').replace('name: 恒达', "name: '恒达机械'");
    expect(merge(BASE, ours, theirs)).toEqual({ kind: 'merged', text: ours.replace('    tracking: "DP1"', '    tracking: "DP1-X"').replace('name: 恒达', 'name: 恒达机械') });
  });

  test('a checklist item ticked on both sides keeps the earlier date', () => {
    const ours = `${BASE}checklist:\n  logistics_arranged: 2026-11-30\n`;
    const theirs = `${BASE}checklist:\n  logistics_arranged: 2026-11-28\n`;
    expect(merge(BASE, ours, theirs)).toEqual({ kind: 'merged', text: theirs });
  });

  test('promised changed on both sides: a conflict, unless one side recorded it in changes', () => {
    const ours = BASE.replace('promised: 2026-12-20', 'promised: 2026-12-24');
    const theirs = BASE.replace('promised: 2026-12-20', 'promised: 2026-12-27');
    expect(merge(BASE, ours, theirs).kind).toBe('conflict');
    const recorded = `${theirs}changes:\n  - { date: 2026-12-01, field: delivery.promised, from: 2026-12-20, to: 2026-12-27, reason: 客户要求 }\n`;
    expect(merge(BASE, ours, recorded)).toEqual({ kind: 'merged', text: `${theirs}changes:\n  - { date: 2026-12-01, field: delivery.promised, from: 2026-12-20, to: 2026-12-27, reason: 客户要求 }\n` });
    const both = `${ours}changes:\n  - { date: 2026-12-01, field: delivery.promised, from: 2026-12-20, to: 2026-12-24, reason: 工厂 }\n`;
    expect(merge(BASE, both, recorded).kind).toBe('conflict');
  });

  test('two values on one line in conflict: one marker block', () => {
    const ours = BASE.replace('quantity: 100, unit: pcs, unit_price: 100', 'quantity: 120, unit: pcs, unit_price: 90');
    const theirs = BASE.replace('quantity: 100, unit: pcs, unit_price: 100', 'quantity: 110, unit: pcs, unit_price: 95');
    const r = merge(BASE, ours, theirs);
    expect(r.kind === 'conflict' && r.text).toBe(
      BASE.replace(
        '  - { model: XK-200, quantity: 100, unit: pcs, unit_price: 100 }\n',
        '<<<<<<< ours\n  - { model: XK-200, quantity: 120, unit: pcs, unit_price: 90 }\n=======\n  - { model: XK-200, quantity: 110, unit: pcs, unit_price: 95 }\n>>>>>>> theirs\n',
      ),
    );
  });

  test('CRLF files stay CRLF, markers too', () => {
    const crlf = (s: string) => s.replace(/\n/g, '\r\n');
    const ours = crlf(BASE.replace('promised: 2026-12-20', 'promised: 2026-12-24'));
    const theirs = crlf(add(BASE.replace('promised: 2026-12-20', 'promised: 2026-12-27'), '  - { date: 2026-11-03, amount: 100 }   # 定金', '  - { date: 2026-11-25, amount: 50 }\n'));
    const r = merge(crlf(BASE), ours, theirs);
    expect(r.kind === 'conflict' && r.text).toBe(
      crlf(add(BASE, '  - { date: 2026-11-03, amount: 100 }   # 定金', '  - { date: 2026-11-25, amount: 50 }\n').replace('  promised: 2026-12-20\n', '<<<<<<< ours\n  promised: 2026-12-24\n=======\n  promised: 2026-12-27\n>>>>>>> theirs\n')),
    );
  });
});

describe('status', () => {
  const at = (s: string) => BASE.replace('status: preparing', `status: ${s}`);
  test('both moved on: the state further along, when the checklists on the way hold', () => {
    // ready → shipped needs what `ready` asks; this order's facts do not have it.
    expect(merge(BASE, at('ready'), at('shipped')).kind).toBe('conflict');
    // preparing's checklist asks for every milestone done and a ship_date contact: none here, no milestones.
    const facts = `${BASE}contacts:\n  - { date: 2026-11-25, node: ship_date, channel: phone }\n`;
    const atF = (s: string) => facts.replace('status: preparing', `status: ${s}`);
    expect(merge(facts, atF('on_hold'), atF('ready')).kind).toBe('conflict');
    const r = merge(facts, atF('confirmed'), atF('ready'));
    expect(r.kind).toBe('conflict'); // going back is no pick either: ready is further, but confirmed → ready needs a handoff
  });

  test('the pick: the state further along whose checklists hold', () => {
    const facts = `${BASE.replace('status: preparing', 'status: confirmed')}production:\n  handoff: 2026-11-04\n  milestones:\n    - { name: qc, due: 2026-11-25, done: 2026-11-24 }\ncontacts:\n  - { date: 2026-11-03, node: confirmed, channel: phone }\n  - { date: 2026-11-25, node: ship_date, channel: phone }\n`;
    const atF = (s: string) => facts.replace('status: confirmed', `status: ${s}`);
    expect(merge(facts, atF('preparing'), atF('ready'))).toEqual({ kind: 'merged', text: atF('ready') });
    expect(merge(facts, atF('ready'), atF('preparing'))).toEqual({ kind: 'merged', text: atF('ready') });
  });
});

describe('left to git', () => {
  test('an entry removed on their side, an unreadable version, a list both extended that is not a log', () => {
    const removed = BASE.replace('  - { date: 2026-11-03, amount: 100 }   # 定金\n', '');
    expect(merge(BASE, add(BASE, '    cause: 包装', '    action: x\n'), removed).kind).toBe('fallback');
    // Removed on our side only: theirs did not touch the list, ours is kept.
    expect(merge(BASE, removed, add(BASE, '    cause: 包装', '    action: x\n'))).toEqual({ kind: 'merged', text: add(removed, '    cause: 包装', '    action: x\n') });
    expect(merge(BASE, 'id: [', BASE).kind).toBe('fallback');
    const line = (m: string) => add(BASE, '  - { model: XK-200, quantity: 100, unit: pcs, unit_price: 100 }', `  - { model: ${m}, quantity: 10, unit: pcs }\n`);
    expect(merge(BASE, line('XK-210'), line('XK-100')).kind).toBe('fallback');
  });

  test('an empty base (both added the file): merged when the two agree but for their logs', () => {
    const ours = add(BASE, '  - { date: 2026-11-03, amount: 100 }   # 定金', '  - { date: 2026-11-25, amount: 50 }\n');
    const r = merge('', ours, BASE);
    expect(r).toEqual({ kind: 'merged', text: ours });
  });
});
