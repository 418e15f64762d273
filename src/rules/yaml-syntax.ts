import type { Rule } from './rule.js';
import { loadFindings } from './rule.js';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  severity: 'error',
  description: { en: 'The file is not valid YAML, or has a duplicate key.', zh: '文件不是有效的 YAML，或有重复的键。' },
  messages: {
    'duplicate-key': { en: 'duplicate key `{key}`: each key may appear once in a mapping; merge or rename it', zh: '重复的键 `{key}`：同一映射中每个键只能出现一次，请合并或改名' },
    tab: { en: 'tab used for indentation: YAML indents with spaces only', zh: '使用了制表符缩进：YAML 只能用空格缩进' },
    indent: { en: 'bad indentation: {detail}', zh: '缩进错误：{detail}' },
    'missing-char': { en: 'unclosed bracket or quote: {detail}', zh: '括号或引号未闭合：{detail}' },
    unexpected: { en: 'unexpected text: {detail}', zh: '意外的内容：{detail}' },
    'bad-alias': { en: 'alias to an unknown anchor: {detail}', zh: '别名引用了不存在的锚点：{detail}' },
    other: { en: 'invalid YAML: {detail}', zh: 'YAML 无效：{detail}' },
    'full-width-colon': { en: 'line {line} uses a full-width colon「：」; use the ASCII colon「:」', zh: '第 {line} 行用了全角冒号「：」，请改为半角冒号「:」' },
    'full-width-space': { en: 'line {line} is indented with a full-width space「　」; indent with ASCII spaces', zh: '第 {line} 行用全角空格「　」缩进，请改为半角空格' },
    'full-width-space-between': { en: 'line {line} has a full-width space「　」between items; use an ASCII space', zh: '第 {line} 行各项之间用了全角空格「　」，请改为半角空格' },
    'full-width-comma': { en: 'line {line} separates items with a Chinese comma「，」; use the ASCII comma「,」', zh: '第 {line} 行用中文逗号「，」分隔各项，请改为半角逗号「,」' },
  },
  check: loadFindings('yaml-syntax'),
};
