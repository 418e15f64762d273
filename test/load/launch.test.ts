// The bundle starts with the code cache the build made, a cache made for another build is
// never used, and the cache changes nothing but time.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCache } from '../../src/cli/launch.js';
import { EXAMPLES, ROOT, gendanProcess, tempDir } from '../helpers/cli.js';
import { ensureBuilt } from '../reliability/build.js';

const launcher = pathToFileURL(join(ROOT, 'dist/cli/launch.js')).href;

/** Run the bundle in a fresh process, with or without its cache; report the cache's fate on stderr. */
function launched(useCache: boolean, args: string[]) {
  const script = `import(${JSON.stringify(launcher)}).then(async ({ load }) => {
    const l = load(${useCache});
    process.exitCode = await l.main(${JSON.stringify(args)});
    process.stderr.write('rejected=' + l.script.cachedDataRejected + ' build=' + Boolean(l.build));
  })`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: EXAMPLES, encoding: 'utf8', env: { PATH: process.env.PATH, GENDAN_LANG: 'en' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the code cache', () => {
  beforeAll(() => ensureBuilt());

  it('a fresh process takes the cache the build made', () => {
    // --no-cache: a check cache left in examples/ by an earlier build would add a line to stderr
    const r = launched(true, ['check', '--today', '2026-11-28', '--no-cache']);
    expect(r.stderr).toBe('rejected=false build=true');
    expect(r.code).toBe(0);
  });

  it('with or without it, the output is the same, and that of bin/gendan.js', () => {
    for (const args of [['check', 'broken', '--format', 'json', '--no-cache'], ['today'], ['show', 'SO-2026-0109']]) {
      const argv = [...args, '--today', '2026-11-28'];
      const cached = launched(true, argv);
      const plain = launched(false, argv);
      expect(plain.stdout, args.join(' ')).toBe(cached.stdout);
      expect(plain.code).toBe(cached.code);
      const bin = gendanProcess(argv, { cwd: EXAMPLES, env: { GENDAN_LANG: 'en' } });
      expect(bin.stdout).toBe(cached.stdout);
      expect(bin.code).toBe(cached.code);
    }
  });

  it('a cache file made for another build, or none, is not used', () => {
    const dir = tempDir();
    const file = join(dir, 'gendan.cjs.cache');
    expect(readCache(file, 'abc')).toBeUndefined();
    writeFileSync(file, Buffer.concat([Buffer.from('abd\n'), Buffer.from([1, 2, 3])]));
    expect(readCache(file, 'abc')).toBeUndefined();
    expect(readCache(file, 'ab')).toBeUndefined();
    writeFileSync(file, Buffer.concat([Buffer.from('abc\n'), Buffer.from([1, 2, 3])]));
    expect([...readCache(file, 'abc')!]).toEqual([1, 2, 3]);
  });

  it('without the bundle, one clear line and exit 2, no stack trace', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'dist/cli'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    copyFileSync(join(ROOT, 'dist/cli/launch.js'), join(dir, 'dist/cli/launch.js'));
    const script = `import(${JSON.stringify(pathToFileURL(join(dir, 'dist/cli/launch.js')).href)}).then(async ({ launch }) => { process.exitCode = await launch(['check']); })`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^gendan: .*gendan\.cjs 不存在，请运行 npm run build \/ is missing: run npm run build\n$/);
  });
});
