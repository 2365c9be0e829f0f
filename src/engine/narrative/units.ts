/** Money units and their conversion: 1 万元 = 10,000 元. */
import Decimal from 'decimal.js';
import type { MoneyUnit } from '../types';

const FACTOR: Record<MoneyUnit, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 亿元: 1e8 };

/** The value in another unit, and the decimals that keep its precision (4,866 万元 → 48,660,000 元, −4). */
export function convert(value: Decimal, decimals: number, from: MoneyUnit, to: MoneyUnit): { value: Decimal; decimals: number } {
  if (from === to) return { value, decimals };
  const ratio = new Decimal(FACTOR[from]).div(FACTOR[to]);
  return { value: value.times(ratio), decimals: decimals + Math.round(Math.log10(FACTOR[to] / FACTOR[from])) };
}
