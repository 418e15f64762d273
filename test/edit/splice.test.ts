// Text edits by example: each changes only what it must, in the style around it.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendItem, setScalar } from '../../src/edit/splice.js';
import { applyOps, EditBug } from '../../src/edit/apply.js';

const at = '2026-11-28T09:00:00+08:00';

describe('setScalar', () => {
  it('replaces only the value, keeping the comment after it', () => {
    expect(setScalar('id: A\nstatus: received   # 已接单\nx: 1\n', ['status'], 'confirmed')).toBe('id: A\nstatus: confirmed   # 已接单\nx: 1\n');
  });

  it('keeps the quoting style of the value it replaces', () => {
    expect(setScalar("a: 'x'\n", ['a'], "it's")).toBe("a: 'it''s'\n");
    expect(setScalar('a: "x"\n', ['a'], 'y')).toBe('a: "y"\n');
    expect(setScalar('a: x\n', ['a'], '0123')).toBe('a: "0123"\n');
    expect(setScalar('a: { b: x, c: 1 }\n', ['a', 'b'], 'p, q')).toBe('a: { b: "p, q", c: 1 }\n');
  });

  it('fills an empty value on its own line', () => {
    expect(setScalar('a:\nb: 1\n', ['a'], 'x')).toBe('a: x\nb: 1\n');
    expect(setScalar('a: # note\nb: 1\n', ['a'], 'x')).toBe('a: x # note\nb: 1\n');
  });

  it('adds a key to an existing mapping, block or flow', () => {
    expect(setScalar('checklist:\n  special_requests_reviewed: 2026-11-01\nhistory: []\n', ['checklist', 'logistics_arranged'], '2026-11-28')).toBe(
      'checklist:\n  special_requests_reviewed: 2026-11-01\n  logistics_arranged: 2026-11-28\nhistory: []\n',
    );
    expect(setScalar('checklist: {}\n', ['checklist', 'x'], '2026-11-28')).toBe('checklist: { x: 2026-11-28 }\n');
    expect(setScalar('checklist: { a: 2026-11-01 }  # c\n', ['checklist', 'b'], '2026-11-28')).toBe('checklist: { a: 2026-11-01, b: 2026-11-28 }  # c\n');
  });

  it('creates a missing mapping where the schema order puts it', () => {
    const text = 'id: A\nstatus: received\ndocuments:\n  - { kind: contract }\n\n# 历史\nhistory:\n  - { at: "x", to: received }\n';
    expect(setScalar(text, ['checklist', 'special_requests_reviewed'], '2026-11-28')).toBe(text.replace('\n\n# 历史', '\nchecklist:\n  special_requests_reviewed: 2026-11-28\n\n# 历史'));
  });

  it('keeps CRLF line endings and the indentation of the file', () => {
    expect(setScalar('id: A\r\nproduction:\r\n    handoff: 2026-11-01\r\n', ['checklist', 'x'], '2026-11-28')).toBe('id: A\r\nproduction:\r\n    handoff: 2026-11-01\r\nchecklist:\r\n    x: 2026-11-28\r\n');
  });

  it('adds a line at the end of a file without a final newline', () => {
    expect(setScalar('id: A', ['checklist', 'x'], '2026-11-28')).toBe('id: A\nchecklist:\n  x: 2026-11-28\n');
  });
});

describe('appendItem', () => {
  const entry = { at, from: 'received', to: 'confirmed' };

  it('follows flow items, with the list indentation of the file', () => {
    expect(appendItem('history:\n- { at: "x", to: received }   # 首条\nz: 1\n', ['history'], entry)).toBe(
      `history:\n- { at: "x", to: received }   # 首条\n- { at: "${at}", from: received, to: confirmed }\nz: 1\n`,
    );
  });

  it('follows block items and their inner indentation', () => {
    expect(appendItem('contacts:\n  -   date: 2026-11-01\n      node: other\n', ['contacts'], { date: '2026-11-28', node: 'shipped' })).toBe(
      'contacts:\n  -   date: 2026-11-01\n      node: other\n  -   date: 2026-11-28\n      node: shipped\n',
    );
  });

  it('appends inside a flow list, and turns an empty `[]` into a block list', () => {
    expect(appendItem('h: [ { to: a } ]\n', ['h'], { to: 'b' })).toBe('h: [ { to: a }, { to: b } ]\n');
    expect(appendItem('h: []   # none yet\nz: 1\n', ['h'], { to: 'b' })).toBe('h:   # none yet\n  - { to: b }\nz: 1\n');
  });

  it('creates the list under an empty key or as a new key', () => {
    expect(appendItem('id: A\nhistory:\n', ['history'], entry)).toBe(`id: A\nhistory:\n  - { at: "${at}", from: received, to: confirmed }\n`);
    expect(appendItem('id: A\nstatus: x\n', ['history'], { ...entry, waived: ['a', 'b'] })).toBe(`id: A\nstatus: x\nhistory:\n  - { at: "${at}", from: received, to: confirmed, waived: [a, b] }\n`);
  });

  it('ends a block scalar before the new item', () => {
    const text = 'contacts:\n  - date: 2026-11-01\n    note: |\n      line one\n      line two\nz: 1\n';
    const out = appendItem(text, ['contacts'], { date: '2026-11-28', node: 'other' });
    expect(out).toBe(text.replace('z: 1', '  - date: 2026-11-28\n    node: other\nz: 1'));
    expect(parse(out).contacts[0].note).toBe('line one\nline two\n');
  });
});

describe('applyOps verifies the result', () => {
  it('returns the data it wrote', () => {
    const text = 'id: A\nstatus: received\ncustomer: { name: x }\nordered: 2026-11-01\nlines:\n  - { model: M, quantity: 1, unit: pcs }\n';
    const r = applyOps(text, parse(text), [
      { kind: 'set', path: ['status'], value: 'confirmed' },
      { kind: 'append', path: ['history'], item: { at, from: 'received', to: 'confirmed', note: '备注: "引号"' } },
    ]);
    expect((r.data as { history: unknown[] }).history).toEqual([{ at, from: 'received', to: 'confirmed', note: '备注: "引号"' }]);
  });

  it('refuses an edit that would add a schema problem', () => {
    const text = 'id: A\nstatus: received\ncustomer: { name: x }\nordered: 2026-11-01\nlines:\n  - { model: M, quantity: 1, unit: pcs }\n';
    expect(() => applyOps(text, parse(text), [{ kind: 'set', path: ['status'], value: 'shipping' }])).toThrow(EditBug);
  });

  it('refuses to replace a collection with a scalar', () => {
    expect(() => setScalar('a:\n  b: 1\n', ['a'], 'x')).toThrow(EditBug);
  });
});

describe('comments that belong to the value above stay with it', () => {
  it('a new key goes after the deeper-indented comments closing the previous value', () => {
    const text = 'confirmation:\n  date: 2026-11-01\n  # 合同待回传\n# 历史\nhistory: []\n';
    expect(setScalar(text, ['checklist', 'x'], '2026-11-28')).toBe('confirmation:\n  date: 2026-11-01\n  # 合同待回传\nchecklist:\n  x: 2026-11-28\n# 历史\nhistory: []\n');
  });

  it('a new item goes after comments indented under the last item', () => {
    const text = 'contacts:\n  - date: 2026-11-01\n    node: other\n    # 客户回电\n  # 下一步\nz: 1\n';
    expect(appendItem(text, ['contacts'], { date: '2026-11-28', node: 'shipped' })).toBe(text.replace('  # 下一步', '  - date: 2026-11-28\n    node: shipped\n  # 下一步'));
  });
});
