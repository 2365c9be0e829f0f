/**
 * Write an engine EditPlan into the workbook, keeping what each cell held so it can be restored.
 *   sync 1: load the formula (which is the value for a constant) and number format of every edited
 *           cell, and refuse the whole plan if a cell no longer holds the plan's `before`;
 *   sync 2: write number formats, then values (the format first, so text stays text).
 * Undo writes the saved number formats and formulas back in one sync: exact previous values
 * (formulas stay formulas, text stays text) and exact previous formats.
 */
import type { CellEdit, EditPlan } from '../engine/fixes';
import type { CellValue } from '../engine/workbook';
import { StaleEditError } from './gateway';

/** What one cell held before a plan wrote it. */
export interface PriorCell {
  sheet: string;
  cell: string;
  /** Range.formulas of the cell: the formula (`=SUM(…)`) or the constant itself. */
  formula: unknown;
  numberFormat: unknown;
}

export interface UndoEntry {
  title: string;
  cells: PriorCell[];
}

/** Does the cell still hold what the plan expects to replace? Blank is null or ''. */
export function sameValue(current: unknown, before: CellValue): boolean {
  const blank = (v: unknown) => v === null || v === undefined || v === '';
  if (blank(current) || blank(before)) return blank(current) && blank(before);
  if (typeof current === 'number' && typeof before === 'number') return current === before;
  return String(current).trim() === String(before).trim();
}

function rangeOf(context: Excel.RequestContext, edit: { sheet: string; cell: string }): Excel.Range {
  return context.workbook.worksheets.getItem(edit.sheet).getRange(edit.cell);
}

export async function applyPlanInContext(context: Excel.RequestContext, plan: EditPlan): Promise<UndoEntry> {
  const targets = plan.edits.map((edit) => {
    const range = rangeOf(context, edit);
    range.load('values,formulas,numberFormat');
    return { edit, range };
  });
  await context.sync();
  const stale = targets.filter(({ edit, range }) => !sameValue(range.values[0][0], edit.before)).map(({ edit }) => `${edit.sheet}!${edit.cell}`);
  if (stale.length) throw new StaleEditError(stale);
  const cells: PriorCell[] = targets.map(({ edit, range }) => ({
    sheet: edit.sheet,
    cell: edit.cell,
    formula: range.formulas[0][0],
    numberFormat: range.numberFormat[0][0],
  }));
  for (const { edit, range } of targets) writeEdit(range, edit);
  await context.sync();
  return { title: plan.title, cells };
}

function writeEdit(range: Excel.Range, edit: CellEdit): void {
  if (edit.numberFormat !== undefined) range.numberFormat = [[edit.numberFormat]];
  range.values = [[edit.after === null ? '' : edit.after]];
}

export async function undoInContext(context: Excel.RequestContext, entry: UndoEntry): Promise<void> {
  // Reverse order, so a cell edited twice in one plan ends with its first prior state.
  for (const prior of [...entry.cells].reverse()) {
    const range = rangeOf(context, prior);
    range.numberFormat = [[prior.numberFormat]];
    range.formulas = [[prior.formula]];
  }
  await context.sync();
}
