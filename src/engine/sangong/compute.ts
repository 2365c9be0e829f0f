/**
 * The arithmetic of a 三公 table: total = 出国 + 接待 + 车小计, 车小计 = 购置 + 运行, and the change
 * and rate between the previous and the current year. Shared by the rules and the fill plan, so
 * that what the check accepts is exactly what the plan leaves alone.
 */
import Decimal from 'decimal.js';
import { compareTotal, roundingTolerance, type Agreement, type Figure } from '../tolerance';
import type { SangongItem } from './items';
import type { SangongCell, SangongFigures, SangongTable, SangongUnit, SangongYear } from './read';

/** The parts an item is the sum of, in this table's layout; none for a leaf item. */
export function partsOf(item: SangongItem, figures: SangongFigures): SangongItem[] {
  if (item === 'vehicles') return ['purchase', 'operation'].filter((p) => figures[p as SangongItem]) as SangongItem[];
  if (item === 'total') {
    const car: SangongItem[] = figures.vehicles ? ['vehicles'] : (['purchase', 'operation'] as SangongItem[]).filter((p) => figures[p]);
    return (['abroad', 'reception', ...car] as SangongItem[]).filter((p) => figures[p]);
  }
  return [];
}

function figureOf(cell: SangongCell | undefined): Figure | undefined {
  return cell && cell.value !== null ? { value: cell.value, decimals: cell.decimals } : undefined;
}

export interface IdentityCheck {
  item: SangongItem;
  cell: SangongCell;
  parts: SangongCell[];
  agreement: Agreement;
  /** The sum of the parts, and the decimals to show it with. */
  sum: Decimal;
  decimals: number;
  /** The printed figure (0 when blank). */
  printed: Decimal;
  tolerance: Decimal;
}

/**
 * Check one sum identity (total or 车小计) of one year's figures. Undefined when there is nothing
 * to compare: no parts in the layout, an unreadable cell, or every cell blank.
 */
export function checkIdentity(item: 'total' | 'vehicles', figures: SangongFigures, exact: boolean): IdentityCheck | undefined {
  const cell = figures[item];
  const partItems = partsOf(item, figures);
  if (!cell || !partItems.length) return undefined;
  const parts = partItems.map((p) => figures[p]!);
  if (cell.invalid || parts.some((p) => p.invalid)) return undefined;
  const partFigures = parts.map(figureOf).filter((f): f is Figure => !!f);
  if (cell.value === null && !partFigures.length) return undefined;
  const decimals = Math.max(cell.decimals, ...partFigures.map((f) => f.decimals));
  const total: Figure = figureOf(cell) ?? { value: new Decimal(0), decimals };
  const r = compareTotal(total, partFigures, exact);
  return { item, cell, parts: parts.filter((p) => p.value !== null), agreement: r.agreement, sum: r.sum, decimals, printed: total.value, tolerance: r.tolerance };
}

/**
 * A year's figure for an item as the arithmetic says it should be: a total (or 车小计) that
 * disagrees with its parts beyond rounding is replaced by the sum of its (consistent) parts.
 */
export function consistentFigure(item: SangongItem, figures: SangongFigures, exact: boolean): Figure | undefined {
  const cell = figures[item];
  if (!cell || cell.invalid) return undefined;
  if (item === 'total' || item === 'vehicles') {
    const c = checkIdentity(item, figures, exact);
    if (c && c.agreement === 'mismatch') {
      const parts = partsOf(item, figures).map((p) => consistentFigure(p, figures, exact)).filter((f): f is Figure => !!f);
      return { value: parts.reduce((acc, f) => acc.plus(f.value), new Decimal(0)), decimals: c.decimals };
    }
  }
  return figureOf(cell);
}

/** The previous and the current year of a unit (the two latest years it shows). */
export function yearPair(unit: SangongUnit): { previous: SangongYear; current: SangongYear } | undefined {
  const years = unit.years.filter((y) => y.year !== null);
  if (years.length < 2) return undefined;
  return { previous: years[years.length - 2], current: years[years.length - 1] };
}

