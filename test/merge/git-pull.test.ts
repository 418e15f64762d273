// Two clerks, one order, a shared bare repository: each records on their own clone, one
// pushes, the other pulls. With `gendan git setup` the order merges entry by entry.
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../reliability/build.js';
import { BASE_ORDER, count, pushThenPull, shared, TODAY } from './repo.js';

beforeAll(() => ensureBuilt(), 300_000);

const pay = (date: string, amount: number, note: string) => ({ kind: 'append' as const, path: ['payments'], item: { date, amount, note } });

describe('both sides record, then pull', () => {
  test('payments and contacts: both kept once, in date order, with their comments; check is clean', async () => {
    const s = await shared();
    s.a.record(pay('2026-11-28', 2000, '进度款'));
    expect((await s.a.gendan('log', 'SO-2026-0142', '--node', 'other', '--channel', 'phone', '客户问包装')).code).toBe(0);
    s.a.commit('A: payment, contact');
    s.b.record(pay('2026-11-26', 1000, '部分尾款'));
    expect((await s.b.gendan('log', 'SO-2026-0142', '--node', 'delay', '--channel', 'wechat', '物流晚一天')).code).toBe(0);
    s.b.commit('B: payment, contact');

    const pull = pushThenPull(s);
    expect(pull.code, pull.stdout + pull.stderr).toBe(0);
    expect(s.b.read()).toBe(
      BASE_ORDER.replace(
        '  - { date: 2026-11-24, node: ship_date, channel: wechat }\n',
        '  - { date: 2026-11-24, node: ship_date, channel: wechat }\n' +
          '  - { date: 2026-12-01, node: delay, channel: wechat, note: 物流晚一天 }\n' +
          '  - { date: 2026-12-01, node: other, channel: phone, note: 客户问包装 }\n',
      ).replace(
        '  - { date: 2026-11-05, amount: 3000, note: 30% 定金 }\n',
        '  - { date: 2026-11-05, amount: 3000, note: 30% 定金 }\n' +
          '  - { date: 2026-11-26, amount: 1000, note: 部分尾款 }\n' +
          '  - { date: 2026-11-28, amount: 2000, note: 进度款 }\n',
      ),
    );
    expect(s.b.git('status', '--porcelain').stdout).toBe('');
    expect(s.b.ok('log', '--oneline').split('\n').filter(Boolean)).toHaveLength(4); // a merge commit
    expect((await s.b.gendan('check')).code).toBe(0);
  });

  test('without the driver the same two payments conflict (what git setup is for)', async () => {
    const s = await shared(BASE_ORDER, false);
    s.a.record(pay('2026-11-28', 2000, '进度款'));
    s.a.commit('A');
    s.b.record(pay('2026-11-26', 1000, '部分尾款'));
    s.b.commit('B');
    const pull = pushThenPull(s);
    expect(pull.code).not.toBe(0);
    expect(pull.stdout).toContain('CONFLICT');
  });

  test('shipments and issues: new ones from both sides; an issue filled in on both sides merges by field', async () => {
    const s = await shared();
    const ship = (shipped: string, tracking: string, qty: number) => ({
      kind: 'append' as const,
      path: ['shipments'],
      item: { shipped, carrier: '德邦物流', tracking, eta: '2026-12-05', items: [{ model: 'XK-200', quantity: qty }] },
    });
    const issue = (opened: string, cause: string) => ({ kind: 'append' as const, path: ['issues'], item: { opened, kind: 'other', cause } });
    s.a.record(ship('2026-11-30', 'DP-A1', 40), issue('2026-11-29', '包装破损'));
    s.a.commit('A: shipment, issue');
    s.a.ok('push', '-q', 'origin', 'HEAD:main');
    s.b.ok('pull', '-q', 'origin', 'main');
    // Both now hold A's issue; each fills in a different field and records a shipment.
    s.a.record({ kind: 'set', path: ['issues', 0, 'resolved'], value: '2026-12-01' });
    s.a.commit('A: resolved');
    s.b.record({ kind: 'set', path: ['issues', 0, 'action'], value: '换木箱' }, ship('2026-12-01', 'DP-B2', 60), issue('2026-12-01', '少一颗螺栓'));
    s.b.commit('B: action, shipment, issue');
    const pull = pushThenPull(s);
    expect(pull.code, pull.stdout + pull.stderr).toBe(0);
    const text = s.b.read();
    expect(count(text, 'DP-A1')).toBe(1);
    expect(count(text, 'DP-B2')).toBe(1);
    expect(text).toContain('  - { opened: 2026-11-29, kind: other, cause: 包装破损, action: 换木箱, resolved: 2026-12-01 }\n');
    expect(count(text, '少一颗螺栓')).toBe(1);
    expect(count(text, '包装破损')).toBe(1);
    const check = await s.b.gendan('check', '--format', 'json');
    expect(JSON.parse(check.stdout).summary.errors).toBe(0);
  });

  test('ticks of different items on each side', async () => {
    const s = await shared(BASE_ORDER.replace('status: preparing          # 生产中', 'status: ready').replace(/checklist:\n.*\n/, ''));
    expect((await s.a.gendan('tick', 'SO-2026-0142', 'logistics_arranged')).code).toBe(0);
    s.a.commit('A: tick');
    expect((await s.b.gendan('tick', 'SO-2026-0142', 'special_requests_reviewed', '--today', '2026-11-30')).code).toBe(0);
    s.b.commit('B: tick');
    const pull = pushThenPull(s);
    expect(pull.code, pull.stdout + pull.stderr).toBe(0);
    expect(s.b.read()).toContain(`checklist:\n  special_requests_reviewed: 2026-11-30\n  logistics_arranged: ${TODAY}\n`);
  });
});

