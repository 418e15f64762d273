// `npm pack` / `npm publish`: the package a user installs carries dist/ already built, so
// its package.json must not ask to run `prepare` (npm would warn about an install script).
// `strip` (prepack) keeps the checkout's package.json aside and writes one without it;
// `restore` (postpack) puts the checkout's back, byte for byte.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const manifest = 'package.json';
const kept = '.package.json.packing';
const step = process.argv[2];

if (step === 'strip') {
  const text = readFileSync(manifest, 'utf8');
  if (!existsSync(kept)) writeFileSync(kept, text);
  const pkg = JSON.parse(text);
  delete pkg.scripts.prepare;
  delete pkg.scripts.prepack;
  delete pkg.scripts.postpack;
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
} else if (step === 'restore') {
  if (existsSync(kept)) renameSync(kept, manifest);
} else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}
