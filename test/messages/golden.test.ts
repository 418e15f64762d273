// Every node × channel × language, written for an example order that has the facts, and
// compared with the reviewed text in golden/<node>.<channel>.<lang>.txt. The texts are the
// product: a change to them is reviewed like code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExamples, gendan } from '../helpers/cli.js';

const TODAY = '2026-12-02';
const GOLDEN = join(import.meta.dirname, 'golden');

/** The example order that shows each node best. */
const CASES: Record<string, string> = {
  confirmed: 'SO-2026-0117', // FOB, customer PO, a 定金
  production_started: 'SO-2026-0109',
  ship_date: 'SO-2026-0109',
  shipped: 'SO-2026-0107', // sea: B/L number and vessel
  arriving: 'SO-2026-0107',
  delivered: 'SO-2026-0104', // the second of two batches
  follow_up: 'SO-2026-0105',
  delay: 'SO-2026-0106', // an open logistics delay
  payment: 'SO-2026-0103',
};

// Internal ids and leftovers that must never reach a customer.
const LEAKS = /production_started|ship_date|follow_up|\bsea\b|\btruck\b|\bpcs\b(?=.*[\u4e00-\u9fff])|undefined|null|NaN|\{\{|\}\}|\[object/;

const cwd = copyExamples();

describe.each(Object.entries(CASES))('%s', (node, id) => {
  for (const channel of ['wechat', 'email', 'sms']) {
    for (const lang of ['zh', 'en']) {
      it(`${channel} ${lang}`, async () => {
        const r = await gendan(['message', id, node, '--channel', channel, '--lang', lang, '--today', TODAY], { cwd });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toBe(readFileSync(join(GOLDEN, `${node}.${channel}.${lang}.txt`), 'utf8'));
        expect(r.stdout).not.toMatch(LEAKS);
        if (channel === 'email') expect(r.stdout.split('\n')[0]).toMatch(/^(Subject: |主题：)\S/);
        if (channel === 'email') expect(r.stdout).toContain('示例机械有限公司');
        if (channel === 'sms') expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
        // Chinese text: no English words other than names, numbers and codes from the order.
        if (lang === 'zh') expect(r.stdout.replace(/^(Subject: |主题：)/, '')).not.toMatch(/\b(the|and|of|for|shipped|delivery|order|ETA|tel)\b/);
      });
    }
  }
});
