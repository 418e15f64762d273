#!/usr/bin/env node
// Write docs/rules.md from the built rules (run after `npm run build`; `npm run docs`).
import { writeFileSync } from 'node:fs';
import { rulesDoc } from '../dist/format/rules-doc.js';
import { rules } from '../dist/rules/index.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesDoc(rules));
