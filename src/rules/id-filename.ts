// The file's base name should be the order id, so that `gendan advance SO-…` and a glance
// at the folder find the right file.
import { basename, extname } from 'node:path';
import type { OrderFile } from '../load/order-file.js';
import { finding, type Rule } from './rule.js';

export const idFilename: Rule = {
  id: 'id-filename',
  severity: 'warn',
  description: {
    en: "The file's base name (without .yaml/.yml) is not the order's id.",
    zh: '文件名（去掉 .yaml/.yml）与订单号不一致。',
  },
  messages: {
    rename: {
      en: 'file name {file} does not match the order id {id}: rename the file to {expected}',
      zh: '文件名 {file} 与订单号 {id} 不一致：请把文件改名为 {expected}',
    },
  },
  check(file: OrderFile) {
    const id = file.order?.id;
    if (typeof id !== 'string' || id === '') return [];
    const name = basename(file.path);
    const ext = extname(name);
    const base = /^\.ya?ml$/i.test(ext) ? name.slice(0, -ext.length) : name;
    if (base === id) return [];
    return [finding('id-filename', 'rename', ['id'], { file: name, id, expected: `${id}${ext || '.yaml'}` })];
  },
};
