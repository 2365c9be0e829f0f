/**
 * A panel's figures, kept flat: each figure as its units and decimals in typed arrays, one set per
 * panel, and each row's `amounts` a read-only Map view over its slot. Kept as objects (several per
 * row), a large table's figures were most of what recognition left alive, and garbage collection
 * copied every one of them; typed arrays are not copied. A figure that is not plain units (a blank,
 * an invalid cell, a zero, more than 15 digits) is kept as the Amount it was read as.
 */
import { BLANK, figureOfUnits, isUnitsFigure, type Amount } from '../amount';
import type { UnitsSum } from '../tolerance';

/**
 * In `decimals`, which holds a figure's decimals + 1: no figure stored here, see `objects` (or blank
 * when absent there). Zero, so a new array needs no filling.
 */
const NOT_UNITS = 0;

export class PanelFigures {
  private readonly units: Float64Array;
  private readonly decimals: Uint8Array;
  private readonly objects = new Map<number, Amount>();

  constructor(
    readonly cols: readonly number[],
    rows: number,
  ) {
    this.units = new Float64Array(rows * cols.length);
    this.decimals = new Uint8Array(rows * cols.length);
  }

  /** Keep a figure given as its units and decimals (see readPlainFigure). */
  putUnits(slot: number, i: number, units: number, decimals: number): void {
    const at = slot * this.cols.length + i;
    this.units[at] = units;
    this.decimals[at] = decimals + 1;
  }

  /** sum.equals(the figure), without making it. */
  equalsSum(sum: UnitsSum, slot: number, i: number): boolean {
    const at = slot * this.cols.length + i;
    const d = this.decimals[at];
    return d !== NOT_UNITS ? sum.equalsUnits(this.units[at], d - 1) : sum.equals(this.objects.get(at));
  }

  /** The kind of the figure, without making it. */
  kindAt(slot: number, i: number): Amount['kind'] {
    const at = slot * this.cols.length + i;
    if (this.decimals[at] !== NOT_UNITS) return 'number';
    return this.objects.get(at)?.kind ?? 'blank';
  }

  /** Keep the figure of row slot `slot`, column index `i`. */
  put(slot: number, i: number, a: Amount): void {
    const at = slot * this.cols.length + i;
    if (isUnitsFigure(a)) {
      this.units[at] = a.units;
      this.decimals[at] = a.decimals + 1;
    } else if (a.kind !== 'blank') this.objects.set(at, a);
  }

  /** Add the figure to a running sum without making an Amount of it. */
  addTo(sum: UnitsSum, slot: number, i: number): void {
    const at = slot * this.cols.length + i;
    const d = this.decimals[at];
    if (d !== NOT_UNITS) sum.addUnits(this.units[at], d - 1);
    else sum.add(this.objects.get(at));
  }

  at(slot: number, i: number): Amount {
    const at = slot * this.cols.length + i;
    const d = this.decimals[at];
    if (d !== NOT_UNITS) return figureOfUnits(this.units[at], d - 1);
    return this.objects.get(at) ?? BLANK;
  }
}

/** One row's figures by column: a read-only Map over its panel's store. */
export class RowAmounts implements ReadonlyMap<number, Amount> {
  constructor(
    private readonly store: PanelFigures,
    protected readonly slot: number,
  ) {}

  get size(): number {
    return this.store.cols.length;
  }

  get(col: number): Amount | undefined {
    // A few columns: a scan beats hashing.
    const cols = this.store.cols;
    for (let i = 0; i < cols.length; i++) if (cols[i] === col) return this.store.at(this.slot, i);
    return undefined;
  }

  /** sum.add(this.get(col)), without making the Amount. */
  addTo(sum: UnitsSum, col: number): void {
    const cols = this.store.cols;
    for (let i = 0; i < cols.length; i++) if (cols[i] === col) return this.store.addTo(sum, this.slot, i);
  }

  /** sum.equals(this.get(col)), without making the Amount. */
  equalsSum(sum: UnitsSum, col: number): boolean {
    const cols = this.store.cols;
    for (let i = 0; i < cols.length; i++) if (cols[i] === col) return this.store.equalsSum(sum, this.slot, i);
    return false;
  }

  /** this.get(col)?.kind, without making the Amount. */
  kindOf(col: number): Amount['kind'] | undefined {
    const cols = this.store.cols;
    for (let i = 0; i < cols.length; i++) if (cols[i] === col) return this.store.kindAt(this.slot, i);
    return undefined;
  }

  has(col: number): boolean {
    return this.store.cols.includes(col);
  }

  forEach(callback: (amount: Amount, col: number, map: ReadonlyMap<number, Amount>) => void, thisArg?: unknown): void {
    const cols = this.store.cols;
    for (let i = 0; i < cols.length; i++) callback.call(thisArg, this.store.at(this.slot, i), cols[i], this);
  }

  *entries(): MapIterator<[number, Amount]> {
    const cols = this.store.cols;
    for (let i = 0; i < cols.length; i++) yield [cols[i], this.store.at(this.slot, i)];
  }

  keys(): MapIterator<number> {
    return this.store.cols.values();
  }

  *values(): MapIterator<Amount> {
    for (let i = 0; i < this.store.cols.length; i++) yield this.store.at(this.slot, i);
  }

  [Symbol.iterator](): MapIterator<[number, Amount]> {
    return this.entries();
  }

  /** Serialized as a Map is (`{}`), so a report's JSON does not change. */
  toJSON(): Record<string, never> {
    return {};
  }
}

/** Add a row's figure at `col` to a running sum: straight from the store when the row has one. */
export function addFigure(sum: UnitsSum, amounts: ReadonlyMap<number, Amount>, col: number): void {
  if (amounts instanceof RowAmounts) amounts.addTo(sum, col);
  else sum.add(amounts.get(col));
}

/** amounts.get(col)?.kind, without making the Amount when the row has a store. */
export function figureKind(amounts: ReadonlyMap<number, Amount>, col: number): Amount['kind'] | undefined {
  return amounts instanceof RowAmounts ? amounts.kindOf(col) : amounts.get(col)?.kind;
}

/** Whether a row's figure at `col` equals a running sum exactly: from the store when the row has one. */
export function sumEqualsFigure(sum: UnitsSum, amounts: ReadonlyMap<number, Amount>, col: number): boolean {
  return amounts instanceof RowAmounts ? amounts.equalsSum(sum, col) : sum.equals(amounts.get(col));
}
