/**
 * Figures printed as published budgets print them: the decimals and thousands separators of the
 * source table, percentages to two decimals (rounded half-up), changes in words (增加/减少, 增长/下降).
 */
import Decimal from 'decimal.js';

export function formatAmount(value: Decimal, decimals: number, thousands: boolean): string {
  const fixed = value.abs().toFixed(decimals, Decimal.ROUND_HALF_UP);
  const [int, frac] = fixed.split('.');
  const grouped = thousands ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return (value.isNegative() && !value.isZero() ? '-' : '') + grouped + (frac ? '.' + frac : '');
}

/** A percentage to two decimals: 88.19. */
export function percentString(percent: Decimal): string {
  return percent.toFixed(2, Decimal.ROUND_HALF_UP);
}

/** (current − previous) / previous × 100, or undefined when the previous year is zero (printed as —). */
export function changeRate(current: Decimal, previous: Decimal): Decimal | undefined {
  if (previous.isZero()) return undefined;
  return current.minus(previous).div(previous).times(100);
}

/** `(?<=CJK)digit` and `digit|%(?=CJK)` get one space, as texts typeset with Latin figures show. */
export function spaceFigures(text: string): string {
  return text.replace(/([\u4e00-\u9fff])(?=[\d-])/g, '$1 ').replace(/([\d%])(?=[\u4e00-\u9fff])/g, '$1 ');
}
