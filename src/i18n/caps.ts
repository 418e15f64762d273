import type { Messages } from './i18n.js';

/** Messages of the per-file limits: problems counted but not listed. */
export const capsMessages: Messages = {
  'check/hidden': {
    en: '{file}: … and {n} more problems in this file, not listed (at most {max} are listed per file; fix these first)',
    zh: '{file}：… 此文件另有 {n} 个问题未列出（每个文件最多列出 {max} 个，请先修正以上问题）',
  },
};
