/**
 * Formatting plans (格式化表格): the published style for recognized tables, as data.
 *   formatPlanForTable(sheet, table, tables)   one table (the ribbon's 格式化表格, the pane's 格式 view)
 *   formatPlanForWorkbook(workbook, tables?)    every table (budget-check fix --format)
 *   tableAt(tables, sheet, cell)                the table a selection stands in
 */
import { recognizeWorkbook } from '../recognize';
import type { RecognizedTable } from '../types';
import { parseA1, type Workbook } from '../workbook';
import { concatFormatPlans, type FormatPlan } from './plan';
import { formatPlanForTable } from './tablePlan';

export * from './plan';
export { formatPlanForTable } from './tablePlan';
export { chartSpecs, type ChartSpec, type ChartKind } from './charts';

export function formatPlanForWorkbook(workbook: Workbook, tables: RecognizedTable[] = recognizeWorkbook(workbook)): FormatPlan {
  const plans = tables
    .map((t) => {
      const sheet = workbook.sheets.find((s) => s.name === t.sheet);
      return sheet ? formatPlanForTable(sheet, t, tables) : undefined;
    })
    .filter((p): p is FormatPlan => !!p);
  return concatFormatPlans(`格式化全部表格（format ${plans.length} tables）`, plans);
}

/** The table whose range holds a cell (A1, or the top-left of an A1 range). */
export function tableAt(tables: RecognizedTable[], sheet: string, cell: string): RecognizedTable | undefined {
  const pos = parseA1(cell.split(':')[0]);
  if (!pos) return undefined;
  return tables.find((t) => t.sheet === sheet && pos.row >= t.range.top && pos.row <= t.range.bottom && pos.col >= t.range.left && pos.col <= t.range.right);
}
