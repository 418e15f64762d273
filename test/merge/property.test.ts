// Random recordings on two sides of one order, then the merge: every fact recorded on either
// side is in the result exactly once, or the merge says conflict — never a silent loss,
// never a fall back to line merging for the edits the recording commands make.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkErrors } from '../../src/app/check-passes.js';
import { Calendar } from '../../src/calendar/calendar.js';
import { applyOps } from '../../src/edit/apply.js';
import { parseData } from '../../src/load/parse.js';
import { mergeOrderTexts } from '../../src/merge/merge.js';
import { planMerge } from '../../src/merge/plan.js';
import { settleRules } from '../../src/merge/resolve.js';
import { applyToOurs } from '../../src/merge/text.js';
import { defaultConfig } from '../../src/model/config.js';
import { parseCatalogText } from './catalog.js';
import { BASE, expectFacts, steps, type Data } from './recordings.js';

const config = defaultConfig('.');
const ctx = { config, catalog: parseCatalogText(), calendar: new Calendar(config.calendar), today: '2026-12-01', checker: checkErrors };

/** The data with every list sorted: for comparing merges whose entries of one date may be in either order. */
function unordered(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(unordered).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unordered(x)]));
  return v;
}

describe('merging random recordings from two sides', () => {
  test('every fact once, or a conflict; never a fall back', () => {
    fc.assert(
      fc.property(steps, (list) => {
        let ours = BASE;
        let theirs = BASE;
        const facts: string[] = [];
        list.forEach(([mine, make], k) => {
          const op = make(k);
          if (op.kind === 'append') facts.push(`f${k}`);
          if (mine) ours = applyOps(ours, parseData(ours).data, [op]).text;
          else theirs = applyOps(theirs, parseData(theirs).data, [op]).text;
        });
        const r = mergeOrderTexts(BASE, ours, theirs, ctx);
        expect(r.kind).not.toBe('fallback');
        if (r.kind === 'conflict') {
          // The conflicting values are both in the text; every fact is still there.
          expect(r.text).toContain('<<<<<<< ours');
          for (const c of r.conflicts) expect(c.path.join('.')).toMatch(/^(issues\.0\.(action|resolved)|shipments\.0\.delivered)$/);
          for (const f of facts) expect(r.text).toContain(f);
          return;
        }
        if (r.kind !== 'merged') return;
        const [b, o, t, m] = [BASE, ours, theirs, r.text].map((x) => parseData(x).data as Data);
        expectFacts(b!, [o!, t!], m!, facts);
        // Lists found by their lines or through the yaml Document: the same text.
        const planned = planMerge(b, o, t, settleRules(b, o, t));
        expect(applyToOurs(ours, theirs, planned.ops, false)).toBe(applyToOurs(ours, theirs, planned.ops, true));
        // Merging the other way round holds the same data (entries of one date may come in another order).
        const back = mergeOrderTexts(BASE, theirs, ours, ctx);
        expect(back.kind).toBe('merged');
        if (back.kind === 'merged') expect(unordered(parseData(back.text).data)).toEqual(unordered(m));
      }),
      { numRuns: 50 },
    );
  }, 120_000);
});
