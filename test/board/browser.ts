// The system's Chromium driven by playwright-core (no browser download): launched headless
// with a fresh profile and no network of its own. Tests skip, saying why, only where no
// browser is installed — never in CI, where .ci/run installs one.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { tempDir } from '../helpers/cli.js';

const CANDIDATES = [process.env.GENDAN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const CHROMIUM = CANDIDATES.find((p): p is string => p !== undefined && p !== '' && existsSync(p));

export const NO_BROWSER = CHROMIUM === undefined ? 'no Chromium found (/usr/bin/chromium; set GENDAN_CHROMIUM): the board browser tests are skipped. Install it with: apt-get install -y chromium fonts-wqy-microhei' : undefined;

export const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch(): Promise<BrowserContext> {
  if (!CHROMIUM) throw new Error(NO_BROWSER);
  const profile = tempDir('gendan-chromium-');
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 800 } });
}

export interface Opened {
  page: Page;
  errors: string[];
  /** Every request for anything but the page itself. */
  outside: string[];
  /** Milliseconds from navigation start to the load event. */
  loadMs: number;
}

/** Open a file in a new page, refusing (and recording) every request outside it. */
export async function open(context: BrowserContext, file: string, viewport = { width: 1280, height: 800 }): Promise<Opened> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const url = `file://${file}`;
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    if (r.url() !== url && !r.url().startsWith('data:')) outside.push(r.url());
  });
  await page.route('**/*', (route) => {
    const u = route.request().url();
    return u === url ? route.continue() : route.abort();
  });
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  const loadMs = Date.now() - t0;
  return { page, errors, outside, loadMs };
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
