// The fast reader must give exactly what the yaml package gives, or step aside: on every
// text, either fastParse returns undefined, or yaml parses it without a problem into
// deep-equal data. Checked on the bundled files, on generated workspaces and on
// generated, damaged YAML.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/load/fast-parse.js';
import { parseYaml } from '../../src/load/parse.js';
import { ROOT } from '../helpers/cli.js';
import { generatedOrders } from './generated.js';
import { yamlText } from './yaml-gen.js';

/** undefined when the two agree, else a description of the disagreement. */
function disagreement(text: string): string | undefined {
  const fast = fastParse(text);
  if (fast === undefined) return undefined;
  const slow = parseYaml(text);
  if (slow.findings.length > 0) return `fast accepted what yaml rejects: ${slow.findings[0]!.msg.id}`;
  if (!isDeepStrictEqual(fast, slow.data)) return `data differ: ${JSON.stringify(fast)} vs ${JSON.stringify(slow.data)}`;
  return undefined;
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    if (statSync(full).isDirectory()) out.push(...yamlFiles(full));
    else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

describe('fastParse agrees with the yaml package', () => {
  it('on every bundled example and test fixture', () => {
    const files = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test'))];
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(disagreement(readFileSync(f, 'utf8').replace(/^\ufeff/, '')), f).toBeUndefined();
  });

  it('on generated workspaces, and reads every clean generated order itself', () => {
    for (const quoteDates of [false, true]) {
      const clean = generatedOrders({ count: 150, seed: 7, quoteDates });
      for (const text of clean) {
        expect(disagreement(text)).toBeUndefined();
        expect(fastParse(text)).toBeDefined();
      }
      for (const text of generatedOrders({ count: 150, seed: 8, quoteDates, defects: 0.5 })) expect(disagreement(text)).toBeUndefined();
    }
  });

  it('on generated and damaged YAML', () => {
    fc.assert(fc.property(yamlText, (text) => disagreement(text) === undefined), { numRuns: Number(process.env.GENDAN_FUZZ_RUNS ?? 3000) });
  });

  it('resolves plain scalars by the YAML 1.2 core schema, as yaml does', () => {
    const cases = ['12', '-7', '+3', '0o17', '0x1F', '0b101', '012', '1_000', '1.5', '.5', '5.', '1e3', '-1.2E-3', '.inf', '-.Inf', '.nan', '~', 'null', 'NULL', 'True', 'FALSE', 'yes', 'on', '2026-11-20', 'SO-1'];
    for (const c of cases) {
      const text = `v: ${c}\nw: [${c}]\n`;
      expect(fastParse(text), c).toEqual(parseYaml(text).data);
    }
  });

  it('steps aside for anchors, tags, tabs, duplicate keys, folded scalars and more documents', () => {
    const outside = ['a: &x 1\nb: *x\n', 'a: !!str 5\n', 'a:\n\tb: 1\n', 'a: 1\na: 2\n', 'a: >\n  folded\n', 'a: 1\n---\nb: 2\n', '%YAML 1.1\n---\na: 1\n', 'a: "two\n  lines"\n', 'a: [1,\n  2]\n', '__proto__: 1\n', '- a\n', 'a: b: c\n', ''];
    for (const text of outside) expect(fastParse(text), JSON.stringify(text)).toBeUndefined();
  });
});
