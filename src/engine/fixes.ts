/**
 * Edit plans: what the engine proposes to write, as data. The office layer and the CLI apply them;
 * the engine never writes. Each edit keeps the value it expects to replace, so an apply can refuse
 * a cell the user changed meanwhile, and an undo can restore it.
 */
import { decimalsOfFormat } from './amount';
import type { Cell, CellValue, Sheet, Workbook } from './workbook';
import { parseA1 } from './workbook';

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
    super(`单元格已被修改，未写入：${cells.join('、')}（cells changed since the check: ${cells.join(', ')}）`);
    this.name = 'EditConflictError';
  }
}

/** The text a cell shows for a value; callers with a full number formatter (the CLI's) pass theirs. */
export type ShowValue = (value: CellValue, numberFormat: string | undefined) => string;

/** Decimals and thousands separators as the number format asks (`#,##0.00`); enough for amounts. */
export const showValue: ShowValue = (value, numberFormat) => {
  if (typeof value !== 'number') return value === null ? '' : String(value);
  const decimals = decimalsOfFormat(numberFormat);
  if (decimals === undefined) return String(value);
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = /#,##|0,0/.test(numberFormat ?? '') ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return (value < 0 ? '-' : '') + grouped + (frac ? '.' + frac : '');
};

function sameCellValue(current: CellValue | undefined, expected: CellValue): boolean {
  const blank = (v: CellValue | undefined) => v === null || v === undefined || v === '';
  if (blank(current) || blank(expected)) return blank(current) && blank(expected);
  if (typeof current === 'number' && typeof expected === 'number') return current === expected;
  return String(current).trim() === String(expected).trim();
}

/**
 * Apply a plan to a copy of the workbook (the input is not changed): what the office layer does in
 * Excel, for the CLI's fixed copy and for tests. Idempotent: an edit whose cell already holds its
 * `after` is skipped, so applying a plan twice equals applying it once. A cell holding neither the
 * plan's `before` nor its `after` was changed meanwhile: the whole plan is refused (EditConflictError).
 */
export function applyEditPlan(workbook: Workbook, plan: EditPlan, show: ShowValue = showValue): Workbook {
  const sheets = new Map(workbook.sheets.map((s) => [s.name, s]));
  const conflicts: string[] = [];
  const todo: { edit: CellEdit; sheet: Sheet; row: number; col: number }[] = [];
  for (const edit of plan.edits) {
    const sheet = sheets.get(edit.sheet);
    const at = parseA1(edit.cell);
    if (!sheet || !at) {
      conflicts.push(`${edit.sheet}!${edit.cell}`);
      continue;
    }
    const current = sheet.cells[at.row]?.[at.col]?.value;
    if (sameCellValue(current, edit.after)) continue;
    if (!sameCellValue(current, edit.before)) conflicts.push(`${edit.sheet}!${edit.cell}`);
    else todo.push({ edit, sheet, ...at });
  }
  if (conflicts.length) throw new EditConflictError(conflicts);
  if (!todo.length) return workbook;
  // Copy only the sheets and rows that change; every other row is shared with the input.
  const copies = new Map<string, Sheet>();
  for (const { edit, sheet, row, col } of todo) {
    let copy = copies.get(sheet.name);
    if (!copy) copies.set(sheet.name, (copy = { ...sheet, cells: sheet.cells.slice() }));
    while (copy.cells.length <= row) copy.cells.push([]);
    if (copy.cells[row] === sheet.cells[row]) copy.cells[row] = (sheet.cells[row] ?? []).slice();
    const old = copy.cells[row][col];
    const numberFormat = edit.numberFormat ?? old?.numberFormat;
    if (edit.after === null && !numberFormat) {
      copy.cells[row][col] = undefined;
      continue;
    }
    const cell: Cell = { ...(old ?? {}), value: edit.after, text: show(edit.after, numberFormat) };
    delete cell.formula;
    if (numberFormat !== undefined) cell.numberFormat = numberFormat;
    copy.cells[row][col] = cell;
  }
  return { ...workbook, sheets: workbook.sheets.map((s) => copies.get(s.name) ?? s) };
}
