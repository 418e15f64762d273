// Ship-by incoterms (EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP): the promised date is the day
// the goods must leave. Feasibility without transit, `delivery` late only while not shipped,
// at-risk counted to the ship date, on-time judged by the last `shipped`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExamples, gendan } from '../helpers/cli.js';
import { order, report, ws } from '../reports/fixture.js';

const FOB = 'orders/SO-2026-0117.yaml';

function edit(cwd: string, file: string, from: string, to: string): void {
  const path = join(cwd, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

async function check(cwd: string, file: string) {
  const r = await gendan(['check', file, '--format', 'json', '--today', '2026-11-25'], { cwd });
  return { code: r.code, problems: (JSON.parse(r.stdout) as { problems: { rule: string; message: string }[] }).problems };
}

describe('the FOB example (sea, Ningbo port)', () => {
  it('is feasible: ready + buffer is before the ship-by date', async () => {
    const cwd = copyExamples();
    expect(await check(cwd, FOB)).toEqual({ code: 0, problems: [] });
  });

  it('the same order judged on arrival (DAP, or no incoterm) is infeasible by the 25 days at sea', async () => {
    for (const term of ['  incoterm: DAP\n', '']) {
      const cwd = copyExamples();
      edit(cwd, FOB, '  incoterm: FOB\n', term);
      const { code, problems } = await check(cwd, FOB);
      expect(code).toBe(1);
      expect(problems.map((p) => p.rule)).toEqual(['delivery-infeasible']);
      expect(problems[0]!.message).toBe('promised 2026-12-18 is before the earliest feasible 2027-01-11 (confirmed 2026-11-25 + 15 working days XK-200 + 1 buffer + 25 days sea)');
    }
  });

  it('a ship-by date too early says so, without transit', async () => {
    const cwd = copyExamples();
    edit(cwd, FOB, '  promised: 2026-12-18 ', '  promised: 2026-12-10 ');
    const r = await gendan(['check', FOB, '--today', '2026-11-25', '--lang', 'zh'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('承诺装运期（FOB） 2026-12-10 早于最早可行交期 2026-12-17（确认日 2026-11-25 + XK-200 生产/备货 15 个工作日 + 缓冲 1 个工作日）');
  });

  it('is late in report overdue only while not shipped by its date', async () => {
    const cwd = copyExamples();
    const late = (await report('overdue', cwd, '2026-12-21')).rows.filter((r) => r.order === 'SO-2026-0117' && r.kind === 'delivery');
    expect(late).toHaveLength(1);
    expect(late[0]!.what).toBe('promised ship-by date 2026-12-18, order confirmed');
    // Shipped on the 18th, at sea until January: not late.
    edit(cwd, FOB, 'status: confirmed', 'status: shipped');
    edit(cwd, FOB, 'contacts:\n', 'shipments:\n  - { shipped: 2026-12-18, carrier: COSCO Shipping, tracking: "COSU6300011122", eta: 2027-01-12 }\ncontacts:\n');
    const rows = (await report('overdue', cwd, '2026-12-21')).rows.filter((r) => r.order === 'SO-2026-0117');
    expect(rows).toEqual([]);
  });
});

const fob = (status: string, extra: Record<string, unknown> = {}) =>
  order('SO-1', status, { delivery: { promised: '2026-12-10', method: 'sea', incoterm: 'FOB' }, production: { handoff: '2026-11-03', milestones: [{ name: 'qc_passed', due: '2026-12-01' }] }, ...extra });

describe('at risk and stats under a ship-by term', () => {
  it('at risk counts to the ship date, not to an arrival after the sea voyage', async () => {
    const cwd = ws([fob('preparing')]);
    expect((await report('at-risk', cwd, '2026-11-20')).rows).toEqual([]);
    const near = (await report('at-risk', cwd, '2026-12-08')).rows;
    expect(near.map((r) => [r.kind, r.due])).toEqual([['delivery', '2026-12-10']]);
    expect(near[0]!.action).toBe('ship by 2026-12-10: the goods must leave by 2026-12-10');
    const tooLate = (await report('at-risk', ws([fob('preparing', { production: { handoff: '2026-11-03', milestones: [{ name: 'qc_passed', due: '2026-12-10' }] } })]), '2026-11-20')).rows;
    expect(tooLate[0]!.what).toBe('earliest shipment 2026-12-11 is after the promised ship-by date 2026-12-10 (qc_passed due 2026-12-10 + 1 buffer)');
    const gone = ws([fob('shipped', { shipments: [{ shipped: '2026-12-09', carrier: 'COSCO', tracking: 'B1', eta: '2027-01-05' }] })]);
    expect((await report('at-risk', gone, '2026-12-09')).rows).toEqual([]);
  });

  it('report stats: on time when the last shipment left by the date, whenever it arrives', async () => {
    const shipped = (date: string) => ({ shipments: [{ shipped: date, carrier: 'COSCO', tracking: 'B1', eta: '2027-01-05' }] });
    const cwd = ws([{ ...fob('shipped', shipped('2026-12-09')), id: 'SO-1' }, { ...fob('shipped', shipped('2026-12-12')), id: 'SO-2' }]);
    const r = await gendan(['report', 'stats', '--today', '2026-12-20', '--format', 'json'], { cwd });
    expect(JSON.parse(r.stdout)).toMatchObject({ delivered: 2, on_time: 1, late: 1 });
    // Judged on arrival, neither has arrived yet.
    const dap = ws([{ ...fob('shipped', shipped('2026-12-09')), delivery: { promised: '2026-12-10', method: 'sea', incoterm: 'DAP' } }]);
    expect(JSON.parse((await gendan(['report', 'stats', '--today', '2026-12-20', '--format', 'json'], { cwd: dap })).stdout)).toMatchObject({ delivered: 0 });
  });
});

describe('deposit wording follows payment.deposit_kind', () => {
  it('预付款 by default, 定金 when the contract says deposit', async () => {
    const base = { payment: { deposit_percent: 30, balance: 'before_shipment' } };
    const advance = ws([order('SO-1', 'confirmed', base)]);
    const a = await gendan(['checklist', 'SO-1', '--lang', 'zh'], { cwd: advance });
    expect(a.stdout).toContain('✗ 预付款已收');
    expect(a.stdout).toContain('30% 预付款为 9,000.00');
    const deposit = ws([order('SO-1', 'confirmed', { payment: { ...base.payment, deposit_kind: 'deposit' } })]);
    const d = await gendan(['checklist', 'SO-1', '--lang', 'zh'], { cwd: deposit });
    expect(d.stdout).toContain('✗ 定金已收');
    expect(d.stdout).not.toContain('预付款');
    const en = await gendan(['checklist', 'SO-1', '--lang', 'en'], { cwd: advance });
    expect(en.stdout).toContain('advance payment received');
  });

  it('and so do the messages', async () => {
    const cwd = copyExamples();
    const zh = await gendan(['message', 'SO-2026-0109', 'confirmed', '--lang', 'zh', '--today', '2026-12-02'], { cwd });
    expect(zh.stdout).toContain('预付款 19,275.00 元（30%）已收到');
    const fobZh = await gendan(['message', 'SO-2026-0117', 'confirmed', '--lang', 'zh', '--today', '2026-12-02'], { cwd });
    expect(fobZh.stdout).toContain('定金 USD 10,110.00（30%）已收到');
  });
});
