// Help in the reader's language: every command's and option's description, commander's
// own headings, the global options under every command, the allowed values, and two real
// examples per command. Descriptions are written in English where the commands are
// registered; their Chinese is looked up here by that text (a command whose text has no
// entry keeps its English, and test/office/zh.test.ts names it).
import { Command, Help } from 'commander';
import type { Lang } from '../model/config.js';

const ZH: Record<string, string> = {
  "unit of the first line (default: the model's unit)": '第一行的单位（默认：该型号的基本单位）',
  'the salesperson': '业务员',
  'check every file afresh, neither reading nor writing the check cache': '不读也不写检查缓存，重新检查每个文件',
  'keep the check cache in this folder (default: .gendan-cache at the workspace root)': '把检查缓存放在此文件夹（默认：工作区根目录下的 .gendan-cache）',
  '跟单 — check, advance and report on sales orders kept as YAML files': '跟单 — 检查、推进和汇总以 YAML 文件保存的销售订单',
  'output the version number': '显示版本号',
  'display help for command': '显示命令的帮助',
  'fix today (YYYY-MM-DD); also GENDAN_TODAY': '指定“今天”的日期（2026-12-05、2026/12/5、2026年12月5日 均可）；也可用 GENDAN_TODAY',
  'language of messages: zh or en; also GENDAN_LANG': '提示语言：zh 或 en；也可用 GENDAN_LANG 或 gendan.yaml 的 lang:',
  'use this gendan.yaml instead of searching for one': '使用指定的 gendan.yaml，而不是向上查找',
  'output format (check: text, json, github, sarif; reports, list, today: table, markdown, json, csv, xlsx)': '输出格式（check：text、json、github、sarif；报表、list、today：table、markdown、json、csv、xlsx）',
  'write the output to this file (atomically) instead of the screen': '把输出写入该文件（原子写入），而不是显示在屏幕上',
  'start CSV with a UTF-8 byte-order mark, for Excel (also csv_bom: true in gendan.yaml)': 'CSV 以 UTF-8 BOM 开头，便于 Excel 直接打开（也可在 gendan.yaml 设 csv_bom: true）',
  'CSV header row: ids (fixed column ids) or names (in the chosen language)': 'CSV 表头：ids（固定的英文列名）或 names（当前语言的列名）',
  'plain output without colours (also NO_COLOR)': '不使用颜色（也可设 NO_COLOR）',
  'show the stack of internal errors (also GENDAN_DEBUG=1)': '内部错误时显示调用栈（也可设 GENDAN_DEBUG=1）',
  'check order files: schema, catalog, units, dates, workflow facts': '检查订单文件：格式、产品目录、单位、日期、流程事实',
  'order files or folders (default: the workspace orders)': '订单文件或文件夹（默认：工作区的订单文件夹）',
  'exit 1 when there are more warnings than this': '警告多于此数时以 1 退出',
  'reports: overdue, at-risk, stats': '报表：overdue（逾期）、at-risk（交期风险）、stats（交付统计）',
  'one row per late item: delivery, milestone, shipment, follow-up, payment, issue, notify': '每个逾期事项一行：交期、生产节点、物流/在途、回访、收款、问题、发货通知',
  'only orders whose customer name contains this text': '只看客户名称包含该文字的订单',
  'only orders whose salesperson contains this text': '只看销售员包含该文字的订单',
  'only orders in these states (comma separated)': '只看这些状态的订单（逗号分隔；中文状态名也可）',
  'exit 1 when the report has rows, 0 when empty (for cron)': '报表有内容时以 1 退出，为空时以 0 退出（用于定时任务）',
  'open orders not late yet that may miss their delivery date': '尚未逾期但可能赶不上交期的未完结订单',
  'on-time delivery rate, by month and customer; average days per state': '准时交付率（按月份、按客户）；各状态平均停留天数',
  'the morning page: late, at risk and due today, and open checklist items, by order': '每日跟单页：逾期、交期风险、今日到期及未完成的清单项，按订单分组',
  'create a workspace: gendan.yaml, catalog.yaml, orders/ with an example, schemas and editor settings': '创建工作区：gendan.yaml、catalog.yaml、含示例订单的 orders/、格式定义和编辑器设置',
  'folder to create it in (default: the current folder)': '在哪个文件夹创建（默认：当前文件夹）',
  'create a new order file from the template, with the next free id (SO-<year>-NNNN)': '按模板新建订单文件，使用下一个空闲订单号（SO-<年份>-NNNN）',
  'order id to use instead of the next free one': '指定订单号，而不用下一个空闲订单号',
  "customer's name": '客户名称',
  'model of the first line (default: the first active model of the catalog)': '第一行的型号（默认：产品目录中第一个在售型号）',
  "quantity of the first line (default: the model's minimum order)": '第一行的数量（默认：该型号的最小起订量）',
  "what the order's current state still needs (✓/✗); without orders: the to-do list of every open order": '订单当前状态还缺什么（✓/✗）；不指定订单时：所有未完结订单的待办清单',
  'order ids or files': '订单号或订单文件',
  'move an order to its next state (or the named one) when the checklist of the state it leaves is met': '当前状态的清单满足后，把订单推进到下一状态（或指定状态）',
  'order id or file': '订单号或订单文件',
  'state to move to (default: the next one); on_hold pauses, cancelled needs --reason': '目标状态（默认：下一状态）；暂停（on_hold）可恢复，取消（cancelled）需 --reason；中文状态名也可',
  'note recorded in the history entry': '记入状态历史的备注',
  'move even though checklist items are not met (needs --reason; the items are recorded as waived)': '清单未满足也强制推进（需 --reason；未满足项记为已豁免）',
  'why: needed with --force and for cancelled': '原因：--force 和取消订单时必填',
  'record a manual checklist item as done today (special_requests_reviewed, logistics_arranged)': '把手动清单项记为今天已完成（special_requests_reviewed 特殊要求已审核，logistics_arranged 物流已安排）',
  'manual checklist item id': '手动清单项的 id',
  'record a contact with the customer (appended to contacts, dated today)': '记录一次与客户的沟通（追加到 contacts，日期为今天）',
  'what was said': '沟通内容',
  'confirmed, production_started, ship_date, shipped, arriving, delivered, follow_up, delay, payment or other': '沟通节点：订单确认、开始生产、告知发货日期、发货、即将到货、签收、回访、延期、付款、其他（或英文 id）',
  'phone, email, wechat, meeting, fax or other': '沟通方式：电话、邮件、微信、会面、传真、其他（或英文 id）',
  "an order's summary: amounts, shipped and paid progress, checklist and timeline": '订单概要：金额、发货和收款进度、清单和时间线',
  'one line per order: status, customer, dates and amounts (table, markdown, json, csv)': '每个订单一行：状态、客户、日期和金额（table、markdown、json、csv、xlsx）',
  'only customers whose name contains this text': '只看客户名称包含该文字的订单',
  'only these states, comma-separated; `open` = every state but closed and cancelled': '只看这些状态，逗号分隔；open（未完结）= 除已完结和已取消外的所有状态',
  'unit price of the first line': '第一行的单价',
  "customer's contact person": '客户联系人',
  "customer's phone": '客户电话',
  'delivery date the customer asks for': '客户要求交期',
  'delivery method: express, truck, sea, air or pickup': '运输方式：快递、汽运、海运、空运或自提（中文名或英文 id）',
  'delivery address': '收货地址',
  'who receives the goods': '收货人',
  "recipient's phone": '收货人电话',
  'deposit percent due before production': '生产前应收定金比例（%）',
  'balance due: before_shipment, on_delivery or days_after_delivery': '尾款付款条件：before_shipment（款到发货）、on_delivery（货到付款）或 days_after_delivery（签收后若干天）',
  'days after delivery, with --balance days_after_delivery': '签收后天数，配合 --balance days_after_delivery',
  'print a shell completion script: bash, zsh or fish': '输出 shell 补全脚本：bash、zsh 或 fish',
  'shell: bash, zsh or fish': 'shell：bash、zsh 或 fish',
  'help on a command or a topic: rules, states, formats': '命令或主题的帮助：rules（规则）、states（状态）、formats（格式）',
  'a command, or a topic: rules, states, formats': '命令名，或主题：rules、states、formats',
  'reports: overdue, at-risk, stats, receivables, week': '报表：overdue（逾期）、at-risk（交期风险）、stats（交付统计）、receivables（应收账款）、week（销售周报）',
  'what customers owe, per customer and currency, aged: not due, 1–30, 31–60, 61–90, > 90 days': '客户欠款：按客户和币种，按账龄分为未到期、1–30、31–60、61–90、90 天以上',
  'the weekly report per salesperson: new, confirmed, shipped, delivered, paid, late, dates moved': '按业务员的销售周报：新订单、已确认、已发货、已签收、已收款、逾期、交期变更',
  'first day of the week (YYYY-MM-DD; default: Monday of this week)': '本周第一天（YYYY-MM-DD；默认：本周一）',
};

