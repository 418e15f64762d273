// The validators precompiled by `npm run build` (run before the tests) must be the very
// schemas on disk and report exactly what compiling them at run time reports.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/load/fast-parse.js';
import { newAjv, schemaFile, SCHEMA_NAMES, type SchemaName } from '../../src/load/schemas.js';
import { ROOT } from '../helpers/cli.js';
import { generatedOrders } from './generated.js';

const require = createRequire(import.meta.url);
// The built module, which finds dist/validators/ beside it.
const { builtFrom } = (await import(pathToFileURL(join(ROOT, 'dist/load/schemas.js')).href)) as { builtFrom: (name: SchemaName, text: string) => boolean };
const built = (name: string) => require(join(ROOT, 'dist/validators', `${name}.cjs`)) as { default: ValidateFunction };

describe('precompiled validators', () => {
  it('are built from the schema text on disk, and ignored once a schema changes', () => {
    for (const name of SCHEMA_NAMES) {
      const text = readFileSync(schemaFile(name), 'utf8');
      expect(require(join(ROOT, 'dist/validators/texts.cjs'))[name]).toBe(text);
      expect(builtFrom(name, text)).toBe(true);
      expect(builtFrom(name, text.replace('"type"', '"type" '))).toBe(false);
    }
  });

  it('report the same errors as a run-time compile, and the quick one the same validity', () => {
    const runtime = newAjv().compile(JSON.parse(readFileSync(schemaFile('order'), 'utf8')) as object);
    const standalone = built('order').default;
    const quick = built('order.valid').default;
    let invalid = 0;
    for (const text of generatedOrders({ count: 300, seed: 11, defects: 0.6 })) {
      const data = fastParse(text);
      if (data === undefined) continue;
      const a = runtime(data);
      const b = standalone(data);
      expect(b).toBe(a);
      expect(quick(data)).toBe(a);
      expect(standalone.errors ?? null).toEqual(runtime.errors ?? null);
      if (!a) invalid++;
    }
    expect(invalid).toBeGreaterThan(20);
  });
});
