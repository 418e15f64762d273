// Amounts of an order (SPEC §2), in integer cents. The one rounding rule: each line total
// (quantity × unit_price, both taken exactly as written in decimal) is rounded half-up to
// cents, then the lines are summed; the deposit is total × deposit_percent / 100, rounded
// half-up to cents; each payment is rounded half-up to cents. Comparisons are then exact.
import type { Order } from '../model/order.js';
import type { Msg } from '../model/problem.js';

/**
 * x exactly as its shortest decimal form says: digits × 10^-scale ("0.335" → 335, 3).
 * `small`: the digits as a Number, when that is exact; `digits`: as text, for BigInt.
 */
interface Decimal {
  scale: number;
  small?: number;
  /** Set when `small` is not. */
  digits?: string;
}

const ZERO: Decimal = { scale: 0, small: 0 };

function decimal(x: number): Decimal {
  if (!Number.isFinite(x)) return ZERO;
  if (Number.isSafeInteger(x)) return { scale: 0, small: x }; // most quantities and many prices
  return readDecimal(x);
}

/** The digits as a BigInt: made only when a sum leaves Numbers. */
const big = (d: Decimal): bigint => BigInt(d.small ?? d.digits!);

function readDecimal(x: number): Decimal {
  // Most amounts have a few decimals: the fewest that read back as x, found by scaling.
  // Below 1e9 two decimals of six places or fewer are more than a Number's step apart, so
  // the one that reads back as x is the one its shortest decimal form says.
  if (Math.abs(x) < 1e9) {
    let p = 1;
    for (let scale = 1; scale <= 6; scale++) {
      p *= 10;
      const n = Math.round(x * p);
      if (n / p === x) return { scale, small: n };
    }
  }
  const text = String(x);
  const dot = text.indexOf('.');
  if (dot > 0 && !text.includes('e')) {
    // The usual case, 2852.84: no exponent, digits around one point.
    return fromDigits(text.slice(0, dot) + text.slice(dot + 1), text.length - dot - 1);
  }
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!m) return ZERO;
  const frac = m[3] ?? '';
  let n = BigInt(`${m[2]}${frac}`);
  let scale = frac.length - Number(m[4] ?? 0);
  if (scale < 0) {
    n *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return fromDigits(String(m[1] === '-' ? -n : n), scale);
}

