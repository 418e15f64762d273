#!/usr/bin/env node
// Remake docs/board.png: the board of examples/ as the README shows it.
//   npm run build && node scripts/board-screenshot.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const html = join(mkdtempSync(join(tmpdir(), 'gendan-shot-')), 'board.html');
const r = spawnSync(process.execPath, [join(root, 'bin/gendan.js'), 'board', '--today', '2026-12-04', '--lang', 'zh', '-o', html], { cwd: join(root, 'examples'), encoding: 'utf8' });
if (r.status !== 0) throw new Error(r.stderr);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gendan-chromium-')), {
  executablePath: process.env.GENDAN_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1000, height: 1200 },
});
const page = await context.newPage();
await page.goto(`file://${html}`);
await page.screenshot({ path: join(root, 'docs/board.png') });
await context.close();