describe('a value both sides changed', () => {
  test('promised changed on both sides: conflict markers that check explains', async () => {
    const s = await shared();
    s.a.record({ kind: 'set', path: ['delivery', 'promised'], value: '2026-12-24' }, pay('2026-11-28', 2000, '进度款'));
    s.a.commit('A: promised');
    s.b.record({ kind: 'set', path: ['delivery', 'promised'], value: '2026-12-27' }, pay('2026-11-27', 500, '押金'));
    s.b.commit('B: promised');
    const pull = pushThenPull(s);
    expect(pull.code).not.toBe(0);
    expect(pull.stdout).toContain('CONFLICT');
    expect(pull.stderr).toContain('delivery.promised (2026-12-27 / 2026-12-24)');
    const text = s.b.read();
    // Only the one line is in conflict; both payments are merged.
    expect(text).toContain('  requested: 2026-12-20\n<<<<<<< ours\n  promised: 2026-12-27     # 客户同意\n=======\n  promised: 2026-12-24     # 客户同意\n>>>>>>> theirs\n  method: truck\n');
    expect(count(text, '进度款')).toBe(1);
    expect(count(text, '押金')).toBe(1);
    const check = await s.b.gendan('check', '--format', 'json');
    expect(check.code).toBe(1);
    const [problem] = JSON.parse(check.stdout).problems;
    expect(problem).toMatchObject({ rule: 'file', line: 16, column: 1, severity: 'error' });
    expect(problem.message).toBe(
      'unresolved git merge conflict at lines 16–20 (<<<<<<< 16, ======= 18, >>>>>>> 20): between <<<<<<< and ======= is one side, between ======= and >>>>>>> the other; keep the right lines, delete the marker lines, then run `gendan check` and `git add` the file',
    );
    const zh = await s.b.gendan('check', '--lang', 'zh');
    expect(zh.stdout).toContain('第 16–20 行有未解决的 git 合并冲突');
    // Resolved by hand: keep ours.
    s.b.write('orders/SO-2026-0142.yaml', text.replace(/<<<<<<< ours\n(.*\n)=======\n.*\n>>>>>>> theirs\n/, '$1'));
    expect((await s.b.gendan('check')).code).toBe(0);
    s.b.commit('merged');
  });

  test('promised changed on both sides, one recorded in changes: that one is taken', async () => {
    const s = await shared();
    s.a.record({ kind: 'set', path: ['delivery', 'promised'], value: '2026-12-24' });
    s.a.commit('A: promised, unrecorded');
    s.b.record(
      { kind: 'set', path: ['delivery', 'promised'], value: '2026-12-27' },
      { kind: 'append', path: ['changes'], item: { date: TODAY, field: 'delivery.promised', from: '2026-12-22', to: '2026-12-27', reason: '客户要求延后', channel: 'email' } },
    );
    s.b.commit('B: promised, recorded');
    const pull = pushThenPull(s);
    expect(pull.code, pull.stdout + pull.stderr).toBe(0);
    expect(s.b.read()).toContain('  promised: 2026-12-27     # 客户同意\n');
  });

  test('both advance: the state further along when its checklist holds on the merged facts', async () => {
    const s = await shared();
    expect((await s.a.gendan('advance', 'SO-2026-0142')).code).toBe(0); // preparing → ready
    s.a.commit('A: ready');
    // B records what `ready` needs and moves on to shipped in one go.
    s.b.record(
      pay('2026-11-30', 7000, '尾款'),
      { kind: 'append', path: ['shipments'], item: { shipped: TODAY, carrier: '德邦物流', tracking: 'DP9', eta: '2026-12-05' } },
      { kind: 'append', path: ['contacts'], item: { date: TODAY, node: 'shipped', channel: 'phone' } },
    );
    const adv = await s.b.gendan('advance', 'SO-2026-0142', 'shipped');
    expect(adv.code, adv.stdout + adv.stderr).toBe(0);
    s.b.commit('B: shipped');
    const pull = pushThenPull(s);
    expect(pull.code, pull.stdout + pull.stderr).toBe(0);
    const text = s.b.read();
    expect(text).toContain('status: shipped          # 生产中\n');
    expect(count(text, 'from: preparing, to: ready')).toBe(1);
    expect(count(text, 'from: preparing, to: shipped')).toBe(1);
    expect((await s.b.gendan('check')).code).toBe(0);
  });

  test('both advance, the further state not borne out by the facts: a conflict', async () => {
    const s = await shared();
    expect((await s.a.gendan('advance', 'SO-2026-0142')).code).toBe(0); // ready
    s.a.commit('A: ready');
    expect((await s.b.gendan('advance', 'SO-2026-0142', 'on_hold', '--note', '客户暂停')).code).toBe(0);
    s.b.commit('B: on hold');
    const pull = pushThenPull(s);
    expect(pull.code).not.toBe(0);
    expect(s.b.read()).toContain('<<<<<<< ours\nstatus: on_hold          # 生产中\n=======\nstatus: ready          # 生产中\n>>>>>>> theirs\n');
    expect(pull.stderr).toContain('status (on_hold / ready)');
  });
});

