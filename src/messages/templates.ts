// The built-in message templates, in Mustache syntax with the variables of variables.ts —
// the same syntax and variables a workspace's `templates/<node>.<channel>.<lang>.txt` uses,
// so any of these is a starting point for an override (`gendan message … --template`).
// Per node and language: the email subject, the main sentence, the details, and the SMS.
import type { Lang } from '../model/config.js';
import type { MessageChannel, MessageNode } from './nodes.js';

interface Parts {
  subject: string;
  lead: string;
  details: string;
  sms: string;
}

const ZH: Record<MessageNode, Parts> = {
  confirmed: {
    subject: '订单确认：{{ref}}',
    lead: '{{ref}}已确认：{{goods}}{{#total}}，合计 {{total}}{{/total}}。{{#ship_terms}}装运期{{/ship_terms}}{{^ship_terms}}交货日期{{/ship_terms}}为{{due_date}}{{#incoterm}}（{{incoterm}}）{{/incoterm}}。',
    details:
      '{{#deposit}}{{#deposit_paid}}{{deposit_label}} {{deposit}}（{{deposit_percent}}%）已收到，谢谢。{{/deposit_paid}}{{^deposit_paid}}请安排{{deposit_label}} {{deposit}}（{{deposit_percent}}%），到账后即安排生产。{{/deposit_paid}}\n{{/deposit}}生产进度我们会及时告知您。',
    sms: '{{ref}}已确认，{{#ship_terms}}装运期{{/ship_terms}}{{^ship_terms}}交货日期{{/ship_terms}}{{due_date}}。{{#deposit}}{{^deposit_paid}}请安排{{deposit_label}} {{deposit}}。{{/deposit_paid}}{{/deposit}}',
  },
  production_started: {
    subject: '已开始生产：{{ref}}',
    lead: '{{ref}}已于{{started}}开始生产：{{goods}}。',
    details: '{{#ship_terms}}预计{{ship_date}}装运，装运期为{{due_date}}。{{/ship_terms}}{{^ship_terms}}预计{{ship_date}}发货{{#arrival}}，{{arrival}}前后送达{{/arrival}}。{{/ship_terms}}有进展我们会随时告知您。',
    sms: '{{ref}}已于{{started}}开始生产，预计{{ship_date}}发货。',
  },
  ship_date: {
    subject: '预计发货日期：{{ref}}',
    lead: '{{#pickup}}{{ref}}的货物预计{{ship_date}}备好，届时可安排提货。{{/pickup}}{{^pickup}}{{ref}}的货物预计{{ship_date}}{{#method}}以{{method}}方式{{/method}}发出{{^ship_terms}}{{#arrival}}，预计{{arrival}}前后送达{{/arrival}}{{/ship_terms}}。{{/pickup}}',
    details: '{{^pickup}}收货人：{{recipient}}{{#phone}}（{{phone}}）{{/phone}}，地址：{{address}}。{{/pickup}}如需调整，请告诉我。',
    sms: '{{ref}}的货物预计{{ship_date}}{{#pickup}}备好，可安排提货{{/pickup}}{{^pickup}}发出{{/pickup}}。',
  },
  shipped: {
    subject: '{{#partial}}{{batch}}{{/partial}}货物已发出：{{ref}}',
    lead: '{{ref}}的{{#partial}}{{batch}}{{/partial}}货物已于{{shipped}}{{#pickup}}提走{{/pickup}}{{^pickup}}发出{{/pickup}}：{{items}}。',
    details:
      '{{^pickup}}承运商：{{carrier}}，{{tracking_label}}：{{tracking}}{{#vessel}}，船名航次：{{vessel}}{{/vessel}}{{^ship_terms}}，预计{{eta}}到达{{/ship_terms}}{{#ship_terms}}{{#eta}}，预计{{eta}}到港{{/eta}}{{/ship_terms}}。{{/pickup}}{{#remaining}}\n其余货物（{{remaining}}）将尽快发出。{{/remaining}}',
    sms: '{{ref}}的{{#partial}}{{batch}}{{/partial}}货物已于{{shipped}}发出{{^pickup}}，{{carrier}} {{tracking_label}} {{tracking}}{{^ship_terms}}，预计{{eta}}到达{{/ship_terms}}{{/pickup}}。',
  },
  arriving: {
    subject: '货物即将到达：{{ref}}',
    lead: '{{ref}}的{{#partial}}{{batch}}{{/partial}}货物预计{{eta}}到达，请安排收货。',
    details: '承运商：{{carrier}}，{{tracking_label}}：{{tracking}}。收货人：{{recipient}}{{#phone}}（{{phone}}）{{/phone}}，地址：{{address}}。收货时请当场查验外包装，如有破损请在签收单上注明并告诉我。',
    sms: '{{ref}}的货物预计{{eta}}到达，{{carrier}} {{tracking_label}} {{tracking}}，请安排收货并当场验货。',
  },
  delivered: {
    subject: '货物已签收：{{ref}}',
    lead: '{{ref}}的{{#partial}}{{batch}}{{/partial}}货物已于{{delivered}}签收，感谢您的配合。',
    details: '请核对数量与规格：{{items}}。如有任何问题，请随时告诉我，我们会第一时间处理。',
    sms: '{{ref}}的货物已于{{delivered}}签收，如有问题请随时联系我们。',
  },
  follow_up: {
    subject: '使用情况回访：{{ref}}',
    lead: '{{ref}}的{{goods}}已于{{delivered}}送达，想了解一下使用情况。',
    details: '请您从产品质量、交付时效和服务态度三方面给我们打个分（1–5 分），有任何意见或建议都欢迎告诉我们。',
    sms: '{{ref}}的货物使用情况如何？欢迎对质量、交期和服务提出意见。',
  },
  delay: {
    subject: '交期变动说明：{{ref}}',
    lead: '很抱歉通知您，{{ref}}有变动：{{delay_what}}。{{#old_date}}原定{{old_date}}的交期需推迟至{{new_date}}。{{/old_date}}{{^old_date}}{{#new_date}}预计新的到货日期为{{new_date}}。{{/new_date}}{{/old_date}}',
    details: '{{#delay_action}}我们正在处理：{{delay_action}}。{{/delay_action}}{{^new_date}}新的日期确定后会第一时间告知您，{{/new_date}}{{#new_date}}有新的进展会第一时间告知您，{{/new_date}}给您带来不便，敬请谅解。',
    sms: '很抱歉，{{ref}}有变动：{{delay_what}}。{{#new_date}}新的日期为{{new_date}}。{{/new_date}}我们正在处理，有进展会及时告知。',
  },
  payment: {
    subject: '付款提醒：{{ref}}',
    lead: '{{ref}}尚有余款 {{balance}}，付款期限为{{balance_due}}。',
    details: '目前已收到 {{paid}}，谢谢。付款后请告诉我，方便我们及时核对。如已安排付款，请忽略本消息。',
    sms: '{{ref}}尚有余款 {{balance}}，付款期限{{balance_due}}，如已付款请忽略。',
  },
};

