/**
 * Which one cell to fix. When a cell's row total and its column subtotal are both off by the same
 * amount, that cell explains both findings: users want the cell to fix, not only the totals that disagree.
 */
import Decimal from 'decimal.js';
import type { Finding } from '../types';

function diff(f: Finding): Decimal | undefined {
  if (f.expected === undefined || f.actual === undefined) return undefined;
  try {
    return new Decimal(f.actual).minus(f.expected);
  } catch {
    return undefined;
  }
}

/** Across a row: row sums, and 三公 sums (a 三公 total is checked across its items and down its units). */
const ACROSS = new Set(['row-sum-mismatch', 'sangong-mismatch']);
/** Down a column: subtotals, and 三公 sums. */
const DOWN = new Set(['subtotal-mismatch', 'sangong-mismatch']);

export function markLikelyCauses(findings: Finding[]): void {
  const rowSums = findings.filter((f) => ACROSS.has(f.rule));
  const subtotals = findings.filter((f) => DOWN.has(f.rule));
  // Column findings by their cell and by each cell they add up: each row finding meets only those it
  // shares a cell with, so a table with thousands of findings is not a product of two long lists.
  const key = (sheet: string, cell: string) => `${sheet}!${cell}`;
  const byCell = new Map<string, number[]>();
  const byRelated = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, k: string, i: number) => {
    const list = map.get(k);
    if (list) list.push(i);
    else map.set(k, [i]);
  };
  subtotals.forEach((s, i) => {
    push(byCell, key(s.sheet, s.cell), i);
    for (const c of s.related ?? []) push(byRelated, key(s.sheet, c), i);
  });
  for (const r of rowSums) {
    const dr = diff(r);
    if (!dr) continue;
    const near = new Set<number>([...(byCell.get(key(r.sheet, r.cell)) ?? []), ...(byRelated.get(key(r.sheet, r.cell)) ?? [])]);
    for (const c of r.related ?? []) for (const i of [...(byRelated.get(key(r.sheet, c)) ?? []), ...(byCell.get(key(r.sheet, c)) ?? [])]) near.add(i);
    for (const i of [...near].sort((a, b) => a - b)) {
      const s = subtotals[i];
      if (s === r) continue;
      const ds = diff(s);
      if (!ds) continue;
      // An addend of the row that is also a child of the subtotal, off by the same amount both ways.
      const shared = (r.related ?? []).find((c) => (s.related ?? []).includes(c));
      if (shared && dr.equals(ds)) {
        r.likelyCause = shared;
        s.likelyCause = shared;
        continue;
      }
      // One total cell disagrees with its row and its column alike: that cell is the wrong one.
      if (r.cell === s.cell && dr.equals(ds)) {
        r.likelyCause = r.cell;
        s.likelyCause = r.cell;
        continue;
      }
      // The row's total cell itself is the child that is off (then the signs are opposite).
      if ((s.related ?? []).includes(r.cell) && dr.equals(ds.negated())) {
        r.likelyCause = r.cell;
        s.likelyCause = r.cell;
        continue;
      }
      // The column's total cell is itself an addend of the row, off the other way (a 类's 基本支出
      // typed wrong: its row's 合计 and its own 款 sum both disagree).
      if ((r.related ?? []).includes(s.cell) && dr.equals(ds.negated())) {
        r.likelyCause = s.cell;
        s.likelyCause = s.cell;
      }
    }
  }
}
