// Messages of Chinese input, exports (-o, xlsx, csv), completion and help topics.
import type { Messages } from './i18n.js';

export const officeMessages: Messages = {
  'input/bad-date': {
    en: '{option} must be a date such as 2026-12-05 (2026/12/5, 2026.12.05 and 2026年12月5日 work too), got `{value}`',
    zh: '{option} 应为日期，如 2026-12-05（也可写 2026/12/5、2026.12.05、2026年12月5日），实际为“{value}”',
  },
  'input/unknown-name': {
    en: '{option}: unknown {what} `{value}`; use one of: {allowed}{hint}',
    zh: '{option}：未知{what}“{value}”，可用：{allowed}{hint}',
  },
  'input/did-you-mean': { en: '; did you mean `{suggest}`?', zh: '。是否应为“{suggest}”？' },
  'cli/invalid-argument': { en: 'invalid value: {detail}', zh: '取值无效：{detail}' },
  'cli/missing-option': { en: 'option {option} is required; see `gendan {command} --help`', zh: '缺少必需的选项 {option}，参见 `gendan {command} --help`' },
  'cli/conflicting-option': { en: 'these options cannot be used together; see `gendan {command} --help`', zh: '这些选项不能同时使用，参见 `gendan {command} --help`' },
  'cli/arg/order': { en: '<order>', zh: '<订单号或订单文件>' },
  'cli/arg/note': { en: '<note>', zh: '<沟通内容>' },
  'cli/arg/item': { en: '<item>', zh: '<清单项>' },
  'cli/arg/shell': { en: '<shell>', zh: '<shell 名称>' },
  'cli/arg/index': { en: '<index>', zh: '<序号>' },
  'sarif/help': { en: '{description} Run `gendan help rules` for every rule; set its severity under rules: in gendan.yaml.', zh: '{description}运行 `gendan help rules` 查看全部规则；可在 gendan.yaml 的 rules: 下调整其级别。' },
  'yaml/said': { en: '{en}', zh: '{zh}' },
  'output/needs-file': { en: '--format {format} writes a binary file: add -o FILE', zh: '--format {format} 生成的是二进制文件，请加上 -o 文件名' },
  'output/written': { en: 'wrote {file}', zh: '已写入 {file}' },
  'output/bad-header': { en: '--header must be `ids` or `names`, got `{value}`', zh: '--header 应为 ids 或 names，实际为“{value}”' },
  'completion/bad-shell': { en: 'unknown shell `{shell}`; use bash, zsh or fish', zh: '不支持的 shell“{shell}”，可用：bash、zsh、fish' },
  'help/bad-topic': { en: 'unknown help topic `{topic}`; topics are: {allowed}', zh: '没有帮助主题“{topic}”，可用：{allowed}' },
  'schema/date-typed': {
    en: '{path} must be a date written YYYY-MM-DD, got {got}; write {fixed}',
    zh: '{path} 应写作 YYYY-MM-DD 格式的日期，实际为 {got}；请写成 {fixed}',
  },
  'csv/col/order': { en: 'Order', zh: '订单号' },
  'csv/col/file': { en: 'File', zh: '文件' },
  'csv/col/customer': { en: 'Customer', zh: '客户' },
  'csv/col/kind': { en: 'Kind', zh: '类型' },
  'csv/col/what': { en: 'What', zh: '事项' },
  'csv/col/due': { en: 'Due', zh: '到期日' },
  'csv/col/days_late': { en: 'Days late', zh: '逾期天数' },
  'csv/col/action': { en: 'Next action', zh: '下一步' },
  'csv/col/status': { en: 'Status', zh: '状态' },
  'csv/col/ordered': { en: 'Ordered', zh: '下单日期' },
  'csv/col/total': { en: 'Total', zh: '金额' },
  'csv/col/paid': { en: 'Paid', zh: '已收' },
  'csv/col/currency': { en: 'Currency', zh: '币种' },
  'csv/col/section': { en: 'Section', zh: '分类' },
  'csv/col/key': { en: 'Key', zh: '项目' },
  'csv/col/delivered': { en: 'Delivered', zh: '已交付' },
  'csv/col/on_time': { en: 'On time', zh: '按期' },
  'csv/col/late': { en: 'Late', zh: '逾期' },
  'csv/col/on_time_rate': { en: 'On-time rate', zh: '准时交付率' },
  'csv/col/average_days_late': { en: 'Avg days late', zh: '平均逾期天数' },
  'csv/col/stays': { en: 'Stays', zh: '次数' },
  'csv/col/average_days': { en: 'Avg days', zh: '平均天数' },
  'csv/col/item': { en: 'Item', zh: '清单项' },
  'csv/col/month': { en: 'Month', zh: '月份' },
  'csv/col/state': { en: 'State', zh: '状态' },
  'csv/col/days_left': { en: 'Days left', zh: '剩余天数' },
};

export const wordMessages: Messages = {
  'vocab/terms-missing': { en: '`confirmation.terms`: {terms}', zh: '`confirmation.terms` 中缺少{terms}' },
  'vocab/issue-opened': { en: '{kind} ({opened})', zh: '{kind}（{opened}）' },
};

export const sheetMessages: Messages = {
  'sheet/list': { en: 'Orders', zh: '订单' },
  'sheet/overdue': { en: 'Overdue', zh: '逾期事项' },
  'sheet/at-risk': { en: 'At risk', zh: '交期风险' },
  'sheet/today': { en: 'Today', zh: '今日跟单' },
  'sheet/overall': { en: 'Overall', zh: '总体' },
  'sheet/all-orders': { en: 'all orders', zh: '全部订单' },
};
