// Amounts of an order (SPEC §2): totals and payments, computed in cents so that sums of
// decimals compare exactly.
import type { Order } from '../model/order.js';
import type { Msg } from '../model/problem.js';

const cents = (x: number) => Math.round(x * 100);
const fromCents = (c: number) => c / 100;

/** Σ quantity × unit_price, rounded to 2 decimals. Lines without a price count 0. */
export function orderTotal(order: Order): number {
  let sum = 0;
  for (const line of order.lines ?? []) sum += (line.quantity ?? 0) * (line.unit_price ?? 0);
  return fromCents(cents(sum));
}

/** total × deposit_percent / 100, rounded to 2 decimals. */
export function depositDue(order: Order): number {
  const pct = order.payment?.deposit_percent ?? 0;
  return fromCents(cents((orderTotal(order) * pct) / 100));
}

export function paidSum(order: Order): number {
  let c = 0;
  for (const p of order.payments ?? []) c += cents(p.amount ?? 0);
  return fromCents(c);
}

export function isDepositPaid(order: Order): boolean {
  return cents(paidSum(order)) >= cents(depositDue(order));
}

export function isFullyPaid(order: Order): boolean {
  return cents(paidSum(order)) >= cents(orderTotal(order));
}

/** What is still owed, never below 0. */
export function outstanding(order: Order): number {
  return Math.max(0, fromCents(cents(orderTotal(order)) - cents(paidSum(order))));
}

/**
 * 7650 → "7,650.00": what `toLocaleString('en-US')` with two decimals prints (rounding the
 * shortest decimal form half away from zero), without loading the ICU number formatter,
 * whose first use costs a one-order command ~30 ms.
 */
export function money(amount: number): string {
  const digits = String(Math.abs(amount));
  if (!/^\d+(\.\d+)?$/.test(digits)) return amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const [int = '', frac = ''] = digits.split('.');
  let c = BigInt(int + (frac + '00').slice(0, 2));
  if (frac.charCodeAt(2) >= 53 /* '5' */) c += 1n;
  const text = c.toString().padStart(3, '0');
  const whole = text.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, ',');
  const sign = amount < 0 || Object.is(amount, -0) ? '-' : '';
  return `${sign}${whole}.${text.slice(-2)}`;
}

/**
 * An amount: "7,650.00" in text, "7650.00" where thousands separators would get in the way
 * (csv); see plainAmounts in reports/people.ts.
 */
export function amount(n: number): Msg {
  return { id: 'reports/money', args: { grouped: money(n), plain: n.toFixed(2) } };
}
