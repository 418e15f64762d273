import type { Messages } from './i18n.js';

/** Messages of sharing an order folder through git: the merge driver and `gendan git`. */
export const mergeMessages: Messages = {
  'merge/conflict': {
    en: '{file}: both sides changed {fields}; both versions are in the file between <<<<<<< and >>>>>>>: keep the right one, delete the marker lines, then `gendan check {file}` and `git add {file}`',
    zh: '{file}：双方都修改了 {fields}；两个版本都写在文件中的 <<<<<<< 与 >>>>>>> 之间：保留正确的一个，删除标记行，再运行 `gendan check {file}` 和 `git add {file}`',
  },
  'merge/line-conflict': {
    en: '{file}: the two versions could not be merged entry by entry, and git’s line merge left conflict markers: resolve them, then `gendan check {file}` and `git add {file}`',
    zh: '{file}：两个版本无法按条目合并，git 按行合并后留下了冲突标记：请解决冲突，再运行 `gendan check {file}` 和 `git add {file}`',
  },
  'merge/unreadable': { en: 'cannot read {file} ({detail})', zh: '无法读取 {file}（{detail}）' },
  'git/no-git': { en: 'git is not installed or not on PATH; install git first', zh: '未安装 git 或 git 不在 PATH 中，请先安装 git' },
  'git/failed': { en: '{command} failed: {detail}', zh: '{command} 执行失败：{detail}' },
  'git/not-repo': {
    en: '{dir} is not in a git repository: run `git init` there (or clone the shared repository), then `gendan git setup`',
    zh: '{dir} 不在 git 仓库中：请先在此运行 `git init`（或克隆共享仓库），再运行 `gendan git setup`',
  },
  'git/attributes-added': { en: 'set up  {file}: order files merge with gendan ({patterns})', zh: '已设置 {file}：订单文件用 gendan 合并（{patterns}）' },
  'git/attributes-kept': { en: 'kept    {file} (already set up)', zh: '保留   {file}（已设置）' },
  'git/driver-set': { en: 'set up  git config merge.gendan.driver: {command}', zh: '已设置 git config merge.gendan.driver：{command}' },
  'git/driver-kept': { en: 'kept    git config merge.gendan.driver (already set up)', zh: '保留   git config merge.gendan.driver（已设置）' },
  'git/hook-written': { en: 'set up  {file}: checks the staged order files before each commit', zh: '已设置 {file}：每次提交前检查暂存的订单文件' },
  'git/hook-kept': { en: 'kept    {file} (already set up)', zh: '保留   {file}（已设置）' },
  'git/hook-foreign': {
    en: 'kept    {file}: it is another program’s hook; to check order files before each commit, add this line to it: {command}',
    zh: '保留   {file}：这是其他程序的钩子；如需在提交前检查订单文件，请在其中加入这一行：{command}',
  },
  'git/setup-next': {
    en: 'Everyone who shares this folder runs `gendan git setup` once in their own clone (git does not copy its config and hooks).',
    zh: '共用此文件夹的每个人都需在自己的克隆中运行一次 `gendan git setup`（git 不会复制配置和钩子）。',
  },
  'git/commit-stopped': {
    en: 'commit stopped: fix the problems above in the staged order files, `git add` them, and commit again',
    zh: '提交已中止：请修正上面暂存订单文件中的问题，`git add` 后再次提交',
  },
};
