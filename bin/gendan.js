#!/usr/bin/env node
// CommonJS (bin/package.json says so): starting from a CommonJS file, Node never loads its
// ES module loader, which a one-order command would otherwise spend ~10 ms on.
'use strict';
let launcher;
try {
  launcher = require('../dist/bundle/launch.cjs');
} catch (e) {
  if (e.code !== 'MODULE_NOT_FOUND') throw e;
  // Before the build there are no messages to translate: both languages, one line.
  process.stderr.write('gendan: dist/ 不存在，请运行 npm run build / is missing: run npm run build\n');
  process.exitCode = 2;
}
if (launcher) launcher.launch(process.argv.slice(2)).then((code) => (process.exitCode = code));
