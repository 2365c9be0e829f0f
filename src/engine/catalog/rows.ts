/**
 * Reading the official 政府收支分类科目 into rows (string[][]) for `catalogFromRows`, shared by the
 * CLI (`--catalog`) and the task pane (a file the user picks): decode CSV bytes, split CSV, pick the
 * catalog sheet of a workbook, and keep only what the catalog needs (code, name) for storing.
 * No DOM and no Node APIs: TextDecoder is a global in both.
 */
import { cellAt, columnCount, rowCount, type Sheet, type Workbook } from '../workbook';
import { catalogCodeRows, catalogFromRows } from './fromRows';
import { systemOfCode } from './catalog';
import { decodeText } from '../text';

export { decodeText };

/**
 * CSV (RFC 4180: quoted fields, doubled quotes, CRLF, LF or CR line ends) into rows of text; every
 * field stays text (codes keep their digits). A first line with tabs and no commas is tab-separated.
 */
export function csvRows(text: string): string[][] {
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  const sep = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) row.push(field), (field = '');
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/** A sheet's displayed text, row by row. */
export function sheetRows(sheet: Sheet): string[][] {
  const rows: string[][] = [];
  for (let r = 0; r < rowCount(sheet); r++) {
    const row: string[] = [];
    for (let c = 0; c < columnCount(sheet); c++) row.push(cellAt(sheet, r, c).text);
    rows.push(row);
  }
  return rows;
}

const CODE_CELL = /^\s*\d{3}(\d{2}){0,2}(\s|$)/;
const codeCount = (rows: string[][]) => rows.reduce((n, r) => n + r.filter((c) => CODE_CELL.test(c)).length, 0);

/** The sheet that holds the most codes is the catalog (others are notes or income codes). */
export function catalogSheetRows(workbook: Workbook): string[][] {
  const sheets = workbook.sheets.map(sheetRows);
  return sheets.sort((a, b) => codeCount(b) - codeCount(a))[0] ?? [];
}

/** Number of expenditure codes a catalog built from these rows holds (0: not a catalog). */
export function catalogCodeCount(rows: string[][]): number {
  return Object.values(catalogFromRows(rows).counts()).reduce((a, b) => a + b, 0);
}

/**
 * Only the expenditure codes and their names, under a 科目编码 | 科目名称 header: what a workbook
 * keeps of a loaded catalog (a few dozen kB where the spreadsheet may be megabytes); it builds the
 * same catalog as the full rows.
 */
export function compactCatalogRows(rows: string[][]): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [['科目编码', '科目名称']];
  for (const { code, name } of catalogCodeRows(rows)) {
    if (!systemOfCode(code) || seen.has(code)) continue;
    seen.add(code);
    out.push([code, name]);
  }
  return out;
}

/** A catalog file that cannot be used, with a message for the user (zh-CN, then English). */
export class CatalogFileError extends Error {}

export type ReadWorkbook = (bytes: Uint8Array, fileName: string) => Promise<Workbook>;

/**
 * The rows of a catalog file by its extension: .csv/.txt decoded here, .xlsx/.xlsm through
 * `readXlsx` (the caller's exceljs reader: Node's in the CLI, a chunk loaded on demand in the pane).
 * Throws CatalogFileError for a format it does not read or a file without expenditure codes.
 */
export async function catalogRowsFromFile(fileName: string, bytes: Uint8Array, readXlsx: ReadWorkbook): Promise<string[][]> {
  const ext = (/\.[^.]*$/.exec(fileName)?.[0] ?? '').toLowerCase();
  let rows: string[][];
  if (ext === '.csv' || ext === '.txt') rows = csvRows(decodeText(bytes));
  else if (ext === '.xlsx' || ext === '.xlsm') rows = catalogSheetRows(await readXlsx(bytes, fileName));
  else if (ext === '.xls') throw new CatalogFileError('科目目录为 .xls 格式，请另存为 .xlsx 或 .csv（save the catalog as .xlsx or .csv）');
  else throw new CatalogFileError('科目目录应为 .xlsx 或 .csv 文件（the catalog must be .xlsx or .csv）');
  if (catalogCodeCount(rows) === 0) throw new CatalogFileError('科目目录中没有找到 3/5/7 位的支出科目编码（no 3/5/7-digit expenditure codes found in the catalog）');
  return rows;
}
