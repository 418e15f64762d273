// The yaml package, loaded on first use: most runs read every file with the fast reader
// (fast-parse.ts) and never need it, and evaluating it costs a one-order command ~5 ms.
//
// Run from the bundle (scripts/bundle.mjs), `require` exists and the bundler puts the
// package in the bundle, evaluated when first called; run as separate ES modules (tests,
// dist/), there is no `require` and Node loads it here.
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');
let lib: Yaml | undefined;

export function yaml(): Yaml {
  return (lib ??= (typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')) as Yaml);
}
