// Every word in the chosen language: no message without a real Chinese text, no English
// sentence in any error a command gives under --lang zh, help in Chinese.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerAll } from '../../src/i18n/all.js';
import { allMessages } from '../../src/i18n/i18n.js';
import { copyExamples, gendan, workspace } from '../helpers/cli.js';

/** Keys of the files: the clerk types them, so Chinese text may name them. */
function keys(): string[] {
  const out = new Set<string>();
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties') for (const name of Object.keys(v as object)) out.add(name);
      walk(v);
    }
  };
  for (const f of ['order', 'config', 'catalog']) walk(JSON.parse(readFileSync(join(import.meta.dirname, `../../schemas/${f}.schema.json`), 'utf8')));
  return [...out];
}

/** Words allowed inside Chinese text: names of formats, standards, codes, commands, file keys and the product. */
const WORDS = ['gendan', 'YAML', 'JSON', 'CSV', 'HTML', 'ERP', 'GBK', 'gitattributes', 'SARIF', 'Excel', 'UTF', 'BOM', 'ISO', 'YYYY', 'MM', 'DD', 'ETA', 'CNY', 'MiB', 'GB', 'GBK', 'NUL', 'Windows', 'true', 'false', 'key', 'value', 'name', 'example', 'com', 'shell', 'bash', 'zsh', 'fish', 'zh', 'en', 'id', 'ids', 'names', 'xlsx', 'sarif', 'github', 'text', 'table', 'markdown', 'json', 'csv', 'open', 'check', 'checklist', 'advance', 'log', 'tick', 'list', 'show', 'today', 'report', 'new', 'init', 'help', 'completion', 'rules', 'states', 'formats', 'SO', 'XK', 'NNNN', 'received', 'confirmed', 'preparing', 'ready', 'shipped', 'delivered', 'closed', 'cancelled', 'risk', 'stats', 'receivables', 'week', 'board', 'box', 'confirm', 'handoff', 'plan', 'done', 'stock', 'ship', 'deliver', 'pay', 'issue', 'resolve', 'follow', 'doc', 'change', 'overdue', 'message', 'import', 'tracking', 'map', 'git', 'config', 'merge', 'driver', 'add', 'setup', 'PATH', 'Mustache', 'WPS', 'xls', 'txt', 'USD', 'EUR', 'EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'pcs', 'columns', 'values', 'dates', 'skip', 'docs'];
const ALLOWED = new RegExp(`\\b(${[...WORDS, ...keys(), 'NO_COLOR', 'GENDAN_[A-Z]+'].join('|')})\\b`, 'g');

/** What remains of a Chinese text once placeholders, code spans, options, paths and allowed words are taken out. */
function english(text: string): string[] {
  const rest = text
    .replace(/\{\w+\}/g, ' ')
    .replace(/\b[\w-]+=\w+/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/--?[a-z][\w-]*/g, ' ')
    .replace(/\b[\w.-]+\.(yaml|yml|json|md|xlsx|csv|ts)\b/g, ' ')
    .replace(/\b[a-z]+(?:_[a-z]+)+\b/g, ' ')
    .replace(/\b[a-z]+\.[a-z_.]+\b/g, ' ')
    .replace(ALLOWED, ' ');
  return rest.match(/[A-Za-z]{3,}(?:\s+[A-Za-z]{2,})*/g) ?? [];
}

describe('the message catalogs', () => {
  it('every message has a Chinese text that is not English', () => {
    registerAll();
    const bad = allMessages()
      .filter(([, t]) => english(t.zh).length > 0)
      .map(([id, t]) => `${id}: ${t.zh}`);
    expect(bad).toEqual([]);
  });

  it('every message has both texts', () => {
    registerAll();
    for (const [id, t] of allMessages()) {
      expect(t.zh, id).toBeTypeOf('string');
      expect(t.en, id).toBeTypeOf('string');
      expect(t.zh.trim() === '' && t.en.trim() !== '', id).toBe(false);
    }
  });
});

/** A sentence made of ASCII alone: what an untranslated error looks like. */
const asciiOnly = (line: string) => line.trim() !== '' && /^[\x20-\x7e]*$/.test(line) && /[a-z]{3,} [a-z]{2,}/i.test(line);

describe('error paths under --lang zh', () => {
  const cases: string[][] = [
    ['nosuch'],
    ['list', '--nosuch'],
    ['list', '--format', 'yaml'],
    ['list', '--status', 'shiped'],
    ['list', '--today', 'tomorrow'],
    ['list', '--header', 'keys'],
    ['list', '--format', 'xlsx'],
    ['report', 'overdue', '--status', 'x'],
    ['report', 'nosuch'],
    ['today', '--format', 'sarif'],
    ['check', '--max-warnings', 'many'],
    ['check', 'no/such/path'],
    ['show'],
    ['show', 'SO-9999'],
    ['advance', 'SO-2026-0101'],
    ['advance', 'SO-2026-0109', '已发获'],
    ['advance', 'SO-2026-0109', 'cancelled'],
    ['advance', 'SO-2026-0109', '--force'],
    ['tick', 'SO-2026-0109', 'nosuch'],
    ['log', 'SO-2026-0109', 'x'],
    ['log', 'SO-2026-0109', '--node', 'x', '--channel', 'phone', 'x'],
    ['log', 'SO-2026-0109', '--node', 'shipped', '--channel', 'x', 'x'],
    ['log', 'SO-2026-0109', '--node'],
    ['new', '--id', '../x'],
    ['new', '--quantity', '-1'],
    ['completion', 'powershell'],
    ['help', 'nosuch'],
    ['checklist', 'SO-9999'],
    ['list', 'a', '-o', 'no/such/dir/x.txt'],
  ];
  it.each(cases)('gendan %s …', async (...args) => {
    const dir = copyExamples();
    const r = await gendan([...args, '--lang', 'zh'], { cwd: dir });
    expect(r.code, r.stderr).not.toBe(0);
    expect(r.stderr).not.toBe('');
    const bad = r.stderr.split('\n').filter(asciiOnly);
    expect(bad).toEqual([]);
    // What the user typed comes back quoted or as it was: only gendan's own words must be Chinese.
    const own = (line: string) => args.reduce((l, a) => l.split(a).join(' '), line.replace(/^gendan：/, '').replace(/“[^”]*”|<[^>]*>|\[[^\]]*\]/g, ' '));
    for (const line of r.stderr.split('\n').filter((l) => l !== '')) expect(english(own(line)), line).toEqual([]);
  });

  it('a broken gendan.yaml and catalog are told in Chinese', async () => {
    const dir = workspace({ 'gendan.yaml': 'lang: zh\nbuffer_days: many\n', 'orders/.keep': '' });
    const r = await gendan(['check'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('buffer_days 应为整数');
    expect(english(r.stderr.replace(/^gendan：/, '').replace(/"[^"]*"/g, ' '))).toEqual([]);
    const yaml = workspace({ 'gendan.yaml': 'lang: zh\nrules:\n  a: b: c\n' });
    const y = await gendan(['check'], { cwd: yaml });
    expect(y.code).toBe(2);
    expect(english(y.stderr.replace(/^gendan：/, ''))).toEqual([]);
  });
});

describe('help in Chinese', () => {
  it('every command\'s --help is Chinese, shows the global options and two examples', async () => {
    const dir = copyExamples();
    // Every command the program lists, and every subcommand of a group, read from the help itself.
    const names = async (args: string[]) => {
      const help = (await gendan([...args, '--help', '--lang', 'zh'], { cwd: dir })).stdout;
      return (help.split('命令：\n')[1] ?? '').split('\n').map((l) => /^ {2}([\w-]+)/.exec(l)?.[1]).filter((n): n is string => n !== undefined && n !== 'help');
    };
    const commands: string[][] = [];
    for (const name of await names([])) {
      const subs = await names([name]);
      if (subs.length === 0) commands.push([name]);
      else commands.push([name], ...subs.map((s) => [name, s]));
    }
    expect(commands.length).toBeGreaterThan(35);
    for (const cmd of commands) {
      const r = await gendan([...cmd, '--help', '--lang', 'zh'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout, cmd.join(' ')).toContain('全局选项：');
      expect(r.stdout).toContain('--today <date>');
      const examples = r.stdout.split('示例：\n')[1] ?? '';
      expect(examples.split('\n').filter((l) => l.startsWith('  gendan ')).length, cmd.join(' ')).toBe(2);
      const prose = r.stdout.split('示例：')[0]!.split('\n').map((l) => l.replace(/^\s*(-\w, )?(--?[\w-]+)( <[\w.]+>| \[[\w.]+\])?/, '').replace(/^\s+[a-z-]+( \[[\w.]+\]| <[\w.]+>)*(?=\s{2,})/, '').replace(/^\s*(用法：.*|\w+( \[?\w+\.*\]?)?)$/, ''));
      expect(prose.filter((l) => english(l).length > 0), cmd.join(' ')).toEqual([]);
    }
  });

  it('help follows the workspace\'s lang: and topics exist', async () => {
    const dir = copyExamples();
    const r = await gendan(['help', 'states'], { cwd: dir, env: { GENDAN_LANG: 'zh' } });
    expect(r.stdout).toContain('on_hold      暂停');
    const rules = await gendan(['help', 'rules'], { cwd: dir });
    expect(rules.stdout).toContain('unit-mismatch');
    const formats = await gendan(['help', 'formats'], { cwd: dir });
    expect(formats.stdout).toContain('xlsx (needs -o FILE)');
    const list = await gendan(['help', 'list'], { cwd: dir });
    expect(list.stdout).toContain('Examples:\n  gendan list --status open');
  });
});

describe('units', () => {
  it('show names units in Chinese, and a catalog unit_name wins', async () => {
    const dir = copyExamples();
    const plain = await gendan(['show', 'SO-2026-0109', '--lang', 'zh', '--today', '2026-12-01'], { cwd: dir });
    expect(plain.stdout).toContain('XK-200  500 件 × 128.50');
    const catalog = join(dir, 'catalog.yaml');
    writeFileSync(catalog, readFileSync(catalog, 'utf8').replace(/(- model: XK-200\n(\s+))/, '$1unit_name: 台\n$2'));
    const named = await gendan(['show', 'SO-2026-0109', '--lang', 'zh', '--today', '2026-12-01'], { cwd: dir });
    expect(named.stderr).toBe('');
    expect(named.stdout).toContain('XK-200  500 台 × 128.50');
    expect(named.stdout).toContain('XK-200 0/500 台');
  });
});
