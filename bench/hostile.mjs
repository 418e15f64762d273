#!/usr/bin/env node
// The worst files a clerk's folder can hold, each checked alone: how long `gendan check
// FILE` takes and how much memory, against the cap of about a second and 200 MiB per file
// of up to 1 MiB (docs/checking.md). Median of --runs (default 5) runs, and the spread.
//
//   node bench/hostile.mjs [--runs N]
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, run } from './measure.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const BIN = new URL('../bin/gendan.js', import.meta.url).pathname;
const MiB = 1 << 20;
const example = readFileSync(new URL('../examples/orders/SO-2026-0109.yaml', import.meta.url), 'utf8');
const withId = (id) => example.replace(/^id: .*$/m, `id: ${id}`);

const shipment = (i, events) =>
  `  - date: 2026-11-0${1 + (i % 9)}\n    carrier: SF\n    tracking: T${i}\n    items: [{ model: XK-200, quantity: 1 }]\n    events:\n` +
  Array.from({ length: events }, (_, k) => `      - { date: 2026-13-${10 + k}, status: lost${k} }`).join('\n');

const FILES = {
  'contacts: 500,000 items': `${withId('H1').replace(/^contacts:\n(  - .*\n)+/m, '')}contacts:\n${'  - { date: 2026-11-03, node: other, channel: phone }\n'.repeat(500_000)}`.slice(0, MiB),
  '121,773 unknown keys': `id: H2\n${Array.from({ length: 121_773 }, (_, i) => `k${i}: 1`).join('\n')}\n`.slice(0, MiB),
  '500,000 nested [': `id: H3\nnote: ${'['.repeat(500_000)}\n`,
  '1 MiB flow list': `id: H4\nnote: [${'1, '.repeat(MiB / 3 - 10)}1]\n`,
  '9,900 unknown keys': `${withId('H5')}${Array.from({ length: 9_900 }, (_, i) => `k${i}: 1`).join('\n')}\n`,
  '1,000 contacts, each a bad value': `${withId('H6').replace(/^contacts:\n(  - .*\n)+/m, '')}contacts:\n${Array.from({ length: 1000 }, (_, i) => `  - { date: 2026-11-03, node: other, channel: fax${i} }`).join('\n')}\n`,
  '200 shipments × 9 bad events': `${withId('H7').replace(/^shipments:\n((  |    |      ).*\n)+/m, '')}shipments:\n${Array.from({ length: 200 }, (_, i) => shipment(i, 9)).join('\n')}\n`,
};

const dir = mkdtempSync(join(tmpdir(), 'gendan-hostile-'));
mkdirSync(join(dir, 'orders'));
writeFileSync(join(dir, 'gendan.yaml'), 'orders: [orders]\n');
writeFileSync(join(dir, 'catalog.yaml'), readFileSync(new URL('../examples/catalog.yaml', import.meta.url)));
console.log(`| file | size | time (median of ${runs}) | spread | peak RSS | exit |`);
console.log('|---|---|---|---|---|---|');
try {
  for (const [name, text] of Object.entries(FILES)) {
    const file = join(dir, 'orders', 'H.yaml');
    writeFileSync(file, text);
    const rs = Array.from({ length: runs }, () => run(process.execPath, [BIN, 'check', file, '--no-cache'], { cwd: dir }));
    const ms = rs.map((r) => r.ms);
    const rss = Math.max(...rs.map((r) => r.rssMiB ?? 0));
    console.log(`| ${name} | ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB | ${(median(ms) / 1000).toFixed(2)} s | ${(Math.min(...ms) / 1000).toFixed(2)}–${(Math.max(...ms) / 1000).toFixed(2)} s | ${rss ? `${rss.toFixed(0)} MiB` : '—'} | ${rs[0].status} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