const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Global Options:': '全局选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
};

/** Two real examples per command, by its path. */
const EXAMPLES: Record<string, { en: string; zh: string }[]> = {
  check: [
    { en: 'gendan check                          # every order of the workspace', zh: 'gendan check                          # 检查工作区的所有订单' },
    { en: 'gendan check orders/ --format sarif -o gendan.sarif', zh: 'gendan check orders/ --format sarif -o gendan.sarif' },
  ],
  'report overdue': [
    { en: 'gendan report overdue --format markdown', zh: 'gendan report overdue --format markdown' },
    { en: 'gendan report overdue --format xlsx -o 逾期.xlsx --status 已发货', zh: 'gendan report overdue --format xlsx -o 逾期.xlsx --status 已发货' },
  ],
  'report at-risk': [
    { en: 'gendan report at-risk --exit-code      # exit 1 when something is at risk', zh: 'gendan report at-risk --exit-code      # 有风险时以 1 退出' },
    { en: 'gendan report at-risk --format csv --bom -o at-risk.csv', zh: 'gendan report at-risk --format csv --bom -o 交期风险.csv' },
  ],
  'report stats': [
    { en: 'gendan report stats --customer 恒达', zh: 'gendan report stats --customer 恒达' },
    { en: 'gendan report stats --format xlsx -o stats.xlsx', zh: 'gendan report stats --format xlsx -o 交付统计.xlsx' },
  ],
  today: [
    { en: 'gendan today', zh: 'gendan today' },
    { en: 'gendan today --today 2026-12-05 --format xlsx -o today.xlsx', zh: 'gendan today --today 2026年12月5日 --format xlsx -o 今日.xlsx' },
  ],
  init: [
    { en: 'gendan init                           # here', zh: 'gendan init                           # 在当前文件夹' },
    { en: 'gendan init orders-2027 --lang zh', zh: 'gendan init 2027订单 --lang zh' },
  ],
  new: [
    { en: 'gendan new --customer "宁波恒达机械有限公司"', zh: 'gendan new --customer "宁波恒达机械有限公司"' },
    { en: 'gendan new --id SO-2026-0200 --model XK-200 --quantity 500', zh: 'gendan new --id SO-2026-0200 --model XK-200 --quantity 500' },
  ],
  checklist: [
    { en: 'gendan checklist                      # the to-do list of every open order', zh: 'gendan checklist                      # 所有未完结订单的待办' },
    { en: 'gendan checklist SO-2026-0142', zh: 'gendan checklist SO-2026-0142' },
  ],
  advance: [
    { en: 'gendan advance SO-2026-0142', zh: 'gendan advance SO-2026-0142' },
    { en: 'gendan advance SO-2026-0142 on_hold --note "customer asked to wait"', zh: 'gendan advance SO-2026-0142 暂停 --note "客户要求暂缓"' },
  ],
  tick: [
    { en: 'gendan tick SO-2026-0142 special_requests_reviewed', zh: 'gendan tick SO-2026-0142 special_requests_reviewed' },
    { en: 'gendan tick SO-2026-0142 logistics_arranged --today 2026-12-05', zh: 'gendan tick SO-2026-0142 logistics_arranged --today 2026/12/5' },
  ],
  log: [
    { en: 'gendan log SO-2026-0142 --node shipped --channel wechat "told Mr Wang the waybill"', zh: 'gendan log SO-2026-0142 --node 发货 --channel 微信 "已告知王经理运单号"' },
    { en: 'gendan log SO-2026-0142 --node ship_date --channel phone "ships 12-15"', zh: 'gendan log SO-2026-0142 --node 告知发货日期 --channel 电话 "预计 12 月 15 日发货"' },
  ],
  show: [
    { en: 'gendan show SO-2026-0142', zh: 'gendan show SO-2026-0142' },
    { en: 'gendan show orders/SO-2026-0142.yaml --format json', zh: 'gendan show orders/SO-2026-0142.yaml --format json' },
  ],
  list: [
    { en: 'gendan list --status open', zh: 'gendan list --status 未完结' },
    { en: 'gendan list --customer 恒达 --format xlsx -o orders.xlsx', zh: 'gendan list --customer 恒达 --format xlsx -o 订单.xlsx' },
  ],
  completion: [
    { en: 'gendan completion bash > /etc/bash_completion.d/gendan', zh: 'gendan completion bash > /etc/bash_completion.d/gendan' },
    { en: 'gendan completion fish > ~/.config/fish/completions/gendan.fish', zh: 'gendan completion fish > ~/.config/fish/completions/gendan.fish' },
  ],
};

