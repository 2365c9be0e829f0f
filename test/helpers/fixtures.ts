/** Test helpers: load the seed transcriptions as engine workbooks, and mutate cells. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { workbookFromTsv } from '../../scripts/tsvWorkbook';
import type { Cell, Workbook } from '../../src/engine/workbook';
import { parseA1 } from '../../src/engine/workbook';

export const SEEDS = path.join(__dirname, '..', 'fixtures', 'seeds');

export function seedText(file: string): string {
  return readFileSync(path.join(SEEDS, file), 'utf8');
}

export function seedWorkbook(...files: string[]): Workbook {
  return workbookFromTsv(files.map(seedText).join('\n'), files.join('+'));
}

/** Only the named sheet of a workbook (so a test sees one table's findings). */
export function onlySheet(wb: Workbook, name: string): Workbook {
  return { name: wb.name, sheets: wb.sheets.filter((s) => s.name === name) };
}

export function cell(wb: Workbook, sheet: string, address: string): Cell | undefined {
  const s = wb.sheets.find((x) => x.name === sheet)!;
  const p = parseA1(address)!;
  return s.cells[p.row]?.[p.col];
}

/** Set a numeric cell, formatted as the original was. */
export function setNumber(wb: Workbook, sheet: string, address: string, value: number): void {
  const s = wb.sheets.find((x) => x.name === sheet)!;
  const p = parseA1(address)!;
  const old = s.cells[p.row]?.[p.col];
  const fmt = old?.numberFormat ?? '#,##0';
  const decimals = /\.(0+)/.exec(fmt)?.[1].length ?? 0;
  const text = value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  s.cells[p.row] ??= [];
  s.cells[p.row][p.col] = { value, text, numberFormat: fmt };
}

export function numberAt(wb: Workbook, sheet: string, address: string): number {
  const v = cell(wb, sheet, address)?.value;
  return typeof v === 'number' ? v : 0;
}
