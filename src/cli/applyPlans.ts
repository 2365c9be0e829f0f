/**
 * Apply the engine's plans to an exceljs workbook (budget-check fix): value edits, then a format
 * plan's merges, cell formats, column widths and frozen header. Everything else in the file
 * (other styles, formulas, print settings) is left as it was loaded.
 * exceljs shares one style object between cells loaded with the same style: every cell written
 * here gets its own copy first, so a change never leaks into other cells.
 */
import type ExcelJS from 'exceljs';
import type { EditPlan } from '../engine/fixes';
import type { CellFormat, FormatPlan } from '../engine/format/plan';
import { parseA1 } from '../engine/workbook';

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`没有工作表 ${name}（no sheet named ${name}）`);
  return ws;
}

function ownStyle(cell: ExcelJS.Cell): void {
  cell.style = { ...cell.style };
}

export function applyEditPlanToExcel(wb: ExcelJS.Workbook, plan: EditPlan): void {
  for (const edit of plan.edits) {
    const cell = sheetOf(wb, edit.sheet).getCell(edit.cell);
    ownStyle(cell);
    if (edit.numberFormat !== undefined) cell.numFmt = edit.numberFormat;
    cell.value = edit.after;
  }
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const EXCELJS_DEFAULT_WIDTH = 9;

export function setFormat(cell: ExcelJS.Cell, f: CellFormat): void {
  ownStyle(cell);
  if (f.numberFormat !== undefined) cell.numFmt = f.numberFormat;
  if (f.bold !== undefined || f.fontSize !== undefined) {
    const font: Partial<ExcelJS.Font> = { ...cell.font };
    if (f.bold !== undefined) font.bold = f.bold;
    if (f.fontSize !== undefined) font.size = f.fontSize;
    cell.font = font;
  }
  if (f.horizontalAlignment !== undefined || f.wrapText !== undefined || f.indentLevel !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
    if (f.horizontalAlignment !== undefined) alignment.horizontal = f.horizontalAlignment;
    if (f.wrapText !== undefined) alignment.wrapText = f.wrapText;
    if (f.indentLevel !== undefined) alignment.indent = f.indentLevel;
    cell.alignment = alignment;
  }
  if (f.thinBorder !== undefined) cell.border = f.thinBorder ? { top: THIN, bottom: THIN, left: THIN, right: THIN } : {};
  if (f.fill !== undefined) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${f.fill.slice(1).toUpperCase()}` } };
}

function eachCell(ws: ExcelJS.Worksheet, range: string, visit: (cell: ExcelJS.Cell) => void): void {
  const [a, b = a] = range.split(':');
  const s = parseA1(a);
  const e = parseA1(b);
  if (!s || !e) throw new Error(`不是区域地址：${range}`);
  for (let r = s.row; r <= e.row; r++) for (let c = s.col; c <= e.col; c++) visit(ws.getCell(r + 1, c + 1));
}

export function applyFormatPlanToExcel(wb: ExcelJS.Workbook, plan: FormatPlan): void {
  applyEditPlanToExcel(wb, { title: plan.title, edits: plan.edits });
  for (const m of plan.merges) sheetOf(wb, m.sheet).mergeCells(m.range);
  for (const op of plan.formats) eachCell(sheetOf(wb, op.sheet), op.range, (cell) => setFormat(cell, op.format));
  // exceljs does not write a width equal to its own default (9): write 9.01 for that one.
  for (const w of plan.columnWidths) sheetOf(wb, w.sheet).getColumn(w.column).width = w.width === EXCELJS_DEFAULT_WIDTH ? w.width + 0.01 : w.width;
  for (const f of plan.freeze) {
    const ws = sheetOf(wb, f.sheet);
    const view = ws.views?.[0] ?? {};
    ws.views = [{ ...view, state: 'frozen', xSplit: 0, ySplit: f.rows, topLeftCell: `A${f.rows + 1}` } as ExcelJS.WorksheetViewFrozen];
  }
}
