// Messages of the workflow: state names and checklist items (from their tables), the edit
// path's refusals, and the commands advance, tick, log, new, init, checklist, show, list.
import type { Messages } from './i18n.js';
import { STATE_TABLE } from '../workflow/states.js';
import { ITEMS } from '../workflow/items/index.js';

/** The states' names, by state id (the `state/` messages). */
export function stateNames(): Messages {
  const out: Messages = {};
  for (const s of Object.values(STATE_TABLE)) out[s.id] = s.name;
  return out;
}

/** The checklist items' labels and messages (the `item/` messages). */
export function itemTexts(): Messages {
  const out: Messages = {};
  for (const item of ITEMS) {
    out[item.id] = item.label;
    for (const [key, text] of Object.entries(item.messages)) out[`${item.id}/${key}`] = text;
  }
  return out;
}

const messages: Messages = {
  'wf/join': { en: '{a}; {b}', zh: '{a}；{b}' },
  'wf/and-more': { en: '{first}; and {count} more', zh: '{first}；另有 {count} 项' },
  'wf/did-you-mean': { en: '; did you mean `{suggest}`?', zh: '，是否应为 `{suggest}`？' },
  'cli/bad-now': { en: 'GENDAN_NOW must be an ISO 8601 timestamp with offset (e.g. 2026-11-28T09:00:00+08:00), got `{value}`', zh: 'GENDAN_NOW 应为带时区的 ISO 8601 时间（如 2026-11-28T09:00:00+08:00），实际为 `{value}`' },

  'edit/no-space': { en: '{file}: no space left on the disk ({code}); the file was not changed. Free some space and run the command again', zh: '{file}：磁盘空间不足（{code}），文件未改动。请腾出空间后重新运行' },
  'edit/read-only-fs': { en: '{file}: the folder is on a read-only file system; the file was not changed', zh: '{file}：所在文件系统为只读，文件未改动' },
  'edit/permission': { en: '{file}: permission denied ({code}): gendan needs to write the file and create a temporary file in its folder; the file was not changed', zh: '{file}：没有权限（{code}）：gendan 需要写入该文件并在其文件夹中创建临时文件；文件未改动' },
  'edit/missing': { en: '{file}: the file or its folder no longer exists', zh: '{file}：文件或其文件夹已不存在' },
  'edit/io': { en: '{file}: cannot write ({code}: {detail}); the file was not changed', zh: '{file}：无法写入（{code}：{detail}），文件未改动' },
  'edit/locked': {
    en: '{file} is being edited by another gendan (process {pid}); try again in a moment. If no gendan is running, delete {lock}',
    zh: '{file} 正被另一个 gendan 进程（{pid}）编辑，请稍后再试。若没有 gendan 在运行，请删除 {lock}',
  },
  'edit/changed': { en: '{file} changed on disk while gendan was editing it; nothing was written. Run the command again', zh: '{file} 在 gendan 编辑期间被其他程序修改，未写入任何内容。请重新运行命令' },
  'edit/unparsable': { en: '{file}:{line}:{column}: cannot edit a file that does not parse: {detail}. Fix it first (`gendan check {file}`)', zh: '{file}:{line}:{column}：文件无法解析，不能编辑：{detail}。请先修正（`gendan check {file}`）' },
  'edit/not-order': { en: '{file}: does not hold an order mapping (id:, status:, …); nothing was changed', zh: '{file}：内容不是订单映射（id:、status: 等），未做任何改动' },
  'edit/bug': { en: 'internal error: the edit of {file} could not be verified ({detail}); the file was not changed. This is a bug in gendan; please report it', zh: '内部错误：无法验证对 {file} 的修改（{detail}），文件未改动。这是 gendan 的缺陷，请报告' },
  'edit/exists': { en: '{file} already exists; it was not overwritten', zh: '{file} 已存在，未覆盖' },

  'order/not-found': { en: 'no order `{ref}` in {where}{hint}', zh: '在 {where} 中找不到订单 `{ref}`{hint}' },
  'order/ambiguous': { en: 'order `{ref}` is in more than one file: {files}; name the file instead', zh: '订单 `{ref}` 出现在多个文件中：{files}；请改用文件路径' },

  'advance/done': { en: '{id}: {fromLabel} → {toLabel}', zh: '{id}：{fromLabel} → {toLabel}' },
  'advance/waived': { en: 'waived (recorded in history): {items}', zh: '已豁免（记入状态历史）：{items}' },
  'advance/refused': { en: '{id} stays `{from}`: {count} checklist item(s) are not met for {from} → {to}:', zh: '{id} 仍为“{fromName}”：{fromName} → {toName} 还有 {count} 项未满足：' },
  'advance/refused-hint': {
    en: 'Fill them in and run `gendan advance {id}` again, or move on anyway with --force --reason "…" (the items are recorded as waived).',
    zh: '补全后重新运行 `gendan advance {id}`，或用 --force --reason "…" 强制推进（这些项会记为已豁免）。',
  },
  'advance/unknown-state': { en: 'unknown state `{state}`; states are: {allowed}{hint}', zh: '未知状态 `{state}`，可用状态：{allowed}{hint}' },
  'advance/no-status': { en: '{id} has no valid `status`; set one first', zh: '{id} 没有有效的 `status`，请先填写' },
  'advance/no-resume': { en: '{id} is on hold, but its history does not say which state it left; name it: `gendan advance {id} <state>`', zh: '{id} 处于暂停，但 history 中没有记录暂停前的状态；请指定：`gendan advance {id} <状态>`' },
  'advance/force-needs-reason': { en: '--force needs --reason "…" saying why the checklist is waived', zh: '--force 需要用 --reason "…" 说明为何豁免清单项' },
  'advance/final': { en: '{id} is `{state}`, a final state: it does not move any more', zh: '{id} 已是最终状态“{state}”，不能再推进' },
  'advance/same': { en: '{id} is already `{state}`', zh: '{id} 已经是“{state}”' },
  'advance/cancel-needs-reason': { en: 'cancelling needs --reason "…"; it is recorded in the history entry', zh: '取消订单需要 --reason "…"，原因会记入状态历史' },
  'advance/cancel-too-late': { en: '{id} is past `{state}`: an order can be cancelled only before it is delivered', zh: '{id} 已到“{state}”：只有签收之前的订单可以取消' },
  'advance/backward': { en: 'moving {id} back from `{from}` to `{to}` needs --force --reason "…"', zh: '把 {id} 从“{from}”退回“{to}”需要 --force --reason "…"' },

  'tick/done': { en: '{id}: ticked `{item}` ({label}) on {date}', zh: '{id}：已勾选 `{item}`（{label}），日期 {date}' },
  'tick/already': { en: '{id}: `{item}` was already ticked on {date}; nothing changed', zh: '{id}：`{item}` 已于 {date} 勾选，未做改动' },
  'tick/unknown-item': { en: 'unknown checklist item `{item}`; items to tick by hand: {allowed}{hint}', zh: '未知清单项 `{item}`；可手动勾选的项：{allowed}{hint}' },
  'tick/not-manual': { en: '`{item}` ({label}) follows from the order\'s facts: fill them in the file instead. Items to tick by hand: {allowed}', zh: '`{item}`（{label}）由订单内容判断，请在文件中填写相应信息。可手动勾选的项：{allowed}' },

  'log/done': { en: '{id}: contact recorded ({date}, {node}, {channel})', zh: '{id}：已记录沟通（{date}，{node}，{channel}）' },
  'log/needs-option': { en: '{option} is required: one of {allowed}', zh: '需要 {option}，可选：{allowed}' },
  'log/bad-node': { en: 'unknown node `{node}`; nodes are: {allowed}{hint}', zh: '未知节点 `{node}`，可用：{allowed}{hint}' },
  'log/bad-channel': { en: 'unknown channel `{channel}`; channels are: {allowed}{hint}', zh: '未知沟通方式 `{channel}`，可用：{allowed}{hint}' },
  'log/empty-note': { en: 'the note is empty: say what was said', zh: '备注为空：请写明沟通内容' },

  'new/created': { en: 'created {file} ({id}); fill it in, then `gendan checklist {id}`', zh: '已创建 {file}（{id}）；填写后运行 `gendan checklist {id}`' },
  'new/bad-id': { en: 'order id `{id}` may hold only letters, digits, `.`, `_` and `-`, starting with a letter or digit', zh: '订单号 `{id}` 只能包含字母、数字、`.`、`_`、`-`，并以字母或数字开头' },
  'new/id-taken': { en: 'order id `{id}` is already used in this workspace', zh: '订单号 `{id}` 在本工作区中已被使用' },
  'new/bad-quantity': { en: '--quantity must be a number greater than 0, got `{value}`', zh: '--quantity 应为大于 0 的数字，实际为 `{value}`' },
  'new/customer-placeholder': { en: 'New customer', zh: '新客户' },

  'init/created': { en: 'created {file}', zh: '已创建 {file}' },
  'init/kept': { en: 'kept    {file} (exists)', zh: '保留   {file}（已存在）' },
  'init/next': { en: 'Next: {cd}gendan check && gendan checklist {id}', zh: '下一步：{cd}gendan check && gendan checklist {id}' },
};