describe('rebase and cherry-pick', () => {
  test('pull --rebase replays our payment over theirs through the driver', async () => {
    const s = await shared();
    s.a.record(pay('2026-11-28', 2000, '进度款'));
    s.a.commit('A');
    s.b.record(pay('2026-11-26', 1000, '部分尾款'));
    s.b.commit('B');
    const pull = pushThenPull(s, ['--rebase']);
    expect(pull.code, pull.stdout + pull.stderr).toBe(0);
    expect(s.b.ok('log', '--format=%s').trim().split('\n')).toEqual(['B', 'A', 'orders']);
    const text = s.b.read();
    expect(text).toContain('  - { date: 2026-11-26, amount: 1000, note: 部分尾款 }\n  - { date: 2026-11-28, amount: 2000, note: 进度款 }\n');
  });

  test('cherry-pick of a contact onto a branch that logged its own', async () => {
    const s = await shared();
    s.a.ok('checkout', '-q', '-b', 'side');
    expect((await s.a.gendan('log', 'SO-2026-0142', '--node', 'other', '--channel', 'phone', '侧枝')).code).toBe(0);
    s.a.commit('side: contact');
    const picked = s.a.ok('rev-parse', 'HEAD').trim();
    s.a.ok('checkout', '-q', 'main');
    expect((await s.a.gendan('log', 'SO-2026-0142', '--node', 'delay', '--channel', 'email', '主干')).code).toBe(0);
    s.a.commit('main: contact');
    const r = s.a.git('cherry-pick', picked);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const text = s.a.read();
    expect(count(text, '侧枝')).toBe(1);
    expect(count(text, '主干')).toBe(1);
  });
});
