// The Chinese office, read as a clerk reads it: every command's normal output and its error
// paths, run on a copy of examples/ with `lang: zh` and a fixed today, kept as text files
// under __snapshots__/zh/ that a reviewer reads line by line. A guard over those files fails
// on any English word that is not a name from the example data, a command line, a path or
// a format's name.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { copyExamples, EXAMPLES, gendan, tempDir } from '../helpers/cli.js';

const TODAY = '2026-12-10';
const ENV = { GENDAN_TODAY: TODAY, GENDAN_NOW: `${TODAY}T09:30:00+08:00` };
const SNAPSHOTS = join(import.meta.dirname, '__snapshots__/zh');

/** A run: its arguments, and where: a `lang: zh` copy of examples/ (default) or a folder outside any workspace. */
interface Case {
  args: string[];
  where?: 'examples' | 'outside';
  /** Files to add to the workspace first (path → text). */
  files?: Record<string, string>;
}

const ERP_CSV = '订单号,客户名称,联系人,规格型号,数量,单位,单价,交货日期,运输方式,业务员,下单日期\nSO-2026-0201,宁波恒达机械有限公司,王经理,XK-200,5,箱,1280,2027/3/5,汽运,李娜,2026/12/8\nSO-2026-0202,上海申达,张工,XK-200,15,件,128,2027/3/5,快递,李娜,2026/12/9\n';
const TRACKING_CSV = '运单号,状态,更新时间,物流信息\nZTO751203669804,派送中,2026-12-09 08:10,郑州转运中心已发出\nZTO751203669804,已签收,2026-12-10 09:00,本人签收\n';

const c = (...args: string[]): Case => ({ args });

