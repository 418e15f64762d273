// Where a new key goes: in the order the schema lists the keys (the order of SPEC §2), so a
// created `history:` lands at the end and a created `checklist:` just before it.
import { readFileSync } from 'node:fs';
import { schemaFile } from '../load/schemas.js';
import type { DataPath } from '../model/problem.js';

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

let root: SchemaNode | undefined;

/** The schema's key order for the mapping at `path` (list indices skipped); [] if unknown. */
export function keyOrder(path: DataPath): string[] {
  root ??= JSON.parse(readFileSync(schemaFile('order'), 'utf8')) as SchemaNode;
  let node: SchemaNode | undefined = root;
  for (const seg of path) {
    if (!node) return [];
    node = typeof seg === 'number' ? node.items : node.properties?.[seg];
  }
  return Object.keys(node?.properties ?? {});
}
