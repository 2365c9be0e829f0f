/**
 * `--catalog FILE.xlsx|csv`: the finance bureau's official 政府收支分类科目 spreadsheet, used in place of
 * the bundled catalog. CSV files saved by Chinese Excel are usually GB18030/GBK, not UTF-8: decode by
 * what the bytes are. The loaded catalog applies to every table whatever its year: the user chose it.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Readable } from 'stream';
import ExcelJS from 'exceljs';
import { catalogFromRows, type Catalog } from '../engine/catalog';
import { cellAt, columnCount, rowCount, type Sheet } from '../engine/workbook';
import { UnreadableFileError, workbookFromBuffer } from './readXlsx';

/** UTF-8 when the bytes decode as UTF-8 (with or without BOM), else GB18030 (a superset of GBK and GB2312). */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function sheetRows(sheet: Sheet): string[][] {
  const rows: string[][] = [];
  for (let r = 0; r < rowCount(sheet); r++) {
    const row: string[] = [];
    for (let c = 0; c < columnCount(sheet); c++) row.push(cellAt(sheet, r, c).text);
    rows.push(row);
  }
  return rows;
}

async function csvRows(text: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  // Codes stay text: exceljs would otherwise turn 2010101 into a number, and dates into dates.
  const ws = await wb.csv.read(Readable.from([text]), { parserOptions: {}, map: (v: unknown) => v });
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    rows[n - 1] = values;
  });
  return Array.from(rows, (r) => r ?? []);
}

const CODE_CELL = /^\s*\d{3}(\d{2}){0,2}(\s|$)/;
const codeCount = (rows: string[][]) => rows.reduce((n, r) => n + r.filter((c) => CODE_CELL.test(c)).length, 0);

export async function readCatalogFile(file: string): Promise<Catalog> {
  const ext = path.extname(file).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnreadableFileError(code === 'ENOENT' ? '科目目录文件不存在（catalog file not found）' : `无法读取科目目录（cannot read the catalog: ${code}）`);
  }
  let rows: string[][];
  if (ext === '.csv' || ext === '.txt') rows = await csvRows(decodeText(bytes));
  else if (ext === '.xlsx' || ext === '.xlsm') {
    const wb = await workbookFromBuffer(bytes, path.basename(file));
    // The sheet that holds the most codes is the catalog (others are notes or income codes).
    const sheets = wb.sheets.map(sheetRows);
    rows = sheets.sort((a, b) => codeCount(b) - codeCount(a))[0] ?? [];
  } else if (ext === '.xls') throw new UnreadableFileError('科目目录为 .xls 格式，请另存为 .xlsx 或 .csv（save the catalog as .xlsx or .csv）');
  else throw new UnreadableFileError('科目目录应为 .xlsx 或 .csv 文件（the catalog must be .xlsx or .csv）');
  const catalog = catalogFromRows(rows);
  if (!Object.values(catalog.counts()).some((n) => n > 0)) throw new UnreadableFileError('科目目录中没有找到 3/5/7 位的支出科目编码（no 3/5/7-digit expenditure codes found in the catalog）');
  return catalog;
}
