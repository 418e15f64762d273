// Starting the CLI from its bundle (dist/bundle/gendan.cjs, written by scripts/bundle.mjs)
// with the V8 code cache made at build time, so that a one-order command spends its time
// on the order rather than on parsing and compiling JavaScript.
//
// The cache can make a run slower, never different: it is used only with the bundle it
// was made from (the build id both carry), and V8 itself rejects it, compiling from
// source, when its version or flags differ from those that made it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type { Io } from './io.js';

export const BUNDLE = fileURLToPath(new URL('../bundle/gendan.cjs', import.meta.url));
export const CACHE = `${BUNDLE}.cache`;
/** The bundle's last line: `//# gendan-build <id>`. The cache file starts with `<id>\n`. */
export const BUILD_MARK = '//# gendan-build ';

export interface Launched {
  main(argv: string[], io?: Io): Promise<number>;
  script: Script;
  /** The build id of the bundle, or undefined when it has none. */
  build: string | undefined;
}

/** Compile and run the bundle, with its code cache unless `useCache` is false. */
export function load(useCache = true): Launched {
  const source = readFileSync(BUNDLE, 'latin1'); // the bundler writes ASCII only
  const build = buildId(source);
  const cachedData = useCache && build ? readCache(CACHE, build) : undefined;
  // The wrapper Node puts around a CommonJS module.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new Script(wrapped, { filename: BUNDLE, cachedData });
  const module = { exports: {} as { main: Launched['main'] } };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { main: module.exports.main, script, build };
}

export async function launch(argv: string[]): Promise<number> {
  let launched: Launched;
  try {
    launched = load();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    // Before the bundle there are no messages to translate: both languages, one line.
    process.stderr.write(`gendan: ${BUNDLE} 不存在，请运行 npm run build / is missing: run npm run build\n`);
    return 2;
  }
  return launched.main(argv);
}

function buildId(source: string): string | undefined {
  const at = source.lastIndexOf(BUILD_MARK);
  return at < 0 ? undefined : source.slice(at + BUILD_MARK.length).trim();
}

/** A cache file's bytes: the build id it was made for, then V8's code. */
export function cacheBytes(build: string, code: Buffer): Buffer {
  return Buffer.concat([header(build), code]);
}

/** The code in a cache file made for build `build`; undefined when there is none or it was made for another. */
export function readCache(file: string, build: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return undefined; // no cache: compile from source
  }
  const mark = header(build);
  return data.subarray(0, mark.length).equals(mark) ? data.subarray(mark.length) : undefined;
}

function header(build: string): Buffer {
  return Buffer.from(`${build}\n`, 'latin1');
}
