/**
 * 格式化表格 at the selection: the recognized table the active cell stands in gets the engine's
 * format plan, applied through the gateway as one undoable step, and is then selected.
 * Kept apart from commands.ts (which needs Office at load time) so tests can run it on any gateway.
 */
import { formatPlanForTable, isEmptyFormatPlan, tableAt } from '../engine/format';
import { recognizeWorkbook } from '../engine/recognize';
import { rangeA1 } from '../engine/workbook';
import type { AppliedPlan, WorkbookGateway } from '../office/gateway';

export interface FormatTableResult {
  /** The table's title and range, or undefined when the selection is in no recognized table. */
  table?: { sheet: string; title: string; range: string };
  /** The applied plan, or undefined when the table was already in the style. */
  applied?: AppliedPlan;
}

export async function formatTableAtSelection(gateway: WorkbookGateway): Promise<FormatTableResult> {
  const at = await gateway.activeCell();
  if (!at) return {};
  const workbook = await gateway.snapshot([at.sheet]);
  const tables = recognizeWorkbook(workbook);
  const table = tableAt(tables, at.sheet, at.cell);
  const sheet = workbook.sheets.find((s) => s.name === at.sheet);
  if (!table || !sheet) return {};
  const plan = formatPlanForTable(sheet, table, tables);
  const applied = isEmptyFormatPlan(plan) ? undefined : await gateway.applyFormatPlan(plan);
  await gateway.select(table.sheet, rangeA1(table.range));
  return { table: { sheet: table.sheet, title: table.title, range: rangeA1(table.range) }, applied };
}