export interface ItemChange {
  item: SangongItem;
  previous?: SangongCell;
  current?: SangongCell;
  /** 本年 − 上年 from the printed figures (blank as 0); null when both years are blank. */
  printed: Decimal | null;
  /** The same from consistent figures (a wrong total replaced by the sum of its parts). */
  change: Decimal | null;
  /** Decimals to show the change with: the more precise of the two years. */
  decimals: number;
  /** (本年 − 上年) / 上年 in percent, rounded half-up to 2 decimals; null (shown `—`) when 上年 is 0 or blank. */
  rate: Decimal | null;
  /** The previous year's figure the rate divides by (consistent, blank as 0). */
  base: Decimal;
  /** True when `change` differs from `printed` because a total disagrees with its parts. */
  corrected: boolean;
}

const ZERO = new Decimal(0);

/** The change and rate of one item of one unit between its two latest years. */
export function itemChange(unit: SangongUnit, item: SangongItem, exact: boolean): ItemChange | undefined {
  const pair = yearPair(unit);
  if (!pair) return undefined;
  const previous = pair.previous.figures[item];
  const current = pair.current.figures[item];
  if (!previous && !current) return undefined;
  if (previous?.invalid || current?.invalid) return undefined;
  const decimals = Math.max(previous?.decimals ?? 0, current?.decimals ?? 0);
  const bothBlank = (previous?.value ?? null) === null && (current?.value ?? null) === null;
  const printed = bothBlank ? null : (current?.value ?? ZERO).minus(previous?.value ?? ZERO);
  const p = consistentFigure(item, pair.previous.figures, exact);
  const c = consistentFigure(item, pair.current.figures, exact);
  const change = bothBlank && !p && !c ? null : (c?.value ?? ZERO).minus(p?.value ?? ZERO);
  const base = p?.value ?? ZERO;
  const rate = change === null || base.isZero() ? null : change.div(base).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const corrected = change !== null && printed !== null && !change.equals(printed);
  return { item, previous, current, printed, change, decimals: Math.max(decimals, p?.decimals ?? 0, c?.decimals ?? 0), rate, base, corrected };
}

/** The rate rounded half-up to the given decimals (a printed rate may show fewer than 2); null for `—`. */
export function rateTo(ch: ItemChange, decimals: number): Decimal | null {
  if (ch.change === null || ch.base.isZero()) return null;
  return ch.change.div(ch.base).times(100).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** A rate as the plan writes it: `-38.89%`, `0.00%`, or `—` where 上年 is 0 or blank. */
export function rateText(ch: ItemChange): string {
  return ch.rate === null ? '—' : `${ch.rate.toFixed(2)}%`;
}

/**
 * How a printed 增减 figure stands against the change: it agrees when it matches the printed
 * years' difference or the consistent one (seed 003: 减少1.10 is right although 合计 2021 is not),
 * exactly or within rounding (the half-units of the 增减 figure and of both years).
 */
export function judgeChange(printedChange: SangongCell, ch: ItemChange, exact: boolean): Agreement {
  if (printedChange.value === null) return ch.change === null || ch.change.isZero() ? 'equal' : 'mismatch';
  const own: Figure = { value: printedChange.value, decimals: printedChange.decimals };
  const years = [ch.current, ch.previous].map(figureOf).filter((f): f is Figure => !!f);
  const tolerance = exact ? ZERO : roundingTolerance([own, ...years]);
  let best: Agreement = 'mismatch';
  for (const expected of [ch.printed ?? ZERO, ch.change ?? ZERO]) {
    const gap = own.value.minus(expected).abs();
    if (gap.isZero()) return 'equal';
    if (gap.lte(tolerance)) best = 'rounding-tail';
  }
  return best;
}

/** A table's cells are in 元 and exact unless the user says they were rounded. */
export function sangongExact(sangong: SangongTable, roundedYuan?: boolean): boolean {
  return sangong.unit === '元' && !roundedYuan;
}
