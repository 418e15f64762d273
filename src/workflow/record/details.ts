// The order details sales hands over, given to `gendan new` as options so that a new order
// can be made ready for its first checklist without opening the file. Checked here; the
// template writes them where its comments would otherwise stand.
const METHODS = ['express', 'truck', 'sea', 'air', 'pickup'];
import { userError } from '../../model/errors.js';
import type { OrderDetails } from '../template.js';
import { oneOf, parseDate } from './common.js';

export const BALANCES = ['before_shipment', 'on_delivery', 'days_after_delivery'];

export interface DetailOptions {
  contact?: string;
  phone?: string;
  requested?: string;
  method?: string;
  address?: string;
  recipient?: string;
  deliveryPhone?: string;
  price?: string;
  deposit?: string;
  balance?: string;
  balanceDays?: string;
}

function number(option: string, v: string | undefined, max = Infinity): string | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(v) || Number(v) > max) throw userError('record/bad-number', { option, value: v });
  return v;
}

export function parseDetails(d: DetailOptions): OrderDetails {
  return {
    contact: d.contact,
    phone: d.phone,
    price: number('--price', d.price),
    deposit: number('--deposit', d.deposit, 100),
    balance: d.balance === undefined ? undefined : oneOf('--balance', d.balance, BALANCES),
    balanceDays: number('--balance-days', d.balanceDays),
    requested: d.requested === undefined ? undefined : parseDate('--requested', d.requested),
    method: d.method === undefined ? undefined : oneOf('--method', d.method, METHODS),
    address: d.address,
    recipient: d.recipient,
    deliveryPhone: d.deliveryPhone,
  };
}
