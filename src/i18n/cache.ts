import type { Messages } from './i18n.js';

/** Messages of the check cache (cache/). */
export const cacheMessages: Messages = {
  'cache/corrupt': { en: 'the check cache {file} is damaged: ignored, and made anew', zh: '检查缓存 {file} 已损坏：已忽略并重新生成' },
  'cache/foreign': { en: '{file} is not a check cache of this workspace: ignored, and made anew', zh: '{file} 不是本工作区的检查缓存：已忽略并重新生成' },
  'cache/stale': { en: 'the check cache {file} was made with {what}: ignored, and made anew', zh: '检查缓存 {file} 是用{what}生成的：已忽略并重新生成' },
  'cache/part-build': { en: 'another version of gendan', zh: '另一版本的 gendan ' },
  'cache/part-config': { en: 'another configuration', zh: '另一份配置' },
  'cache/part-catalog': { en: 'another catalog', zh: '另一份产品目录' },
  'cache/part-schemas': { en: 'other file schemas', zh: '另一版本的文件格式定义' },
  'cache/part-calendar': { en: 'other holiday data', zh: '另一版本的节假日数据' },
};
