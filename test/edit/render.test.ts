// A word is judged plain without a parse: the verdict must be the parse's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { plainOk } from '../../src/edit/render.js';
import { YAML_OPTIONS } from '../../src/load/yaml-policy.js';

const readsBack = (s: string) => parse(s, YAML_OPTIONS) === s;

/** A keyword of any YAML schema, its letters in any case. */
const anyCase = fc
  .tuple(fc.constantFrom('null', 'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', 'nan', 'inf'), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }))
  .map(([w, up]) => [...w].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(''));

describe('plainOk on words', () => {
  it('agrees with reading the word back', () => {
    const word = fc.oneof(fc.stringMatching(/^[A-Za-z_][\w-]{0,10}$/), anyCase, fc.constantFrom('e5', 'E1', '_1', 'x_1', 'SO-2026-0001', 'on_hold', 'a-', 'Null', 'NULL', 'True'));
    fc.assert(
      fc.property(word, fc.boolean(), (s, flow) => {
        expect(plainOk(s, flow)).toBe(readsBack(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('quotes what the core schema reads as null or a boolean', () => {
    for (const s of ['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']) expect(plainOk(s, false)).toBe(false);
    for (const s of ['nULL', 'yes', 'no', 'on', 'off', 'received', 'on_hold']) expect(plainOk(s, false)).toBe(true);
  });
});
