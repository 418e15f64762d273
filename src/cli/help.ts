// Help in the reader's language: every command's and option's description, commander's
// own headings, the global options under every command, the allowed values, and two real
// examples per command. Descriptions are written in English where the commands are
// registered; their Chinese is looked up here by that text (a command whose text has no
// entry keeps its English, and test/office/zh.test.ts names it).
import { Command, Help, type Option } from 'commander';
import type { Lang } from '../model/config.js';

const ZH: Record<string, string> = {
  "unit of the first line (default: the model's unit)": '第一行的单位（默认：该型号的基本单位）',
  'the salesperson': '业务员',
  'check every file afresh, neither reading nor writing the check cache': '不读也不写检查缓存，重新检查每个文件',
  'keep the check cache in this folder (default: .gendan-cache at the workspace root)': '把检查缓存放在此文件夹（默认：工作区根目录下的 .gendan-cache）',
  'do not read the check cache: "check passes" is judged afresh for every order': '不读检查缓存：每个订单的“检查通过”都重新判断',
  'the folder of the check cache, as given to gendan check (default: .gendan-cache at the workspace root)': '检查缓存所在的文件夹，与 gendan check 所用的相同（默认：工作区根目录下的 .gendan-cache）',
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
  "record that the contract terms were confirmed with the customer (confirmation.date, channel, terms)": "登记已与客户确认合同条款（确认日期、沟通方式、确认的条款）",
  "terms confirmed, comma-separated (default delivery,payment,quality)": "确认的条款，逗号分隔：交期、付款、质量、其他（默认前三项）",
  "the delivery date promised, when none is recorded yet": "承诺交期（尚未登记时）",
  "the day it happened (YYYY-MM-DD; default today)": "发生日期（2026-12-05、2026/12/5 均可；默认今天）",
  "a note recorded with it": "一并记录的备注",
  "record that the order was handed to production, or stock reserved (production.handoff)": "登记已下达生产或已预留库存",
  "add a production milestone with its due date, or move its due date (recorded as an order change)": "添加生产节点及计划日期，或调整计划日期（记为订单变更）",
  "the date it is due": "计划完成日期",
  "milestone name, e.g. materials_ready, qc_passed or 装配完成": "节点名称，如 备料完成、质检通过、装配完成",
  "record a production milestone as done (the milestone's done date)": "登记生产节点已完成（完成日期）",
  "milestone name": "节点名称",
  "record the stock check (stock.checked, stock.quality_ok); a problem also opens a quality_defect issue": "登记库存核查结果；有问题时同时登记一个质量问题",
  "ok or problem": "合格 或 有问题",
  "record a shipment (shipped on the date); without --items it carries all that remains": "登记一批发货；不加 --items 时为全部待发货物",
  "carrier (default: the designated delivery.carrier); not needed for pickup": "承运商（默认：订单指定的承运商）；自提不需要",
  "tracking or waybill number; not needed for pickup": "运单号或提单号；自提不需要",
  "expected arrival (default: the date + the method's transit days)": "预计到达日期（默认：发货日期 + 该运输方式的在途天数）",
  "vessel / voyage, for sea freight": "船名航次（海运）",
  "what it carried: MODEL=QTY[UNIT],… (unit right after the number; none = the model's unit)": "本批货物：型号=数量[单位],…（单位紧跟数量；不写即为该型号的基本单位）",
  "record a shipment as delivered (the only undelivered one unless --tracking names it)": "登记货物已签收（未签收的只有一批时无需 --tracking）",
  "the shipment, by its tracking number": "按运单号指定哪一批",
  "also record the signed delivery receipt (a delivery_receipt document)": "同时登记签收单编号",
  "record a payment received; more than is still owed is refused unless --force": "登记一笔收款；超过尚欠金额时拒绝，除非加 --force",
  "record it even though it is more than is still owed (rule overpaid then warns)": "超过尚欠金额也照样登记（检查时会提示多收）",
  "amount received, in the order currency, e.g. 9037.00": "收款金额（订单币种），如 9037.00",
  "record a problem to coordinate, opened on the date; prints its number": "登记一个需要协调的问题，并显示其序号",
  "production_delay, material_shortage, stock_shortage, logistics_delay, damage, loss, quality_defect, other": "问题类型：生产延误、缺料、缺货、物流延误、货损、丢件、质量问题、其他",
  "what went wrong": "问题原因",
  "who handles it": "负责人",
  "what is being done": "正在采取的措施",
  "record an issue as resolved (the only open one unless N names it)": "登记问题已解决（未解决的只有一个时无需序号）",
  "what was done": "采取了什么措施",
  "the issue number: its 1-based position among issues": "问题序号（从 1 起）",
  "record the follow-up visit: follow_up.done, satisfaction, scores and feedback": "登记回访：回访日期、满意度、各项评分和客户意见",
  "overall satisfaction, 1 (poor) to 5 (excellent)": "总体满意度，1（差）到 5（很好）",
  "product quality (产品质量)": "产品质量评分（1–5）",
  "timeliness of delivery (交付时效)": "交付时效评分（1–5）",
  "service (服务态度)": "服务态度评分（1–5）",
  "the customer's words": "客户原话",
  "record a document of the order": "登记订单的一份单据",
  "contract, invoice, delivery_receipt, packing_list, qc_report, bill_of_lading, customs_declaration, certificate_of_origin, other": "单据类型：合同、发票、签收单、装箱单、质检报告、提单、报关单、原产地证、其他",
  "its number or reference": "单据编号",
  "record an order change (变更单): the new value, plus a `changes` entry that keeps the old one": "登记订单变更（变更单）：写入新值，并在变更记录中保留原值",
  "new promised delivery date": "新的承诺交期",
  "new requested delivery date": "新的客户要求交期",
  "new quantity of a line, in the line's unit": "某型号的新数量：型号=数量（按该行的单位）",
  "why (required)": "变更原因（必填）",
  "how it was agreed: phone, email, wechat, meeting, fax or other": "怎样与客户商定的：电话、邮件、微信、会面、传真、其他",
  "write a message to the customer for a node, ready to paste (WeChat, email or SMS)": "写一条发给客户的通知，可直接粘贴到微信、邮件或短信",
  "wechat, email or sms": "渠道：微信（默认）、邮件或短信",
  "also record the contact in the order (date, node, channel, first line as note)": "同时在订单中记录这次沟通（日期、节点、方式，首行作为备注）",
  "print the template the message would use instead of the message": "显示所用的模板，而不是通知内容",
  "what to tell; default: the notice the order owes next": "通知节点；默认：订单下一条应发的通知",
  "write one self-contained HTML page: figures, pipeline, timeline, late and at-risk orders, on-time rate, receivables": "生成一个独立的 HTML 看板：关键数字、各状态订单、时间线、逾期和有风险的订单、准时交付率、应收账款",
  "write the page to this file (atomically) instead of stdout": "把页面写入该文件（原子写入），而不是输出到屏幕",
  "bring in orders from the ERP's Excel/CSV and waybill states from the carrier's export": "导入：从 ERP 的 Excel/CSV 导入订单，从承运商的导出文件导入物流轨迹",
  "create one order file per order in an .xlsx, .csv or .txt file (UTF-8 or GBK; , ; or tab)": "按 .xlsx、.csv 或 .txt 文件（UTF-8 或 GBK；逗号、分号或制表符分隔）为每个订单建一个订单文件",
  "mapping file: which column is which key (start one with `gendan import map`)": "映射文件：哪一列对应哪个键（可先用 gendan import map 生成）",
  "the sheet of an .xlsx to read (default: the first)": "读取 .xlsx 的哪个工作表（默认第一个）",
  "write nothing; print what would be created and every problem": "试运行：不写任何文件，只显示将创建的订单和所有问题",
  "change orders that already exist where the file differs (moved dates and quantities go to `changes`)": "更新已存在的订单中与文件不同的内容（交期和数量的改动记为订单变更）",
  "the ERP export or Excel sheet": "ERP 导出文件或 Excel 表格",
  "add the carrier's tracking events to the shipments with those waybill numbers": "把承运商的物流轨迹加到对应运单号的发货记录中",
  "mapping file (columns: 运单号: tracking, 状态: status, 更新时间: at, 物流信息: text)": "映射文件（列名对应：运单号、状态、更新时间、物流信息）",
  "write nothing; print what would be added": "试运行：不写任何文件，只显示将添加的内容",
  "the carrier's or tracking site's export (.xlsx, .csv, .txt)": "承运商或快递查询网站的导出文件（.xlsx、.csv、.txt）",
  "print a starter mapping guessed from the file's headers, to correct and pass as --map": "按文件表头猜出一份映射，核对后用 --map 传入",
  "orders or tracking (default: guessed from the headers)": "orders（订单）或 tracking（物流轨迹）；默认按表头判断",
  "the file to import": "要导入的文件",
  "share the order folder through git: set up the merge driver and the pre-commit check": "用 git 共享订单文件夹：设置合并驱动和提交前检查",
  "write .gitattributes (merge=gendan for the order files), the merge.gendan.driver config and a pre-commit hook": "写入 .gitattributes、合并驱动配置和提交前检查钩子",
  "the workspace (default: the current folder)": "工作区（默认：当前文件夹）",
  "check the staged order files (what the pre-commit hook runs)": "检查暂存的订单文件（提交前钩子运行的就是它）",
  "git merge driver for order files: both sides' new entries kept, one-sided changes taken, real conflicts marked": "订单文件的 git 合并驱动：保留双方新增的记录，采用单方的改动，标出真正的冲突",
  "the common ancestor (git: %O)": "共同祖先版本（git 的 %O）",
  "our version; the result is written here (git: %A)": "我方版本，合并结果写回这里（git 的 %A）",
  "their version (git: %B)": "对方版本（git 的 %B）",
  "the file’s path in the repository (git: %P), to find the workspace": "文件在仓库中的路径（git 的 %P），用于找到工作区",
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

/**
 * The Chinese of the examples (and notes) that newer commands write in English where they are
 * registered: under zh they replace that text.
 */
const ZH_AFTER: Record<string, string[]> = {
  confirm: ['gendan confirm SO-2026-0114 --channel 邮件 --promised 2027-01-15', 'gendan confirm SO-2026-0114 --channel 电话 --terms 交期,付款,质量,其他 --date 2026/12/1'],
  handoff: ['gendan handoff SO-2026-0111', 'gendan handoff SO-2026-0111 --date 2026-11-30'],
  plan: ['gendan plan SO-2026-0111 质检通过 --due 2026-12-10', 'gendan plan SO-2026-0109 machining_done --due 2026-12-03 --note "设备检修"   # 调整计划日期，--note 为原因'],
  done: ['gendan done SO-2026-0109 machining_done', 'gendan done SO-2026-0109 质检通过 --date 2026-12-08'],
  stock: ['gendan stock SO-2026-0110 --quality 合格', 'gendan stock SO-2026-0110 --quality 有问题 --note "两箱轴承锈蚀"   # 备注即问题原因'],
  ship: ['gendan ship SO-2026-0108 --tracking DB20261201001', 'gendan ship SO-2026-0108 --carrier 顺丰速运 --tracking SF1234567890 --items XK-200=4box,LX4=20'],
  deliver: ['gendan deliver SO-2026-0106 --receipt QS-0106', 'gendan deliver SO-2026-0104 --tracking SF1400228871 --date 2026-11-20'],
  pay: ['gendan pay SO-2026-0108 9037.00 --note 尾款', 'gendan pay SO-2026-0103 71344 --date 2026年12月2日'],
  issue: ['gendan issue SO-2026-0109 --kind 缺料 --cause 轴承供应商延期 --owner 采购部', 'gendan issue SO-2026-0106 --kind 物流延误 --cause 转运中心爆仓 --action 每天跟进承运商'],
  resolve: ['gendan resolve SO-2026-0110 --action 改用备选供应商', 'gendan resolve SO-2026-0110 2'],
  'follow-up': ['gendan follow-up SO-2026-0104 --satisfaction 5 --quality 5 --timeliness 4 --service 5 --feedback 包装很好', 'gendan follow-up SO-2026-0105 --satisfaction 4 --date 2026-12-03'],
  doc: ['gendan doc SO-2026-0104 签收单 QS-0104', 'gendan doc SO-2026-0107 提单 COSU6281934570'],
  change: ['gendan change SO-2026-0109 --promised 2026-12-29 --reason 客户要求延期 --channel 电话', 'gendan change SO-2026-0111 --quantity GICL4=12 --reason 客户追加 --channel 邮件'],
  message: [
    'gendan message SO-2026-0109                      # 订单下一条应发的通知（微信）',
    'gendan message SO-2026-0106 延期 --log           # 显示通知并记录这次沟通',
    '',
    '通知节点：订单确认、开始生产、告知发货日期、发货、即将到货、签收、回访、延期、付款',
    '工作区可用 templates/<节点>.<渠道>.<语言>.txt 覆盖内置模板（Mustache 语法，变量见 docs/messages.md）。',
  ],
  board: ['gendan board -o 看板.html', 'gendan board --sales 李娜 --status 未完结 -o 李娜.html'],
  import: ['gendan import map 跟单表.xlsx > map.yaml          # 先生成映射并核对', 'gendan import orders 跟单表.xlsx --map map.yaml --dry-run'],
  'import orders': ['gendan import orders 跟单表.xlsx --map map.yaml --dry-run', 'gendan import orders erp导出.csv --map map.yaml --update'],
  'import tracking': ['gendan import tracking 快递100导出.xlsx', 'gendan import tracking 德邦导出.csv --map 承运商映射.yaml --dry-run'],
  'import map': ['gendan import map 跟单表.xlsx > map.yaml', 'gendan import map 快递导出.csv --for tracking > 承运商映射.yaml'],
  git: ['gendan git setup              # 每个克隆执行一次', 'gendan git pre-commit         # 提交前钩子运行的检查'],
  'git setup': ['gendan git setup', 'gendan git setup 订单共享   # 指定工作区文件夹；重复运行不会改动任何内容'],
  'git pre-commit': ['gendan git pre-commit', 'gendan git pre-commit --lang zh'],
  'merge-driver': ['gendan git setup             # 设置好后由 git 在合并时自动调用', 'gendan merge-driver base.yaml ours.yaml theirs.yaml orders/SO-2026-0142.yaml'],
  report: ['gendan report overdue                   # 逾期事项', 'gendan report at-risk --exit-code       # 有交期风险时以 1 退出'],
  'report receivables': ['gendan report receivables', 'gendan report receivables --customer 恒达 --format xlsx -o 应收账款.xlsx'],
  'report week': ['gendan report week                               # 本周，Markdown 格式便于发邮件', 'gendan report week --from 2026-11-23 --format table'],
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
      // commander says "(default: …)" in English; under zh the default is said in Chinese.
      ...(lang === 'zh'
        ? {
            optionDescription: (o: Option) => {
              const shown = o.defaultValueDescription ?? (o.defaultValue !== undefined && o.defaultValue !== false && !o.negate ? JSON.stringify(o.defaultValue) : undefined);
              return shown === undefined || /默认/.test(o.description) ? o.description : `${o.description}（默认：${shown}）`;
            },
          }
        : {}),
    });
    if (lang === 'zh') {
      const own = ZH[cmd.description()];
      if (own) cmd.description(own);
      for (const o of cmd.options) o.description = ZH[o.description] ?? o.description;
      for (const a of cmd.registeredArguments) a.description = ZH[a.description] ?? a.description;
      cmd.helpOption('-h, --help', ZH['display help for command']);
      if (cmd.parent && cmd.commands.length > 0) cmd.helpCommand('help [command]', ZH['display help for command']);
    }
    const zhAfter = lang === 'zh' ? ZH_AFTER[path(cmd)] : undefined;
    if (zhAfter) {
      // commander keeps help texts as 'afterHelp' listeners of the command (an EventEmitter).
      (cmd as unknown as import('node:events').EventEmitter).removeAllListeners('afterHelp');
      cmd.addHelpText('after', `\n示例：\n${zhAfter.map((l) => (l === '' || !l.startsWith('gendan') ? l : `  ${l}`)).join('\n')}\n`);
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