const EN: Record<MessageNode, Parts> = {
  confirmed: {
    subject: 'Order confirmation – {{ref}}',
    lead: 'We confirm {{ref}}: {{goods}}{{#total}}, total {{total}}{{/total}}. {{#ship_terms}}Shipment date{{/ship_terms}}{{^ship_terms}}Delivery date{{/ship_terms}}: {{due_date}}{{#incoterm}} ({{incoterm}}){{/incoterm}}.',
    details:
      '{{#deposit}}{{#deposit_paid}}We have received your {{deposit_label}} of {{deposit}} ({{deposit_percent}}%), thank you.{{/deposit_paid}}{{^deposit_paid}}Please arrange the {{deposit_label}} of {{deposit}} ({{deposit_percent}}%); production starts once it arrives.{{/deposit_paid}}\n{{/deposit}}We will keep you informed as production goes on.',
    sms: 'We confirm {{ref}}. {{#ship_terms}}Shipment date{{/ship_terms}}{{^ship_terms}}Delivery date{{/ship_terms}}: {{due_date}}.{{#deposit}}{{^deposit_paid}} Please arrange the {{deposit_label}} of {{deposit}}.{{/deposit_paid}}{{/deposit}}',
  },
  production_started: {
    subject: 'Production started – {{ref}}',
    lead: 'Production of {{ref}} started on {{started}}: {{goods}}.',
    details: 'We expect to ship on {{ship_date}}{{^ship_terms}}{{#arrival}}, arriving around {{arrival}}{{/arrival}}{{/ship_terms}}{{#ship_terms}} (shipment date {{due_date}}){{/ship_terms}}. We will keep you posted.',
    sms: 'Production of {{ref}} started on {{started}}; we expect to ship on {{ship_date}}.',
  },
  ship_date: {
    subject: 'Expected shipment date – {{ref}}',
    lead: '{{#pickup}}The goods for {{ref}} will be ready for collection on {{ship_date}}.{{/pickup}}{{^pickup}}The goods for {{ref}} are expected to ship on {{ship_date}}{{#method}} by {{method}}{{/method}}{{^ship_terms}}{{#arrival}}, arriving around {{arrival}}{{/arrival}}{{/ship_terms}}.{{/pickup}}',
    details: '{{^pickup}}Delivery to {{recipient}}{{#phone}} (tel. {{phone}}){{/phone}}, {{address}}. {{/pickup}}Please let me know if anything should change.',
    sms: 'The goods for {{ref}} are expected to {{#pickup}}be ready for collection{{/pickup}}{{^pickup}}ship{{/pickup}} on {{ship_date}}.',
  },
  shipped: {
    subject: '{{#partial}}Shipment {{batch}} – {{/partial}}Goods shipped – {{ref}}',
    lead: '{{#partial}}The {{batch}} shipment for {{ref}}{{/partial}}{{^partial}}The goods for {{ref}}{{/partial}} {{#pickup}}left our warehouse{{/pickup}}{{^pickup}}shipped{{/pickup}} on {{shipped}}: {{items}}.',
    details:
      '{{^pickup}}Carrier: {{carrier}}, {{tracking_label}} {{tracking}}{{#vessel}}, vessel/voyage {{vessel}}{{/vessel}}{{^ship_terms}}, ETA {{eta}}{{/ship_terms}}{{#ship_terms}}{{#eta}}, ETA {{eta}}{{/eta}}{{/ship_terms}}.{{/pickup}}{{#remaining}}\nThe rest ({{remaining}}) will follow as soon as possible.{{/remaining}}',
    sms: 'The goods for {{ref}} shipped on {{shipped}}{{^pickup}}: {{carrier}} {{tracking_label}} {{tracking}}{{^ship_terms}}, ETA {{eta}}{{/ship_terms}}{{/pickup}}.',
  },
  arriving: {
    subject: 'Goods arriving {{eta}} – {{ref}}',
    lead: '{{#partial}}The {{batch}} shipment for {{ref}}{{/partial}}{{^partial}}The goods for {{ref}}{{/partial}} should arrive on {{eta}}; please arrange to receive them.',
    details: 'Carrier: {{carrier}}, {{tracking_label}} {{tracking}}. Recipient: {{recipient}}{{#phone}} (tel. {{phone}}){{/phone}}, {{address}}. Please check the packaging on arrival and note any damage on the delivery receipt.',
    sms: 'The goods for {{ref}} should arrive on {{eta}} ({{carrier}} {{tracking_label}} {{tracking}}). Please check them on arrival.',
  },
  delivered: {
    subject: 'Goods received – {{ref}}',
    lead: '{{#partial}}The {{batch}} shipment for {{ref}} was{{/partial}}{{^partial}}The goods for {{ref}} were{{/partial}} signed for on {{delivered}}. Thank you.',
    details: 'Please check the quantities and specifications: {{items}}. If anything is not right, tell me and we will deal with it at once.',
    sms: 'The goods for {{ref}} were signed for on {{delivered}}. Please tell us if anything is not right.',
  },
  follow_up: {
    subject: 'How are the goods working for you? – {{ref}}',
    lead: 'The goods for {{ref}} reached you on {{delivered}}: {{goods}}. We would like to hear how they are working.',
    details: 'Could you rate our product quality, delivery time and service from 1 to 5? Any comments or suggestions are welcome.',
    sms: 'How are the goods for {{ref}} working? We welcome your comments on quality, delivery and service.',
  },
  delay: {
    subject: 'Change of date – {{ref}}',
    lead: 'We are sorry to tell you of a change to {{ref}}: {{delay_what}}. {{#old_date}}The date of {{old_date}} moves to {{new_date}}.{{/old_date}}{{^old_date}}{{#new_date}}The new expected date is {{new_date}}.{{/new_date}}{{/old_date}}',
    details: '{{#delay_action}}What we are doing: {{delay_action}}. {{/delay_action}}We will tell you {{^new_date}}the new date {{/new_date}}as soon as there is news, and we apologise for the inconvenience.',
    sms: 'Sorry, a change to {{ref}}: {{delay_what}}.{{#new_date}} New date: {{new_date}}.{{/new_date}} We will keep you informed.',
  },
  payment: {
    subject: 'Payment reminder – {{ref}}',
    lead: 'For {{ref}} a balance of {{balance}} is due {{balance_due}}.',
    details: 'We have received {{paid}} so far, thank you. Please let me know once it is paid so that we can match it. If you have already arranged it, please ignore this message.',
    sms: 'For {{ref}} a balance of {{balance}} is due {{balance_due}}. Please ignore this if already paid.',
  },
};

