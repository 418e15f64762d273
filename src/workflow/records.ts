// Planning `gendan tick` (a manual checklist item, dated today) and `gendan log` (a contact
// with the customer). Pure; bad input is a UserError naming what would be right.
import { userError } from '../model/errors.js';
import type { Order } from '../model/order.js';
import type { Op } from '../edit/ops.js';
import { nearest } from '../util/nearest.js';
import { namesMsg } from '../util/vocab.js';
import { ITEMS, MANUAL_ITEMS } from './items/index.js';

export const CONTACT_NODES = ['confirmed', 'production_started', 'ship_date', 'shipped', 'arriving', 'delivered', 'follow_up', 'delay', 'payment', 'other'];
export const CHANNELS = ['phone', 'email', 'wechat', 'meeting', 'fax', 'other'];

const hint = (word: string, list: string[]) => {
  const suggest = nearest(word, list);
  return suggest ? { id: 'wf/did-you-mean', args: { suggest } } : '';
};

export interface TickResult {
  item: string;
  /** The date it holds now; `already` when it was ticked before. */
  date: string;
  already: boolean;
}

export function planTick(order: Order, itemId: string, today: string): { ops: Op[]; result: TickResult } {
  const manual = MANUAL_ITEMS.map((i) => i.id);
  const item = ITEMS.find((i) => i.id === itemId);
  if (!item) throw userError('tick/unknown-item', { item: itemId, allowed: namesMsg(manual), hint: hint(itemId, manual) });
  if (item.kind !== 'manual') throw userError('tick/not-manual', { item: itemId, label: { id: `item/${itemId}` }, allowed: namesMsg(manual) });
  const before = order.checklist?.[itemId];
  if (before !== undefined) return { ops: [], result: { item: itemId, date: before, already: true } };
  return { ops: [{ kind: 'set', path: ['checklist', itemId], value: today }], result: { item: itemId, date: today, already: false } };
}

export interface LogRequest {
  node: string;
  channel: string;
  note: string;
  today: string;
}

export function planLog(req: LogRequest): Op[] {
  if (!CONTACT_NODES.includes(req.node)) throw userError('log/bad-node', { node: req.node, allowed: CONTACT_NODES.join(', '), hint: hint(req.node, CONTACT_NODES) });
  if (!CHANNELS.includes(req.channel)) throw userError('log/bad-channel', { channel: req.channel, allowed: CHANNELS.join(', '), hint: hint(req.channel, CHANNELS) });
  if (req.note.trim() === '') throw userError('log/empty-note');
  return [{ kind: 'append', path: ['contacts'], item: { date: req.today, node: req.node, channel: req.channel, note: req.note } }];
}
