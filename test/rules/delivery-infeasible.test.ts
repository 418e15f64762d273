import { CATALOG, ruleTests } from './tester.js';

interface Opts {
  status?: string;
  ordered?: string;
  model?: string;
  delivery?: string;
  confirmed?: string;
}

/** An order whose delivery block starts on line 7; `requested`/`promised` come first in it. */
const order = ({ status = 'confirmed', ordered = '2026-11-20', model = 'XK-200', delivery, confirmed }: Opts) => `id: SO-1
status: ${status}
customer: { name: 恒达机械 }
ordered: ${ordered}
lines:
  - { model: ${model}, quantity: 500, unit: pcs }
${delivery === undefined ? '' : `delivery:\n${delivery}`}${confirmed === undefined ? '' : `confirmation:\n  date: ${confirmed}\n`}`;

const truck = (promised: string) => `  requested: 2026-11-30\n  promised: ${promised}\n  method: truck\n`;

ruleTests('delivery-infeasible', {
  valid: [
    { name: 'promised on the earliest feasible day', order: order({ delivery: truck('2026-12-18'), confirmed: '2026-11-21' }) },
    { name: 'only the promised date counts when there is one', order: order({ delivery: truck('2027-01-20'), confirmed: '2026-11-21' }) },
    { name: 'in production the plan is history', order: order({ status: 'preparing', delivery: truck('2026-12-01'), confirmed: '2026-11-21' }) },
    { name: 'no delivery date', order: order({ status: 'received', delivery: '  method: truck\n' }) },
    {
      name: 'a calendar without working days does not break the check',
      config: 'calendar: { weekend: [mon, tue, wed, thu, fri, sat, sun], region: none }\n',
      order: order({ delivery: truck('2026-12-01'), confirmed: '2026-11-21' }),
    },
  ],
  invalid: [
    {
      name: 'the breakdown from the confirmation date',
      order: order({ delivery: truck('2026-12-01'), confirmed: '2026-11-21' }),
      errors: [
        {
          line: 9,
          column: 13,
          message: 'promised 2026-12-01 is before the earliest feasible 2026-12-18 (confirmed 2026-11-21 + 15 working days XK-200 + 1 buffer + 4 days truck)',
          zh: '承诺交期 2026-12-01 早于最早可行交期 2026-12-18（确认日 2026-11-21 + XK-200 生产/备货 15 个工作日 + 缓冲 1 个工作日 + 汽运 4 天）',
        },
      ],
    },
    {
      name: 'one day short',
      order: order({ delivery: truck('2026-12-17'), confirmed: '2026-11-21' }),
      errors: [{ line: 9, column: 13, message: 'earliest feasible 2026-12-18' }],
    },
    {
      name: 'a company holiday on the buffer day moves everything a day',
      config: 'calendar: { holidays: [2026-12-14] }\n',
      order: order({ delivery: truck('2026-12-18'), confirmed: '2026-11-21' }),
      errors: [{ line: 9, column: 13, message: 'earliest feasible 2026-12-19 (confirmed 2026-11-21' }],
    },
    {
      name: 'requested when nothing is promised; unconfirmed orders start today',
      order: order({ status: 'received', model: 'XK-210', delivery: '  requested: 2026-12-10\n  method: express\n' }),
      errors: [{ line: 8, column: 14, message: 'requested 2026-12-10 is before the earliest feasible 2026-12-16 (today 2026-11-28 + 10 working days XK-210 + 1 buffer + 2 days express)', zh: '要求交期 2026-12-10 早于最早可行交期 2026-12-16（今天 2026-11-28' }],
    },
    {
      name: 'an order dated after today starts on its order date',
      order: order({ status: 'received', ordered: '2026-12-01', model: 'BR-6205', delivery: '  requested: 2026-12-20\n  method: sea\n' }),
      errors: [{ line: 8, column: 14, message: '2026-12-29 (ordered 2026-12-01 + 2 working days BR-6205 + 1 buffer + 25 days sea)', zh: '下单日 2026-12-01' }],
    },
    {
      name: 'National Day and the make-up Saturday 2026-10-10 in the count; pickup has no transit',
      order: order({ ordered: '2026-09-25', model: 'XK-210', delivery: '  promised: 2026-10-16\n  method: pickup\n', confirmed: '2026-09-28' }),
      errors: [{ line: 8, column: 13, message: 'promised 2026-10-16 is before the earliest feasible 2026-10-19 (confirmed 2026-09-28 + 10 working days XK-210 + 1 buffer)' }],
    },
    {
      name: 'singular day counts; no buffer configured',
      config: 'buffer_days: 0\nlogistics: { express: 1 }\n',
      catalog: `${CATALOG}  - { model: QK-1, unit: pcs, lead_days: 1 }\n`,
      order: order({ model: 'QK-1', delivery: '  promised: 2026-11-23\n  method: express\n', confirmed: '2026-11-20' }),
      errors: [{ line: 8, column: 13, message: '2026-11-24 (confirmed 2026-11-20 + 1 working day QK-1 + 1 day express)', zh: '快递 1 天' }],
    },
  ],
});
