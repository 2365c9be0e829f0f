/**
 * Edit plans: what the engine proposes to write, as data. The office layer and the CLI apply them;
 * the engine never writes. Each edit keeps the value it expects to replace, so an apply can refuse
 * a cell the user changed meanwhile, and an undo can restore it.
 */
import Decimal from 'decimal.js';
import { decimalsOfFormat } from './amount';
import { parseA1, type Cell, type CellValue, type Sheet, type Workbook } from './workbook';

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

/** A plan that no longer fits the workbook: these cells hold neither the plan's `before` nor its `after`. */
export class EditConflictError extends Error {
  constructor(public readonly cells: string[]) {
    super(`编辑计划已过期（stale plan）：${cells.join(', ')}（单元格已被修改 cells changed since the check）`);
    this.name = 'EditConflictError';
  }
}

/** The text a written value shows: numbers by the decimals and separators of their format. */
export function shownText(value: CellValue, numberFormat: string | undefined): string {
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

function sameValue(current: CellValue | undefined, expected: CellValue): boolean {
  const blank = (v: CellValue | undefined) => v === null || v === undefined || v === '';
  if (blank(current) || blank(expected)) return blank(current) && blank(expected);
  return typeof current === typeof expected ? current === expected || String(current).trim() === String(expected).trim() : false;
}

/**
 * Apply a plan to a copy of the workbook (the engine's counterpart of the office layer's apply: for
 * the CLI and tests). The original is left untouched: the sheets the plan writes are copied row by
 * row, the others are shared. Idempotent: an edit whose cell already holds its `after` is skipped,
 * so applying a plan twice equals applying it once. A cell holding neither the edit's `before` nor
 * its `after` was changed meanwhile: the whole plan is refused (EditConflictError, naming the cells),
 * as the office layer refuses a stale plan.
 */
export function applyEditPlan(workbook: Workbook, plan: EditPlan): Workbook {
  const byName = new Map(workbook.sheets.map((s) => [s.name, s]));
  const stale: string[] = [];
  const todo: { edit: CellEdit; sheet: Sheet; row: number; col: number }[] = [];
  for (const edit of plan.edits) {
    const sheet = byName.get(edit.sheet);
    const at = parseA1(edit.cell);
    if (!sheet || !at) {
      stale.push(`${edit.sheet}!${edit.cell}`);
      continue;
    }
    const current = sheet.cells[at.row]?.[at.col]?.value;
    if (sameValue(current, edit.after) && !(edit.after !== null && sheet.cells[at.row]?.[at.col]?.formula)) continue;
    if (!sameValue(current, edit.before)) stale.push(`${edit.sheet}!${edit.cell}`);
    else todo.push({ edit, sheet, ...at });
  }
  if (stale.length) throw new EditConflictError(stale);
  if (!todo.length) return workbook;
  const copies = new Map<string, Sheet>();
  for (const { edit, sheet, row, col } of todo) {
    let copy = copies.get(sheet.name);
    if (!copy) copies.set(sheet.name, (copy = { ...sheet, cells: sheet.cells.map((r) => (r ? [...r] : r)) }));
    while (copy.cells.length <= row) copy.cells.push([]);
    const line = (copy.cells[row] ??= []);
    const old = line[col];
    const numberFormat = edit.numberFormat ?? old?.numberFormat;
    const next: Cell = { ...(old ?? {}), value: edit.after, text: shownText(edit.after, numberFormat), ...(numberFormat ? { numberFormat } : {}) };
    delete next.formula; // a written value replaces the formula, as in Excel
    line[col] = next;
  }
  return { ...workbook, sheets: workbook.sheets.map((s) => copies.get(s.name) ?? s) };
}
