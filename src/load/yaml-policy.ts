// The one YAML policy: every parse of an order, a config or a catalog — the loader, the
// fast reader, the edit path's splicing and rendering — reads YAML the same way.
//
// - YAML 1.2 core schema whatever a `%YAML 1.1` line says: `yes` stays text, `0777` stays
//   777, a date stays a string (the schema judges it), never a Date object.
// - No tag resolution beyond the core schema: !!binary, !!set, !!omap and !!timestamp
//   leave plain values.
// - Duplicate keys are found by gendan in one pass (load/parse.ts): the yaml package's own
//   check is quadratic in the number of keys.
// - Nothing is printed: the package's warnings become findings or are dropped, never
//   stderr lines in the middle of a report.
// - Limits: aliases per file (alias bombs), nesting depth (orders nest about five levels)
//   and values per order file, the last two counted before any parser allocates (prescan.ts).
import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';

/** Aliases allowed in one file before it counts as an alias bomb. */
export const MAX_ALIASES = 100;
/** Nesting deeper than this is not a gendan file. */
export const MAX_DEPTH = 64;
/**
 * Values (keys, list items, flow entries) one order file may hold, counted before parsing
 * (prescan.ts): an order within every list's maxItems in the schema stays far below, and a
 * file at the limit still parses, validates and places its problems in well under a second.
 */
export const MAX_VALUES = 10_000;

export const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  resolveKnownTags: false,
  uniqueKeys: false,
  logLevel: 'silent',
} as const satisfies ParseOptions & DocumentOptions & SchemaOptions;
