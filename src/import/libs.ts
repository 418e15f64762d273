// The two libraries that read what other programs write: exceljs (xlsx) and iconv-lite
// (GBK/GB18030). Loaded on first use through require, outside the CLI bundle: every
// other command starts without them.
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

let excel: typeof import('exceljs') | undefined;
let iconv: typeof import('iconv-lite') | undefined;

export const exceljs = (): typeof import('exceljs') => (excel ??= load('exceljs') as typeof import('exceljs'));
export const iconvLite = (): typeof import('iconv-lite') => (iconv ??= load('iconv-lite') as typeof import('iconv-lite'));
