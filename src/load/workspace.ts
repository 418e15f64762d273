// Finding the workspace and reading gendan.yaml and the catalog. Their errors are usage
// errors (exit 2) that name the file, line and column and what would be right.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Catalog, Product } from '../model/catalog.js';
import { defaultConfig, type Config } from '../model/config.js';
import { userError } from '../model/errors.js';
import type { Finding, Msg } from '../model/problem.js';
import { readText } from './read.js';
import { parseYaml } from './parse.js';
import { fastParse } from './fast-parse.js';
import { validator, type SchemaName } from './schemas.js';
import { schemaFindings } from './schema-problems.js';
import { locate } from './positions.js';

export const CONFIG_NAME = 'gendan.yaml';

/** Walk up from `start` for gendan.yaml. */
export function findConfig(start: string): string | undefined {
  let dir = resolve(start);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Read a YAML file that must be valid against one of our schemas, or throw a UserError. */
function readValid(file: string, schema: SchemaName, display: string): unknown {
  const read = readText(file);
  if ('error' in read) throw userError('config/unreadable', { file: display, detail: read.error });
  // The common case needs no yaml Document: valid text read by the fast reader.
  const fast = fastParse(read.text);
  if (fast !== undefined && validator(schema)(fast)) return fast;
  const parsed = parseYaml(read.text);
  const fail = (f: Finding): never => {
    const pos = locate(parsed.doc, parsed.counter, f.where);
    throw userError('config/invalid', { file: display, line: pos.line, column: pos.column, detail: f.msg });
  };
  if (parsed.findings.length > 0) fail(parsed.findings[0]!);
  const data = parsed.data ?? {};
  const validate = validator(schema);
  if (!validate(data)) fail(schemaFindings(validate.errors ?? [], 'config')[0]!);
  return data;
}

export function loadConfig(file: string | undefined, cwd: string, display = (p: string) => p): Config {
  if (!file) return defaultConfig(cwd);
  const abs = resolve(cwd, file);
  if (!existsSync(abs)) throw userError('config/missing', { file: display(abs) });
  const raw = readValid(abs, 'config', display(abs)) as Partial<Config> & { orders?: string | string[] };
  const base = defaultConfig(dirname(abs));
  return {
    ...base,
    ...raw,
    file: abs,
    root: base.root,
    catalogNamed: raw.catalog !== undefined,
    orders: typeof raw.orders === 'string' ? [raw.orders] : (raw.orders ?? base.orders),
    calendar: { ...base.calendar, ...raw.calendar },
    logistics: { ...base.logistics, ...raw.logistics },
    rules: { ...raw.rules },
  };
}

export interface LoadedCatalog {
  catalog: Catalog;
  notes: Msg[];
}

export function loadCatalog(config: Config, display = (p: string) => p): LoadedCatalog {
  const empty: Catalog = { products: new Map() };
  if (!config.file) return { catalog: empty, notes: [{ id: 'note/no-catalog' }] };
  const abs = resolve(config.root, config.catalog);
  if (!existsSync(abs)) {
    if (config.catalogNamed) throw userError('catalog/missing', { file: display(abs) });
    return { catalog: empty, notes: [{ id: 'note/no-catalog' }] };
  }
  const raw = readValid(abs, 'catalog', display(abs)) as { products: Product[] };
  const products = new Map<string, Product>();
  for (const p of raw.products) {
    if (products.has(p.model)) throw userError('catalog/duplicate-model', { file: display(abs), model: p.model });
    products.set(p.model, p);
  }
  return { catalog: { file: abs, products }, notes: [] };
}
