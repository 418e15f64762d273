#!/usr/bin/env node
// The board on a large workspace: how big the page is and how long the browser takes to
// open it (goals: under 5 MB, under 3 s). A measurement, not a test.
//   npm run build && node bench/board.mjs [--count 10000] [--runs 3] [--workspace DIR]
// --workspace reuses a workspace made before by bench/generate.mjs (same --count).
// Needs Chromium at /usr/bin/chromium (or GENDAN_CHROMIUM).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { BENCH_TODAY, generate } from './generate.mjs';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' }, workspace: { type: 'string' } } });
const count = Number(values.count);
const runs = Number(values.runs);
const root = resolve(import.meta.dirname, '..');
const dir = values.workspace ?? join(mkdtempSync(join(tmpdir(), 'gendan-board-')), 'ws');
if (!values.workspace) generate(dir, { count, seed: 1 });
const out = join(dir, 'board.html');

const t0 = process.hrtime.bigint();
const r = spawnSync(process.execPath, [join(root, 'bin/gendan.js'), 'board', '--today', BENCH_TODAY, '-o', out], { cwd: dir, encoding: 'utf8' });
const writeMs = Number(process.hrtime.bigint() - t0) / 1e6;
if (r.status !== 0) throw new Error(`gendan board failed: ${r.stderr}`);
const bytes = statSync(out).size;

const executablePath = process.env.GENDAN_CHROMIUM || '/usr/bin/chromium';
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const opens = [];
for (let i = 0; i < runs; i++) {
  // A fresh browser and profile each time: nothing cached from the run before.
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gendan-chromium-')), { executablePath, headless: true, args: flags, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const start = Date.now();
  await page.goto(`file://${out}`, { waitUntil: 'load' });
  // Until the first frame after load is painted.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  opens.push(Date.now() - start);
  const bars = await page.locator('[data-bar]').count();
  if (i === 0) console.error(`timeline bars: ${bars}`);
  await context.close();
}
const median = [...opens].sort((a, b) => a - b)[Math.floor(opens.length / 2)];
console.log(JSON.stringify({ orders: count, bytes, megabytes: +(bytes / 1048576).toFixed(2), write_ms: Math.round(writeMs), open_ms: opens, open_ms_median: median }));
if (bytes >= 5 * 1048576 || median >= 3000) {
  console.error('over the goal: the page must stay under 5 MB and open in under 3 s');
  process.exitCode = 1;
}
