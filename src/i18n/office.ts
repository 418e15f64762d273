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
  'output/needs-file': { en: '--format {format} writes a binary file: add -o FILE', zh: '--format {format} 生成的是二进制文件，请加上 -o 文件名' },
  'output/written': { en: 'wrote {file}', zh: '已写入 {file}' },
  'output/bad-header': { en: '--header must be `ids` or `names`, got `{value}`', zh: '--header 应为 ids 或 names，实际为“{value}”' },
  'completion/bad-shell': { en: 'unknown shell `{shell}`; use bash, zsh or fish', zh: '不支持的 shell“{shell}”，可用：bash、zsh、fish' },
  'help/bad-topic': { en: 'unknown help topic `{topic}`; topics are: {allowed}', zh: '没有帮助主题“{topic}”，可用：{allowed}' },
  'schema/date-typed': {
    en: '{path} must be a date written YYYY-MM-DD, got {got}; write {fixed}',
    zh: '{path} 应写作 YYYY-MM-DD 格式的日期，实际为 {got}；请写成 {fixed}',
  },
};
