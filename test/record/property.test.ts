// Random sequences of recording commands on a real order: after every command the file
// still loads and checks clean; a refused or misunderstood command leaves it byte for byte;
// a successful one changes exactly what it records, nothing else.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { examples, orderFile, run } from './helpers.js';

const ID = 'SO-2026-0110';
type Data = Record<string, any>;

interface Cmd {
  args: string[];
  /** The data after the command succeeded, from the data before; `date` is the day recorded. */
  expect(before: Data, date: string): Data;
}

const date = fc.constantFrom('2026-12-01', '2026-12-02', '2026-12-09', '2026-11-01', '2026-02-30', 'soon');
const text = fc.string({ minLength: 0, maxLength: 12 }).filter((s) => !s.startsWith('-'));
const push = (d: Data, key: string, item: unknown) => ({ ...d, [key]: [...(d[key] ?? []), item] });

const pay = fc.record({ amount: fc.oneof(fc.integer({ min: 1, max: 30000 }).map(String), fc.constantFrom('0', '12.345', 'x', '99999999')), force: fc.boolean() }).map(
  ({ amount, force }): Cmd => ({
    args: ['pay', ID, amount, ...(force ? ['--force'] : [])],
    expect: (d, day) => push(d, 'payments', { date: day, amount: Number(amount) }),
  }),
);

const issue = fc.record({ kind: fc.constantFrom('damage', 'loss', 'other', 'damge'), cause: text }).map(
  ({ kind, cause }): Cmd => ({ args: ['issue', ID, '--kind', kind, '--cause', cause], expect: (d, day) => push(d, 'issues', { opened: day, kind, cause }) }),
);

const doc = fc.record({ kind: fc.constantFrom('invoice', 'qc_report', 'invoce'), ref: text.filter((s) => s.trim() !== '') }).map(
  ({ kind, ref }): Cmd => ({
    args: ['doc', ID, kind, ref],
    expect: (d, day) => ((d.documents ?? []).some((x: Data) => x.kind === kind && x.ref === ref) ? d : push(d, 'documents', { kind, ref, date: day })),
  }),
);

const done = fc.constantFrom('materials_ready', 'production_started', 'qc_passed', 'qc_pased').map(
  (name): Cmd => ({
    args: ['done', ID, name],
    expect: (d, day) => {
      const out = structuredClone(d);
      const m = out.production.milestones.find((x: Data) => x.name === name);
      m.done ??= day;
      return out;
    },
  }),
);

const resolve = fc.integer({ min: 1, max: 4 }).map(
  (n): Cmd => ({
    args: ['resolve', ID, String(n)],
    expect: (d, day) => {
      const out = structuredClone(d);
      out.issues[n - 1].resolved ??= day;
      return out;
    },
  }),
);

const change = fc.constantFrom('2026-12-28', '2027-01-04', '2027-01-11').map(
  (to): Cmd => ({
    args: ['change', ID, '--promised', to, '--reason', '客户要求'],
    expect: (d, day) => {
      if (d.delivery.promised === to) return d;
      const out = push(d, 'changes', { date: day, field: 'delivery.promised', from: d.delivery.promised, to, reason: '客户要求' });
      return { ...out, delivery: { ...d.delivery, promised: to } };
    },
  }),
);

const step = fc.record({ cmd: fc.oneof(pay, issue, doc, done, resolve, change), date: fc.option(date, { nil: undefined }) });

describe('random sequences of recording commands', () => {
  it('the file loads, checks clean and holds exactly the successful edits', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const dir = examples();
        const file = orderFile(dir, ID);
        for (const { cmd, date: day } of steps) {
          const before = readFileSync(file);
          const args = day === undefined ? cmd.args : [...cmd.args, '--date', day];
          const r = await run(dir, args);
          const after = readFileSync(file);
          expect([0, 1, 2]).toContain(r.code);
          if (r.code !== 0) {
            expect(after.equals(before)).toBe(true);
            expect(r.stderr).toMatch(/^gendan: [^\n]+\n$/);
            continue;
          }
          expect(parse(after.toString('utf8'))).toEqual(cmd.expect(parse(before.toString('utf8')), day ?? '2026-12-01'));
          const check = await run(dir, ['check', `orders/${ID}.yaml`, '--format', 'json']);
          expect(JSON.parse(check.stdout).summary).toMatchObject({ errors: 0 });
        }
      }),
      { numRuns: 25 },
    );
  });
});
