import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

const manifest = () => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>; dependencies: Record<string, string>; files: string[];
};

describe('the package a user installs', () => {
  it('is packed without the prepare script, and the checkout gets its package.json back byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gendan-pack-'));
    dirs.push(dir);
    copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
    const before = readFileSync(join(dir, 'package.json'));
    const run = (step: string) => execFileSync(process.execPath, [join(root, 'scripts/pack-manifest.mjs'), step], { cwd: dir });
    run('strip');
    const packed = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: unknown };
    expect(packed.scripts.prepare).toBeUndefined();
    expect(packed.scripts.prepack).toBeUndefined();
    expect(packed.scripts.build).toBeDefined();
    expect(packed.bin).toEqual({ gendan: 'bin/gendan.js' });
    run('restore');
    expect(readFileSync(join(dir, 'package.json')).equals(before)).toBe(true);
  });

  it('the checkout builds on npm install, and packing strips then restores', () => {
    const { scripts } = manifest();
    expect(scripts.prepare).toBe('npm run build');
    expect(scripts.prepack).toContain('pack-manifest.mjs strip');
    expect(scripts.postpack).toContain('pack-manifest.mjs restore');
  });

  it('ships only what runs: bin, the built bundle, schemas and the licence', () => {
    const { files, dependencies } = manifest();
    expect(files.sort()).toEqual(['LICENSE', 'bin', 'dist', 'schemas']);
    // Everything else is inlined in the bundle; these are loaded beside it at run time, so
    // each must be required by the sources (an unused one would be installed for nothing).
    const sources = execFileSync('grep', ['-rhoE', `(from |require\\(|load\\()'[^'.][^']*'`, join(root, 'src')], { encoding: 'utf8' });
    for (const name of Object.keys(dependencies)) expect(sources, name).toMatch(new RegExp(`'${name}(/[^']*)?'`));
  });
});
