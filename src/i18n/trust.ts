import type { Messages } from './i18n.js';

/** Messages of the safety checks: refused edits, skipped orders, workspace and input slips. */
export const trustMessages: Messages = {
  'reports/skip-unusable': {
    en: 'it holds a value this report cannot use; run `gendan check {file}` to see which',
    zh: '其中有本报表无法使用的值；运行 `gendan check {file}` 查看',
  },
  'workspace/none': {
    en: 'no gendan.yaml found in {dir} or any folder above it, and no orders folder here: run `gendan init` to make a workspace, or `cd` into one',
    zh: '在 {dir} 及其上级文件夹中都没有找到 gendan.yaml，这里也没有 orders 文件夹：请运行 `gendan init` 创建工作区，或 `cd` 进入已有的工作区',
  },
  'note/no-orders-folder': {
    en: 'the orders folder {path} does not exist yet: no orders (git keeps no empty folders; `gendan new` creates it)',
    zh: '订单文件夹 {path} 尚不存在：没有订单（git 不保存空文件夹；`gendan new` 会创建它）',
  },
  'new/bad-requested': { en: '--requested must be a date written YYYY-MM-DD between 1900-01-01 and 2199-12-31, got `{value}`', zh: '--requested 应为 1900-01-01 至 2199-12-31 之间、YYYY-MM-DD 格式的日期，实际为 `{value}`' },
  'new/bad-unit': { en: '--unit needs a unit such as pcs or box, got `{value}`', zh: '--unit 需要单位，如 pcs 或 box，实际为 `{value}`' },
  'init/not-folder': { en: '{dir} is a file, not a folder: name a folder for the new workspace', zh: '{dir} 是文件而不是文件夹：请指定新工作区的文件夹' },
  'init/name-too-long': { en: 'cannot create {dir}: the name is too long for the file system', zh: '无法创建 {dir}：名称超出文件系统允许的长度' },
  'init/cannot-create': { en: 'cannot create the folder {dir} ({code})', zh: '无法创建文件夹 {dir}（{code}）' },
  'cli/now-today-disagree': { en: 'GENDAN_TODAY={today} and GENDAN_NOW={now} name different days; set one of them, or both to the same day', zh: 'GENDAN_TODAY={today} 与 GENDAN_NOW={now} 不是同一天；请只设其中一个，或设为同一天' },
  'advance/already': { en: '{id} is already {toLabel}; nothing to change', zh: '{id} 已经是{toLabel}，无需改动' },
  'item/invalid': { en: '`{path}` is there but not valid: see the schema problem on line {line}', zh: '`{path}` 已填写但无效：见第 {line} 行的 schema 问题' },
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
