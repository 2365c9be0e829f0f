/**
 * 占比: each part's share of a total, in percent to two decimals. Most budgets round each share
 * half-up (seed 004 prints 88.19 + 5.99 + 2.26 + 3.55 = 99.99); some make them add to 100.00 — the
 * largest-remainder method does that while moving no share by more than 0.01.
 */
import Decimal from 'decimal.js';

export function sharesOf(parts: Decimal[], total: Decimal, addTo100 = false): Decimal[] {
  if (total.isZero()) return parts.map(() => new Decimal(0));
  const exact = parts.map((p) => p.div(total).times(100));
  if (!addTo100) return exact.map((s) => s.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  return largestRemainder(exact);
}

/** Hamilton's method in hundredths: floor every share, hand the missing hundredths to the largest remainders. */
function largestRemainder(exact: Decimal[]): Decimal[] {
  const hundredths = exact.map((s) => s.times(100));
  const floors = hundredths.map((h) => h.floor());
  const target = hundredths.reduce((a, h) => a.plus(h), new Decimal(0)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  let missing = target.minus(floors.reduce((a, f) => a.plus(f), new Decimal(0))).toNumber();
  const order = hundredths
    .map((h, i) => ({ i, rest: h.minus(floors[i]) }))
    .sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  const out = [...floors];
  for (const { i } of order) {
    if (missing <= 0) break;
    out[i] = out[i].plus(1);
    missing--;
  }
  return out.map((h) => h.div(100));
}
