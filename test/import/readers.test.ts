// The readers on their own: encodings, delimiters, dates and the carrier's words.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { dateReader, toIsoDate, toTimestamp } from '../../src/import/dates.js';
import { decodeText, detectEncoding } from '../../src/import/decode.js';
import { detectDelimiter, splitRecords } from '../../src/import/delimited.js';
import { parseNumber } from '../../src/import/cells.js';
import { trackingStatus } from '../../src/import/words.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('dates', () => {
  const read = dateReader(['DD/MM/YYYY', 'YYYY年M月D日 H点', 'M-d-yyyy', '%y%m%d']);
  const day = fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));

  it('every form a program writes reads back as the same YYYY-MM-DD', () => {
    fc.assert(
      fc.property(day, (d) => {
        const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const iso = `${y}-${pad(m)}-${pad(dd)}`;
        const serial = Math.round((d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
        for (const form of [iso, `${y}/${m}/${dd}`, `${y}年${m}月${dd}日`, `${y}.${pad(m)}.${pad(dd)}`, `${y}${pad(m)}${pad(dd)}`, `${pad(dd)}/${pad(m)}/${y}`, `${m}-${dd}-${y}`, serial, d, `${y}/${m}/${dd} 0:00:00`]) {
          expect([form, toIsoDate(read, form)]).toEqual([form, iso]);
        }
      }),
    );
  });

  it('formats as strftime or date-fns write them', () => {
    expect(toIsoDate(read, '261205')).toBe('2026-12-05');
    expect(toIsoDate(read, '12-5-2026')).toBe('2026-12-05');
  });

  it('not dates: impossible days, words, out-of-range years', () => {
    for (const s of ['2026/2/30', '2026-13-01', '约下周', '', '2200-01-01', '1899-12-31', 'TBD']) expect(toIsoDate(read, s)).toBeUndefined();
  });

  it('times: China time when no offset is given; an offset kept', () => {
    expect(toTimestamp(read, '2026/11/28 10:02')).toBe('2026-11-28T10:02:00+08:00');
    expect(toTimestamp(read, '2026-11-28 10:02:33')).toBe('2026-11-28T10:02:33+08:00');
    expect(toTimestamp(read, '2026-11-28T02:02:33Z')).toBe('2026-11-28T02:02:33+00:00');
    expect(toTimestamp(read, '2026-11-28T10:02:33+0100')).toBe('2026-11-28T10:02:33+01:00');
    expect(toTimestamp(read, '2026年11月28日 9点')).toBe('2026-11-28T09:00:00+08:00');
    expect(toTimestamp(read, new Date('2026-11-28T10:02:00Z'))).toBe('2026-11-28T10:02:00+08:00');
    expect(toTimestamp(read, 46354.5)).toBe('2026-11-28T12:00:00+08:00');
    expect(toTimestamp(read, '2026-11-28 25:00')).toBeUndefined();
  });
});

describe('numbers', () => {
  it('as people write them', () => {
    expect([parseNumber('1,000'), parseNumber('¥128.50'), parseNumber('30%'), parseNumber('１２０'), parseNumber(' 7 '), parseNumber(12.5)]).toEqual([1000, 128.5, 30, 120, 7, 12.5]);
    for (const s of ['约100', '100台', '1,00', 'abc', '']) expect(parseNumber(s)).toBeUndefined();
  });
});

describe('encodings', () => {
  it('BOM → UTF-8; valid UTF-8 → UTF-8; else GB18030; UTF-16 by its BOM', () => {
    const text = '订单号,客户\nSO-1,宁波恒达\n';
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text, encoding: 'utf-8-bom' });
    expect(decodeText(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030' });
    expect(decodeText(iconv.encode(text, 'utf-16le', { addBOM: true }))).toEqual({ text, encoding: 'utf-16le' });
    expect(detectEncoding(Buffer.from('plain ascii'))).toBe('utf-8');
    // A header row in GBK is never valid UTF-8.
    expect(detectEncoding(iconv.encode('订单号,客户名称,规格型号,数量,单位,交货日期', 'gbk'))).toBe('gb18030');
  });

  it('any Chinese text written as GBK reads back', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.array(fc.oneof(han, fc.constantFrom('a', '1', ',', ' ')), { minLength: 1, maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const bytes = iconv.encode(text, 'gbk');
        fc.pre(iconv.decode(bytes, 'gbk') === text); // not a character GBK lacks
        // The rule puts valid UTF-8 first; a GBK text that is also valid UTF-8 (a lone 一 is
        // the bytes D2 BB) reads as UTF-8. Real files, with a header row, never are.
        fc.pre(detectEncoding(bytes) !== 'utf-8' || !/[^\x00-\x7f]/.test(text));
        expect(decodeText(bytes).text).toBe(text);
      }),
    );
  });
});

describe('delimited text', () => {
  const quote = (s: string, d: string) => (s.includes('"') || s.includes(d) || /[\r\n]/.test(s) || s.trim() !== s ? `"${s.replace(/"/g, '""')}"` : s);

  it('any grid written with quotes as RFC 4180 has them reads back cell for cell', () => {
    const cell = fc.string({ maxLength: 8, unit: fc.constantFrom('a', '订', ' ', '"', ',', ';', '\t', '\n', '\r\n', '1') });
    fc.assert(
      fc.property(fc.constantFrom(',', ';', '\t'), fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (d, grid) => {
        const text = grid.map((r) => r.map((c) => quote(c, d)).join(d)).join('\r\n');
        expect(splitRecords(text, d)).toEqual(grid);
      }),
    );
  });

  it('the delimiter is the one most lines agree on, past a title line', () => {
    expect(detectDelimiter('销售订单列表\n订单号,客户,数量\nA,B,1\n')).toBe(',');
    expect(detectDelimiter('订单号;客户;数量\nA;"B, Ltd";1,5\n')).toBe(';');
    expect(detectDelimiter('订单号\t客户\t数量\nA\tB, C\t1\n')).toBe('\t');
  });
});

describe("the carrier's words", () => {
  it.each([
    ['已揽收', 'picked_up'],
    ['运输中', 'in_transit'],
    ['快件已到达【杭州中转部】', 'in_transit'],
    ['派送中', 'out_for_delivery'],
    ['已签收', 'delivered'],
    ['签收失败', 'exception'],
    ['疑难', 'exception'],
    ['问题件', 'exception'],
    ['已退回', 'returned'],
    ['退回签收', 'returned'],
    ['Out for delivery', 'out_for_delivery'],
    ['Delivered', 'delivered'],
    ['in_transit', 'in_transit'],
    ['Returned to sender', 'returned'],
  ])('%s → %s', (word, status) => {
    expect(trackingStatus(word)).toBe(status);
  });

  it('a word it cannot place is no status', () => {
    expect(trackingStatus('???')).toBeUndefined();
    expect(trackingStatus('')).toBeUndefined();
  });
});
