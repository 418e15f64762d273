// The yaml parser's messages, said in Chinese too. The parser speaks English only; its
// message is kept for en and matched here for zh (by text, else by its error code).
import type { Msg } from '../model/problem.js';

const BY_TEXT: [RegExp, string][] = [
  [/Nested mappings are not allowed in compact mappings/, '同一行里写了两个“键: 值”（紧凑写法的映射中不能再嵌套映射）；请换行并缩进，或给值加引号'],
  [/Implicit (map )?keys need to be on a single line/, '键必须写在同一行（可能缺少冒号或缩进有误）'],
  [/Implicit map keys need to be followed by map values/, '键后面缺少冒号和值'],
  [/All mapping items must start at the same column/, '同一映射的各项必须从同一列开始'],
  [/All sequence items must start at the same column/, '同一列表的各项必须从同一列开始'],
  [/Sequence items are not allowed on the same line/, '列表项（- ）不能与键写在同一行'],
  [/Tabs are not allowed as indentation|Tab/, '不能用制表符（Tab）缩进，请改用空格'],
  [/Missing closing "?quote|Missing closing/, '缺少右引号'],
  [/Map keys must be unique/, '键重复'],
  [/flow sequence to end with \]|Expected .*\]/, '列表缺少右方括号 ]'],
  [/flow map to end with \}|Expected .*\}/, '映射缺少右花括号 }'],
  [/Unresolved alias|alias/i, '别名（*…）没有对应的锚点（&…）'],
  [/Plain value cannot start with/, '值不能以该字符开头，请给值加引号'],
  [/Comments must be separated from other tokens by white space/, '注释符 # 前须有空格'],
];

const BY_CODE: Record<string, string> = {
  BAD_INDENT: '缩进不正确',
  MISSING_CHAR: '缺少必要的字符（如冒号、引号或括号）',
  UNEXPECTED_TOKEN: '此处出现了意外的内容',
  BAD_SCALAR_START: '值的开头字符不合法，请给值加引号',
  BLOCK_AS_IMPLICIT_KEY: '缩进不正确，或冒号后缺少空格',
  MULTILINE_IMPLICIT_KEY: '键必须写在同一行（可能缺少冒号或缩进有误）',
  TAB_AS_INDENT: '不能用制表符（Tab）缩进，请改用空格',
  DUPLICATE_KEY: '键重复',
  BAD_ALIAS: '别名（*…）没有对应的锚点（&…）',
};

/** The parser's one-line message as a message: its own English, and Chinese for zh. */
export function yamlDetail(code: string, message: string): Msg {
  const zh = BY_TEXT.find(([re]) => re.test(message))?.[1] ?? BY_CODE[code] ?? 'YAML 语法错误';
  return { id: 'yaml/said', args: { en: message, zh } };
}
