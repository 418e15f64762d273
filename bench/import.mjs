#!/usr/bin/env node
// `node bench/import.mjs [--orders 1000] [--runs 3]`: how long `gendan import orders` takes
// for an ERP export of N orders (two lines each, GBK CSV with a title row) and for the same
// as an .xlsx, into an empty workspace each run; and `import tracking` of one event per
// order. Needs `npm run build` first. Prints a markdown table of medians: wall time, CPU
// time (user + system, what the machine's load does not change) and peak RSS.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { median, run } from './measure.mjs';

// CPU seconds (user + system) of the child, from GNU time: on a shared machine the wall
// time says more about the neighbours than about gendan.
const TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%U', 'true']).status === 0 ? '/usr/bin/time' : undefined;
function cpuSeconds(args, cwd) {
  if (!TIME) return undefined;
  const out = join(os.tmpdir(), `gendan-import-cpu-${process.pid}`);
  const r = spawnSync(TIME, ['-o', out, '-f', '%U %S', process.execPath, join(ROOT, 'bin/gendan.js'), '--today', TODAY, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const [u, sys] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  rmSync(out, { force: true });
  return r.status === 0 ? u + sys : undefined;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const iconv = require('iconv-lite');
const ExcelJS = require('exceljs');
const { values } = parseArgs({ options: { orders: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } } });
const N = Number(values.orders);
const RUNS = Number(values.runs);
const TODAY = '2026-12-01';

const header = ['订单号', '客户名称', '联系人', '电话', '规格型号', '数量', '单位', '单价', '交货日期', '运输方式', '业务员', '下单日期'];
const rows = [];
for (let i = 1; i <= N; i++) {
  const id = `SO-2026-${String(i).padStart(5, '0')}`;
  const customer = `客户${i % 97}机械有限公司`;
  rows.push([id, customer, '王经理', '13800000000', 'XK-200', String(50 + (i % 10) * 10), '台', '128.50', '2027/3/5', '汽运', '李娜', '2026/11/20']);
  rows.push([id, customer, '王经理', '13800000000', 'GB-350', '2', '套', '5000', '2027/3/5', '汽运', '李娜', '2026/11/20']);
}

const base = mkdtempSync(join(os.tmpdir(), 'gendan-import-bench-'));
const csvPath = join(base, 'erp.csv');
writeFileSync(csvPath, iconv.encode([['销售订单列表'], header, ...rows].map((r) => r.join(',')).join('\r\n'), 'gbk'));
const xlsxPath = join(base, 'erp.xlsx');
{
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('订单');
  ws.addRow(['销售订单列表']);
  ws.mergeCells('A1:L1');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r.map((v, i) => (i === 5 || i === 7 ? Number(v) : v)));
  await book.xlsx.writeFile(xlsxPath);
}
const trackingPath = join(base, 'tracking.csv');

function freshWorkspace(withShipments) {
  const dir = mkdtempSync(join(base, 'ws-'));
  writeFileSync(join(dir, 'gendan.yaml'), 'lang: en\ncatalog: catalog.yaml\ncalendar:\n  region: none\n');
  writeFileSync(join(dir, 'catalog.yaml'), 'products:\n  - { model: XK-200, unit: pcs, fulfilment: make, lead_days: 10 }\n  - { model: GB-350, unit: set, fulfilment: make, lead_days: 20 }\n');
  mkdirSync(join(dir, 'orders'));
  if (withShipments) {
    const r = gendan(['import', 'orders', csvPath], dir);
    if (r.status !== 0) throw new Error(r.stdout + r.stderr);
  }
  return dir;
}

const gendan = (args, cwd) => run(process.execPath, [join(ROOT, 'bin/gendan.js'), '--today', TODAY, ...args], { cwd, env: { NO_COLOR: '1' } });

function measure(label, make, args) {
  const times = [];
  const cpu = [];
  const rss = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = make();
    const r = gendan(args, dir);
    if (r.status !== 0) throw new Error(`${label} exited ${r.status}: ${r.stdout.slice(-1000)}${r.stderr.slice(-1000)}`);
    times.push(r.ms);
    if (r.rssMiB !== undefined) rss.push(r.rssMiB);
    rmSync(dir, { recursive: true, force: true });
    const again = make();
    const c = cpuSeconds(args, again);
    if (c !== undefined) cpu.push(c);
    rmSync(again, { recursive: true, force: true });
  }
  const cpuText = cpu.length ? `${median(cpu).toFixed(2)} s` : 'n/a';
  return `| ${label} | ${(median(times) / 1000).toFixed(2)} s | ${cpuText} | ${rss.length ? `${Math.round(Math.max(...rss))} MiB` : 'n/a'} |`;
}

// Tracking: every order gets a shipment with a waybill number first (a plain text edit).
function withShipments() {
  const dir = freshWorkspace(true);
  const { readdirSync, readFileSync } = require('node:fs');
  for (const f of readdirSync(join(dir, 'orders'))) {
    const p = join(dir, 'orders', f);
    const id = f.replace('.yaml', '');
    writeFileSync(p, readFileSync(p, 'utf8').replace('history:', `shipments:\n  - { shipped: 2026-12-01, carrier: 德邦物流, tracking: "DPK${id.slice(3).replace('-', '')}", eta: 2026-12-05 }\nhistory:`));
  }
  return dir;
}
writeFileSync(trackingPath, iconv.encode(['运单号,状态,最新时间,最新物流信息', ...rows.filter((_, i) => i % 2 === 0).map((r) => `DPK${r[0].slice(3).replace('-', '')},运输中,2026-12-02 08:00,到达杭州中转部`)].join('\r\n'), 'gbk'));

const lines = [
  `Import of ${N.toLocaleString('en')} orders (${rows.length.toLocaleString('en')} rows), median of ${RUNS} runs, ${os.cpus().length} CPU(s), load ${os.loadavg()[0].toFixed(1)}, Node ${process.versions.node}`,
  '',
  '| what | wall time | CPU time | peak RSS |',
  '|---|---:|---:|---:|',
  measure(`import orders, GBK CSV`, () => freshWorkspace(false), ['import', 'orders', csvPath]),
  measure(`import orders, .xlsx`, () => freshWorkspace(false), ['import', 'orders', xlsxPath]),
  measure(`import orders --dry-run, GBK CSV`, () => freshWorkspace(false), ['import', 'orders', csvPath, '--dry-run']),
  measure(`import tracking, ${N.toLocaleString('en')} waybills`, withShipments, ['import', 'tracking', trackingPath]),
];
console.log(lines.join('\n'));
rmSync(base, { recursive: true, force: true });
