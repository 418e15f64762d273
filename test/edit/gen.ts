// Generated order files with comments, blank lines and every list / map style the edit path
// meets in the wild, plus generated edit operations. Used by the property tests.
import fc from 'fast-check';
import type { Op } from '../../src/edit/ops.js';

export const STATES = ['received', 'confirmed', 'preparing', 'ready', 'shipped', 'delivered', 'followed_up', 'closed', 'on_hold', 'cancelled'];
const NODES = ['confirmed', 'production_started', 'ship_date', 'shipped', 'arriving', 'delivered', 'follow_up', 'other'];
const CHANNELS = ['phone', 'email', 'wechat', 'meeting', 'fax', 'other'];

/** Free text with the characters that make YAML quoting matter, CJK and odd Unicode included. */
export const text = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'Z', '0', '7', ' ', ':', '#', ',', '"', "'", '[', ']', '{', '}', '-', '?', '&', '*', '!', '|', '>', '%', '@', '`', '\\', '\t', '\n', '客', '户', '确', '认', '：', '，', 'é', '😀'), maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 16 }),
  fc.constantFrom('true', 'null', '~', '1e3', '0x1F', '0123', '12:30', '2026-11-28', '- item', 'a: b', 'x #y', ' lead', 'trail ', ''),
);

