#!/usr/bin/env node
// Precompile schemas/*.schema.json into standalone ajv validators in dist/validators/,
// with the same ajv setup as a run (newAjv in src/load/schemas.ts). Each file records the
// hash of the schema text it was built from; a run ignores it if the schema has changed.
// Runs after `tsc` in `npm run build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { newAjv, QUICK, schemaFile, schemaHash, SCHEMA_NAMES } from '../dist/load/schemas.js';

const require = createRequire(import.meta.url);
const standaloneCode = require('ajv/dist/standalone').default;
const out = new URL('../dist/validators/', import.meta.url);
mkdirSync(out, { recursive: true });

// Two per schema: the full validator (errors for the user) and the quick one (valid or not).
for (const name of SCHEMA_NAMES) {
  const text = readFileSync(schemaFile(name), 'utf8');
  for (const [file, extra] of [[name, {}], [`${name}.valid`, QUICK]]) {
    const ajv = newAjv({ ...extra, code: { source: true } });
    const validate = ajv.compile(JSON.parse(text));
    const code = `${standaloneCode(ajv, validate)}\nmodule.exports.schemaHash = ${JSON.stringify(schemaHash(text))};\n`;
    writeFileSync(new URL(`${file}.cjs`, out), code);
  }
}