const views: Messages = {
  'checklist/judged-as': { en: ', judged as {state}', zh: '，按“{state}”判断' },
  'checklist/all-met': { en: 'all met: `gendan advance {order}` moves it on', zh: '全部满足：运行 `gendan advance {order}` 推进' },
  'checklist/open': { en: '{open} of {total} not met', zh: '{total} 项中有 {open} 项未满足' },
  'checklist/nothing-to-do': { en: '✓ nothing to do: every checklist of the {orders} open order(s) is met', zh: '✓ 没有待办：{orders} 个未完结订单的清单都已满足' },
  'checklist/todo-summary': { en: '{items} item(s) to do in {orders} of {open} open order(s)', zh: '{orders} 个未完结订单，共 {items} 项待办（未完结订单共 {open} 个）' },
  'checklist/closed': { en: 'closed: the final state, nothing left to do', zh: '已完结：最终状态，没有待办' },
  'checklist/cancelled': { en: 'cancelled: nothing left to do', zh: '已取消：没有待办' },
  'checklist/no-state': { en: 'on hold, but the history does not say which state it left', zh: '暂停中，但 history 中没有记录暂停前的状态' },
  'checklist/no-id-status': { en: 'no valid `id` and `status`', zh: '没有有效的 `id` 和 `status`' },
  'checklist/unreadable': { en: '{file}: cannot read the order: {reason}', zh: '{file}：无法读取订单：{reason}' },
  'list/col/order': { en: 'Order', zh: '订单' },
  'list/col/status': { en: 'Status', zh: '状态' },
  'list/col/customer': { en: 'Customer', zh: '客户' },
  'list/col/ordered': { en: 'Ordered', zh: '下单日期' },
  'list/col/due': { en: 'Due', zh: '交期' },
  'list/col/total': { en: 'Total', zh: '金额' },
  'list/col/paid': { en: 'Paid', zh: '已收' },
  'list/empty': { en: 'no orders match', zh: '没有符合条件的订单' },
  'list/count': { en: '{count} order(s)', zh: '共 {count} 个订单' },
  'show/file': { en: 'file', zh: '文件' },
  'show/customer': { en: 'customer', zh: '客户' },
  'show/sales': { en: 'sales', zh: '销售' },
  'show/ordered': { en: 'ordered', zh: '下单' },
  'show/due': { en: 'due', zh: '交期' },
  'show/due-promised': { en: '{date} (promised) · {method}', zh: '{date}（承诺）· {method}' },
  'show/due-requested': { en: '{date} (requested) · {method}', zh: '{date}（客户要求）· {method}' },
  'show/total': { en: 'total', zh: '总额' },
  'show/paid': { en: 'paid', zh: '已收' },
  'show/paid-value': { en: '{currency} {paid} of {total} ({percent}%) · outstanding {outstanding}', zh: '{currency} {paid} / {total}（{percent}%）· 未收 {outstanding}' },
  'show/deposit': { en: 'deposit', zh: '定金' },
  'show/advance': { en: 'advance', zh: '预付款' },
  'show/deposit-paid': { en: '{due} ✓ received', zh: '{due} ✓ 已收' },
  'show/deposit-open': { en: '{due} ✗ not yet received', zh: '{due} ✗ 未收齐' },
  'show/shipped': { en: 'shipped', zh: '已发' },
  'show/lines': { en: 'Lines', zh: '明细' },
  'show/checklist': { en: 'Checklist of {state} ({name}): {open} of {total} not met', zh: '“{name}”清单：{total} 项中 {open} 项未满足' },
  'show/timeline': { en: 'Timeline', zh: '时间线' },
  'show/ordered-event': { en: 'order received', zh: '接单' },
  'show/reason': { en: 'reason: {reason}', zh: '原因：{reason}' },
  'show/waived': { en: 'waived: {items}', zh: '豁免：{items}' },
};

export const workflowMessages: Messages[] = [messages, views];
