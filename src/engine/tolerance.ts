/**
 * 尾数误差: published figures are rounded, so a total may differ from the sum of its rounded parts.
 * A figure shown with d decimals stands for the interval ±½·10^(−d); a total and its parts agree
 * within rounding when their intervals overlap (XBRL Calculations 1.1). Figures in 元 are exact.
 */
import Decimal from 'decimal.js';
import type { Amount } from './amount';

export interface Figure {
  value: Decimal;
  decimals: number;
  /** The figure in units of its last shown decimal, when a safe integer (see Amount): lets equal sums skip Decimal. */
  units?: number;
}

export type Agreement = 'equal' | 'rounding-tail' | 'mismatch';

const ZERO = new Decimal(0);
/** halfUnit by decimals, built once: every subtotal of a large table asks for the same few. */
const HALF_UNITS: Decimal[] = [];

/** Half a unit in the last shown place: the rounding interval's half-width. */
export function halfUnit(decimals: number): Decimal {
  if (decimals >= 0 && decimals < 32 && Number.isInteger(decimals)) return (HALF_UNITS[decimals] ??= new Decimal(5).times(new Decimal(10).pow(-(decimals + 1))));
  return new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)));
}

/** How far two sides may differ from rounding alone: the sum of the figures' half-widths. */
export function roundingTolerance(figures: Figure[]): Decimal {
  return figures.reduce((acc, f) => acc.plus(halfUnit(f.decimals)), ZERO);
}

const POWERS_OF_TEN = [1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

/**
 * The common case, decided in whole numbers: every figure carries `units` and the total equals the
 * sum exactly. Integers below 2^53 add exactly, and every step is checked to stay below it.
 * False whenever that cannot be shown: the Decimal path decides.
 */
function equalInUnits(total: Figure, parts: Figure[]): boolean {
  if (total.units === undefined) return false;
  const sum = new UnitsSum();
  for (const p of parts) {
    if (p.units === undefined) return false;
    sum.addUnits(p.units, p.decimals);
  }
  return sum.equalsUnits(total.units, total.decimals);
}

/**
 * A running sum of printed figures in whole units of the finest decimal seen, for the common case
 * of a total that equals its parts: decided without a list or a Decimal. One instance is reused
 * (reset) for every total of a table. Anything it cannot add exactly (an invalid part, a figure
 * without `units`, a sum past 2^53) makes it unsure, and the caller compares the long way.
 */
export class UnitsSum {
  private sum = 0;
  private decimals = 0;
  private sure = true;
  private figures = 0;

  reset(): this {
    this.sum = 0;
    this.decimals = 0;
    this.sure = true;
    this.figures = 0;
    return this;
  }

  /** Only blanks were added (or nothing): there is no sum to compare, and no figure made one. */
  holdsOnlyBlanks(): boolean {
    return this.sure && this.figures === 0;
  }

  add(a: Amount | undefined): void {
    if (!this.sure || a === undefined || a.kind === 'blank') return;
    if (a.kind !== 'number' || a.units === undefined) this.sure = false;
    else this.addUnits(a.units, a.decimals);
  }

  /** Add a figure given as its units and decimals. */
  addUnits(units: number, decimals: number): void {
    this.figures++;
    if (!this.sure) return;
    if (!this.scaleTo(decimals)) {
      this.sure = false;
      return;
    }
    this.sum += units * POWERS_OF_TEN[this.decimals - decimals];
    if (!Number.isSafeInteger(this.sum)) this.sure = false;
  }

  /** Sure that `own`, a printed figure, equals the sum exactly. */
  equals(own: Amount | undefined): boolean {
    if (own === undefined || own.kind !== 'number' || own.units === undefined) return false;
    return this.equalsUnits(own.units, own.decimals);
  }

  /** equals() for a figure given as its units and decimals. */
  equalsUnits(units: number, decimals: number): boolean {
    if (!this.sure || !this.scaleTo(decimals)) return false;
    const total = units * POWERS_OF_TEN[this.decimals - decimals];
    return Number.isSafeInteger(total) && total === this.sum;
  }

  private scaleTo(decimals: number): boolean {
    if (decimals <= this.decimals) return true;
    if (decimals >= POWERS_OF_TEN.length) return false;
    this.sum *= POWERS_OF_TEN[decimals - this.decimals];
    this.decimals = decimals;
    return Number.isSafeInteger(this.sum);
  }
}

/** An equal comparison: callers rarely look further, so its Decimals are built only when asked for. */
class EqualComparison {
  readonly agreement: Agreement = 'equal';
  readonly difference = ZERO;
  constructor(
    private readonly total: Figure,
    private readonly parts: Figure[],
    private readonly exact: boolean,
  ) {}

  /** Equal to the total: the same value. */
  get sum(): Decimal {
    return this.total.value;
  }

  get tolerance(): Decimal {
    return this.exact ? ZERO : roundingTolerance([this.total, ...this.parts]);
  }
}

/**
 * Compare a printed total with the sum of printed parts.
 * `exact` (amounts in 元, or the user says nothing was rounded) allows no tail at all.
 */
export function compareTotal(total: Figure, parts: Figure[], exact: boolean): { agreement: Agreement; sum: Decimal; difference: Decimal; tolerance: Decimal } {
  if (equalInUnits(total, parts)) return new EqualComparison(total, parts, exact);
  const sum = parts.length === 1 ? parts[0].value : parts.reduce((acc, p) => acc.plus(p.value), ZERO);
  const difference = total.value.minus(sum);
  const tolerance = exact ? ZERO : roundingTolerance([total, ...parts]);
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