/** Every command, by group: its normal output first, then its error paths. */
const GROUPS: Record<string, Case[]> = {
  check: [
    c('check'),
    c('check', 'orders/SO-2026-0109.yaml', '--format', 'json'),
    c('check', '--max-warnings', 'many'),
    c('check', 'no/such/path'),
    c('check', '--format', 'yaml'),
    { args: ['check'], files: { 'orders/SO-2026-0199.yaml': 'id: SO-2026-0199\nstatus: shiped\nordered: 2026/12/5\ncustomer: { name: 甲 }\nlines:\n  - { model: XK-200, quantity: 45, unit: pcs, unit_price: 1 }\n' } },
    { args: ['check'], files: { 'orders/SO-2026-0198.yaml': 'id: SO-2026-0198\nstatus: received\nordered: 2026-12-05\ncustomer: { name: 乙 }\ndelivery: { requested: 2026-12-01 }\nlines:\n  - { model: XK-200, quantity: 55, unit: pcs, unit_price: 1 }\n' } },
    { args: ['check'], where: 'outside' },
  ],
  list: [
    c('list'),
    c('list', '--status', '未完结', '--format', 'markdown'),
    c('list', '--customer', '恒达', '--format', 'csv'),
    c('list', '--status', 'shiped'),
    c('list', '--today', 'tomorrow'),
    c('list', '--format', 'yaml'),
    c('list', '--format', 'xlsx'),
    c('list', '--header', 'keys'),
    c('list', '--nosuch'),
    c('list', 'a', '-o', 'no/such/dir/x.txt'),
    { args: ['list'], where: 'outside' },
  ],
  show: [
    c('show', 'SO-2026-0103'),
    c('show', 'SO-2026-0106'),
    c('show', 'SO-2026-0107'),
    c('show', 'SO-2026-0108'),
    c('show', 'SO-2026-0109'),
    c('show', 'SO-2026-0115'),
    c('show', 'SO-2026-0116'),
    c('show'),
    c('show', 'SO-9999'),
    c('show', 'SO-2026-0109', '--format', 'csv'),
  ],
  checklist: [
    c('checklist'),
    c('checklist', 'SO-2026-0108'),
    c('checklist', 'SO-2026-0112'),
    c('checklist', 'SO-9999'),
  ],
  today: [
    c('today'),
    c('today', '--format', 'sarif'),
    c('today', '--today', '2026-13-01'),
    { args: ['today'], where: 'outside' },
  ],
  reports: [
    c('report', 'overdue'),
    c('report', 'at-risk'),
    c('report', 'at-risk', '--today', '2026-12-01'),
    c('report', 'stats'),
    c('report', 'receivables'),
    c('report', 'week'),
    c('report', 'week', '--from', '2026-11-23', '--format', 'table'),
    c('report', 'nosuch'),
    c('report'),
    c('report', 'overdue', '--status', 'x'),
    c('report', 'week', '--from', '下周一'),
    c('report', 'at-risk', '--exit-code', '--today', '2026-12-01'),
  ],
  new: [
    c('new', '--customer', '上海申达', '--model', 'XK-200', '--quantity', '60', '--price', '128'),
    c('new', '--id', '../x'),
    c('new', '--quantity', '-1'),
    c('new', '--model', 'XK-100'),
    c('new', '--model', 'XK-200', '--quantity', '55'),
    c('new', '--model', 'NOSUCH'),
    c('new', '--method', '火箭'),
    c('new', '--requested', '2026-02-30'),
  ],
  init: [
    { args: ['init', 'ws'], where: 'outside' },
    c('init'),
  ],
  advance: [
    c('advance', 'SO-2026-0113'),
    c('advance', 'SO-2026-0101'),
    c('advance', 'SO-2026-0109'),
    c('advance', 'SO-2026-0109', '已发获'),
    c('advance', 'SO-2026-0109', 'cancelled'),
    c('advance', 'SO-2026-0109', '--force'),
    c('advance', 'SO-2026-0109', '暂停', '--note', '客户要求暂缓'),
    c('advance', 'SO-2026-0115'),
    c('advance', 'SO-2026-0111', '--force', '--reason', '客户催货'),
    c('advance'),
  ],
  log: [
    c('log', 'SO-2026-0109', '--node', '告知发货日期', '--channel', '电话', '预计 12 月 22 日发货'),
    c('log', 'SO-2026-0109', 'x'),
    c('log', 'SO-2026-0109', '--node', 'x', '--channel', 'phone', 'x'),
    c('log', 'SO-2026-0109', '--node', 'shipped', '--channel', 'x', 'x'),
    c('log', 'SO-2026-0109', '--node'),
  ],
  tick: [
    c('tick', 'SO-2026-0113', 'special_requests_reviewed'),
    c('tick', 'SO-2026-0109', 'nosuch'),
    c('tick', 'SO-2026-0113'),
  ],
  record: [
    c('confirm', 'SO-2026-0114', '--channel', '邮件', '--promised', '2026/12/18'),
    c('confirm', 'SO-2026-0114'),
    c('confirm', 'SO-2026-0114', '--channel', '飞鸽'),
    c('confirm', 'SO-2026-0114', '--channel', 'email', '--terms', '交期,价格'),
    c('handoff', 'SO-2026-0112'),
    c('handoff', 'SO-2026-0112', '--date', '2026-12-32'),
    c('plan', 'SO-2026-0112', '装配完成', '--due', '2026年12月20日'),
    c('plan', 'SO-2026-0109', 'machining_done', '--due', '2026-12-14', '--note', '设备检修'),
    c('plan', 'SO-2026-0112', '装配完成'),
    c('done', 'SO-2026-0109', 'machining_done'),
    c('done', 'SO-2026-0109', '总装'),
    c('done', 'SO-2026-0101', 'qc_passed'),
    c('stock', 'SO-2026-0111', '--quality', 'ok'),
    c('stock', 'SO-2026-0111', '--quality', '一般'),
    c('ship', 'SO-2026-0108', '--tracking', 'DB20261210001', '--items', 'XK-200=4box'),
    c('ship', 'SO-2026-0108', '--tracking', 'DB20261210001'),
    c('ship', 'SO-2026-0108', '--tracking', 'DB1', '--items', 'XK-200=9999'),
    c('ship', 'SO-2026-0108', '--tracking', 'DB1', '--items', 'XK-200=4drum'),
    c('ship', 'SO-2026-0108', '--tracking', 'DB1', '--items', 'NOSUCH=4'),
    c('ship', 'SO-2026-0113', '--tracking', 'X1'),
    c('deliver', 'SO-2026-0106', '--receipt', 'QS-0106'),
    c('deliver', 'SO-2026-0108'),
    c('deliver', 'SO-2026-0106', '--tracking', 'NOSUCH'),
    c('pay', 'SO-2026-0108', '9037.00', '--note', '尾款'),
    c('pay', 'SO-2026-0108', '99999'),
    c('pay', 'SO-2026-0108', '很多'),
    c('pay', 'SO-2026-0108'),
    c('issue', 'SO-2026-0109', '--kind', '缺料', '--cause', '轴承供应商延期', '--owner', '采购部'),
    c('issue', 'SO-2026-0109', '--kind', '天灾'),
    c('resolve', 'SO-2026-0110', '--action', '改用备选供应商'),
    c('resolve', 'SO-2026-0109'),
    c('resolve', 'SO-2026-0110', '9'),
    c('follow-up', 'SO-2026-0104', '--satisfaction', '5', '--quality', '5', '--timeliness', '4', '--service', '5', '--feedback', '包装很好'),
    c('follow-up', 'SO-2026-0104', '--satisfaction', '9'),
    c('follow-up', 'SO-2026-0109', '--satisfaction', '5'),
    c('doc', 'SO-2026-0107', '提单', 'COSU6281934570'),
    c('doc', 'SO-2026-0107', '收据', 'X'),
    c('doc', 'SO-2026-0107'),
    c('change', 'SO-2026-0109', '--promised', '2026-12-29', '--reason', '客户要求延期', '--channel', '电话'),
    c('change', 'SO-2026-0111', '--quantity', 'GICL4=12', '--reason', '客户追加', '--channel', '邮件'),
    c('change', 'SO-2026-0109', '--promised', '2026-12-29'),
    c('change', 'SO-2026-0109', '--quantity', 'XK-200=55', '--reason', '客户追加'),
    c('change', 'SO-2026-0109', '--promised', '2026-11-01', '--reason', '笔误'),
  ],
  message: [
    c('message', 'SO-2026-0109'),
    c('message', 'SO-2026-0106', '延期'),
    c('message', 'SO-2026-0107', 'shipped', '--channel', 'email'),
    c('message', 'SO-2026-0103', 'payment', '--channel', 'sms'),
    c('message', 'SO-2026-0108', 'arriving'),
    c('message', 'SO-2026-0109', '--log'),
    c('message', 'SO-2026-0109', 'nosuch'),
    c('message', 'SO-2026-0109', '--channel', 'fax'),
    c('message', 'SO-2026-0116'),
  ],
  board: [
    c('board', '-o', 'board.html'),
    c('board', '--status', 'x', '-o', 'board.html'),
    c('board', '--format', 'csv'),
  ],
  import: [
    { args: ['import', 'map', 'erp.csv'], files: { 'erp.csv': ERP_CSV } },
    { args: ['import', 'orders', 'erp.csv', '--dry-run'], files: { 'erp.csv': ERP_CSV } },
    { args: ['import', 'orders', 'erp.csv'], files: { 'erp.csv': ERP_CSV } },
    { args: ['import', 'tracking', 'track.csv', '--dry-run'], files: { 'track.csv': TRACKING_CSV } },
    c('import', 'orders', 'nosuch.csv'),
    { args: ['import', 'orders', 'erp.csv', '--map', 'map.yaml'], files: { 'erp.csv': ERP_CSV, 'map.yaml': 'columns:\n  订单号: nosuch\n' } },
    c('import', 'nosuch', 'x'),
    c('import', 'map'),
  ],
  git: [
    c('git', 'setup'),
    c('git', 'nosuch'),
  ],
  completion: [
    c('completion', 'powershell'),
    c('completion'),
  ],
  help: [
    c('help', 'states'),
    c('help', 'formats'),
    c('help', 'rules'),
    c('help', 'nosuch'),
    c('nosuch'),
    c('--version', '--nosuch'),
  ],
};

