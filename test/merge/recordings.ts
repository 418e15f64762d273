// Random recordings for the merge's property tests: what the recording commands write,
// each fact made unique by its step number, and the check that a merge kept them all.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Op } from '../../src/edit/ops.js';
import { BASE_ORDER } from './repo.js';

/** BASE_ORDER with an open issue and an undelivered shipment to fill in. */
export const BASE = BASE_ORDER.replace(
  'contacts:\n',
  'shipments:\n  - shipped: 2026-11-25\n    carrier: 德邦物流\n    tracking: "DP1"\n    eta: 2026-11-29\n    items: [{ model: XK-200, quantity: 10 }]\nissues:\n  - { opened: 2026-11-20, kind: other, cause: 包装 }\ncontacts:\n',
);

const days = (min: number) => fc.integer({ min, max: 30 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`);
export const day = days(6);
/** On or after the base shipment's and issue's own dates (the pre-commit hook checks the order). */
const later = days(25);

/** One recording; `k` makes its fact unique. */
export type Recording = (k: number) => Op;
export const recording: fc.Arbitrary<Recording> = fc.oneof(
  day.map((date) => (k: number): Op => ({ kind: 'append', path: ['payments'], item: { date, amount: 100 + k, note: `f${k}` } })),
  fc.tuple(day, fc.constantFrom('other', 'delay', 'payment')).map(([date, node]) => (k: number): Op => ({ kind: 'append', path: ['contacts'], item: { date, node, channel: 'phone', note: `f${k}` } })),
  day.map((opened) => (k: number): Op => ({ kind: 'append', path: ['issues'], item: { opened, kind: 'other', cause: `f${k}` } })),
  day.map((shipped) => (k: number): Op => ({ kind: 'append', path: ['shipments'], item: { shipped, carrier: '顺丰', tracking: `f${k}`, eta: '2026-12-03', items: [{ model: 'XK-200', quantity: 1 }] } })),
  day.map((d) => (k: number): Op => ({ kind: 'append', path: ['documents'], item: { kind: 'other', ref: `f${k}`, date: d } })),
  fc.constant((k: number): Op => ({ kind: 'set', path: ['issues', 0, 'action'], value: `f${k}` })),
  later.map((d) => (): Op => ({ kind: 'set', path: ['issues', 0, 'resolved'], value: d })),
  later.map((d) => (): Op => ({ kind: 'set', path: ['shipments', 0, 'delivered'], value: d })),
  day.map((d) => (): Op => ({ kind: 'set', path: ['checklist', 'logistics_arranged'], value: d })),
);

/** The steps, each on one side (true: ours). */
export const steps = fc.array(fc.tuple(fc.boolean(), recording), { minLength: 1, maxLength: 14 });

export type Data = Record<string, unknown>;
const get = (d: unknown, path: (string | number)[]) => path.reduce<unknown>((v, k) => (v as Data | undefined)?.[k as string], d);

const FIELDS = [['issues', 0, 'action'], ['issues', 0, 'resolved'], ['shipments', 0, 'delivered'], ['checklist', 'logistics_arranged']];

/** Every fact of `side` that is not the base's is in `merged`, once. */
export function expectFacts(base: Data, sides: Data[], merged: Data, facts: string[]): void {
  const json = JSON.stringify(merged);
  for (const f of facts) expect(json.split(`"${f}"`).length - 1, f).toBe(1);
  for (const path of FIELDS) {
    const b = get(base, path);
    const changed = [...new Set(sides.map((s) => get(s, path)).filter((v) => v !== b))] as string[];
    if (changed.length === 1) expect(get(merged, path), path.join('.')).toBe(changed[0]);
    // Both ticked: the earlier tick.
    if (changed.length === 2) expect(get(merged, path)).toBe(changed.sort()[0]);
  }
}

