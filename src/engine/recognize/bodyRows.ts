/**
 * A table's body rows as the scan finds them: sheet row numbers in order, and the table's width so
 * far (one past its last column with visible text in a body row).
 *
 * Why not a pushed number[]: at 100,000 rows that array lived in large-object pages, new ones at
 * each growth and every check (2.7 MB a check, page faults included), and a second pass over every
 * body row worked out the width. Here the rows are an Int32Array that doubles, and the width is
 * read while the scan already stands on the row.
 */
import type { Cell } from '../workbook';
import { hasVisibleText } from '../text';
import { cellText } from './rows';

export class BodyRowList {
  private rows = new Int32Array(16);
  length = 0;
  width = 0;

  /** Add sheet row `row`, whose cells are `line`. */
  push(row: number, line: readonly (Cell | undefined)[] | undefined): void {
    if (this.length === this.rows.length) {
      const grown = new Int32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    this.rows[this.length++] = row;
    if (line) this.width = widthWith(line, this.width);
  }

  /** The rows found so far (a view: valid until the next push). */
  view(): Int32Array {
    return this.rows.subarray(0, this.length);
  }
}

/** `width`, or one past the row's last cell with visible text when that lies further right. */
export function widthWith(line: readonly (Cell | undefined)[], width: number): number {
  for (let c = line.length - 1; c >= width; c--) {
    const cell = line[c];
    if (cell && hasVisibleText(cellText(cell))) return c + 1;
  }
  return width;
}
