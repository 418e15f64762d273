// Amounts of an order (SPEC §2), in integer cents. The one rounding rule: each line total
// (quantity × unit_price, both taken exactly as written in decimal) is rounded half-up to
// cents, then the lines are summed; the deposit is total × deposit_percent / 100, rounded
// half-up to cents; each payment is rounded half-up to cents. Comparisons are then exact.
import type { Order } from '../model/order.js';
import type { Msg } from '../model/problem.js';

/** x exactly as its shortest decimal form says: digits × 10^-scale ("0.335" → 335n, 3). */
function decimal(x: number): { n: bigint; scale: number } {
  if (!Number.isFinite(x)) return { n: 0n, scale: 0 };
  if (Number.isSafeInteger(x)) return { n: BigInt(x), scale: 0 }; // most quantities and many prices
  // Prices repeat from order to order: each is read once.
  let d = decimals.get(x);
  if (!d) {
    if (decimals.size >= 10_000) decimals.clear();
    decimals.set(x, (d = readDecimal(x)));
  }
  return d;
}

const decimals = new Map<number, { n: bigint; scale: number }>();

function readDecimal(x: number): { n: bigint; scale: number } {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) return { n: 0n, scale: 0 };
  const frac = m[3] ?? '';
  let n = BigInt(`${m[2]}${frac}`);
  let scale = frac.length - Number(m[4] ?? 0);
  if (scale < 0) {
    n *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { n: m[1] === '-' ? -n : n, scale };
}

/** n / 10^shift rounded half-up (half away from zero). */
function roundShift(n: bigint, shift: number): bigint {
  if (shift <= 0) return n * 10n ** BigInt(-shift);
  const d = 10n ** BigInt(shift);
  const neg = n < 0n;
  const a = neg ? -n : n;
  let q = a / d;
  if ((a % d) * 2n >= d) q += 1n;
  return neg ? -q : q;
}

/** An amount in cents, rounded half-up. */
export function toCents(x: number): bigint {
  const d = decimal(x);
  return roundShift(d.n, d.scale - 2);
}

/** quantity × unit_price in cents, rounded half-up once. */
export function lineCents(quantity: number, unitPrice: number): bigint {
  const q = decimal(quantity);
  const p = decimal(unitPrice);
  return roundShift(q.n * p.n, q.scale + p.scale - 2);
}

const fromCents = (c: bigint): number => Number(c) / 100;

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** 1-based numbers of the lines without a (valid) `unit_price`. */
export function unpricedLines(order: Order): number[] {
  const out: number[] = [];
  (Array.isArray(order.lines) ? order.lines : []).forEach((l, i) => {
    if (!l || !isNum(l.unit_price)) out.push(i + 1);
  });
  return out;
}

/** Whether every line has a valid quantity and price, so the total is known. */
export function totalKnown(order: Order): boolean {
  const lines = Array.isArray(order.lines) ? order.lines : [];
  return lines.length > 0 && lines.every((l) => l && isNum(l.quantity) && isNum(l.unit_price));
}

/** Σ line totals in cents. Lines without a price count 0 (see unpricedLines). */
export function totalCents(order: Order): bigint {
  let sum = 0n;
  for (const line of Array.isArray(order.lines) ? order.lines : []) {
    if (line && isNum(line.quantity) && isNum(line.unit_price)) sum += lineCents(line.quantity, line.unit_price);
  }
  return sum;
}

export function depositCents(order: Order): bigint {
  const pct = order.payment?.deposit_percent;
  if (!isNum(pct)) return 0n;
  const d = decimal(pct);
  return roundShift(totalCents(order) * d.n, d.scale + 2);
}

export function paidCents(order: Order): bigint {
  let c = 0n;
  for (const p of Array.isArray(order.payments) ? order.payments : []) if (p && isNum(p.amount)) c += toCents(p.amount);
  return c;
}

export function orderTotal(order: Order): number {
  return fromCents(totalCents(order));
}

export function depositDue(order: Order): number {
  return fromCents(depositCents(order));
}

export function paidSum(order: Order): number {
  return fromCents(paidCents(order));
}

/** Met only when every line is priced: without prices nothing can be "paid". */
export function isDepositPaid(order: Order): boolean {
  return unpricedLines(order).length === 0 && paidCents(order) >= depositCents(order);
}

export function isFullyPaid(order: Order): boolean {
  return unpricedLines(order).length === 0 && paidCents(order) >= totalCents(order);
}

/** What is still owed, never below 0. */
export function outstanding(order: Order): number {
  const c = totalCents(order) - paidCents(order);
  return c > 0n ? fromCents(c) : 0;
}

/** Paid beyond the order total, in cents (0 when not overpaid or when prices are missing). */
export function overpaidCents(order: Order): bigint {
  if (!totalKnown(order)) return 0n;
  const c = paidCents(order) - totalCents(order);
  return c > 0n ? c : 0n;
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
