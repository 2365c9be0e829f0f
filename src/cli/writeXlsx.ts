/** The engine's Workbook -> .xlsx with exceljs (samples, fixtures, and the fixed copy the CLI writes). */
import ExcelJS from 'exceljs';
import type { Cell, Workbook } from '../engine/workbook';
import type { CellFormat } from '../engine/format/plan';
import { setFormat } from './applyPlans';

/** The look a model cell carries beyond bold and indent (a snapshot of a formatted workbook). */
function styleOf(cell: Cell): CellFormat {
  const f: CellFormat = {};
  if (cell.fontSize) f.fontSize = cell.fontSize;
  if (cell.horizontalAlignment) f.horizontalAlignment = cell.horizontalAlignment;
  if (cell.wrapText) f.wrapText = true;
  if (cell.thinBorder) f.thinBorder = true;
  if (cell.fill) f.fill = cell.fill;
  return f;
}

export function workbookToExcel(workbook: Workbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of workbook.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    // Merge first: a value written to a merged area's other cell would land in its master.
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    sheet.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        const covered = target.isMerged && target.master !== target;
        if (covered) target.style = {};
        else target.value = cell.formula ? { formula: cell.formula, result: cell.value as number } : cell.value;
        if (cell.numberFormat && cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
        if (cell.indent) target.alignment = { indent: cell.indent };
        if (cell.bold) target.font = { bold: true };
        const style = styleOf(cell);
        if (Object.keys(style).length) setFormat(target, style);
      });
    });
    sheet.columnWidths?.forEach((w, c) => {
      if (w !== undefined) ws.getColumn(c + 1).width = w;
    });
    if (sheet.frozenRows) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: sheet.frozenRows }];
  }
  return wb;
}

export async function workbookToBuffer(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbookToExcel(workbook).xlsx.writeBuffer());
}
