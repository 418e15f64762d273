// The board in a real browser (the system Chromium, headless): the page made from the
// examples and from a generated 1,000-order workspace opens without a console error and
// without a request outside the file; the figures the browser shows equal the JSON
// reports'; one timeline bar per open order; nothing wider than a phone; no serious or
// critical accessibility violation (axe-core, run inside the page); sorting works.
// Screenshots at 1280×800 and 390×844 go to test-artifacts/ (not committed).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { copyExamples, tempDir } from '../helpers/cli.js';
import { artifact, CHROMIUM, launch, NO_BROWSER, open } from './browser.js';
import { board, compare, reports, type Reports } from './figures.js';

if (NO_BROWSER) {
  // CI installs Chromium (.ci/run): there, a missing browser is a failure, not a skip.
  if (process.env.CI) throw new Error(NO_BROWSER);
  console.warn(`skipped: ${NO_BROWSER}`);
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Case {
  name: string;
  today: string;
  make: () => string;
}

const CASES: Case[] = [
  { name: 'examples', today: '2026-12-04', make: copyExamples },
  { name: 'generated-1000', today: '2026-06-15', make: () => generate(join(tempDir(), 'ws'), { count: 1000, seed: 7 }).dir },
];

/** The figures as the browser shows them: read from the rendered DOM, not the source. */
async function shown(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}

async function axe(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
}

describe.skipIf(CHROMIUM === undefined)('the board in Chromium', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launch();
  }, 60_000);
  afterAll(async () => {
    await context?.close();
  });

  for (const c of CASES) {
    describe(c.name, () => {
      let file: string;
      let rep: Reports;
      beforeAll(async () => {
        const cwd = c.make();
        await board(cwd, c.today, ['--lang', 'zh']);
        file = join(cwd, 'board.html');
        rep = await reports(cwd, c.today);
      }, 120_000);

      it('opens with no console error and no request outside the file; its figures are the reports’', async () => {
        const { page, errors, outside } = await open(context, file);
        expect(errors).toEqual([]);
        expect(outside).toEqual([]);
        const html = await shown(page);
        compare(html, rep, (actual, wanted, what) => expect(actual, what).toEqual(wanted));
        // The bars are drawn: one SVG track per open order, each with a today line.
        const openOrders = rep.list.orders.filter((o) => o.status !== 'closed' && o.status !== 'cancelled').length;
        expect(await page.locator('[data-bar]').count()).toBe(openOrders);
        expect(await page.locator('[data-bar] svg rect.g-today').count()).toBe(openOrders);
        // What people read equals the data: the headline "open" number as rendered.
        expect(await page.locator('[data-figure="open"] dd').innerText()).toBe(String(openOrders));
        await page.screenshot({ path: artifact(`board-${c.name}-1280x800.png`) });
        await page.close();
      }, 120_000);

      it('fits a phone 390 px wide', async () => {
        const { page, errors } = await open(context, file, { width: 390, height: 844 });
        expect(errors).toEqual([]);
        const wide = await page.evaluate(() =>
          [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 391 && !e.closest('.scroll')).map((e) => `${e.tagName}.${e.className}`).slice(0, 5),
        );
        expect(wide).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await page.screenshot({ path: artifact(`board-${c.name}-390x844.png`) });
        await page.close();
      }, 120_000);

      it('has no serious or critical accessibility violation (axe-core)', async () => {
        const { page } = await open(context, file);
        const bad = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad).toEqual([]);
        await page.close();
      }, 180_000);
    });
  }

  it('sorts a table by a column when its heading is clicked, and back', async () => {
    const cwd = copyExamples();
    await board(cwd, '2026-12-04');
    const { page, errors } = await open(context, join(cwd, 'board.html'));
    const days = () => page.locator('#overdue tbody tr').evaluateAll((rows) => rows.map((r) => Number((r as HTMLTableRowElement).dataset.days)));
    const before = await days();
    expect(before).toEqual([...before].sort((a, b) => b - a));
    const heading = page.locator('#overdue th').nth(5).locator('button');
    await heading.click();
    expect(await days()).toEqual([...before].sort((a, b) => a - b));
    expect(await page.locator('#overdue th').nth(5).getAttribute('aria-sort')).toBe('ascending');
    await heading.click();
    expect(await days()).toEqual([...before].sort((a, b) => b - a));
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('would see a request outside the file and a console error (the checks above can fail)', async () => {
    const cwd = copyExamples();
    const html = await board(cwd, '2026-12-04');
    const file = join(cwd, 'bad.html');
    writeFileSync(file, html.replace('</body>', '<img alt="" src="https://example.invalid/x.png"><script>console.error("boom")</script></body>'));
    const { page, errors, outside } = await open(context, file);
    expect(outside).toEqual(['https://example.invalid/x.png']);
    expect(errors.some((e) => e.includes('boom'))).toBe(true);
    await page.close();
  }, 60_000);

  it('prints on A4', async () => {
    const cwd = copyExamples();
    await board(cwd, '2026-12-04');
    const { page } = await open(context, join(cwd, 'board.html'));
    const pdf = await page.pdf({ format: 'A4', path: artifact('board-examples-a4.pdf') });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Every page is A4 (595 × 842 points).
    const sizes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(sizes.length).toBeGreaterThan(0);
    for (const [w, h] of sizes) expect([Math.abs(w! - 595) <= 1, Math.abs(h! - 842) <= 1]).toEqual([true, true]);
    await page.close();
  }, 60_000);
});
