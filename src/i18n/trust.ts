import type { Messages } from './i18n.js';

/** Messages of the safety checks: refused edits, skipped orders, workspace and input slips. */
export const trustMessages: Messages = {
  'reports/skip-unusable': {
    en: 'it holds a value this report cannot use; run `gendan check {file}` to see which',
    zh: '其中有本报表无法使用的值；运行 `gendan check {file}` 查看',
  },
  'edit/incomplete': {
    en: '{file}:{line}:{column}: cannot edit a file that lacks a required key ({detail}); another program may be saving it. Check it (`gendan check {file}`) and run the command again',
    zh: '{file}:{line}:{column}：文件缺少必填键（{detail}），不能编辑；可能有其他程序正在保存它。请检查（`gendan check {file}`）后重新运行命令',
  },
  'edit/busy': {
    en: '{file} keeps changing: another program is writing it. Nothing was written; run the command again once it is saved',
    zh: '{file} 一直在变化：有其他程序正在写入。未写入任何内容；请在其保存完成后重新运行命令',
  },
  'edit/too-large': {
    en: '{file}: the edit would make the file {size} bytes, over the limit of {max} bytes that gendan can read; nothing was written',
    zh: '{file}：此次修改会使文件达到 {size} 字节，超过 gendan 可读取的上限 {max} 字节；未写入任何内容',
  },
};
