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

export function markLikelyCauses(findings: Finding[]): void {
  const rowSums = findings.filter((f) => f.rule === 'row-sum-mismatch');
  const subtotals = findings.filter((f) => f.rule === 'subtotal-mismatch');
  for (const r of rowSums) {
    const dr = diff(r);
    if (!dr) continue;
    for (const s of subtotals) {
      if (s.sheet !== r.sheet) continue;
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
      }
    }
  }
}
