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

/**
 * Runs `fn` with process.env as a plain copy: the yaml parser reads an environment variable
 * for every token, and a read of the real process.env is a call into the runtime — a third
 * of the parse of a large file. Nothing else runs meanwhile (the parse is synchronous).
 */
export function withPlainEnv<T>(fn: () => T): T {
  const env = process.env;
  process.env = { ...env };
  try {
    return fn();
  } finally {
    process.env = env;
  }
}
