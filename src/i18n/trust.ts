import type { Messages } from './i18n.js';

/** Messages of the safety checks: refused edits, skipped orders, workspace and input slips. */
export const trustMessages: Messages = {
  'reports/skip-unusable': {
    en: 'it holds a value this report cannot use; run `gendan check {file}` to see which',
    zh: '其中有本报表无法使用的值；运行 `gendan check {file}` 查看',
  },
};
