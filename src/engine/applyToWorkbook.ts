/**
 * Apply a format plan to the engine's Workbook model, in place: what the in-memory gateway (the
 * harness) shows, and what the CLI re-checks after formatting. Its value edits go through
 * fixes.ts's applyEditPlan (refused when stale). Excel and exceljs apply the same plans in
 * src/office and src/cli.
 */
import { applyEditPlan } from './fixes';
import type { CellFormat, FormatPlan } from './format/plan';
import { DEFAULT_FONT_SIZE } from './format/style';
import { formatNumber } from './formatNumber';
import { parseA1, type Cell, type CellRange, type Sheet, type Workbook } from './workbook';

function sheetOf(workbook: Workbook, name: string): Sheet {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`没有工作表 ${name}（no sheet named ${name}）`);
  return sheet;
}

export function parseRangeA1(range: string): CellRange {
  const [a, b = a] = range.split(':');
  const s = parseA1(a);
  const e = parseA1(b);
  if (!s || !e) throw new Error(`不是区域地址：${range}`);
  return { top: Math.min(s.row, e.row), left: Math.min(s.col, e.col), bottom: Math.max(s.row, e.row), right: Math.max(s.col, e.col) };
}

/** The cell at a position, created blank when absent. */
function ensure(sheet: Sheet, row: number, col: number): Cell {
  while (sheet.cells.length <= row) sheet.cells.push([]);
  const existing = sheet.cells[row][col];
  if (existing) return existing;
  const cell: Cell = { value: null, text: '' };
  sheet.cells[row][col] = cell;
  return cell;
}

function refreshText(cell: Cell): void {
  cell.text = typeof cell.value === 'number' ? formatNumber(cell.value, cell.numberFormat) : cell.value === null ? '' : String(cell.value);
}

export function setCellFormat(cell: Cell, f: CellFormat): void {
  if (f.numberFormat !== undefined) {
    cell.numberFormat = f.numberFormat;
    refreshText(cell);
  }
  const flag = <K extends 'bold' | 'wrapText' | 'thinBorder'>(k: K, v: boolean | undefined) => {
    if (v === undefined) return;
    if (v) cell[k] = true;
    else delete cell[k];
  };
  flag('bold', f.bold);
  flag('wrapText', f.wrapText);
  flag('thinBorder', f.thinBorder);
  if (f.fontSize !== undefined) {
    if (f.fontSize === DEFAULT_FONT_SIZE) delete cell.fontSize;
    else cell.fontSize = f.fontSize;
  }
  if (f.horizontalAlignment !== undefined) cell.horizontalAlignment = f.horizontalAlignment;
  if (f.fill !== undefined) cell.fill = f.fill.toUpperCase();
  if (f.indentLevel !== undefined) {
    if (f.indentLevel) cell.indent = f.indentLevel;
    else delete cell.indent;
  }
}

export function applyFormatPlanToWorkbook(workbook: Workbook, plan: FormatPlan): void {
  if (plan.edits.length) workbook.sheets = applyEditPlan(workbook, { title: plan.title, edits: plan.edits }).sheets;
  for (const m of plan.merges) sheetOf(workbook, m.sheet).merges.push(parseRangeA1(m.range));
  for (const op of plan.formats) {
    const sheet = sheetOf(workbook, op.sheet);
    const box = parseRangeA1(op.range);
    for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) setCellFormat(ensure(sheet, r, c), op.format);
  }
  for (const w of plan.columnWidths) {
    const sheet = sheetOf(workbook, w.sheet);
    const col = parseA1(`${w.column}1`)!.col;
    sheet.columnWidths ??= [];
    sheet.columnWidths[col] = w.width;
  }
  for (const f of plan.freeze) sheetOf(workbook, f.sheet).frozenRows = f.rows;
}
