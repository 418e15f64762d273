// Issue item 13: every quantity gendan suggests meets the minimum order, the order multiple
// and whole numbers together — in the messages of the real CLI and for any catalog entry.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validAround } from '../../src/facts/line-quantities.js';
import { isMultiple } from '../../src/facts/line-quantities.js';
import { gendan, workspace } from '../helpers/cli.js';

const catalog = `products:
  - { model: CP-9, unit: pcs, moq: 100, multiple: 50 }
  - { model: ST-1, unit: set, moq: 10 }
`;
const order = (model: string, quantity: number, unit: string) => `id: SO-1
status: received
customer: { name: 恒达机械 }
ordered: 2026-11-20
lines:
  - { model: ${model}, quantity: ${quantity}, unit: ${unit} }
`;

async function messages(text: string): Promise<string[]> {
  const dir = workspace({ 'gendan.yaml': 'catalog: catalog.yaml\n', 'catalog.yaml': catalog, 'orders/SO-1.yaml': text });
  const r = await gendan(['check', '--format', 'json', '--today', '2026-11-28'], { cwd: dir });
  return (JSON.parse(r.stdout) as { problems: { message: string }[] }).problems.map((p) => p.message);
}

describe('suggested quantities', () => {
  it('10 with moq 100 and multiple 50: at least 100, never 50', async () => {
    const all = (await messages(order('CP-9', 10, 'pcs'))).join('\n');
    expect(all).toContain('order at least 100 pcs');
    expect(all).not.toMatch(/\b50 pcs would be/);
    expect(all).toContain('100 pcs would be');
  });

  it('1.5 set with moq 10: 10 set, not "1 or 2"', async () => {
    const all = (await messages(order('ST-1', 1.5, 'set'))).join('\n');
    expect(all).toContain('10 set would be');
    expect(all).not.toContain('1 or 2');
  });

  it('any suggestion meets moq, multiple and whole numbers together', () => {
    const step = fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 2000 }).map((k) => k / 4));
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }), step, fc.boolean(), (x, moq, multiple, whole) => {
        const near = validAround(x, { moq, multiple, whole });
        for (const v of [near.below, near.above]) {
          if (v === undefined) continue;
          if (moq !== undefined && v < moq - 1e-9) return false;
          if (multiple !== undefined && !isMultiple(v, multiple)) return false;
          if (whole && !isMultiple(v, 1)) return false;
        }
        return near.above > x - 1e-9 && (near.below === undefined || near.below < x);
      }),
      { numRuns: 3000 },
    );
  });
});
