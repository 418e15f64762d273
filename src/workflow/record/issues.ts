// `gendan issue` (a problem to coordinate, opened on the date) and `gendan resolve`.
import { userError } from '../../model/errors.js';
import type { Op } from '../../edit/ops.js';
import type { Msg } from '../../model/problem.js';
import { joinMsgs } from '../join.js';
import type { Issue, Order } from '../../model/order.js';
import { list, notBefore, recorded, refuse, type RecordContext, type RecordPlan } from './common.js';

export const ISSUE_KINDS = ['production_delay', 'material_shortage', 'stock_shortage', 'logistics_delay', 'damage', 'loss', 'quality_defect', 'other'];

export interface IssueRequest {
  kind: string;
  cause: string;
  owner?: string;
  action?: string;
  note?: string;
}

export function planIssue(order: Order, req: IssueRequest, ctx: RecordContext): RecordPlan {
  notBefore(ctx.date, order.ordered, 'ordered');
  const item: Record<string, string> = { opened: ctx.date, kind: req.kind, cause: req.cause };
  if (req.owner !== undefined) item.owner = req.owner;
  if (req.action !== undefined) item.action = req.action;
  if (req.note !== undefined) item.note = req.note;
  return recorded([{ kind: 'append', path: ['issues'], item }], 'issue/done', { n: list(order.issues).length + 1, kind: { id: `reports/issue-kind/${req.kind}` }, date: ctx.date });
}

export interface ResolveRequest {
  /** 1-based position among `issues`. */
  n?: number;
  action?: string;
}

export function planResolve(order: Order, req: ResolveRequest, ctx: RecordContext): RecordPlan {
  const all = list(order.issues);
  let index: number;
  if (req.n !== undefined) {
    if (req.n > all.length) throw userError('resolve/no-such', { n: req.n, count: all.length });
    index = req.n - 1;
  } else {
    const open = all.map((issue, i) => ({ issue, i })).filter(({ issue }) => issue?.resolved === undefined);
    if (open.length === 0) refuse('resolve/none-open');
    if (open.length > 1) throw userError('resolve/which', { list: joinMsgs(open.map(({ issue, i }) => describe(issue, i)), 20) });
    index = open[0]!.i;
  }
  const issue = all[index]!;
  notBefore(ctx.date, issue.opened, `issues[${index}].opened`);
  const ops: Op[] = [];
  if (issue.resolved !== undefined && issue.resolved !== ctx.date) refuse('resolve/already', { n: index + 1, date: issue.resolved });
  if (issue.resolved === undefined) ops.push({ kind: 'set', path: ['issues', index, 'resolved'], value: ctx.date });
  if (req.action !== undefined && issue.action !== req.action) ops.push({ kind: 'set', path: ['issues', index, 'action'], value: req.action });
  const args = { n: index + 1, kind: { id: `reports/issue-kind/${issue.kind ?? 'other'}` }, date: ctx.date };
  return recorded(ops, ops.length === 0 ? 'resolve/unchanged' : 'resolve/done', args);
}

function describe(issue: Issue | undefined, i: number): Msg {
  return { id: 'resolve/entry', args: { n: i + 1, kind: { id: `reports/issue-kind/${issue?.kind ?? 'other'}` }, opened: issue?.opened ?? '—', cause: issue?.cause ?? '' } };
}
