// Apply operations to an order's text and prove the result: it parses, it holds exactly
// the intended data, and it has no schema problem the original did not have. Pure.
import { isDeepStrictEqual } from 'node:util';
import type { ErrorObject } from 'ajv';
import { parseData } from '../load/parse.js';
import { validator } from '../load/schemas.js';
import { applyToData, type Op } from './ops.js';
import { appendItem, EditBug, setScalar } from './splice.js';

export { EditBug };

export interface Applied {
  text: string;
  data: unknown;
}

export function applyOps(text: string, data: unknown, ops: Op[]): Applied {
  let out = text;
  let intended = data;
  for (const op of ops) {
    out = op.kind === 'set' ? setScalar(out, op.path, op.value) : appendItem(out, op.path, op.item);
    intended = applyToData(intended, op);
  }
  const parsed = parseData(out);
  if (parsed.findings.length > 0) throw new EditBug(`the edited text does not parse: ${parsed.findings[0]!.msg.id}`);
  if (!isDeepStrictEqual(parsed.data, intended)) throw new EditBug('the edited text does not hold the intended data');
  const before = new Set(schemaErrors(data));
  const added = schemaErrors(parsed.data).filter((e) => !before.has(e));
  if (added.length > 0) throw new EditBug(`the edit would add a schema problem: ${added[0]}`);
  return { text: out, data: parsed.data };
}

function schemaErrors(data: unknown): string[] {
  const validate = validator('order');
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`);
}
