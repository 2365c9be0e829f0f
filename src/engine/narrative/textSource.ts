/**
 * Where narrative text comes from: a text file (one line per line; findings at `L12` of the pseudo-sheet
 * ''), or the text cells of the workbook that lie outside every recognized table (findings at the cell).
 */
import type { RecognizedTable } from '../types';
import { a1, type CellRange, type Workbook } from '../workbook';

export interface NarrativeLine {
  text: string;
  /** '' for a text given apart from the workbook. */
  sheet: string;
  /** A1 address of the cell, or `L<line number>` for a text file. */
  cell: string;
}

export function linesOfText(text: string): NarrativeLine[] {
  return text.replace(/\r\n?/g, '\n').split('\n').map((t, i) => ({ text: t, sheet: '', cell: `L${i + 1}` }));
}

const CJK = /[\u4e00-\u9fff]/;

/** Text cells (with Chinese in them) outside the tables' ranges, sheet by sheet, row by row. */
export function textCellsOutsideTables(workbook: Workbook, tables: RecognizedTable[]): NarrativeLine[] {
  const out: NarrativeLine[] = [];
  // The tables' ranges by sheet, gathered once (not a pass over every table for every sheet).
  const rangesBySheet = new Map<string, CellRange[]>();
  for (const t of tables) {
    const list = rangesBySheet.get(t.sheet);
    if (list) list.push(t.range);
    else rangesBySheet.set(t.sheet, [t.range]);
  }
  for (const sheet of workbook.sheets) {
    const ranges = rangesBySheet.get(sheet.name) ?? [];
    // Plain loops and functions, no closures: every cell of every sheet passes here.
    for (let r = 0; r < sheet.cells.length; r++) {
      const row = sheet.cells[r];
      if (!row || spansRow(ranges, r, row.length)) continue; // a table row from side to side: no narrative in it
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell || typeof cell.value !== 'string' || !CJK.test(cell.value) || inRanges(ranges, r, c)) continue;
        out.push({ text: cell.value, sheet: sheet.name, cell: a1(r, c) });
      }
    }
  }
  return out;
}

function inRanges(ranges: readonly CellRange[], r: number, c: number): boolean {
  for (let i = 0; i < ranges.length; i++) {
    const g = ranges[i];
    if (r >= g.top && r <= g.bottom && c >= g.left && c <= g.right) return true;
  }
  return false;
}

function spansRow(ranges: readonly CellRange[], r: number, width: number): boolean {
  for (let i = 0; i < ranges.length; i++) {
    const g = ranges[i];
    if (r >= g.top && r <= g.bottom && g.left <= 0 && g.right >= width - 1) return true;
  }
  return false;
}
