/**
 * .xlsx -> the engine's Workbook, with exceljs. Keeps what recognition needs: values, the text a
 * user sees (numbers formatted by their number format), number formats, formulas, merges, indents.
 */
import ExcelJS from 'exceljs';
import type { Cell, CellRange, Sheet, Workbook } from '../engine/workbook';
import { formatNumber } from './formatNumber';

export class UnreadableFileError extends Error {}

/** An OLE compound file (what .xls and encrypted .xlsx are), by the names of the streams it holds. */
export function oleKind(buffer: Buffer): 'not-ole' | 'encrypted' | 'xls' | 'other-ole' {
  if (buffer.length < 8 || buffer.readUInt32LE(0) !== 0xe011cfd0 || buffer.readUInt32LE(4) !== 0xe11ab1a1) return 'not-ole';
  const has = (name: string) => buffer.includes(Buffer.from(name, 'utf16le'));
  if (has('EncryptionInfo') || has('EncryptedPackage')) return 'encrypted';
  if (has('Workbook') || has('Book')) return 'xls';
  return 'other-ole';
}

function plainValue(v: ExcelJS.CellValue): { value: string | number | boolean | null; formula?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
  if (typeof v === 'object') {
    if ('error' in v) return { value: String((v as ExcelJS.CellErrorValue).error) };
    if ('richText' in v) return { value: (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('') };
    if ('formula' in v || 'sharedFormula' in v) {
      const f = v as ExcelJS.CellFormulaValue;
      const inner = plainValue((f.result ?? null) as ExcelJS.CellValue);
      return { value: inner.value, formula: f.formula ?? (v as ExcelJS.CellSharedFormulaValue).sharedFormula };
    }
    if ('text' in v) return { value: String((v as ExcelJS.CellHyperlinkValue).text) };
  }
  return { value: String(v) };
}

const THIN = new Set(['thin', 'hair']);

/** `FFF2F2F2` (ARGB) -> `#F2F2F2`; theme and indexed colours are not read. */
function solidFill(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

/** The look the format plans compare with: font, alignment, borders, fill (only what differs from Excel's default). */
function readStyle(c: ExcelJS.Cell, cell: Cell): void {
  const indent = c.alignment?.indent;
  if (indent) cell.indent = indent;
  if (c.font?.bold) cell.bold = true;
  if (c.font?.size && c.font.size !== 11) cell.fontSize = c.font.size;
  const h = c.alignment?.horizontal;
  if (h === 'left' || h === 'center' || h === 'right') cell.horizontalAlignment = h;
  if (c.alignment?.wrapText) cell.wrapText = true;
  const b = c.border;
  if (b && [b.top, b.bottom, b.left, b.right].every((e) => e?.style && THIN.has(e.style))) cell.thinBorder = true;
  const fill = solidFill(c.fill);
  if (fill) cell.fill = fill;
}

function toCell(c: ExcelJS.Cell): Cell | undefined {
  const { value, formula } = plainValue(c.value);
  const numberFormat = c.numFmt || undefined;
  const text = typeof value === 'number' ? formatNumber(value, numberFormat) : value === null ? '' : String(value);
  const cell: Cell = { value, text };
  if (numberFormat) cell.numberFormat = numberFormat;
  if (formula) cell.formula = formula;
  readStyle(c, cell);
  // A blank cell is kept only when it is formatted (a plan compares its format too).
  if (value === null && !formula && Object.keys(cell).length === 2) return undefined;
  return cell;
}

/**
 * Set a row's cell, the gap before it filled with `undefined`: a row array with holes is another kind
 * of array to V8, and the engine's loops over rows would see two kinds where one will do.
 */
function put(out: (Cell | undefined)[], col: number, cell: Cell): void {
  while (out.length < col) out.push(undefined);
  out[col] = cell;
}

export function worksheetToSheet(ws: ExcelJS.Worksheet): Sheet {
  const cells: (Cell | undefined)[][] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    const out: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: true }, (c, colNumber) => {
      // A merged area's other cells repeat the master's value in exceljs: keep it once (and their own format).
      if (c.isMerged && c.master !== c) {
        const own: Cell = { value: null, text: '' };
        readStyle(c, own);
        if (c.numFmt) own.numberFormat = c.numFmt;
        if (Object.keys(own).length > 2) put(out, colNumber - 1, own);
        return;
      }
      const cell = toCell(c);
      if (cell) put(out, colNumber - 1, cell);
    });
    // Rows come in order: pad the gap with empty rows so the array stays packed (a used range may
    // reach row 1,048,576 for one stray mark: a sparse array there is slow and large).
    while (cells.length < r) cells.push([]);
    cells[r] = out;
  });
  // exceljs keeps merges in a private map of ranges (1-based); its public model rebuilds the whole sheet.
  type MergeMap = Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
  const mergeMap: MergeMap = (ws as unknown as { _merges?: MergeMap })._merges ?? {};
  const merges: CellRange[] = Object.values(mergeMap).map(({ model: m }) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
  const hiddenColumns: number[] = [];
  const columnWidths: (number | undefined)[] = [];
  (ws.columns ?? []).forEach((col, i) => {
    if (col && col.hidden) hiddenColumns.push(i);
    if (col?.width !== undefined) columnWidths[i] = col.width;
  });
  const sheet: Sheet = { name: ws.name, cells, merges, hiddenRows, hiddenColumns };
  if (columnWidths.length) sheet.columnWidths = columnWidths;
  const frozen = (ws.views ?? []).find((v) => v.state === 'frozen') as ExcelJS.WorksheetViewFrozen | undefined;
  if (frozen?.ySplit) sheet.frozenRows = frozen.ySplit;
  return sheet;
}

/** Load an .xlsx with exceljs, turning its errors into one clear UnreadableFileError. */
export async function loadExcel(buffer: ArrayBuffer | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as ArrayBuffer);
  } catch (e) {
    const msg = (e as Error).message || String(e);
    if (/encrypt|password|CFB|Compound/i.test(msg)) throw new UnreadableFileError('文件有密码保护或已加密，无法读取（password-protected or encrypted workbook）');
    if (/zip|central directory|end of data|invalid (signature|code|distance)/i.test(msg)) throw new UnreadableFileError('不是有效的 .xlsx 文件：文件已损坏或不完整（not a valid .xlsx file: damaged or cut short）');
    throw new UnreadableFileError(`不是有效的 .xlsx 文件（not a valid .xlsx file: ${msg.split('\n')[0].slice(0, 120)}）`);
  }
  return wb;
}

export function workbookFromExcel(wb: ExcelJS.Workbook, name?: string): Workbook {
  return { name, sheets: wb.worksheets.map(worksheetToSheet) };
}

export async function workbookFromBuffer(buffer: ArrayBuffer | Buffer, name?: string): Promise<Workbook> {
  return workbookFromExcel(await loadExcel(buffer), name);
}
