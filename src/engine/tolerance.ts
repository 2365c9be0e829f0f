/**
 * 尾数误差: published figures are rounded, so a total may differ from the sum of its rounded parts.
 * A figure shown with d decimals stands for the interval ±½·10^(−d); a total and its parts agree
 * within rounding when their intervals overlap (XBRL Calculations 1.1). Figures in 元 are exact.
 */
import Decimal from 'decimal.js';

export interface Figure {
  value: Decimal;
  decimals: number;
}

export type Agreement = 'equal' | 'rounding-tail' | 'mismatch';

/** Half a unit in the last shown place: the rounding interval's half-width. */
export function halfUnit(decimals: number): Decimal {
  return new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)));
}

/** How far two sides may differ from rounding alone: the sum of the figures' half-widths. */
export function roundingTolerance(figures: Figure[]): Decimal {
  return figures.reduce((acc, f) => acc.plus(halfUnit(f.decimals)), new Decimal(0));
}

/**
 * Compare a printed total with the sum of printed parts.
 * `exact` (amounts in 元, or the user says nothing was rounded) allows no tail at all.
 */
export function compareTotal(total: Figure, parts: Figure[], exact: boolean): { agreement: Agreement; sum: Decimal; difference: Decimal; tolerance: Decimal } {
  const sum = parts.reduce((acc, p) => acc.plus(p.value), new Decimal(0));
  const difference = total.value.minus(sum);
  const tolerance = exact ? new Decimal(0) : roundingTolerance([total, ...parts]);
  let agreement: Agreement;
  if (difference.isZero()) agreement = 'equal';
  else if (difference.abs().lte(tolerance)) agreement = 'rounding-tail';
  else agreement = 'mismatch';
  return { agreement, sum, difference, tolerance };
}

/** The same quantity printed twice must print identically: no tolerance, whatever the unit. */
export function compareSame(a: Figure, b: Figure): Agreement {
  return a.value.equals(b.value) ? 'equal' : 'mismatch';
}

/** Print a decimal with the given decimals, no thousands separators (the JSON contract's form). */
export function decimalString(value: Decimal, decimals?: number): string {
  return decimals === undefined ? value.toFixed() : value.toFixed(decimals);
}
