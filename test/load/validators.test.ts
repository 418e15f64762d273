// The validators precompiled by `npm run build` (run before the tests) must be the very
// schemas on disk and report exactly what compiling them at run time reports.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/load/fast-parse.js';
import { newAjv, schemaFile, schemaHash, SCHEMA_NAMES } from '../../src/load/schemas.js';
import { ROOT } from '../helpers/cli.js';
import { generatedOrders } from './generated.js';

const require = createRequire(import.meta.url);
const built = (name: string) => require(join(ROOT, 'dist/validators', `${name}.cjs`)) as { default: ValidateFunction; schemaHash: string };

describe('precompiled validators', () => {
  it('are built from the schema text on disk, both the full and the quick one', () => {
    for (const name of SCHEMA_NAMES) {
      const hash = schemaHash(readFileSync(schemaFile(name), 'utf8'));
      expect(built(name).schemaHash).toBe(hash);
      expect(built(`${name}.valid`).schemaHash).toBe(hash);
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
