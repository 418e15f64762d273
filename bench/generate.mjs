#!/usr/bin/env node
// Deterministic generator of realistic gendan workspaces for the benchmark.
//   node bench/generate.mjs <dir> [--count N] [--seed S] [--defects RATE] [--quote-dates] [--today YYYY-MM-DD]
// The same arguments always give the same files. Without --defects the workspace checks
// clean; with it, that share of orders gets one planted defect each (see gen/defects.mjs).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { CONFIG_TEXT, catalog, catalogText } from './gen/catalog.mjs';
import { buildOrder } from './gen/order.mjs';
import { renderOrder } from './gen/render.mjs';
import { DEFECTS, plant } from './gen/defects.mjs';
import { rng, toDays } from './gen/random.mjs';

/** The date the benchmark runs "on": every order date lies before it, all within the calendar data. */
export const BENCH_TODAY = '2026-06-15';

export function generate(dir, { count = 1000, seed = 1, defects = 0, quoteDates = false, today = BENCH_TODAY } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'orders'), { recursive: true });
  const products = catalog();
  writeFileSync(join(dir, 'gendan.yaml'), CONFIG_TEXT);
  writeFileSync(join(dir, 'catalog.yaml'), catalogText(products));
  const r = rng(seed);
  const active = products.filter((p) => !p.retired);
  const kinds = Object.keys(DEFECTS);
  const planted = {};
  for (let seq = 1; seq <= count; seq++) {
    const order = buildOrder(r, { products: active, today: toDays(today), seq });
    const defect = defects > 0 && r.chance(defects) ? r.pick(kinds) : undefined;
    let name = order.id;
    if (defect) {
      planted[defect] = (planted[defect] ?? 0) + 1;
      plant(defect, order);
      if (defect === 'id-filename') name = `${order.id}-draft`;
    }
    let text = renderOrder(order, { quoteDates });
    if (defect) text = plant(defect, order, text) ?? text;
    writeFileSync(join(dir, 'orders', `${name}.yaml`), text);
  }
  return { dir, count, planted };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, defects: { type: 'string', default: '0' }, 'quote-dates': { type: 'boolean', default: false }, today: { type: 'string', default: BENCH_TODAY } },
  });
  if (positionals.length !== 1) {
    process.stderr.write('usage: node bench/generate.mjs <dir> [--count N] [--seed S] [--defects RATE] [--quote-dates] [--today YYYY-MM-DD]\n');
    process.exit(2);
  }
  const result = generate(positionals[0], { count: Number(values.count), seed: Number(values.seed), defects: Number(values.defects), quoteDates: values['quote-dates'], today: values.today });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
