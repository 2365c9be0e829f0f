/**
 * Edit plans: what the engine proposes to write, as data. The office layer and the CLI apply them;
 * the engine never writes. Each edit keeps the value it expects to replace, so an apply can refuse
 * a cell the user changed meanwhile, and an undo can restore it.
 */
import type { CellValue } from './workbook';

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
