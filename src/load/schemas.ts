// The JSON Schemas in schemas/ are the one source of the file format. Each is compiled
// once per run, on first use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';

export type SchemaName = 'order' | 'catalog' | 'config';

const compiled = new Map<SchemaName, ValidateFunction>();

export function schemaFile(name: SchemaName): URL {
  return new URL(`../../schemas/${name}.schema.json`, import.meta.url);
}

export function validator(name: SchemaName): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    const require = createRequire(import.meta.url);
    const Ajv2020 = require('ajv/dist/2020.js').default as typeof import('ajv/dist/2020.js').default;
    const addFormats = require('ajv-formats').default as typeof import('ajv-formats').default;
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true });
    addFormats(ajv, ['date', 'date-time', 'email']);
    v = ajv.compile(JSON.parse(readFileSync(schemaFile(name), 'utf8')) as object);
    compiled.set(name, v);
  }
  return v;
}
