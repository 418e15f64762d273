// `gendan merge-driver` as git calls it: three files, the result written to <ours>.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { gendan, workspace } from '../helpers/cli.js';
import { BASE_ORDER } from './repo.js';

const PAY = '  - { date: 2026-11-05, amount: 3000, note: 30% 定金 }\n';
const withPay = (text: string, line: string) => text.replace(PAY, `${PAY}${line}`);

function files(base: string, ours: string, theirs: string) {
  const dir = workspace({ 'gendan.yaml': 'orders: orders\n', 'o.yaml': base, 'a.yaml': ours, 'b.yaml': theirs });
  const run = (...extra: string[]) => gendan(['merge-driver', 'o.yaml', 'a.yaml', 'b.yaml', ...extra], { cwd: dir, env: { GENDAN_TODAY: '2026-12-01', PATH: process.env.PATH } });
  return { dir, run, ours: () => readFileSync(join(dir, 'a.yaml'), 'utf8') };
}

describe('merge-driver', () => {
  test('merged: exit 0, the result in <ours>, nothing said', async () => {
    const f = files(BASE_ORDER, withPay(BASE_ORDER, '  - { date: 2026-11-20, amount: 1 }\n'), withPay(BASE_ORDER, '  - { date: 2026-11-10, amount: 2 }\n'));
    const r = await f.run('orders/SO-2026-0142.yaml');
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(f.ours()).toBe(withPay(BASE_ORDER, '  - { date: 2026-11-10, amount: 2 }\n  - { date: 2026-11-20, amount: 1 }\n'));
  });

  test('a byte-order mark on our side is kept', async () => {
    const f = files(BASE_ORDER, `\uFEFF${withPay(BASE_ORDER, '  - { date: 2026-11-20, amount: 1 }\n')}`, withPay(BASE_ORDER, '  - { date: 2026-11-10, amount: 2 }\n'));
    expect((await f.run()).code).toBe(0);
    expect(f.ours()).toBe(`\uFEFF${withPay(BASE_ORDER, '  - { date: 2026-11-10, amount: 2 }\n  - { date: 2026-11-20, amount: 1 }\n')}`);
  });

  test('a conflict: exit 1, markers in <ours>, one line naming the value, in Chinese too', async () => {
    const f = files(BASE_ORDER, BASE_ORDER.replace('promised: 2026-12-22', 'promised: 2026-12-23'), BASE_ORDER.replace('promised: 2026-12-22', 'promised: 2026-12-25'));
    const r = await f.run('orders/SO-2026-0142.yaml', '--lang', 'zh');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'gendan：orders/SO-2026-0142.yaml：双方都修改了 delivery.promised (2026-12-23 / 2026-12-25)；两个版本都写在文件中的 <<<<<<< 与 >>>>>>> 之间：保留正确的一个，删除标记行，再运行 `gendan check orders/SO-2026-0142.yaml` 和 `git add orders/SO-2026-0142.yaml`\n',
    );
    expect(f.ours()).toContain('<<<<<<< ours\n  promised: 2026-12-23     # 客户同意\n=======\n  promised: 2026-12-25     # 客户同意\n>>>>>>> theirs\n');
  });

  test('what it cannot merge goes to git’s line merge: clean when the lines are apart', async () => {
    // Their side removed a contact (not a change the driver makes); ours added a payment far away.
    const contact = '  - { date: 2026-11-24, node: ship_date, channel: wechat }\n';
    const ours = withPay(BASE_ORDER, '  - { date: 2026-11-20, amount: 1 }\n');
    const theirs = BASE_ORDER.replace(contact, '');
    const f = files(BASE_ORDER, ours, theirs);
    expect(await f.run()).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(f.ours()).toBe(ours.replace(contact, ''));
  });

  test('git’s line merge with a conflict: exit 1 and its markers', async () => {
    const f = files(BASE_ORDER, BASE_ORDER.replace('id: SO-2026-0142', 'id: [SO'), BASE_ORDER.replace('id: SO-2026-0142', 'id: SO-2026-0143'));
    const r = await f.run('orders/x.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("orders/x.yaml: the two versions could not be merged entry by entry, and git’s line merge left conflict markers");
    expect(f.ours()).toContain('<<<<<<< ours\nid: [SO\n=======\nid: SO-2026-0143\n>>>>>>> theirs\n');
  });

  test('an unreadable version: exit 2, one line', async () => {
    const dir = workspace({ 'a.yaml': BASE_ORDER, 'b.yaml': BASE_ORDER });
    const r = await gendan(['merge-driver', 'missing.yaml', 'a.yaml', 'b.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('gendan: cannot read missing.yaml (ENOENT)\n');
  });
});
