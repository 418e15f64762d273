import type { Messages } from './i18n.js';

/** Messages of the command line itself: usage errors, workspace errors, notes, summaries. */
export const cliMessages: Messages = {
  'cli/unknown-option': { en: 'unknown option {option}; see `gendan {command} --help`', zh: '未知选项 {option}，参见 `gendan {command} --help`' },
  'cli/unknown-command': { en: 'unknown command `{name}`; see `gendan --help`', zh: '未知命令 `{name}`，参见 `gendan --help`' },
  'cli/missing-argument': { en: 'missing argument {name}; see `gendan {command} --help`', zh: '缺少参数 {name}，参见 `gendan {command} --help`' },
  'cli/missing-option-value': { en: 'option {option} needs a value', zh: '选项 {option} 需要一个值' },
  'cli/excess-arguments': { en: 'too many arguments; see `gendan {command} --help`', zh: '参数过多，参见 `gendan {command} --help`' },
  'cli/usage': { en: '{detail}', zh: '{detail}' },
  'cli/bad-format': { en: 'unknown format `{format}`; use one of: {allowed}', zh: '未知格式 `{format}`，可用：{allowed}' },
  'cli/bad-lang': { en: 'unknown language `{lang}`; use zh or en', zh: '未知语言 `{lang}`，可用 zh 或 en' },
  'cli/bad-today': { en: 'today must be a date written YYYY-MM-DD, got `{value}`', zh: '今天的日期应为 YYYY-MM-DD，实际为 `{value}`' },
  'cli/bad-number': { en: 'option {option} needs a whole number ≥ 0, got `{value}`', zh: '选项 {option} 需要 ≥ 0 的整数，实际为 `{value}`' },
  'cli/error-prefix': { en: 'gendan: ', zh: 'gendan：' },
  'cli/crash': {
    en: 'internal error while {doing}: {detail}. This is a bug in gendan; please report it with the command you ran (add --debug for details).',
    zh: '{doing}时发生内部错误：{detail}。这是 gendan 的缺陷，请附上所运行的命令报告（加 --debug 查看详情）。',
  },
  'cli/doing-run': { en: 'running the command', zh: '运行命令' },
  'cli/doing-file': { en: 'processing {file}', zh: '处理 {file}' },
  'path/missing': { en: 'no such file or folder: {path}', zh: '文件或文件夹不存在：{path}' },
  'config/missing': { en: 'config file not found: {file}', zh: '找不到配置文件：{file}' },
  'config/unreadable': { en: '{file}: {detail}', zh: '{file}：{detail}' },
  'config/invalid': { en: '{file}:{line}:{column}: {detail}', zh: '{file}:{line}:{column}：{detail}' },
  'config/unknown-rule': { en: '{file}: unknown rule `{rule}` under rules:{hint}', zh: '{file}：rules: 下有未知规则 `{rule}`{hint}' },
  'config/unknown-rule-hint': { en: '; did you mean `{suggest}`?', zh: '，是否应为 `{suggest}`？' },
  'catalog/missing': { en: 'catalog file not found: {file} (named by `catalog:` in gendan.yaml)', zh: '找不到产品目录文件：{file}（由 gendan.yaml 的 `catalog:` 指定）' },
  'catalog/duplicate-model': { en: '{file}: model `{model}` is listed twice; each model once', zh: '{file}：型号 `{model}` 出现了两次，每个型号只能列一次' },
  'note/no-catalog': { en: 'no catalog is configured: catalog rules are skipped', zh: '未配置产品目录：跳过产品目录相关规则' },
  'note/no-calendar-data': {
    en: 'the {region} calendar has no official holiday data for {years}: weekends only are used there',
    zh: '{region} 日历没有 {years} 年的官方节假日数据：这些年份只按周末计算',
  },
  'note/skipped-file': { en: 'skipped {file}: {reason}', zh: '已跳过 {file}：{reason}' },
  'check/summary-clean': { en: '✓ {files} files, {orders} orders: no problems', zh: '✓ {files} 个文件，{orders} 个订单：没有问题' },
  'check/summary': {
    en: '✖ {problems} problems ({errors} errors, {warnings} warnings) in {files} files, {orders} orders',
    zh: '✖ 共 {problems} 个问题（{errors} 个错误，{warnings} 个警告），{files} 个文件，{orders} 个订单',
  },
  'check/too-many-warnings': { en: 'too many warnings: {warnings} (at most {max} allowed by --max-warnings)', zh: '警告过多：{warnings} 个（--max-warnings 最多允许 {max} 个）' },
  'severity/error': { en: 'error', zh: '错误' },
  'severity/warning': { en: 'warning', zh: '警告' },
};