function fromDigits(digits: string, scale: number): Decimal {
  const small = Number(digits);
  return Number.isSafeInteger(small) ? { scale, small, digits } : { scale, digits };
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

/**
 * roundShift in Numbers: undefined when a step might not be exact (then it is done in
 * BigInts). Amounts of ordinary orders never leave Numbers, and a check sums an order's
 * lines and payments some ten times.
 */
function roundShiftSmall(n: number, shift: number): number | undefined {
  if (!Number.isSafeInteger(n) || shift > 15 || shift < -15) return undefined;
  if (shift <= 0) {
    const r = n * 10 ** -shift;
    return Number.isSafeInteger(r) ? r : undefined;
  }
  const d = 10 ** shift;
  const a = Math.abs(n);
  const rest = a % d;
  const q = (a - rest) / d + (rest * 2 >= d ? 1 : 0);
  return n < 0 ? -q : q;
}

const ONE: Decimal = { scale: 0, small: 1 };

/** a × b in cents, rounded half-up once, as a Number when every step is exact. */
function centsSmall(a: Decimal, b: Decimal): number | undefined {
  return a.small === undefined || b.small === undefined ? undefined : roundShiftSmall(a.small * b.small, a.scale + b.scale - 2);
}

/** a × b in cents, rounded half-up once. */
function cents(a: Decimal, b: Decimal = ONE): bigint {
  const small = centsSmall(a, b);
  return small !== undefined ? BigInt(small) : roundShift(big(a) * big(b), a.scale + b.scale - 2);
}

/** Σ a × b in cents, each term rounded on its own: in Numbers while the sum is exact. */
function sumCents(terms: [Decimal, Decimal][]): bigint {
  let small: number | undefined = 0;
  for (const [a, b] of terms) {
    const c = centsSmall(a, b);
    small = c === undefined ? undefined : small + c;
    if (small === undefined || !Number.isSafeInteger(small)) break;
  }
  if (small !== undefined && Number.isSafeInteger(small)) return BigInt(small);
  let sum = 0n;
  for (const [a, b] of terms) sum += cents(a, b);
  return sum;
}

/** An amount in cents, rounded half-up. */
export function toCents(x: number): bigint {
  return cents(decimal(x));
}

/** quantity × unit_price in cents, rounded half-up once. */
export function lineCents(quantity: number, unitPrice: number): bigint {
  return cents(decimal(quantity), decimal(unitPrice));
}

const fromCents = (c: bigint): number => Number(c) / 100;

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** 1-based numbers of the lines without a (valid) `unit_price`. */
export function unpricedLines(order: Order): number[] {
  const out: number[] = [];
  linesOf(order).forEach((l, i) => {
    if (!isPriced(l)) out.push(i + 1);
  });
  return out;
}

/** No line without a (valid) `unit_price`: unpricedLines would be empty. */
function allPriced(order: Order): boolean {
  return linesOf(order).every(isPriced);
}

const linesOf = (order: Order): NonNullable<Order['lines']> => (Array.isArray(order.lines) ? order.lines : []);
const isPriced = (l: NonNullable<Order['lines']>[number] | undefined): boolean => !!l && isNum(l.unit_price);

/** Whether every line has a valid quantity and price, so the total is known. */
export function totalKnown(order: Order): boolean {
  const lines = Array.isArray(order.lines) ? order.lines : [];
  return lines.length > 0 && lines.every((l) => l && isNum(l.quantity) && isNum(l.unit_price));
}

/** Σ line totals in cents. Lines without a price count 0 (see unpricedLines). */
export function totalCents(order: Order): bigint {
  const lines = Array.isArray(order.lines) ? order.lines : NONE;
  let sum = totals.get(lines);
  if (sum === undefined) {
    const terms: [Decimal, Decimal][] = [];
    for (const line of lines) {
      if (line && isNum(line.quantity) && isNum(line.unit_price)) terms.push([decimal(line.quantity), decimal(line.unit_price)]);
    }
    totals.set(lines, (sum = sumCents(terms)));
  }
  return sum;
}

/**
 * Sums already made, by the list they are of: a check asks an order's total and payments
 * some ten times (rules, checklist items). Order data is not changed once read: an edit
 * makes new data from the new text.
 */
const totals = new WeakMap<object, bigint>();
const paid = new WeakMap<object, bigint>();
const NONE: never[] = Object.freeze([]) as never[];

export function depositCents(order: Order): bigint {
  const pct = order.payment?.deposit_percent;
  if (!isNum(pct)) return 0n;
  const d = decimal(pct);
  // the total (in cents: scale 2) × pct / 100 (scale + 2)
  const total = totalCents(order);
  const small = Number(total);
  const t: Decimal = Number.isSafeInteger(small) ? { scale: 2, small } : { scale: 2, digits: String(total) };
  return cents(t, { scale: d.scale + 2, small: d.small, digits: d.digits });
}

export function paidCents(order: Order): bigint {
  const payments = Array.isArray(order.payments) ? order.payments : NONE;
  let sum = paid.get(payments);
  if (sum === undefined) {
    const terms: [Decimal, Decimal][] = [];
    for (const p of payments) if (p && isNum(p.amount)) terms.push([decimal(p.amount), ONE]);
    paid.set(payments, (sum = sumCents(terms)));
  }
  return sum;
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
  return allPriced(order) && paidCents(order) >= depositCents(order);
}

export function isFullyPaid(order: Order): boolean {
  return allPriced(order) && paidCents(order) >= totalCents(order);
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
