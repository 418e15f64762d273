// Messages of `gendan message` and of the notices owed to the customer (today's `tell`).
import type { Messages } from './i18n.js';
import { VARIABLES } from '../messages/variables.js';

/** The nodes a message is written for (the `message/node/` and `notice/node/` messages). */
export const NODES: Messages = {
  confirmed: { en: 'order confirmation', zh: '订单确认' },
  production_started: { en: 'production started', zh: '开始生产' },
  ship_date: { en: 'expected ship date', zh: '预计发货日期' },
  shipped: { en: 'goods shipped', zh: '发货' },
  arriving: { en: 'arrival notice', zh: '到货提醒' },
  delivered: { en: 'goods received', zh: '签收' },
  follow_up: { en: 'follow-up', zh: '回访' },
  delay: { en: 'delay', zh: '延误说明' },
  payment: { en: 'payment reminder', zh: '付款提醒' },
};

/** The template variables' labels (the `message/var/` messages). */
export function variableLabels(): Messages {
  return Object.fromEntries(Object.entries(VARIABLES).map(([name, v]) => [name, v.label]));
}

/** What recording each variable's fact takes (the `message/record/` messages). */
export function variableRecords(): Messages {
  const out: Messages = {};
  for (const [name, v] of Object.entries(VARIABLES)) if (v.record) out[name] = v.record;
  return out;
}

const messages: Messages = {
  'message/missing': {
    en: '{order}: the {node} message needs facts the order lacks: {list}',
    zh: '{order}：{node}消息缺少订单中的以下信息：{list}',
  },
  'message/missing-one': { en: '{what} (record it: {how})', zh: '{what}（记录方法：{how}）' },
  'message/nothing': {
    en: '{order}: nothing to tell now; name a node to write one anyway: {nodes}',
    zh: '{order}：目前没有需要告知客户的事项；如仍需发送，请指定节点：{nodes}',
  },
  'message/bad-node': { en: 'unknown node `{node}`; use one of: {allowed}{hint}', zh: '未知节点 `{node}`，可用：{allowed}{hint}' },
  'message/bad-channel': { en: 'unknown channel `{channel}`; use one of: {allowed}{hint}', zh: '未知渠道 `{channel}`，可用：{allowed}{hint}' },
  'message/not-order': { en: '{file}: not a usable order ({reason}); run `gendan check {file}`', zh: '{file}：不是可用的订单（{reason}）；请运行 `gendan check {file}`' },
  'message/not-order-reason': { en: 'it has no valid `id` or `status`', zh: '缺少有效的 `id` 或 `status`' },
  'message/unknown-variable': {
    en: '{file}:{line}: unknown variable `{name}` in the template; the variables are listed in docs/messages.md',
    zh: '{file}:{line}：模板中有未知变量 `{name}`；可用变量见 docs/messages.md',
  },
  'message/template-syntax': { en: '{file}:{line}: the template is not valid Mustache: {detail}', zh: '{file}:{line}：模板不是有效的 Mustache 语法：{detail}' },
  'message/syntax/unclosed-section': { en: 'section `{name}` is opened but never closed (`{{/{name}}}`)', zh: '区块 `{name}` 没有结束标记（`{{/{name}}}`）' },
  'message/syntax/unopened-section': { en: 'section `{name}` is closed but was never opened', zh: '区块 `{name}` 有结束标记但没有开始标记' },
  'message/syntax/unclosed-tag': { en: 'a tag is opened with `{{` but never closed with `}}`', zh: '标签以 `{{` 开始却没有 `}}` 结束' },
  'message/template-partial': { en: '{file}:{line}: partials (`{{> {name}}}`) are not supported in message templates', zh: '{file}:{line}：消息模板不支持子模板（`{{> {name}}}`）' },
  'message/template-unreadable': { en: '{file}: cannot read the template ({detail})', zh: '{file}：无法读取模板（{detail}）' },
  'message/logged': { en: 'logged: {node} by {channel} on {date} in {order}', zh: '已记录：{date} 通过{channel}告知客户{node}（{order}）' },
  'message/channel/phone': { en: 'phone', zh: '电话/短信' },
  'message/channel/wechat': { en: 'WeChat', zh: '微信' },
  'message/channel/email': { en: 'email', zh: '邮件' },

  'notice/what/arriving': { en: 'goods arrive {eta} ({ref}): tell the customer before they do', zh: '货物预计 {eta} 到达（{ref}），需提前告知客户' },
  'notice/what/production-started': { en: 'production started {date}; the customer has not been told', zh: '{date} 已开始生产，尚未告知客户' },
  'notice/what/preparing': { en: 'production or picking under way since {date}; the customer has not been told', zh: '自 {date} 起生产/备货中，尚未告知客户' },
  'notice/what/delay-change': { en: 'promised date moved from {from} to {to}; the customer has not been told', zh: '承诺交期由 {from} 推迟至 {to}，尚未告知客户' },
  'notice/what/delay-issue': { en: '{kind} since {opened}; the customer has not been told', zh: '{opened} 起出现{kind}，尚未告知客户' },
  'notice/action': { en: 'tell {who}: gendan message {order} {node} --log', zh: '告知{who}：gendan message {order} {node} --log' },
};

export { messages as messageMessages };
