#!/usr/bin/env node
// Precompile schemas/*.schema.json into standalone ajv validators in dist/validators/,
// with the same ajv setup as a run (newAjv in src/load/schemas.ts). texts.cjs keeps the
// schema texts they were built from; a run ignores them if a schema has changed.
// Runs after `tsc` in `npm run build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { newAjv, QUICK, schemaFile, SCHEMA_NAMES } from '../dist/load/schemas.js';

const require = createRequire(import.meta.url);
const standaloneCode = require('ajv/dist/standalone').default;
const out = new URL('../dist/validators/', import.meta.url);
mkdirSync(out, { recursive: true });

// Two per schema: the full validator (errors for the user) and the quick one (valid or not).
const texts = {};
for (const name of SCHEMA_NAMES) {
  const text = (texts[name] = readFileSync(schemaFile(name), 'utf8'));
  for (const [file, extra] of [[name, {}], [`${name}.valid`, QUICK]]) {
    const ajv = newAjv({ ...extra, code: { source: true } });
    const validate = ajv.compile(JSON.parse(text));
    writeFileSync(new URL(`${file}.cjs`, out), `${standaloneCode(ajv, validate)}\n`);
  }
}
writeFileSync(new URL('texts.cjs', out), `module.exports = ${JSON.stringify(texts)};\n`);
// The validators' date formats (src/load/formats.ts), as CommonJS next to them.
await build({
  entryPoints: [fileURLToPath(new URL('../dist/load/formats.js', import.meta.url))],
  outfile: fileURLToPath(new URL('formats.cjs', out)),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['ajv-formats'],
  logLevel: 'warning',
});
