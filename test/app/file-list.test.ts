// The list of files, kept in shared memory when long, reads back exactly what was put in.
import { describe, expect, it } from 'vitest';
import { FileList, type FileItem } from '../../src/app/file-list.js';

const items = (n: number): FileItem[] =>
  Array.from({ length: n }, (_, i): FileItem =>
    i % 7 === 3 ? [`/w/订单/SO-${i}.yaml`, `订单/SO-${i}.yaml`, { id: 'file/symlink-loop', args: { n: i, note: '环' } }] : [`/w/orders/SO-${i}.yaml`, `orders/SO-${i}.yaml`],
  );

describe('FileList', () => {
  it('gives back every item, short list or shared', () => {
    for (const n of [0, 5, 999, 1000, 2500, 20_000, 20_001]) {
      const all = items(n);
      const list = new FileList({ length: n, item: (i) => all[i]! });
      expect(list.length).toBe(n);
      expect(list.slice(0, n)).toEqual(all);
      const shared = new FileList(list.share());
      expect(shared.length).toBe(n);
      expect(shared.slice(0, n)).toEqual(all);
      expect(shared.slice(Math.max(0, n - 3), n + 10)).toEqual(all.slice(Math.max(0, n - 3)));
    }
  });
});
