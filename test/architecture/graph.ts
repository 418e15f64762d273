// The import graph of src/: every static import, `import type`, re-export and dynamic
// import(), between files. Used by the layer test; a small pure module so that the
// checks themselves can be tested on graphs made up for the purpose.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export type Graph = Map<string, Set<string>>;

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Files under `root` (relative paths, `/`-separated) → the files they import. */
export function importGraph(root: string): Graph {
  const graph: Graph = new Map();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const abs = join(entry.parentPath, entry.name);
    const from = relative(root, abs).split('\\').join('/');
    const deps = new Set<string>();
    const text = readFileSync(abs, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      if (spec === undefined || !spec.startsWith('.')) continue;
      const target = relative(root, resolve(dirname(abs), spec)).split('\\').join('/').replace(/\.js$/, '.ts');
      deps.add(target);
    }
    graph.set(from, deps);
  }
  return graph;
}

/** The layer of a file: its first folder under src/ (a file at the top is its own name). */
export const layerOf = (file: string): string => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file.replace(/\.ts$/, ''));

/** Imports that go against the order (a lower layer importing a higher or unranked one). */
export function againstOrder(graph: Graph, rank: Record<string, number>): string[] {
  const out: string[] = [];
  for (const [from, deps] of graph) {
    const a = rank[layerOf(from)];
    if (a === undefined) {
      out.push(`${from}: the folder ${layerOf(from)} has no place in the layer order`);
      continue;
    }
    for (const to of deps) {
      const b = rank[layerOf(to)];
      if (b === undefined || b > a) out.push(`${from} → ${to}`);
    }
  }
  return [...new Set(out)].sort();
}

/** Every cycle's files, once each (strongly connected components of more than one file, or a file importing itself). */
export function cycles(graph: Graph): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || graph.get(v)?.has(v)) out.push(comp.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}