const comment = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '注', '释', '#', ':', '-', '"'), maxLength: 20 }).map((s) => `# ${s}`.trimEnd());
const date = fc.integer({ min: 0, max: 700 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const stamp = date.map((d) => `${d}T10:00:00+08:00`);

/** A string written as plain text when that reads back the same, else double-quoted. */
const scalar = (s: string, flow: boolean) => {
  const plain = s !== '' && s === s.trim() && !/[\n\r\t:#,[\]{}"'&*!|>%@`\\?-]/.test(s) && !/^(true|false|null|~|[-+.\d])/i.test(s) && !/[\u0080-\u00a0\u2028\u2029\ufeff]/.test(s);
  return plain && !(flow && /[,[\]{}]/.test(s)) ? s : JSON.stringify(s);
};

export type ListStyle = 'absent' | 'empty-key' | 'empty-flow' | 'flow-list' | 'flow-items' | 'block-items';
export type MapStyle = 'absent' | 'empty-key' | 'empty-flow' | 'flow' | 'block';

const contact = fc.record({ date, node: fc.constantFrom(...NODES), channel: fc.constantFrom(...CHANNELS), note: fc.option(text, { nil: undefined }) });
const entry = fc.record({ at: stamp, from: fc.constantFrom(...STATES), to: fc.constantFrom(...STATES), note: fc.option(text, { nil: undefined }) });

export const docSpec = fc.record({
  crlf: fc.boolean(),
  seqIndent: fc.constantFrom(0, 2, 4),
  step: fc.constantFrom(2, 3, 4),
  status: fc.constantFrom(...STATES),
  statusComment: fc.option(comment, { nil: undefined }),
  statusQuoted: fc.boolean(),
  name: text.filter((s) => s.length > 0),
  customerFlow: fc.boolean(),
  contactsStyle: fc.constantFrom<ListStyle>('absent', 'empty-key', 'empty-flow', 'flow-list', 'flow-items', 'block-items'),
  contacts: fc.array(contact, { minLength: 1, maxLength: 3 }),
  historyStyle: fc.constantFrom<ListStyle>('absent', 'empty-key', 'empty-flow', 'flow-list', 'flow-items', 'block-items'),
  history: fc.array(entry, { minLength: 1, maxLength: 3 }),
  checklistStyle: fc.constantFrom<MapStyle>('absent', 'empty-key', 'empty-flow', 'flow', 'block'),
  ticks: fc.dictionary(fc.constantFrom('special_requests_reviewed', 'logistics_arranged', 'custom_item'), date, { minKeys: 1 }),
  /** Comment lines before each top-level key (index → lines). */
  comments: fc.array(fc.array(fc.oneof(comment, fc.constant('')), { maxLength: 2 }), { minLength: 12, maxLength: 12 }),
  /** A comment indented under the last item of block lists, and under the customer mapping. */
  innerComment: fc.option(comment, { nil: undefined }),
  finalNewline: fc.boolean(),
});
export type DocSpec = typeof docSpec extends fc.Arbitrary<infer T> ? T : never;

type Obj = Record<string, unknown>;
const flowMap = (o: Obj) =>
  `{ ${Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? scalar(v, true) : String(v)}`)
    .join(', ')} }`;

const inner = (s: DocSpec) => (s.innerComment ? [`${' '.repeat(s.seqIndent + 2)}${s.innerComment}`] : []);

function list(key: string, style: ListStyle, items: Obj[], s: DocSpec): string[] {
  const pad = ' '.repeat(s.seqIndent);
  switch (style) {
    case 'absent':
      return [];
    case 'empty-key':
      return [`${key}:`];
    case 'empty-flow':
      return [`${key}: []`];
    case 'flow-list':
      return [`${key}: [${items.map(flowMap).join(', ')}]`];
    case 'flow-items':
      return [`${key}:`, ...items.map((i) => `${pad}- ${flowMap(i)}`), ...inner(s)];
    case 'block-items':
      return [
        `${key}:`,
        ...items.flatMap((i) =>
          Object.entries(i)
            .filter(([, v]) => v !== undefined)
            .map(([k, v], n) => `${n === 0 ? `${pad}- ` : `${pad}  `}${k}: ${typeof v === 'string' ? scalar(v, false) : String(v)}`),
        ),
        ...inner(s),
      ];
  }
}

function map(key: string, style: MapStyle, o: Record<string, string>, s: DocSpec): string[] {
  if (style === 'absent') return [];
  if (style === 'empty-key') return [`${key}:`];
  if (style === 'empty-flow') return [`${key}: {}`];
  if (style === 'flow') return [`${key}: ${flowMap(o)}`];
  return [`${key}:`, ...Object.entries(o).map(([k, v]) => `${' '.repeat(s.step)}${k}: ${v}`)];
}

export function render(s: DocSpec): string {
  const pad = ' '.repeat(s.step);
  const sections: string[][] = [
    ['# yaml-language-server: $schema=../schemas/order.schema.json'],
    ['id: SO-2026-0001'],
    [`status: ${s.statusQuoted ? `"${s.status}"` : s.status}${s.statusComment ? `   ${s.statusComment}` : ''}`],
    s.customerFlow ? [`customer: { name: ${scalar(s.name, true)} }`] : ['customer:', `${pad}name: ${scalar(s.name, false)}   # 客户`, ...(s.innerComment ? [`${pad}${s.innerComment}`] : [])],
    ['ordered: 2026-11-20'],
    ['lines:', `${' '.repeat(s.seqIndent)}- { model: XK-200, quantity: 500, unit: pcs }`],
    list('contacts', s.contactsStyle, s.contacts, s),
    map('checklist', s.checklistStyle, s.ticks, s),
    list('history', s.historyStyle, s.history, s),
  ];
  const lines: string[] = [];
  sections.forEach((sec, i) => {
    if (sec.length > 0) lines.push(...s.comments[i]!, ...sec);
  });
  lines.push(...s.comments[11]!);
  const nl = s.crlf ? '\r\n' : '\n';
  return lines.join(nl) + (s.finalNewline ? nl : '');
}

export const ops = fc.array(
  fc.oneof(
    fc.constantFrom(...STATES).map((v): Op => ({ kind: 'set', path: ['status'], value: v })),
    entry.map((e): Op => ({ kind: 'append', path: ['history'], item: Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as Record<string, string> })),
    fc.record({ id: fc.constantFrom('special_requests_reviewed', 'logistics_arranged', 'other_item'), d: date }).map(({ id, d }): Op => ({ kind: 'set', path: ['checklist', id], value: d })),
    contact.map((c): Op => ({ kind: 'append', path: ['contacts'], item: Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as Record<string, string> })),
  ),
  { minLength: 1, maxLength: 4 },
);
