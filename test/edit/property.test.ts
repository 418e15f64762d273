// For generated orders with comments, every edit keeps the lines it should not touch byte
// for byte, and the result parses, holds exactly the intended data and validates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument, isSeq, isMap } from 'yaml';
import { applyOps } from '../../src/edit/apply.js';
import type { Op } from '../../src/edit/ops.js';
import { validator } from '../../src/load/schemas.js';
import { docSpec, ops, render, type DocSpec } from './gen.js';

/** What the data must be after the ops, computed plainly. */
function expected(data: Record<string, unknown>, list: Op[]): Record<string, unknown> {
  const out = structuredClone(data);
  for (const op of list) {
    if (op.kind === 'set' && op.path.length === 1) out.status = op.value;
    else if (op.kind === 'set') out.checklist = { ...(out.checklist as object | null), [op.path[1]!]: op.value };
    else {
      const key = op.path[0] as string;
      out[key] = [...((out[key] as unknown[] | null) ?? []), op.item];
    }
  }
  return out;
}

/** 0-based line numbers of the original an op may change: a replaced value's, a flow collection's, an empty `[]`'s. */
function mayChange(text: string, list: Op[]): Set<number> {
  const doc = parseDocument(text);
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  const out = new Set<number>();
  const span = (node: { range?: [number, number, number] | null } | undefined) => {
    if (!node?.range) return;
    for (let l = lineOf(node.range[0]); l <= lineOf(Math.max(node.range[0], node.range[1] - 1)); l++) out.add(l);
  };
  for (const op of list) {
    if (op.kind === 'set') span(doc.getIn(op.path, true) as never);
    const top = doc.get(op.path[0], true) as never;
    if ((isSeq(top) || isMap(top)) && (top as { flow?: boolean }).flow) span(top);
  }
  return out;
}

/** Whether `keep` appears in `lines` in order (greedy matching decides subsequence). */
function isSubsequence(keep: string[], lines: string[], lastMayEnd: boolean): boolean {
  let j = 0;
  for (const [i, line] of keep.entries()) {
    // A last line without a newline gets one (CR LF in CRLF files) when lines follow it.
    const same = (l: string) => l === line || (lastMayEnd && i === keep.length - 1 && l === `${line}\r`);
    while (j < lines.length && !same(lines[j]!)) j++;
    if (j === lines.length) return false;
    j++;
  }
  return true;
}

function errorsOf(data: unknown): string[] {
  const validate = validator('order');
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
}

describe('edit operations on generated orders', () => {
  it('keep untouched lines byte-identical; the result parses, matches and validates', () => {
    fc.assert(
      fc.property(docSpec, ops, (spec: DocSpec, list: Op[]) => {
        const text = render(spec);
        const data = parse(text) as Record<string, unknown>;
        const before = errorsOf(data);
        const out = applyOps(text, data, list).text;
        const want = expected(data, list);
        expect(parse(out)).toEqual(want);
        // no new schema problem; an original with none (empty `key:` lists aside) stays valid
        const after = errorsOf(parse(out));
        expect(after.filter((e) => !before.includes(e))).toEqual([]);
        if (before.length === 0) expect(after).toEqual([]);
        const oldLines = text.split('\n');
        const allowed = mayChange(text, list);
        const keep = oldLines.filter((_, i) => !allowed.has(i));
        expect(isSubsequence(keep, out.split('\n'), !spec.finalNewline && !allowed.has(oldLines.length - 1))).toBe(true);
        // nothing is lost from the old text but the edited lines, and line endings stay as they were
        expect(out.split('\n').length).toBeGreaterThanOrEqual(oldLines.length);
        if (spec.crlf) expect(out.replace(/\r\n/g, '')).not.toContain('\n');
        else expect(out).not.toContain('\r');
        // every comment of the original is still there
        for (const line of oldLines) if (line.trimStart().startsWith('#')) expect(out).toContain(line);
        if (spec.statusComment) expect(out).toContain(spec.statusComment);
      }),
      { numRuns: Number(process.env.GENDAN_FC_RUNS ?? 300) },
    );
  });
});

describe('several operations at once', () => {
  it('give the very text that doing them one after the other gives', () => {
    fc.assert(
      fc.property(docSpec, ops, (spec: DocSpec, list: Op[]) => {
        const text = render(spec);
        const data = parse(text) as Record<string, unknown>;
        let inTurn = text;
        for (const op of list) inTurn = applyOps(inTurn, parse(inTurn), [op]).text;
        expect(applyOps(text, data, list).text).toBe(inTurn);
      }),
      { numRuns: Number(process.env.GENDAN_FC_RUNS ?? 300) },
    );
  });
});
