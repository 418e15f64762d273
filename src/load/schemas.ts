// The JSON Schemas in schemas/ are the one source of the file format. `npm run build`
// precompiles them into standalone validators (scripts/build-validators.mjs), so a run
// loads neither ajv nor its compiler; a validator is used only when it was built from
// the very schema text on disk (by hash), else the schema is compiled here, on first use.
//
// Each schema gets two: a quick one that only says valid or not (without `verbose` it
// runs in half the time), and the full one, run only on invalid data for its errors.
// Both come from the same schema and options, so they always agree on validity.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Options, ValidateFunction } from 'ajv';
import { formats } from './formats.js';

export type SchemaName = 'order' | 'catalog' | 'config';
export const SCHEMA_NAMES: SchemaName[] = ['order', 'catalog', 'config'];

const compiled = new Map<SchemaName, ValidateFunction>();
const load = createRequire(import.meta.url);

export function schemaFile(name: SchemaName): URL {
  return new URL(`../../schemas/${name}.schema.json`, import.meta.url);
}

/** Options of the validator that only decides validity. */
export const QUICK: Options = { verbose: false };

/** The one ajv setup, shared with the build step so both give the same errors. */
export function newAjv(extra: Options = {}) {
  const Ajv2020 = load('ajv/dist/2020.js').default as typeof import('ajv/dist/2020.js').default;
  const addFormats = load('ajv-formats').default as typeof import('ajv-formats').default;
  const { _ } = load('ajv') as typeof import('ajv');
  // Dates through formats.ts (the same rules, read faster); the built validators require
  // it as dist/validators/formats.cjs. E-mail from ajv-formats: a regular expression,
  // written into the validators themselves.
  const code = { ...extra.code, formats: _`require("./formats.cjs").formats` };
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, ...extra, code });
  for (const [name, validate] of Object.entries(formats)) ajv.addFormat(name, validate);
  addFormats(ajv, ['email']);
  return ajv;
}

interface Precompiled {
  default: ValidateFunction;
}

/**
 * A module the build wrote into dist/validators/, or undefined when there is none. Bundled
 * (scripts/bundle.mjs), `require` exists and the bundler takes in the schema texts and the
 * quick validators, which every run uses; the full ones, needed only to say what is wrong
 * with a file, stay out of the bundle (a fifth of it) and are loaded from dist/ when asked for.
 */
function built<T>(kind: 'texts' | 'quick' | 'full', name?: SchemaName): T | undefined {
  const bundled = typeof require === 'function';
  try {
    if (kind === 'texts') return (bundled ? require('../validators/texts.cjs') : load('../validators/texts.cjs')) as T;
    if (kind === 'quick') return (bundled ? require(`../validators/${name}.valid.cjs`) : load(`../validators/${name}.valid.cjs`)) as T;
    return load(`../validators/${name}.cjs`) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw e;
  }
}

/** Whether the precompiled validators were built from this very schema text: the build
 * keeps the texts in dist/validators/texts.cjs, and comparing two strings is native (a
 * hash needs node:crypto, ~6 ms of a one-order command's start). */
export function builtFrom(name: SchemaName, text: string): boolean {
  return built<Record<SchemaName, string>>('texts')?.[name] === text;
}

function precompiled(name: SchemaName, kind: 'quick' | 'full', text: string): ValidateFunction | undefined {
  return builtFrom(name, text) ? built<Precompiled>(kind, name)?.default : undefined;
}

/** Validity from the quick validator; errors, when invalid, from the full one (loaded then). */
function twoPass(quick: ValidateFunction, makeFull: () => ValidateFunction): ValidateFunction {
  let full: ValidateFunction | undefined;
  const v = ((data: unknown) => {
    if (quick(data)) {
      v.errors = null;
      return true;
    }
    full ??= makeFull();
    const ok = full(data);
    v.errors = full.errors;
    return ok;
  }) as ValidateFunction;
  v.errors = null;
  return v;
}

const texts = new Map<SchemaName, string>();
const parsed = new Map<SchemaName, object>();

/** A schema's text as on disk, read once per run. */
function schemaText(name: SchemaName): string {
  let text = texts.get(name);
  if (text === undefined) texts.set(name, (text = readFileSync(schemaFile(name), 'utf8')));
  return text;
}

/** A schema as data (for checks that run before the validator, such as list lengths). */
export function schemaJson(name: SchemaName): object {
  let s = parsed.get(name);
  if (!s) parsed.set(name, (s = JSON.parse(schemaText(name)) as object));
  return s;
}

export function validator(name: SchemaName): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    const text = schemaText(name);
    const compile = (extra: Options) => newAjv(extra).compile(JSON.parse(text) as object);
    const quick = precompiled(name, 'quick', text) ?? compile(QUICK);
    v = twoPass(quick, () => precompiled(name, 'full', text) ?? compile({}));
    compiled.set(name, v);
  }
  return v;
}
