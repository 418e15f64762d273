// Every node of every example order, in both languages: a message without leftovers, or
// exit 1 naming what the order lacks — never a usage error, never a crash.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExamples, gendan } from '../helpers/cli.js';
import { MESSAGE_NODES } from '../../src/messages/nodes.js';

const cwd = copyExamples();
const ids = readdirSync(join(cwd, 'orders')).map((f) => f.replace(/\.yaml$/, ''));

describe.each(ids)('%s', (id) => {
  it('writes or names the missing facts for every node', async () => {
    for (const node of MESSAGE_NODES) {
      for (const lang of ['zh', 'en']) {
        const r = await gendan(['message', id, node, '--channel', 'email', '--lang', lang, '--today', '2026-12-02'], { cwd });
        if (r.code === 0) {
          expect(r.stderr).toBe('');
          expect(r.stdout).toMatch(/^(Subject: |主题：).+\n\n.+\n\n/);
          expect(r.stdout).not.toMatch(/undefined|NaN|null|\{\{|\}\}|\bsea\b(?! freight)|production_started|\n\n\n/);
        } else {
          expect(r.code, r.stderr).toBe(1);
          expect(r.stdout).toBe('');
          expect(r.stderr.split('\n')).toHaveLength(2);
          expect(r.stderr).toMatch(lang === 'zh' ? /缺少订单中的以下信息|没有欠款/ : /needs facts the order lacks/);
        }
      }
    }
  });
});
