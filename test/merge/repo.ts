// Real git repositories for the merge tests: a bare "shared drive" remote and clones of it,
// each set up with `gendan git setup` (the driver runs this checkout's bin/gendan.js, so
// the tests build it first). git runs without the user's own config.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { editOrderFile } from '../../src/edit/file.js';
import type { Op } from '../../src/edit/ops.js';
import { gendan, tempDir } from '../helpers/cli.js';
import { CATALOG } from '../rules/tester.js';

export const TODAY = '2026-12-01';
export const ORDER = 'orders/SO-2026-0142.yaml';

export const BASE_ORDER = `# yaml-language-server: $schema=../schemas/order.schema.json
id: SO-2026-0142
status: preparing          # 生产中
customer:
  name: 宁波恒达机械有限公司
  contact: 王经理
  phone: "+86 574 8888 1234"
ordered: 2026-11-02
payment:
  deposit_percent: 30
  balance: before_shipment
lines:
  - { model: XK-200, quantity: 100, unit: pcs, unit_price: 100 }
delivery:
  requested: 2026-12-20
  promised: 2026-12-22     # 客户同意
  method: truck
  address: 宁波北仑
  recipient: 王经理
  phone: "138 0000 0000"
confirmation:
  date: 2026-11-03
  channel: phone
  terms: [delivery, payment, quality]
production:
  handoff: 2026-11-04
  milestones:
    - { name: qc_passed, due: 2026-11-25, done: 2026-11-24 }
contacts:
  - { date: 2026-11-03, node: confirmed, channel: phone }   # 逐条确认
  - { date: 2026-11-24, node: ship_date, channel: wechat }
payments:
  # 定金
  - { date: 2026-11-05, amount: 3000, note: 30% 定金 }
checklist:
  special_requests_reviewed: 2026-11-03
history:
  - { at: "2026-11-03T10:00:00+08:00", from: received, to: confirmed }
  - { at: "2026-11-04T09:00:00+08:00", from: confirmed, to: preparing }
`;

const CONFIG = 'orders: orders\ncatalog: catalog.yaml\n';

/** git without the user's global or system config, fixed author and dates. */
export function gitEnv(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(home, 'gitconfig'),
    GIT_AUTHOR_NAME: 'clerk',
    GIT_AUTHOR_EMAIL: 'clerk@example.com',
    GIT_COMMITTER_NAME: 'clerk',
    GIT_COMMITTER_EMAIL: 'clerk@example.com',
    GENDAN_TODAY: TODAY,
    GENDAN_NOW: `${TODAY}T09:00:00+08:00`,
    GENDAN_LANG: 'en',
  };
}

export interface Git {
  code: number;
  stdout: string;
  stderr: string;
}

export class Clone {
  constructor(
    readonly dir: string,
    readonly env: Record<string, string>,
  ) {}

  git(...args: string[]): Git {
    const r = spawnSync('git', args, { cwd: this.dir, env: this.env, encoding: 'utf8' });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }

  /** git that must succeed. */
  ok(...args: string[]): string {
    const r = this.git(...args);
    expect(r.code, `git ${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(0);
    return r.stdout;
  }

  read(file = ORDER): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }

  write(file: string, text: string): void {
    mkdirSync(dirname(join(this.dir, file)), { recursive: true });
    writeFileSync(join(this.dir, file), text);
  }

  /** A gendan command run here, in this process. */
  gendan(...args: string[]) {
    return gendan(args, { cwd: this.dir, env: this.env });
  }

  /** Record through the one edit path, as the recording commands do. */
  record(...ops: Op[]): void {
    editOrderFile(join(this.dir, ORDER), ORDER, () => ({ ops, result: undefined }));
  }

  commit(message: string): void {
    this.ok('add', '-A');
    this.ok('commit', '-q', '--allow-empty', '-m', message);
  }
}

export interface Shared {
  remote: string;
  a: Clone;
  b: Clone;
}

/** A bare remote holding a workspace with one order, and two clones of it; `setup` false leaves git as it is. */
export async function shared(order = BASE_ORDER, setup = true): Promise<Shared> {
  const root = tempDir('gendan-git-');
  const env = gitEnv(root);
  writeFileSync(env.GIT_CONFIG_GLOBAL!, '[init]\n\tdefaultBranch = main\n[pull]\n\trebase = false\n');
  const remote = join(root, 'shared.git');
  spawnSync('git', ['init', '-q', '--bare', remote], { env });
  const a = new Clone(join(root, 'a'), env);
  const b = new Clone(join(root, 'b'), env);
  spawnSync('git', ['clone', '-q', remote, a.dir], { env, encoding: 'utf8' });
  a.write('gendan.yaml', CONFIG);
  a.write('catalog.yaml', CATALOG);
  a.write(ORDER, order);
  if (setup) expect((await a.gendan('git', 'setup')).code).toBe(0);
  a.commit('orders');
  a.ok('push', '-q', 'origin', 'HEAD:main');
  spawnSync('git', ['clone', '-q', remote, b.dir], { env, encoding: 'utf8' });
  if (setup) expect((await b.gendan('git', 'setup')).code).toBe(0);
  return { remote, a, b };
}

/** A's commits pushed; B pulls them into its own. */
export function pushThenPull(s: Shared, how: string[] = []): Git {
  s.a.ok('push', '-q', 'origin', 'HEAD:main');
  return s.b.git('pull', ...how, 'origin', 'main');
}

/** How often `needle` occurs in `text`. */
export function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}
