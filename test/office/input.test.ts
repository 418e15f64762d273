// Chinese input: states, nodes, channels and methods by their Chinese names, dates in the
// forms people type, and did-you-mean across both languages.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateInput } from '../../src/calendar/parse-date.js';
import { lookupName, VOCAB, type VocabKind } from '../../src/i18n/vocab.js';
import { copyExamples, gendan } from '../helpers/cli.js';

const order = (dir: string, id: string) => readFileSync(join(dir, 'orders', `${id}.yaml`), 'utf8');

describe('dates typed on the command line', () => {
  it.each([
    ['2026-12-05', '2026-12-05'],
    ['2026-12-5', '2026-12-05'],
    ['2026/12/5', '2026-12-05'],
    ['2026.12.05', '2026-12-05'],
    ['2026年12月5日', '2026-12-05'],
    ['２０２６年１２月５日', '2026-12-05'],
    ['20261205', '2026-12-05'],
    ['2028/2/29', '2028-02-29'],
  ])('%s is %s', (typed, iso) => expect(parseDateInput(typed)).toBe(iso));

  it.each(['2026/2/30', '2026-13-01', '12/5/2026', '1899-12-31', '2200-01-01', 'tomorrow', '2026年12月'])('%s is refused', (typed) => expect(parseDateInput(typed)).toBeUndefined());

  it('every real date round-trips through each typed form', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }), (d) => {
        const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const iso = d.toISOString().slice(0, 10);
        for (const typed of [`${y}/${m}/${day}`, `${y}.${m}.${day}`, `${y}年${m}月${day}日`, iso]) expect(parseDateInput(typed)).toBe(iso);
      }),
    );
  });

  it('--today takes 2026年12月5日 and the report says 2026-12-05', async () => {
    const dir = copyExamples();
    const r = await gendan(['report', 'overdue', '--format', 'json', '--today', '2026年12月5日'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).today).toBe('2026-12-05');
    const slash = await gendan(['list', '--format', 'json'], { cwd: dir, env: { GENDAN_TODAY: '2026/12/5' } });
    expect(JSON.parse(slash.stdout).today).toBe('2026-12-05');
  });

  it('a date that is not one is one line in the chosen language, exit 2', async () => {
    const dir = copyExamples();
    const zh = await gendan(['list', '--today', '2026/2/30', '--lang', 'zh'], { cwd: dir });
    expect(zh).toMatchObject({ code: 2, stdout: '' });
    expect(zh.stderr).toBe('gendan：--today 应为日期，如 2026-12-05（也可写 2026/12/5、2026.12.05、2026年12月5日），实际为“2026/2/30”\n');
    const en = await gendan(['list', '--today', 'soon'], { cwd: dir });
    expect(en.stderr).toBe('gendan: --today must be a date such as 2026-12-05 (2026/12/5, 2026.12.05 and 2026年12月5日 work too), got `soon`\n');
  });

  it('in a file, 2026/12/5 stays a schema problem whose message gives the YYYY-MM-DD form', async () => {
    const dir = copyExamples();
    const file = join(dir, 'orders', 'SO-2026-0109.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('ordered: 2026-11-16', 'ordered: 2026/11/16'));
    const r = await gendan(['check', 'orders/SO-2026-0109.yaml', '--format', 'json', '--lang', 'zh', '--today', '2026-12-01'], { cwd: dir });
    const p = JSON.parse(r.stdout).problems.find((x: { rule: string; line: number }) => x.rule === 'schema' && x.line === 11);
    expect(p.message).toBe('ordered 应写作 YYYY-MM-DD 格式的日期，实际为 "2026/11/16"；请写成 2026-11-16');
  });
});

