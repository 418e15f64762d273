// Rule tests in the style of ESLint's RuleTester: tables of valid and invalid orders, each
// checked by the real CLI (`gendan check --format json`) in a temp workspace, asserting the
// rule id, file, line and column of every problem, and part of its message in en and zh.
import { describe, expect, it } from 'vitest';
import { gendan, workspace } from '../helpers/cli.js';

export const CATALOG = `products:
  - model: XK-200
    name: 减速机 XK-200
    unit: pcs
    alt_units: { box: 10 }
    moq: 50
    multiple: 10
    fulfilment: make
    lead_days: 15
  - model: XK-210
    name: 减速机 XK-210
    unit: pcs
    fulfilment: make
    lead_days: 10
  - model: XK-100
    unit: pcs
    status: discontinued
    replaced_by: XK-210
  - model: XK-050
    unit: set
    status: discontinued
  - model: BR-6205
    name: 深沟球轴承 6205
    unit: pcs
    alt_units: { box: 50, pallet: 2000 }
    moq: 100
    multiple: 20
    fulfilment: stock
    lead_days: 2
  - model: GR-46
    name: 齿轮油 46#
    unit: kg
    alt_units: { drum: 170, g: 0.001 }
    multiple: 0.5
    fulfilment: stock
  - model: SP-KIT
    name: 备件包
    unit: pcs
    integer: false
`;

export const CONFIG = 'catalog: catalog.yaml\n';

export interface Case {
  name?: string;
  /** One order; saved as orders/<its id>.yaml unless `file` says otherwise. */
  order?: string;
  file?: string;
  /** Several files, by path inside the workspace (for rules over all files). */
  files?: Record<string, string>;
  /** Catalog text; null for none at all. */
  catalog?: string | null;
  config?: string;
  today?: string;
  /** The order breaks the schema on purpose: the rule must stay silent all the same. */
  breaksSchema?: true;
}

export interface Expected {
  line: number;
  column: number;
  file?: string;
  /** Text the English message must contain. */
  message?: string;
  /** Text the Chinese message must contain. */
  zh?: string;
}

export interface InvalidCase extends Case {
  errors: Expected[];
}

interface JsonProblem {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  order?: string;
  message: string;
}

function setUp(c: Case): string {
  const files: Record<string, string> = { 'gendan.yaml': c.config ?? CONFIG, ...c.files };
  if (c.catalog !== null) files['catalog.yaml'] = c.catalog ?? CATALOG;
  if (c.order !== undefined) {
    const id = /^id:\s*(\S+)/m.exec(c.order)?.[1] ?? 'order';
    files[c.file ?? `orders/${id}.yaml`] = c.order;
  }
  return workspace(files);
}

async function problems(dir: string, c: Case, lang: 'en' | 'zh'): Promise<JsonProblem[]> {
  const r = await gendan(['check', '--format', 'json', '--lang', lang, '--today', c.today ?? '2026-11-28'], { cwd: dir });
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.code);
  return (JSON.parse(r.stdout) as { problems: JsonProblem[] }).problems;
}

const LOAD_RULES = new Set(['file', 'yaml-syntax', 'schema']);

export function ruleTests(rule: string, tables: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule, () => {
    tables.valid.forEach((c, i) => {
      it(`valid ${i + 1}: ${c.name ?? 'no problem'}`, async () => {
        const dir = setUp(c);
        const all = await problems(dir, c, 'en');
        // A valid case proves something only if its order loads: silence about a file that
        // no longer parses, or breaks the schema, would pass for the wrong reason.
        if (!c.breaksSchema && !LOAD_RULES.has(rule)) {
          expect(all.filter((p) => LOAD_RULES.has(p.rule)).map((p) => `${p.rule}: ${p.message}`)).toEqual([]);
        }
        expect(all.filter((p) => p.rule === rule)).toEqual([]);
      });
    });
    tables.invalid.forEach((c, i) => {
      it(`invalid ${i + 1}: ${c.name ?? c.errors[0]?.message ?? 'fires'}`, async () => {
        const dir = setUp(c);
        for (const lang of ['en', 'zh'] as const) {
          const found = (await problems(dir, c, lang)).filter((p) => p.rule === rule);
          expect(found.map((p) => ({ line: p.line, column: p.column }))).toEqual(c.errors.map((e) => ({ line: e.line, column: e.column })));
          found.forEach((p, j) => {
            const want = c.errors[j]!;
            if (want.file !== undefined) expect(p.file).toBe(want.file);
            // Every placeholder filled, every nested message translated.
            expect(p.message).not.toMatch(/\{\w+\}/);
            expect(p.message).not.toContain(`${rule}/`);
            if (lang === 'en' && want.message !== undefined) expect(p.message).toContain(want.message);
            if (lang === 'zh') {
              expect(p.message).toMatch(/\p{Script=Han}/u);
              if (want.zh !== undefined) expect(p.message).toContain(want.zh);
            }
          });
        }
      });
    });
  });
}

/** A received order of these lines (each from `line`), the shape most line rules test. */
export const linesOrder = (lines: string): string => `id: SO-1
status: received
customer: { name: 恒达机械 }
ordered: 2026-11-20
lines:
${lines}`;

/** One order line in flow style. */
export const line = (model: string, quantity: number | string, unit: string): string => `  - { model: ${model}, quantity: ${quantity}, unit: ${unit} }\n`;
