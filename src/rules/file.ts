import type { Rule } from './rule.js';
import { loadFindings } from './rule.js';

export const file: Rule = {
  id: 'file',
  severity: 'error',
  description: {
    en: 'The file cannot be an order at all: unreadable, not a regular file, not UTF-8 text, binary, over 1 MiB, several YAML documents, an alias bomb, too deep or too many values, a symlink loop, or left with git conflict markers.',
    zh: '文件根本不能作为订单：无法读取、不是普通文件、不是 UTF-8 文本、二进制、超过 1 MiB、含多个 YAML 文档、别名炸弹、嵌套过深或值过多、符号链接循环，或留有 git 冲突标记。',
  },
  messages: {
    directory: { en: 'this is a folder, not an order file', zh: '这是文件夹，不是订单文件' },
    'too-large': { en: 'file is {size}, more than the {max} gendan reads; it was not read. Split it up, or move it out of this folder', zh: '文件大小为 {size}，超过 gendan 读取上限 {max}，未读取。请拆分，或移出此文件夹' },
    'not-regular': { en: 'not a regular file (a pipe, socket or device), so it was not read; move it out of this folder', zh: '不是普通文件（管道、套接字或设备），未读取；请移出此文件夹' },
    binary: { en: 'binary content (NUL bytes), not YAML text; move it out of this folder', zh: '二进制内容（含 NUL 字节），不是 YAML 文本；请移出此文件夹' },
    'not-utf8': { en: 'not valid UTF-8 text (saved as GBK?); save the file as UTF-8', zh: '不是有效的 UTF-8 文本（可能是 GBK 编码），请另存为 UTF-8' },
    'symlink-loop': { en: 'reached through a symlink loop; remove or fix the link', zh: '经由循环的符号链接到达，请删除或修正该链接' },
    unreadable: { en: 'cannot be read ({code}): check the file permissions', zh: '无法读取（{code}），请检查文件权限' },
    'bad-name': { en: 'the file name is not UTF-8 (written by an older Windows program?), so it cannot be opened; rename the file', zh: '文件名不是 UTF-8 编码（可能由旧版 Windows 程序写入），无法打开；请重命名该文件' },
    missing: { en: 'file vanished while being checked', zh: '检查过程中文件消失了' },
    io: { en: 'cannot be read: {detail}', zh: '无法读取：{detail}' },
    'multi-doc': { en: 'more than one YAML document (a second `---`); keep one per file', zh: '含多个 YAML 文档（第二个 `---`），每个文件只能有一个' },
    'alias-bomb': { en: 'too many YAML aliases (more than {max}), refusing to expand them; write the values out instead', zh: 'YAML 别名过多（超过 {max} 个），拒绝展开；请直接写出取值' },
    'too-deep': { en: 'nested more than {max} levels deep, far deeper than any gendan file; it was not read further', zh: '嵌套超过 {max} 层，远超任何 gendan 文件，未继续读取' },
    'too-many-values': { en: 'holds more than {max} values (keys and list items), far more than any order; it was not read further. Is a log or an export pasted in? Keep such records outside the order file', zh: '含超过 {max} 个值（键和列表项），远超任何订单，未继续读取。是否粘贴了日志或导出数据？请把这类记录放在订单文件之外' },
    'conflict-markers': {
      en: 'unresolved git merge conflict at lines {range} ({lines}): between <<<<<<< and ======= is one side, between ======= and >>>>>>> the other; keep the right lines, delete the marker lines, then run `gendan check` and `git add` the file',
      zh: '第 {range} 行有未解决的 git 合并冲突（{lines}）：<<<<<<< 与 ======= 之间是一方的版本，======= 与 >>>>>>> 之间是另一方的；保留正确的行，删除标记行，再运行 `gendan check` 并 `git add` 该文件',
    },
    'not-mapping': { en: 'the file does not hold a mapping of order keys (id:, status:, …)', zh: '文件内容不是订单键值映射（id:、status: 等）' },
  },
  check: loadFindings('file'),
};
