// The files `gendan init` writes: a commented gendan.yaml, a small catalog (one model made
// to order, one from stock), editor settings mapping the schemas, and one example order.
export const SCHEMA_NAMES = ['order', 'catalog', 'config'] as const;

export function configText(): string {
  return `# yaml-language-server: $schema=schemas/config.schema.json
# gendan 工作区配置 · workspace configuration. 所有键都可省略 · every key is optional.
company: 我的公司            # 报表抬头 · company name shown in reports
lang: zh                    # zh | en（可被 --lang、GENDAN_LANG 覆盖 · overridden by --lang, GENDAN_LANG）
orders: orders              # 订单文件夹 · folder (or list / globs) holding order files
catalog: catalog.yaml       # 产品目录 · product catalog, relative to this file
calendar:
  region: CN                # 法定节假日及调休 · public holidays and make-up workdays
  weekend: [sat, sun]
  holidays: []              # 公司额外休息日 · extra company days off
  workdays: []              # 公司额外工作日 · extra company working days
logistics:                  # 在途天数（自然日）· transit days per delivery method
  express: 2
  truck: 4
  sea: 25
  air: 3
  pickup: 0
buffer_days: 1              # 备货到发货的工作日 · working days from goods ready to shipment
follow_up_days: 7           # 签收后回访（自然日）· follow-up due this many days after delivery
at_risk_days: 3             # 到期前预警（工作日）· working days of warning before a due date
issue_days: 3               # 问题逾期（工作日）· an open issue older than this is overdue
# rules:                    # 规则级别 error | warn | off · rule severities
#   id-filename: warn
`;
}

export function catalogText(): string {
  return `# yaml-language-server: $schema=schemas/catalog.schema.json
# 产品目录 · product catalog
products:
  - model: XK-200
    name: 减速机 XK-200
    unit: pcs               # 订单计数单位 · the unit orders are counted in
    alt_units:
      box: 10               # 1 box = 10 pcs
    moq: 50                 # 最小起订量 · minimum order quantity
    multiple: 10
    fulfilment: make        # 按单生产 · made to order: production milestones
    lead_days: 15           # 确认后备货工作日 · working days from confirmation to goods ready
    status: active
  - model: 6310-2RS
    name: 深沟球轴承 6310-2RS
    unit: set
    alt_units:
      box: 10
    fulfilment: stock       # 现货 · picked from stock: stock check
    lead_days: 2
    status: active
`;
}

export function exampleOrderText(id: string, schemaRef: string, today: string, requested: string, at: string): string {
  return `# yaml-language-server: $schema=${schemaRef}
# 示例订单 · example order: \`gendan checklist ${id}\` shows what is missing, \`gendan advance ${id}\` moves it on.
id: ${id}
status: received
customer:
  name: 宁波恒达机械有限公司
  contact: 王经理
  phone: "+86 574 8888 1234"
sales: 李娜
ordered: ${today}
currency: CNY
payment:
  deposit_percent: 30
  balance: before_shipment  # before_shipment | on_delivery | days_after_delivery
lines:
  - model: XK-200
    quantity: 500
    unit: pcs
    unit_price: 128.50
delivery:
  requested: ${requested}
  method: truck             # express | truck | sea | air | pickup
  address: 浙江省宁波市北仑区新碶街道 88 号
  recipient: 王经理
  phone: "138 0000 0000"
history:
  - { at: ${JSON.stringify(at)}, to: received }
`;
}

/** VS Code (YAML extension): which schema checks and completes which file. */
export function vscodeSettings(): string {
  const settings = {
    'yaml.schemas': {
      './schemas/order.schema.json': ['orders/**/*.yaml', 'orders/**/*.yml'],
      './schemas/catalog.schema.json': ['catalog.yaml'],
      './schemas/config.schema.json': ['gendan.yaml'],
    },
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}

export function gitignoreText(): string {
  return `# gendan's lock and temp files, present only while it edits an order
.*.lock
.*.tmp
`;
}
