/**
 * The workbook model every part of the engine reads: Workbook -> Sheet -> grid of Cell.
 * Both the office layer (a snapshot of the open workbook) and the CLI (exceljs) build this,
 * so the engine never depends on where the figures came from.
 */

export type CellValue = string | number | boolean | null;

export interface Cell {
  /** The stored value: a number, a string (also text-formatted numbers), a boolean or null. */
  value: CellValue;
  /** The text the user sees (Excel's displayed text); for a number, formatted by its number format. */
  text: string;
  /** Excel number format code, e.g. `#,##0.00`, `@`, `General`. */
  numberFormat?: string;
  /** The formula, without its leading `=`, when the cell holds one. */
  formula?: string;
  /** Indent level from the cell's alignment (Excel's IndentLevel). */
  indent?: number;
  bold?: boolean;
  /** Font size in points, when not the default 11. */
  fontSize?: number;
  /** Horizontal alignment, when set (absent = Excel's General). */
  horizontalAlignment?: HorizontalAlignment;
  wrapText?: boolean;
  /** A thin continuous border on all four edges. */
  thinBorder?: boolean;
  /** Solid fill colour `#RRGGBB`, when the cell has one. */
  fill?: string;
}

export type HorizontalAlignment = 'left' | 'center' | 'right';

/** A rectangle of cells, 0-based and inclusive on every side. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  /** Row-major grid; a missing row or cell is an empty cell. */
  cells: (Cell | undefined)[][];
  merges: CellRange[];
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /** Column widths in Excel's character units, by 0-based column; absent = the default width. */
  columnWidths?: (number | undefined)[];
  /** Rows frozen at the top (freeze panes), when any. */
  frozenRows?: number;
}

/** Excel's default column width in character units (Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 8.43;

export interface Workbook {
  /** File name or document title, used only for messages and to find a year. */
  name?: string;
  sheets: Sheet[];
  /** What the reader could not take in whole (a used range cut short), in the user's words, zh-CN first. */
  notes?: string[];
}

/**
 * What cellAt gives for an empty cell. Read-only by contract (nothing in the engine writes to a
 * cell), but not frozen: a frozen object has a shape of its own, and every function that reads
 * cells would then see one shape more than the workbook's cells have (V8 slows down past four).
 */
export const EMPTY_CELL: Readonly<Cell> = { value: null, text: '' };

export function cellAt(sheet: Sheet, row: number, col: number): Cell {
  return sheet.cells[row]?.[col] ?? EMPTY_CELL;
}

export function rowCount(sheet: Sheet): number {
  return sheet.cells.length;
}

export function columnCount(sheet: Sheet): number {
  let max = 0;
  // Indexed, not for-of: called once per sheet, this loop runs unoptimized and an iterator allocates per row.
  const cells = sheet.cells;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (row && row.length > max) max = row.length;
  }
  return max;
}

/** 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeA1(range: CellRange): string {
  const start = a1(range.top, range.left);
  const end = a1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** Parse `B12` into 0-based row and column; undefined when it is not an A1 address. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** A sheet-qualified address as used in `related`: `表3!D8`, quoting names Excel would quote. */
export function qualifiedA1(sheetName: string, row: number, col: number): string {
  const needsQuote = /[^\p{L}\p{N}_]/u.test(sheetName);
  const name = needsQuote ? `'${sheetName.replace(/'/g, "''")}'` : sheetName;
  return `${name}!${a1(row, col)}`;
}

/** Convenience for tests and generated data: a sheet from rows of plain values. */
export function sheetFromRows(name: string, rows: CellValue[][], merges: CellRange[] = []): Sheet {
  return {
    name,
    merges,
    cells: rows.map((r) => r.map((v) => (v === null || v === '' ? undefined : { value: v, text: String(v) }))),
  };
}
