/**
 * Builds engine workbooks (and, through exceljs, .xlsx files) from the seed transcriptions in
 * test/fixtures/seeds/*.tsv. One line per row, tabs between cells, as the seed documents print them.
 *
 * Directives (lines starting with ##):
 *   ##sheet NAME [codes-as-numbers] [numbers-as-text] [indent-as-level]   starts a sheet
 *   ##merge A1:C1                                                          merges a range of the current sheet
 * Cells: amounts such as `7,632` or `4.50` become numbers with the number format they were printed
 * with; digit strings left of a row's first label (codes) stay text, as budget systems export them.
 */
import type { Cell, CellRange, Sheet, Workbook } from '../src/engine/workbook';
import { parseA1 } from '../src/engine/workbook';

export interface TsvSheetOptions {
  codesAsNumbers: boolean;
  numbersAsText: boolean;
  indentAsLevel: boolean;
}

const AMOUNT_RE = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

function numberFormatOf(text: string): string {
  const dot = text.indexOf('.');
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

function isLabel(text: string): boolean {
  const t = text.trim();
  return t !== '' && !AMOUNT_RE.test(t);
}

export function tsvRowToCells(fields: string[], opts: TsvSheetOptions): (Cell | undefined)[] {
  const firstLabel = fields.findIndex(isLabel);
  return fields.map((raw, col) => {
    if (raw === '') return undefined;
    const t = raw.trim();
    const isCode = AMOUNT_RE.test(t) && !t.includes(',') && !t.includes('.') && firstLabel >= 0 && col < firstLabel;
    if (opts.indentAsLevel && /^\s+\S/.test(raw)) {
      const spaces = raw.length - raw.trimStart().length;
      return { value: t, text: t, indent: Math.max(1, Math.round(spaces / 2)) };
    }
    if (AMOUNT_RE.test(t) && !(isCode && !opts.codesAsNumbers) && !opts.numbersAsText) {
      const value = Number(t.replace(/,/g, ''));
      if (isCode) return { value, text: t, numberFormat: 'General' };
      return { value, text: t, numberFormat: numberFormatOf(t) };
    }
    if (AMOUNT_RE.test(t) && opts.numbersAsText) return { value: t, text: t, numberFormat: '@' };
    return { value: raw, text: raw };
  });
}

function parseRange(spec: string): CellRange {
  const [a, b] = spec.split(':');
  const s = parseA1(a);
  const e = parseA1(b ?? a);
  if (!s || !e) throw new Error(`bad range ${spec}`);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

export function workbookFromTsv(text: string, name?: string): Workbook {
  const sheets: Sheet[] = [];
  let sheet: Sheet | undefined;
  let opts: TsvSheetOptions = { codesAsNumbers: false, numbersAsText: false, indentAsLevel: false };
  for (const line of text.replace(/\r/g, '').split('\n')) {
    if (line.startsWith('##sheet ')) {
      const [sheetName, ...flags] = line.slice(8).trim().split(/\s+/);
      opts = {
        codesAsNumbers: flags.includes('codes-as-numbers'),
        numbersAsText: flags.includes('numbers-as-text'),
        indentAsLevel: flags.includes('indent-as-level'),
      };
      sheet = { name: sheetName, cells: [], merges: [] };
      sheets.push(sheet);
      continue;
    }
    if (line.startsWith('##merge ')) {
      if (!sheet) throw new Error('##merge before ##sheet');
      sheet.merges.push(parseRange(line.slice(8).trim()));
      continue;
    }
    if (!sheet) {
      sheet = { name: 'Sheet1', cells: [], merges: [] };
      sheets.push(sheet);
    }
    sheet.cells.push(line === '' ? [] : tsvRowToCells(line.split('\t'), opts));
  }
  // Trailing empty rows are not part of a used range.
  for (const s of sheets) while (s.cells.length && s.cells[s.cells.length - 1].every((c) => !c)) s.cells.pop();
  return { name, sheets };
}