export function zhHelpText(english: string): string | undefined {
  return ZH[english];
}

function path(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Give the program and every command its help in `lang`. Call after every command is registered. */
export function localizeHelp(program: Command, lang: Lang): void {
  const walk = (cmd: Command) => {
    cmd.configureHelp({
      showGlobalOptions: true,
      styleTitle: (title: string) => (lang === 'zh' ? (TITLES[title] ?? title) : title),
    });
    if (lang === 'zh') {
      const own = ZH[cmd.description()];
      if (own) cmd.description(own);
      for (const o of cmd.options) o.description = ZH[o.description] ?? o.description;
      for (const a of cmd.registeredArguments) a.description = ZH[a.description] ?? a.description;
      cmd.helpOption('-h, --help', ZH['display help for command']);
      if (cmd.parent && cmd.commands.length > 0) cmd.helpCommand('help [command]', ZH['display help for command']!);
    }
    const examples = EXAMPLES[path(cmd)];
    if (examples) cmd.addHelpText('after', `\n${lang === 'zh' ? '示例：' : 'Examples:'}\n${examples.map((e) => `  ${e[lang]}`).join('\n')}\n`);
    for (const sub of cmd.commands) walk(sub);
  };
  walk(program);
  if (lang === 'zh') {
    const version = program.options.find((o) => o.long === '--version');
    if (version) version.description = ZH['output the version number']!;
  }
}

export { Help };
