// One order from `gendan new` to `closed`, the way a clerk works: edits in the editor,
// then gendan for ticks, contacts and moves. After every gendan step the git diff shows
// exactly the intended lines, and every comment of the file survives to the end.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gendan } from '../helpers/cli.js';
import { ws } from './fixture.js';

const git = (dir: string, ...args: string[]) => {
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};

/** The changed lines of the last step, as `-old` / `+new`. */
const changes = (dir: string) =>
  git(dir, 'diff', '--unified=0', '--no-color')
    .split('\n')
    .filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+) /.test(l));

describe('a clerk walks one order from new to closed', () => {
  it('every gendan edit is a minimal diff and every comment survives', async () => {
    const dir = ws({});
    git(dir, 'init', '-q');
    git(dir, 'config', 'user.email', 'clerk@example.com');
    git(dir, 'config', 'user.name', 'clerk');
    const file = join(dir, 'orders/SO-2026-0001.yaml');
    const commit = (msg: string) => git(dir, 'commit', '-qam', msg);
    const step = async (today: string, args: string[], want: string[]) => {
      const r = await gendan([...args, '--today', today], { cwd: dir, env: { GENDAN_NOW: `${today}T10:00:00+08:00` } });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(changes(dir)).toEqual(want);
      commit(args.join(' '));
    };
    /** The clerk's own edit: lines put in before `anchor` (a line of the file), or values changed. */
    const clerk = (edit: (text: string) => string) => {
      writeFileSync(file, edit(readFileSync(file, 'utf8')));
      commit('clerk edit');
    };
    const before = (anchor: string, lines: string) => (t: string) => t.replace(`\n${anchor}`, `\n${lines}${anchor}`);
    const move = (today: string, from: string, to: string) => [`-status: ${from}`, `+status: ${to}`, `+  - { at: "${today}T10:00:00+08:00", from: ${from}, to: ${to} }`];

    expect((await gendan(['new', '--customer', '宁波恒达机械有限公司', '--quantity', '500', '--today', '2026-11-28'], { cwd: dir, env: { GENDAN_NOW: '2026-11-28T08:30:00+08:00' } })).code).toBe(0);
    git(dir, 'add', '-A');
    commit('new order');
    const comments = readFileSync(file, 'utf8').split('\n').filter((l) => l.trimStart().startsWith('#'));
    expect(comments.length).toBeGreaterThan(10);

    clerk((t) =>
      before('history:', 'delivery:\n  requested: 2027-01-20\n  method: truck\n  address: 浙江省宁波市北仑区\n  recipient: 王经理\n  phone: "138 0000 0000"\nconfirmation: { date: 2026-11-28, channel: phone, terms: [delivery, payment, quality] }\n')(t)
        .replace('  name: 宁波恒达机械有限公司\n', '  name: 宁波恒达机械有限公司\n  contact: 王经理   # 采购\n  phone: "+86 574 8888 1234"\n')
        .replace('currency: CNY\n', 'currency: CNY\npayment:\n  deposit_percent: 30\n  balance: before_shipment\n')
        .replace('    unit: pcs\n', '    unit: pcs\n    unit_price: 128.50\n'),
    );
    await step('2026-11-28', ['tick', 'SO-2026-0001', 'special_requests_reviewed'], ['+checklist:', '+  special_requests_reviewed: 2026-11-28']);
    await step('2026-11-28', ['advance', 'SO-2026-0001'], move('2026-11-28', 'received', 'confirmed'));

    clerk(before('checklist:', 'production:\n  handoff: 2026-11-30\n  milestones:\n    - { name: materials_ready, due: 2026-12-04 }\n    - { name: qc_passed, due: 2026-12-15 }  # 质检\npayments:\n  - { date: 2026-11-30, amount: 19275.00, note: 30% 定金 }\n'));
    await step('2026-11-30', ['log', 'SO-2026-0001', '--node', 'confirmed', '--channel', 'phone', '订单已确认'], ['+contacts:', '+  - { date: 2026-11-30, node: confirmed, channel: phone, note: 订单已确认 }']);
    await step('2026-11-30', ['advance', 'SO-2026-0001'], move('2026-11-30', 'confirmed', 'preparing'));

    clerk((t) => t.replace('due: 2026-12-04 }', 'due: 2026-12-04, done: 2026-12-03 }').replace('due: 2026-12-15 }', 'due: 2026-12-15, done: 2026-12-14 }'));
    await step('2026-12-14', ['log', 'SO-2026-0001', '--node', 'ship_date', '--channel', 'wechat', '12 月 18 日发货'], ['+  - { date: 2026-12-14, node: ship_date, channel: wechat, note: 12 月 18 日发货 }']);
    await step('2026-12-15', ['advance', 'SO-2026-0001', '--note', '质检通过'], [...move('2026-12-15', 'preparing', 'ready').slice(0, 2), '+  - { at: "2026-12-15T10:00:00+08:00", from: preparing, to: ready, note: 质检通过 }']);

    clerk((t) =>
      t
        .replace('note: 30% 定金 }\n', 'note: 30% 定金 }\n  - { date: 2026-12-16, amount: 44975.00, note: 尾款 }\n')
        .replace('\ncontacts:', '\nshipments:\n  - shipped: 2026-12-18\n    carrier: 德邦物流\n    tracking: "DPK7026121801"\n    eta: 2026-12-22\ncontacts:'),
    );
    await step('2026-12-18', ['log', 'SO-2026-0001', '--node', 'shipped', '--channel', 'wechat', '运单号已发客户'], ['+  - { date: 2026-12-18, node: shipped, channel: wechat, note: 运单号已发客户 }']);
    await step('2026-12-18', ['advance', 'SO-2026-0001'], move('2026-12-18', 'ready', 'shipped'));

    clerk((t) => t.replace('    eta: 2026-12-22\n', '    eta: 2026-12-22\n    delivered: 2026-12-21\n'));
    await step('2026-12-21', ['advance', 'SO-2026-0001'], move('2026-12-21', 'shipped', 'delivered'));

    clerk(before('payments:', 'follow_up: { done: 2026-12-28, satisfaction: 5 }\n'));
    await step('2026-12-28', ['advance', 'SO-2026-0001'], move('2026-12-28', 'delivered', 'followed_up'));

    clerk(before('checklist:', 'documents:\n  - { kind: contract, ref: HT-2026-0001 }\n  - { kind: delivery_receipt, ref: QS-1221 }\n'));
    await step('2026-12-29', ['advance', 'SO-2026-0001', '--note', '资料归档'], [...move('2026-12-29', 'followed_up', 'closed').slice(0, 2), '+  - { at: "2026-12-29T10:00:00+08:00", from: followed_up, to: closed, note: 资料归档 }']);

    const final = readFileSync(file, 'utf8');
    if (process.env.SHOW_WALK) console.log(final);
    for (const c of comments) expect(final).toContain(c);
    expect(final).toContain('  contact: 王经理   # 采购\n');
    expect(final).toContain('- { name: qc_passed, due: 2026-12-15, done: 2026-12-14 }  # 质检\n');
    const check = await gendan(['check', '--format', 'json', '--today', '2026-12-29'], { cwd: dir });
    expect(JSON.parse(check.stdout).problems).toEqual([]);
    expect(git(dir, 'log', '--oneline').split('\n').filter(Boolean).length).toBe(19);
  });
});
