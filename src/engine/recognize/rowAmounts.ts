/**
 * A body row's figures by column: a read-only Map over the panel's figure columns (one list shared
 * by every row of the panel) and the row's own amounts. A Map per row was most of what a large
 * table kept per row, and garbage collection moved every one of them.
 */
import type { Amount } from '../amount';

export class RowAmounts implements ReadonlyMap<number, Amount> {
  constructor(
    private readonly cols: readonly number[],
    private readonly amounts: readonly Amount[],
  ) {}

  get size(): number {
    return this.cols.length;
  }

  get(col: number): Amount | undefined {
    // A few columns: a scan beats hashing.
    for (let i = 0; i < this.cols.length; i++) if (this.cols[i] === col) return this.amounts[i];
    return undefined;
  }

  has(col: number): boolean {
    return this.cols.includes(col);
  }

  forEach(callback: (amount: Amount, col: number, map: ReadonlyMap<number, Amount>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.cols.length; i++) callback.call(thisArg, this.amounts[i], this.cols[i], this);
  }

  *entries(): MapIterator<[number, Amount]> {
    for (let i = 0; i < this.cols.length; i++) yield [this.cols[i], this.amounts[i]];
  }

  keys(): MapIterator<number> {
    return this.cols.values();
  }

  values(): MapIterator<Amount> {
    return this.amounts.values();
  }

  [Symbol.iterator](): MapIterator<[number, Amount]> {
    return this.entries();
  }

  /** Serialized as a Map is (`{}`), so a report's JSON does not change. */
  toJSON(): Record<string, never> {
    return {};
  }
}