async function runCase(k: Case): Promise<string> {
  const dir = k.where === 'outside' ? tempDir() : zhExamples();
  for (const [name, text] of Object.entries(k.files ?? {})) writeFileSync(join(dir, name), text);
  const r = await gendan(k.args, { cwd: dir, env: k.where === 'outside' ? { ...ENV, GENDAN_LANG: 'zh' } : ENV });
  const clean = (s: string) => s.split(dir).join('<工作区>').replace(/\s+$/, '');
  const shown = k.args.map((a) => (/[\s"]/.test(a) ? `"${a}"` : a)).join(' ');
  const parts = [`$ gendan ${shown}${k.where === 'outside' ? '    （在工作区之外）' : ''}`, `[退出码 ${r.code}]`];
  if (r.stdout.trim() !== '') parts.push(clean(r.stdout));
  if (r.stderr.trim() !== '') parts.push('--- 标准错误', clean(r.stderr));
  return `${parts.join('\n')}\n`;
}

function zhExamples(): string {
  const dir = copyExamples();
  const config = join(dir, 'gendan.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/^lang: en\b/m, 'lang: zh'));
  return dir;
}

describe('zh snapshots', () => {
  for (const [group, cases] of Object.entries(GROUPS)) {
    it(group, async () => {
      const texts: string[] = [];
      for (const k of cases) texts.push(await runCase(k));
      await expect(texts.join('\n')).toMatchFileSnapshot(join(SNAPSHOTS, `${group}.txt`));
    });
  }

  it('covers every command of the program', () => {
    // merge-driver is run by git, not by a clerk; test/merge covers it.
    const commands = commandNames().filter((n) => !n.startsWith('__') && n !== 'merge-driver' && !['rules', 'states', 'formats'].includes(n));
    const run = new Set(Object.values(GROUPS).flatMap((cases) => cases.map((k) => k.args[0])));
    expect(commands.filter((n) => !run.has(n))).toEqual([]);
  });
});

/**
 * ASCII words the Chinese snapshots may hold. Each is a name, not a word of prose:
 * - names from the example data (customers, contacts, carriers, waybills, models, notes
 *   the clerk wrote): collected from the values of the example files, never from keys or
 *   from the fixed words (states, nodes, methods, units…), which must show in Chinese;
 * - the names of file formats and codes a Chinese office uses as they are.
 */
const FORMATS = [
  // the workspace's order folder (`orders:` in gendan.yaml)
  'orders',
  // output formats as typed after --format, and the programs they are for
  'text', 'json', 'github', 'sarif', 'table', 'markdown', 'csv', 'xlsx', 'html', 'GitHub', 'YYYY-MM-DD', 'UTF-8',
  // shells, for `gendan completion`
  'shell', 'bash', 'zsh', 'fish',
  // report names as typed after `gendan report`, which help lists; languages and keys of gendan.yaml help names
  'overdue', 'at-risk', 'stats', 'receivables', 'week', 'check', 'list', 'today', 'zh', 'en', 'lang', 'csv_bom', 'true', 'ids', 'names',
  'YAML', 'JSON', 'CSV', 'Excel', 'UTF', 'BOM', 'SARIF', 'HTML', 'CNY', 'USD', 'EUR', 'ISO', 'YYYY', 'MM', 'DD', 'SO', 'NNNN', 'FOB', 'CIF', 'EXW', 'git', 'GENDAN_TODAY', 'GENDAN_LANG'];
/** Keys whose values are names (never enumerations, never prose the clerk wrote in English). */
const NAME_KEYS = new Set(['id', 'customer', 'contact', 'email', 'address', 'recipient', 'carrier', 'tracking', 'vessel', 'ref', 'model', 'sales', 'owner', 'customer_po', 'standard', 'company']);

/** The commands of the program (and the help topics): a clerk types them, and errors list them. */
function commandNames(): string[] {
  const program = readFileSync(join(import.meta.dirname, '../../src/cli/program.ts'), 'utf8');
  const block = program.slice(program.indexOf('const COMMANDS'), program.indexOf('};', program.indexOf('const COMMANDS')));
  return [...[...block.matchAll(/^\s+'?([\w-]+)'?: \(\) =>/gm)].map((m) => m[1]!), 'rules', 'states', 'formats'];
}

function exampleWords(): Set<string> {
  const words = new Set<string>([...FORMATS, ...commandNames()]);
  const walk = (node: unknown, key: string): void => {
    if (typeof node === 'string') {
      if (NAME_KEYS.has(key)) for (const w of node.match(/[A-Za-z][A-Za-z0-9.'-]*/g) ?? []) words.add(w.replace(/[.'-]+$/, ''));
    } else if (Array.isArray(node)) for (const x of node) walk(x, key);
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  const dir = join(EXAMPLES, 'orders');
  for (const f of readdirSync(dir)) {
    const order = parse(readFileSync(join(dir, f), 'utf8')) as { customer?: { name?: string } };
    walk(order, '');
    // A customer's name is a name even under the key `name`.
    walk(order.customer?.name, 'customer');
  }
  const catalog = parse(readFileSync(join(EXAMPLES, 'catalog.yaml'), 'utf8')) as { products: { model: string; name?: string }[] };
  // A product's name holds its trade designation (工业闭式齿轮油 L-CKC 220).
  for (const p of catalog.products) for (const text of [p.model, p.name]) walk(text, 'model');
  return words;
}

/** What is left of a line once command lines, code spans, paths, URLs, e-mail addresses and allowed names are taken out. */
export function englishIn(line: string, allowed: Set<string>): string[] {
  const rest = line
    .replace(/^\$ gendan .*$/, '')
    // A problem of `gendan check` names the key it points at, as a linter names a property.
    // Its keys and the values allowed there are written in the file as they are.
    .replace(/^(\S+\.yaml:\d+:\d+: \S+ )(.*)$/, (_, at: string, tail: string) => `${at} ${tail.replace(/\b[a-z][a-z_]*(?:\.[a-z_]+)*\b/g, ' ')}`)
    // A mapping file's comment lists the keys it may name.
    .replace(/^# 可用的键：.*$/, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/(?:<工作区>|\.{0,2})?\/?(?:[\w.-]+\/)+[\w.-]*|[\w.-]*\.?[\w-]+\.(?:yaml|csv|xlsx|html|sarif|txt|json|md)\b|\.gitignore\b/g, ' ')
    .replace(/\b(?:gendan|cd)(?: +[\x21-\x7e…“”]+)+/g, ' ')
    .replace(/\bgendan\b/g, ' ')
    // Options as typed (--channel), and rule ids after a problem ([below-moq]): names a clerk types or configures.
    .replace(/(?<![\w-])--?[a-zA-Z][\w-]*/g, ' ')
    .replace(/\[[a-z-]+\]$/, ' ')
    .replace(/[\w.-]+@[\w.-]+/g, ' ')
    // Placeholders of a usage line: <order>, [options], [paths...]
    .replace(/<[^>]*>|\[[\w. ]+\]/g, ' ')
    // Order ids of the workspace's scheme, environment variables
    .replace(/\bSO-\d{4}-\d{4}\b|\b(?:GENDAN_[A-Z]+|NO_COLOR)\b/g, ' ');
  return (rest.match(/[A-Za-z][A-Za-z0-9.'_-]*/g) ?? []).map((w) => w.replace(/[.'-]+$/, '')).filter((w) => !allowed.has(w) && !/^[A-Z]{1,3}\d*$/.test(w));
}

describe('the snapshots speak Chinese', () => {
  it('no English word, no internal id in any zh snapshot', () => {
    const allowed = exampleWords();
    const bad: string[] = [];
    for (const f of readdirSync(SNAPSHOTS)) {
      let data = false;
      let typed = new Set<string>();
      for (const line of readFileSync(join(SNAPSHOTS, f), 'utf8').split('\n')) {
        // JSON and CSV keep the fixed ids by contract: their output is data, not prose (its errors are prose).
        if (line.startsWith('$ gendan ')) {
          // `help states|rules|formats` are reference tables that pair each id with its Chinese name.
          data = /--format (json|csv)\b|^\$ gendan import map |^\$ gendan help (states|rules|formats)/.test(line);
          // What the user typed may come back as it was.
          typed = new Set(line.slice(9).split(/[\s=,]+/));
        }
        if (line === '--- 标准错误') data = false;
        // A mapping file is data too, but its comments speak to the clerk.
        if (data && !line.startsWith('[退出码') && !/^#/.test(line)) continue;
        // A code frame quotes the file as it is.
        if (/^\s*\d+ \|/.test(line)) continue;
        const words = englishIn(line, allowed).filter((w) => !typed.has(w));
        if (words.length > 0) bad.push(`${f}: ${words.join(' ')}  ⟵  ${line}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the guard catches an id and an English sentence, and lets names and commands through', () => {
    const allowed = exampleWords();
    expect(englishIn('生产节点“production_started”未完成', allowed)).toEqual(['production_started']);
    expect(englishIn('交期 2026-12-24 · sea', allowed)).toEqual(['sea']);
    expect(englishIn('XK-200 500 pcs', allowed)).toEqual(['pcs']);
    expect(englishIn('gendan: no such order', allowed)).toEqual(['no', 'such', 'order']);
    expect(englishIn('告知 Mr. Budi Santoso：gendan message SO-2026-0107 shipped --log', allowed)).toEqual([]);
    expect(englishIn('文件    orders/SO-2026-0109.yaml', allowed)).toEqual([]);
    expect(englishIn('45 件 低于最小起订量 [below-moq]', allowed)).toEqual([]);
  });
});
