/** The engine's Workbook -> .xlsx with exceljs (samples, fixtures, and the fixed copy the CLI writes). */
import ExcelJS from 'exceljs';
import type { Workbook } from '../engine/workbook';

export function workbookToExcel(workbook: Workbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of workbook.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        target.value = cell.formula ? { formula: cell.formula, result: cell.value as number } : cell.value;
        if (cell.numberFormat && cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
        if (cell.indent) target.alignment = { indent: cell.indent };
        if (cell.bold) target.font = { bold: true };
      });
    });
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return wb;
}

export async function workbookToBuffer(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbookToExcel(workbook).xlsx.writeBuffer());
}
