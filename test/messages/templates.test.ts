// Workspace templates (templates/<node>.<channel>.<lang>.txt), the facts a template needs,
// and the refusals of `gendan message`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyExamples, gendan } from '../helpers/cli.js';
import { VARIABLE_NAMES } from '../../src/messages/variables.js';
import { MESSAGE_CHANNELS, MESSAGE_NODES } from '../../src/messages/nodes.js';
import { builtinTemplate } from '../../src/messages/templates.js';
import { parseTemplate } from '../../src/messages/render.js';
import { order, ws } from '../reports/fixture.js';

const T = '2026-12-02';

function withTemplate(name: string, text: string): string {
  const cwd = copyExamples();
  mkdirSync(join(cwd, 'templates'), { recursive: true });
  writeFileSync(join(cwd, 'templates', name), text);
  return cwd;
}

describe('workspace templates', () => {
  it('override the built-in one for that node, channel and language only', async () => {
    const cwd = withTemplate('shipped.wechat.zh.txt', '{{contact}}：{{ref}}已发货，{{tracking_label}} {{tracking}}{{#vessel}}（{{vessel}}）{{/vessel}}。\n—— {{company}}\n');
    const zh = await gendan(['message', 'SO-2026-0107', 'shipped', '--lang', 'zh', '--today', T], { cwd });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toBe('Mr. Budi Santoso：订单 SO-2026-0107已发货，提单号 EGLV142600871234（EVER LEADING 1127-015S）。\n—— 示例机械有限公司\n');
    const en = await gendan(['message', 'SO-2026-0107', 'shipped', '--lang', 'en', '--today', T], { cwd });
    expect(en.stdout).toMatch(/^Hello Mr\. Budi Santoso,\n/);
  });

  it('print nothing HTML-escaped', async () => {
    const cwd = withTemplate('payment.sms.en.txt', 'A & B <{{customer}}> "{{balance}}"\n');
    const r = await gendan(['message', 'SO-2026-0103', 'payment', '--channel', 'sms', '--lang', 'en', '--today', T], { cwd });
    expect(r.stdout).toBe('A & B <重庆长江矿山机械有限公司> "CNY 71,344.00"\n');
  });

  it('an unknown variable is a usage error naming file, line and variable; nothing is logged', async () => {
    const cwd = withTemplate('shipped.wechat.en.txt', 'Hello {{contact}},\n\nyour goods left on {{shipped}}\nwaybill {{trackingno}}\n');
    const before = readFileSync(join(cwd, 'orders/SO-2026-0107.yaml'), 'utf8');
    const r = await gendan(['message', 'SO-2026-0107', 'shipped', '--lang', 'en', '--log', '--today', T], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('gendan: templates/shipped.wechat.en.txt:4: unknown variable `trackingno` in the template; the variables are listed in docs/messages.md\n');
    expect(readFileSync(join(cwd, 'orders/SO-2026-0107.yaml'), 'utf8')).toBe(before);
  });

  it('an unknown section name and broken syntax are usage errors too', async () => {
    const section = withTemplate('arriving.sms.zh.txt', '{{contact}}\n{{#shipping}}x{{/shipping}}\n');
    const s = await gendan(['message', 'SO-2026-0107', 'arriving', '--channel', 'sms', '--lang', 'zh', '--today', T], { cwd: section });
    expect(s.code).toBe(2);
    expect(s.stderr).toBe('gendan：templates/arriving.sms.zh.txt:2：模板中有未知变量 `shipping`；可用变量见 docs/messages.md\n');
    const broken = withTemplate('arriving.sms.zh.txt', '{{contact}}\n\n{{#eta}}到达 {{eta}}\n');
    const b = await gendan(['message', 'SO-2026-0107', 'arriving', '--channel', 'sms', '--lang', 'zh', '--today', T], { cwd: broken });
    expect(b.code).toBe(2);
    expect(b.stderr).toBe('gendan：templates/arriving.sms.zh.txt:3：模板不是有效的 Mustache 语法：区块 `eta` 没有结束标记（`{{/eta}}`）\n');
  });

  it('a fact the template prints but the order lacks: exit 1 naming it and how to record it', async () => {
    const cwd = withTemplate('confirmed.wechat.en.txt', 'Your PO {{po}} is confirmed.\n');
    const r = await gendan(['message', 'SO-2026-0109', 'confirmed', '--lang', 'en', '--today', T], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("gendan: SO-2026-0109: the order confirmation message needs facts the order lacks: the customer's PO number (record it: fill in `customer_po` in the order file)\n");
  });

  it('--template prints the template in use, built-in or the workspace one', async () => {
    const cwd = copyExamples();
    const r = await gendan(['message', 'SO-2026-0107', 'shipped', '--template', '--lang', 'en'], { cwd });
    expect(r.stdout).toBe(builtinTemplate('shipped', 'wechat', 'en'));
    // Copied into templates/, it gives the same message.
    mkdirSync(join(cwd, 'templates'));
    writeFileSync(join(cwd, 'templates/shipped.wechat.en.txt'), r.stdout);
    const a = await gendan(['message', 'SO-2026-0107', 'shipped', '--lang', 'en', '--today', T], { cwd });
    const b = await gendan(['message', 'SO-2026-0107', 'shipped', '--lang', 'en', '--today', T], { cwd: copyExamples() });
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('the built-in templates', () => {
  it('every one parses and names only documented variables', () => {
    for (const node of MESSAGE_NODES) for (const channel of MESSAGE_CHANNELS) for (const lang of ['zh', 'en'] as const) parseTemplate({ source: builtinTemplate(node, channel, lang) });
    const docs = readFileSync(join(import.meta.dirname, '../../docs/messages.md'), 'utf8');
    for (const name of VARIABLE_NAMES) expect(docs).toContain(`\`${name}\``);
  });

  it('any unknown name is refused, at its line', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z_]{0,12}$/), fc.nat(5), (name, blank) => {
        fc.pre(!VARIABLE_NAMES.includes(name));
        const source = `${'\n'.repeat(blank)}x {{${name}}}\n`;
        expect(() => parseTemplate({ source, file: 't.txt' })).toThrow(expect.objectContaining({ msg: { id: 'message/unknown-variable', args: { file: 't.txt', line: blank + 1, name } } }));
      }),
    );
  });
});

describe('refusals', () => {
  it('a missing tracking number names `gendan ship … --tracking`', async () => {
    const cwd = ws([order('SO-1', 'shipped', { delivery: { method: 'express' }, shipments: [{ shipped: '2026-11-20', carrier: '顺丰速运', eta: '2026-11-22' }] })]);
    const r = await gendan(['message', 'SO-1', 'shipped', '--today', '2026-11-20', '--lang', 'zh'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('gendan：SO-1：发货消息缺少订单中的以下信息：运单号（记录方法：`gendan ship SO-1 --tracking …`）\n');
  });

  it('no shipment at all: only the shipment is named', async () => {
    const cwd = ws([order('SO-1', 'ready')]);
    const r = await gendan(['message', 'SO-1', 'arriving', '--today', '2026-11-20', '--lang', 'en'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the ship date of the shipment (record it: `gendan ship SO-1 --carrier … --tracking …`)');
    expect(r.stderr).not.toMatch(/carrier \(|tracking number|estimated arrival/);
  });

  it('an email needs the company name from gendan.yaml', async () => {
    const cwd = ws([order('SO-1', 'delivered', { shipments: [{ shipped: '2026-11-20', delivered: '2026-11-21' }] })]);
    const r = await gendan(['message', 'SO-1', 'delivered', '--channel', 'email', '--today', '2026-11-23', '--lang', 'en'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('our company name (record it: set `company:` in gendan.yaml)');
    const wechat = await gendan(['message', 'SO-1', 'delivered', '--today', '2026-11-23', '--lang', 'en'], { cwd });
    expect(wechat.code).toBe(0);
  });

  it('bad node and channel are usage errors with a hint', async () => {
    const cwd = copyExamples();
    const n = await gendan(['message', 'SO-2026-0109', 'shiped', '--lang', 'en'], { cwd });
    expect(n.code).toBe(2);
    expect(n.stderr).toContain('unknown node `shiped`');
    expect(n.stderr).toContain('did you mean `shipped`?');
    const c = await gendan(['message', 'SO-2026-0109', 'shipped', '--channel', 'fax', '--lang', 'en'], { cwd });
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('unknown channel `fax`; use one of: wechat, email, sms');
  });

  it('a paid order has no payment reminder to send', async () => {
    const r = await gendan(['message', 'SO-2026-0101', 'payment', '--lang', 'en', '--today', T], { cwd: copyExamples() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nothing is owed');
  });
});