const GREETING = { zh: '{{contact}}您好！', en: 'Hello {{contact}},' };
const SUBJECT = { zh: '主题：', en: 'Subject: ' };
const EMAIL_GREETING = { zh: '{{contact}}，您好：', en: 'Dear {{contact}},' };
const SIGNATURE = {
  zh: '顺祝商祺！\n{{#sales}}{{sales}}\n{{/sales}}{{company}}',
  en: 'Best regards,\n{{#sales}}{{sales}}\n{{/sales}}{{company}}',
};
const SMS = { zh: '{{#company}}【{{company}}】{{/company}}{{contact}}您好，', en: '{{#company}}{{company}}: {{/company}}' };

/** The built-in template for a node, channel and language. */
export function builtinTemplate(node: MessageNode, channel: MessageChannel, lang: Lang): string {
  const p = (lang === 'zh' ? ZH : EN)[node];
  if (channel === 'sms') return `${SMS[lang]}${p.sms}\n`;
  if (channel === 'wechat') return `${GREETING[lang]}\n${p.lead}\n${p.details}\n`;
  return `${SUBJECT[lang]}${p.subject}\n\n${EMAIL_GREETING[lang]}\n\n${p.lead}\n${p.details}\n\n${SIGNATURE[lang]}\n`;
}
