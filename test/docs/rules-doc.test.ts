// docs/rules.md is made from the rules' metadata; this fails when it is stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesDoc } from '../../src/format/rules-doc.js';
import { rules } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';

describe('docs/rules.md', () => {
  it('matches the rules in src/rules/ (run `npm run docs` after changing a rule)', () => {
    expect(readFileSync(join(ROOT, 'docs/rules.md'), 'utf8')).toBe(rulesDoc(rules));
  });

  it('lists every rule once, with a description in both languages', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.description.en.length, r.id).toBeGreaterThan(10);
      expect(r.description.zh, r.id).toMatch(/\p{Script=Han}/u);
    }
  });
});
