// Reports read each order for what their rows need only (reports/digest.ts). What they
// say is what the report functions say over every order loaded at once.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { checkErrors } from '../../src/app/check-passes.js';
import { Calendar } from '../../src/calendar/calendar.js';
import { registerAll } from '../../src/i18n/all.js';
import { loadOrderFile } from '../../src/load/order-file.js';
import { findConfig, loadCatalog, loadConfig } from '../../src/load/workspace.js';
import { rowFormatters } from '../../src/format/rows.js';
import { statsFormatters } from '../../src/format/stats.js';
import { todayFormatters } from '../../src/format/today.js';
import { atRisk } from '../../src/reports/at-risk.js';
import { applyFilters, type Filters } from '../../src/reports/filter.js';
import { reportInputs } from '../../src/reports/inputs.js';
import { overdue } from '../../src/reports/overdue.js';
import { stats } from '../../src/reports/stats.js';
import { todayPage } from '../../src/reports/today.js';
import { gendan, tempDir } from '../helpers/cli.js';

// Two months after the orders' last facts: many items are late by then.
const TODAY = '2026-08-20';

describe('reports that stream', () => {
  const dir = join(tempDir(), 'ws');
  generate(dir, { count: 300, seed: 11, defects: 0.2 });
  registerAll();
  const config = loadConfig(findConfig(dir), dir);
  const { catalog } = loadCatalog(config);
  const files = readdirSync(join(dir, 'orders')).sort().map((n) => join(dir, 'orders', n));
  const all = () => reportInputs(files.map((f) => loadOrderFile(f, relative(dir, f)))).inputs;
  const ctx = () => ({ config, catalog, calendar: new Calendar(config.calendar), today: TODAY, checker: checkErrors });
  const opts = { lang: 'en' as const, color: false };

  const cases: [string, Filters, string[]][] = [
    ['every order', {}, []],
    ['open orders of some customers', { status: 'confirmed,preparing,ready,on_hold', customer: '公司' }, ['--status', 'confirmed,preparing,ready,on_hold', '--customer', '公司']],
  ];
  for (const [name, filters, flags] of cases) {
    it(`say what the report functions say over all orders at once: ${name}`, async () => {
      const inputs = () => applyFilters(all(), filters);
      const run = async (args: string[]) => {
        const r = await gendan([...args, '--format', 'json', '--today', TODAY, ...flags], { cwd: dir });
        expect(r.code).toBe(0);
        return r.stdout;
      };
      expect(await run(['report', 'overdue'])).toBe(rowFormatters.json!({ name: 'overdue', today: TODAY, rows: overdue(inputs(), ctx()) }, opts));
      expect(await run(['report', 'at-risk'])).toBe(rowFormatters.json!({ name: 'at-risk', today: TODAY, rows: atRisk(inputs(), ctx()) }, opts));
      expect(await run(['report', 'stats'])).toBe(statsFormatters.json!({ today: TODAY, stats: stats(inputs()) }, opts));
      expect(await run(['today'])).toBe(todayFormatters.json!({ today: TODAY, company: config.company, orders: todayPage(inputs(), ctx()) }, opts));
      expect(JSON.parse(await run(['report', 'overdue'])).rows.length).toBeGreaterThan(filters.status ? 10 : 50);
      expect(JSON.parse(await run(['today'])).orders.length).toBeGreaterThan(filters.status ? 10 : 50);
    });
  }

  it('the table page, in the language of a workspace named by path, is the table of all orders at once', async () => {
    // Run from the folder above, so the workspace (and its `lang: zh`) is found from the path.
    const above = tempDir();
    const zh = join(above, 'zh');
    cpSync(dir, zh, { recursive: true });
    writeFileSync(join(zh, 'gendan.yaml'), readFileSync(join(zh, 'gendan.yaml'), 'utf8').replace(/^lang: .*$/m, 'lang: zh'));
    const inputs = reportInputs(files.map((f) => loadOrderFile(f, join('zh', relative(dir, f))))).inputs;
    const r = await gendan(['today', 'zh', '--today', TODAY], { cwd: above });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(todayFormatters.table!({ today: TODAY, company: config.company, orders: todayPage(inputs, ctx()) }, { lang: 'zh', color: false }));
    expect(r.stdout).toContain('今日跟单');
  });
});
