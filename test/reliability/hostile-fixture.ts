// A copy of the examples workspace whose orders folder also holds everything a clerk's
// folder can end up with: each hostile case below, beside the valid example orders.
import { chmodSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { copyExamples } from '../helpers/cli.js';

export interface Hostile {
  /** Path under orders/. */
  name: string;
  /** Rule and message key (of that rule's messages) the file must get; '*': any of them. */
  rule: 'file' | 'yaml-syntax' | 'schema';
  key: string;
}

export interface Fixture {
  dir: string;
  hostile: Hostile[];
  /** The example orders, untouched except the one rewritten with a BOM and CRLF. */
  valid: string[];
  /** Bytes of every file before the run, to prove checking changes nothing. */
  before: Map<string, Buffer>;
}

/** 沈阳北方冶金 in GBK, the encoding older Windows programs save Chinese text in. */
const GBK_NAME = Buffer.from([0xc9, 0xf2, 0xd1, 0xf4, 0xb1, 0xb1, 0xb7, 0xbd, 0xd2, 0xb1, 0xbd, 0xf0]);

const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');

function withId(text: string, from: string, to: string): string {
  return text.split(from).join(to);
}

export function hostileFixture(opts: { unreadable: boolean }): Fixture {
  const dir = copyExamples();
  const orders = join(dir, 'orders');
  const valid = readdirSync(orders).filter((f) => f.endsWith('.yaml')).sort();
  if (valid.length < 3) throw new Error('the examples workspace has too few orders for this test');
  const sample = readFileSync(join(orders, valid[0]!), 'utf8');
  const sampleId = valid[0]!.replace(/\.yaml$/, '');
  const hostile: Hostile[] = [];
  const put = (name: string, content: string | Buffer, rule: Hostile['rule'], key: string) => {
    writeFileSync(join(orders, name), content);
    hostile.push({ name, rule, key });
  };

  // A BOM and CRLF line endings (Windows Notepad) are fine: this order must stay clean.
  const crlf = join(orders, valid[1]!);
  writeFileSync(crlf, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(readFileSync(crlf, 'utf8').replace(/\r?\n/g, '\r\n'))]));

  put('SO-GBK.yaml', Buffer.concat([Buffer.from('id: SO-GBK\nstatus: received\ncustomer:\n  name: '), GBK_NAME, Buffer.from('\n')]), 'file', 'not-utf8');
  const binary = Buffer.alloc(4096);
  Buffer.from('\x89PNG\r\n\x1a\n').copy(binary);
  for (let i = 16; i < binary.length; i += 7) binary[i] = (i * 31) & 0xff;
  put('scan.png.yaml', binary, 'file', 'binary');
  // Torn writes: cut inside a multi-byte character, and cut right after an opening quote
  // or bracket (a flow collection or quoted scalar that never closes).
  const bytes = Buffer.from(withId(sample, sampleId, 'SO-HALF-1'));
  let cut = Math.floor(bytes.length / 2);
  while ((bytes[cut]! & 0xc0) !== 0x80) cut++;
  put('SO-HALF-1.yaml', bytes.subarray(0, cut), 'file', 'not-utf8');
  const text2 = withId(sample, sampleId, 'SO-HALF-2');
  const open = text2.slice(text2.length / 2).search(/[{["]/);
  if (open < 0) throw new Error(`${valid[0]} has no flow collection or quoted value in its second half`);
  put('SO-HALF-2.yaml', text2.slice(0, text2.length / 2 + open + 1), 'yaml-syntax', '*');
  put('export-20MB.yaml', `id: SO-BIG\nnote: |\n${`  ${'数据'.repeat(16)}\n`.repeat(20 * 1024 * 1024 / 100)}`, 'file', 'too-large');
  put('bomb.yaml', `${bomb}\n`, 'file', 'alias-bomb');
  put('SO-PROTO.yaml', `${withId(sample, sampleId, 'SO-PROTO').trimEnd()}\n__proto__: { polluted: true }\n`, 'schema', 'unknown-key-top');
  put('SO-CTOR.yaml', withId(sample, sampleId, 'SO-CTOR').replace(/^customer:\n/m, 'customer:\n  constructor: { prototype: { polluted: true } }\n'), 'schema', 'unknown-key');
  put('deep-flow.yaml', `id: SO-DEEP\nnote: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, 'file', 'too-deep');
  put('deep-block.yaml', Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n'), 'file', 'too-deep');
  // Under 1 MiB, yet once seconds and gigabytes each: refused by counting, before parsing.
  const MiB = 1024 * 1024 - 64;
  const fill = (head: string, item: string) => head + item.repeat(Math.floor((MiB - head.length) / item.length));
  put('SO-CONTACTS.yaml', fill('id: SO-CONTACTS\nstatus: received\ncontacts:\n', '- x\n'), 'file', 'too-many-values');
  put('SO-KEYS.yaml', `id: SO-KEYS\n${Array.from({ length: 121_773 }, (_, i) => `k${i}: 1`).join('\n')}\n`.slice(0, MiB), 'file', 'too-many-values');
  put('deep-500k.yaml', `id: SO-DEEP-2\nnote: ${'['.repeat(500_000)}\n`, 'file', 'too-deep');
  put('deep-dashes.yaml', `id: SO-DEEP-3\nnote:\n${'- '.repeat(400_000)}x\n`, 'file', 'too-deep');
  put('SO-FLOW-LIST.yaml', fill('id: SO-FLOW-LIST\ncontacts: [', '1,') + ']\n', 'file', 'too-many-values');
  put('SO-LONG-LIST.yaml', `${withId(sample, sampleId, 'SO-LONG-LIST').replace(/^contacts:\n/m, `contacts:\n${'  - { date: 2026-11-06, node: delivered, channel: phone }\n'.repeat(1_001)}`)}`, 'schema', 'too-many-items');
  put('two-orders.yaml', `${withId(sample, sampleId, 'SO-TWO-1')}---\n${withId(sample, sampleId, 'SO-TWO-2')}`, 'file', 'multi-doc');
  put('empty.yaml', '', 'file', 'not-mapping');

  symlinkSync('loop-b.yaml', join(orders, 'loop-a.yaml'));
  symlinkSync('loop-a.yaml', join(orders, 'loop-b.yaml'));
  hostile.push({ name: 'loop-a.yaml', rule: 'file', key: 'symlink-loop' }, { name: 'loop-b.yaml', rule: 'file', key: 'symlink-loop' });
  mkdirSync(join(orders, 'archive'));
  symlinkSync('..', join(orders, 'archive', 'up'));
  hostile.push({ name: 'archive/up', rule: 'file', key: 'symlink-loop' });
  // 订单.yaml with its name in GBK: Node cannot open it by the name it reads back.
  writeFileSync(Buffer.concat([Buffer.from(`${orders}/`), Buffer.from([0xb6, 0xa9, 0xb5, 0xa5]), Buffer.from('.yaml')]), withId(sample, sampleId, 'SO-GBK-NAME'));
  hostile.push({ name: readdirSync(orders).find((n) => n.includes('\uFFFD'))!, rule: 'file', key: 'bad-name' });
  execFileSync('mkfifo', [join(orders, 'pipe.yaml')]);
  hostile.push({ name: 'pipe.yaml', rule: 'file', key: 'not-regular' });

  if (opts.unreadable) {
    put('SO-LOCKED.yaml', withId(sample, sampleId, 'SO-LOCKED'), 'file', 'unreadable');
    chmodSync(join(orders, 'SO-LOCKED.yaml'), 0o000);
  }

  const before = new Map<string, Buffer>();
  for (const name of readdirSync(orders)) {
    if (name.endsWith('.yaml') && !name.startsWith('loop') && !name.includes('\uFFFD') && name !== 'pipe.yaml' && name !== 'SO-LOCKED.yaml') before.set(name, readFileSync(join(orders, name)));
  }
  return { dir, hostile, valid, before };
}
