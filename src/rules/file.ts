import type { Rule } from './rule.js';
import { loadFindings } from './rule.js';

export const file: Rule = {
  id: 'file',
  severity: 'error',
  description: {
    en: 'The file cannot be an order at all: unreadable, not UTF-8 text, binary, over 1 MiB, several YAML documents, an alias bomb, too deep, or a symlink loop.',
    zh: '文件根本不能作为订单：无法读取、不是 UTF-8 文本、二进制、超过 1 MiB、含多个 YAML 文档、别名炸弹、嵌套过深或符号链接循环。',
  },
  messages: {
    directory: { en: 'this is a folder, not an order file', zh: '这是文件夹，不是订单文件' },
    'too-large': { en: 'file is {size}, larger than the {max} an order file may be; it was not read', zh: '文件大小为 {size}，超过订单文件上限 {max}，未读取' },
    'not-regular': { en: 'not a regular file (a pipe, socket or device): not an order file', zh: '不是普通文件（管道、套接字或设备），不是订单文件' },
    binary: { en: 'binary content (NUL bytes): not a YAML text file', zh: '二进制内容（含 NUL 字节），不是 YAML 文本文件' },
    'not-utf8': { en: 'not valid UTF-8 text (saved as GBK?); save the file as UTF-8', zh: '不是有效的 UTF-8 文本（可能是 GBK 编码），请另存为 UTF-8' },
    'symlink-loop': { en: 'reached through a symlink loop; remove or fix the link', zh: '经由循环的符号链接到达，请删除或修正该链接' },
    unreadable: { en: 'cannot be read ({code}): check the file permissions', zh: '无法读取（{code}），请检查文件权限' },
    missing: { en: 'file vanished while being checked', zh: '检查过程中文件消失了' },
    io: { en: 'cannot be read: {detail}', zh: '无法读取：{detail}' },
    'multi-doc': { en: 'more than one YAML document (a second `---`): one order per file', zh: '含多个 YAML 文档（第二个 `---`）：每个文件只能有一个订单' },
    'alias-bomb': { en: 'too many YAML aliases (more than {max}): refusing to expand them', zh: 'YAML 别名过多（超过 {max} 个），拒绝展开' },
    'too-deep': { en: 'nested more than {max} levels deep: not an order file', zh: '嵌套超过 {max} 层，不是订单文件' },
    'not-mapping': { en: 'the file does not hold a mapping of order keys (id:, status:, …)', zh: '文件内容不是订单键值映射（id:、status: 等）' },
  },
  check: loadFindings('file'),
};