describe('names in Chinese', () => {
  it('every id and every Chinese name of every kind leads back to its id', () => {
    for (const [kind, words] of Object.entries(VOCAB)) {
      for (const [id, w] of Object.entries(words)) {
        expect(lookupName(kind as VocabKind, id)).toBe(id);
        expect(lookupName(kind as VocabKind, w.zh)).toBe(id);
        for (const a of w.also ?? []) expect(lookupName(kind as VocabKind, a)).toBe(id);
      }
    }
  });

  it('no Chinese name or synonym stands for two ids of one kind', () => {
    for (const words of Object.values(VOCAB)) {
      const seen = new Map<string, string>();
      for (const [id, w] of Object.entries(words)) {
        for (const name of [id, w.zh, ...(w.also ?? [])]) {
          const key = name.toLowerCase();
          expect(seen.get(key) ?? id, `${name} of ${id}`).toBe(id);
          seen.set(key, id);
        }
      }
    }
  });

  it('gendan advance X 暂停 puts the order on hold; 生产中 names preparing', async () => {
    const dir = copyExamples();
    const r = await gendan(['advance', 'SO-2026-0109', '暂停', '--lang', 'zh', '--today', '2026/12/1'], { cwd: dir, env: { GENDAN_NOW: '2026-12-01T09:00:00+08:00' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(order(dir, 'SO-2026-0109')).toContain('status: on_hold\n');
    const list = await gendan(['list', '--status', '暂停，生产中', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(list.stdout).orders.map((o: { order: string; status: string }) => `${o.order} ${o.status}`)).toEqual(['SO-2026-0109 on_hold', 'SO-2026-0110 preparing', 'SO-2026-0115 on_hold']);
  });

  it('log --node 发货 --channel 微信 writes the ids and says the Chinese names', async () => {
    const dir = copyExamples();
    const r = await gendan(['log', 'SO-2026-0109', '--node', '发货', '--channel', '微信', '已告知发货', '--lang', 'zh', '--today', '2026.12.01'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stdout: 'SO-2026-0109：已记录沟通（2026-12-01，发货，微信）\n' });
    expect(order(dir, 'SO-2026-0109')).toContain('{ date: 2026-12-01, node: shipped, channel: wechat, note: 已告知发货 }');
  });

  it('a near miss in either language suggests the name in the reader\'s language', async () => {
    const dir = copyExamples();
    const before = order(dir, 'SO-2026-0109');
    const zh = await gendan(['log', 'SO-2026-0109', '--node', 'shiped', '--channel', '微信', 'x', '--lang', 'zh'], { cwd: dir });
    expect(zh).toMatchObject({ code: 2, stdout: '' });
    expect(zh.stderr).toBe('gendan：--node：未知沟通节点“shiped”，可用：订单确认、开始生产、告知发货日期、发货、即将到货、签收、回访、延期、付款、其他。是否应为“发货”？\n');
    const en = await gendan(['log', 'SO-2026-0109', '--node', 'shipped', '--channel', '微心', 'x'], { cwd: dir });
    expect(en.stderr).toBe('gendan: --channel: unknown channel `微心`; use one of: phone, email, wechat, meeting, fax, other; did you mean `wechat`?\n');
    const state = await gendan(['list', '--status', '已发获', '--lang', 'zh'], { cwd: dir });
    expect(state.stderr).toContain('是否应为“已发货”？');
    const report = await gendan(['report', 'overdue', '--status', 'shiped'], { cwd: dir });
    expect(report).toMatchObject({ code: 2 });
    expect(report.stderr).toContain('did you mean `shipped`?');
    expect(order(dir, 'SO-2026-0109')).toBe(before);
  });

  it('report --status takes Chinese names', async () => {
    const dir = copyExamples();
    const zh = await gendan(['report', 'overdue', '--status', '已发货', '--format', 'json', '--today', '2026-12-20'], { cwd: dir });
    const en = await gendan(['report', 'overdue', '--status', 'shipped', '--format', 'json', '--today', '2026-12-20'], { cwd: dir });
    expect(zh.code).toBe(en.code);
    expect(zh.stdout).toBe(en.stdout);
    expect(JSON.parse(zh.stdout).rows.length).toBeGreaterThan(0);
  });
});

describe('the state names', () => {
  it('are the workflow\'s own', async () => {
    const { STATE_TABLE } = await import('../../src/workflow/states.js');
    for (const s of Object.values(STATE_TABLE)) expect(VOCAB.state[s.id]?.zh).toBe(s.name.zh);
    expect(Object.keys(VOCAB.state).sort()).toEqual(Object.keys(STATE_TABLE).sort());
  });
});
