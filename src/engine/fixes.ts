/**
 * Edit plans: what the engine proposes to write, as data. The office layer and the CLI apply them;
 * the engine never writes. Each edit keeps the value it expects to replace, so an apply can refuse
 * a cell the user changed meanwhile, and an undo can restore it.
 */
import Decimal from 'decimal.js';
import { decimalsOfFormat } from './amount';
import { cellAt, EMPTY_CELL, parseA1, type Cell, type CellValue, type Workbook } from './workbook';

export interface CellEdit {
  sheet: string;
  /** A1 address. */
  cell: string;
  before: CellValue;
  after: CellValue;
  /** Number format to set with the value (e.g. `#,##0.00`), when the plan sets one. */
  numberFormat?: string;
  /** Why, for the user (zh-CN first). */
  reason?: string;
}

export interface EditPlan {
  /** Short title shown on the button or in the CLI output. */
  title: string;
  edits: CellEdit[];
}

export function emptyPlan(title: string): EditPlan {
  return { title, edits: [] };
}

/** The text a written value shows: numbers by the decimals and separators of their format. */
function shownText(value: CellValue, numberFormat: string | undefined): string {
  if (value === null) return '';
  if (typeof value !== 'number') return String(value);
  const decimals = decimalsOfFormat(numberFormat);
  if (decimals === undefined) return String(value);
  const fixed = new Decimal(value).toFixed(decimals, Decimal.ROUND_HALF_UP);
  if (!numberFormat || !numberFormat.includes(',')) return fixed;
  const [int, frac] = fixed.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  return sign + int.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
}

function sameBefore(current: CellValue, before: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  if (blank(current) || blank(before)) return blank(current) && blank(before);
  return typeof current === typeof before ? current === before || String(current).trim() === String(before).trim() : false;
}

/**
 * Apply a plan to a copy of the workbook (the engine's counterpart of the office layer's apply:
 * for the CLI and tests). The original is left untouched. Throws when a cell no longer holds the
 * edit's `before`, naming the cells, as the office layer refuses a stale plan.
 */
export function applyEditPlan(workbook: Workbook, plan: EditPlan): Workbook {
  const sheets = workbook.sheets.map((s) => ({ ...s, cells: s.cells.map((row) => (row ? [...row] : row)) }));
  const stale: string[] = [];
  for (const e of plan.edits) {
    const sheet = sheets.find((s) => s.name === e.sheet);
    const at = parseA1(e.cell);
    if (!sheet || !at) {
      stale.push(`${e.sheet}!${e.cell}`);
      continue;
    }
    const old = cellAt(sheet, at.row, at.col);
    if (!sameBefore(old.value, e.before)) {
      stale.push(`${e.sheet}!${e.cell}`);
      continue;
    }
    const numberFormat = e.numberFormat ?? old.numberFormat;
    while (sheet.cells.length <= at.row) sheet.cells.push([]);
    const row = (sheet.cells[at.row] ??= []);
    const next: Cell = { ...(old === EMPTY_CELL ? {} : old), value: e.after, text: shownText(e.after, numberFormat), ...(numberFormat ? { numberFormat } : {}) };
    delete next.formula; // a written value replaces the formula, as in Excel
    row[at.col] = next;
  }
  if (stale.length) throw new Error(`编辑计划已过期（stale plan）：${stale.join(', ')}`);
  return { ...workbook, sheets };
}
