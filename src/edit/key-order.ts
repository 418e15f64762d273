// Where a new key goes: in the order the schema lists the keys (the order of SPEC §2), so a
// created `history:` lands at the end and a created `checklist:` just before it.
import { schemaJson } from '../load/schemas.js';
import type { DataPath } from '../model/problem.js';

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** The schema's key order for the mapping at `path` (list indices skipped); [] if unknown. */
export function keyOrder(path: DataPath): string[] {
  let node: SchemaNode | undefined = schemaJson('order');
  for (const seg of path) {
    if (!node) return [];
    node = typeof seg === 'number' ? node.items : node.properties?.[seg];
  }
  return Object.keys(node?.properties ?? {});
}
