/** Where a table keeps its department total, its unit rows and the column a heading names; facts from cells. */
import Decimal from 'decimal.js';
import type { Amount } from '../../amount';
import { compact } from '../../text';
import type { Panel, RecognizedTable, TableRow } from '../../types';
import { cellAt, qualifiedA1, type Workbook } from '../../workbook';
import type { Fact, FactKey, Scope } from '../types';

export interface Ctx {
  workbook: Workbook;
  /** Department names seen so far (部门名称 lines): a top row carrying one is the department row. */
  departments: Set<string>;
}

export function columnPath(table: RecognizedTable, col: number): string {
  return compact(table.columns.find((c) => c.col === col)?.path.join('>') ?? '');
}

/** The first amount column whose header path matches. */
export function columnWhere(table: RecognizedTable, panel: Panel, re: RegExp): number | undefined {
  return panel.amountCols.find((c) => re.test(columnPath(table, c)));
}

const PREVIOUS_COLUMN = /上年(度)?(预算|决算|执行)?数?$|上年度/;

/** A column of the year before (上年预算数, 2022年预算数 in a 2023 table), never 上年结转. */
export function isPreviousYearColumn(table: RecognizedTable, col: number): boolean {
  const path = columnPath(table, col);
  if (/结转|结余/.test(path)) return false;
  if (PREVIOUS_COLUMN.test(path)) return true;
  const y = /(\d{4})年/.exec(path);
  return !!y && table.year !== null && Number(y[1]) === table.year - 1;
}

/** The panel's amount column of the table's own year (the first that is not the year before). */
export function currentColumn(table: RecognizedTable, panel: Panel): number | undefined {
  return panel.amountCols.find((c) => !isPreviousYearColumn(table, c));
}

export function previousColumn(table: RecognizedTable, panel: Panel): number | undefined {
  return panel.amountCols.find((c) => isPreviousYearColumn(table, c));
}

/**
 * The row that totals the department: a 合计/总计 row, else a group row, else the only top row when it
 * is a unit or carries the department's name. Undefined for a fragment (seed 000 表4: items only).
 */
export function departmentRow(panel: Panel, ctx: Ctx): TableRow | undefined {
  const tops = panel.rows.filter((r, i) => panel.parent[i] === -1 && r.kind !== 'memo');
  const total = tops.find((r) => r.kind === 'total') ?? tops.find((r) => r.kind === 'group');
  if (total) return total;
  if (tops.length === 1 && (tops[0].kind === 'unit' || ctx.departments.has(compact(tops[0].label)))) return tops[0];
  return undefined;
}

/** Unit rows of a table with two or more units (one unit is the department itself). */
export function unitRows(panel: Panel): TableRow[] {
  const units = panel.rows.filter((r) => r.kind === 'unit');
  return units.length >= 2 ? units : [];
}

/** A row no other row hangs under. */
export function isLeaf(panel: Panel, index: number): boolean {
  return !panel.parent.some((p) => p === index);
}

export function isAncestor(panel: Panel, ancestor: TableRow, index: number): boolean {
  for (let p = panel.parent[index]; p >= 0; p = panel.parent[p]) if (panel.rows[p] === ancestor) return true;
  return false;
}

function thousandsAt(workbook: Workbook, sheetName: string, row: number, col: number): boolean {
  const sheet = workbook.sheets.find((s) => s.name === sheetName);
  if (!sheet) return false;
  const c = cellAt(sheet, row, col);
  return (c.numberFormat ?? '').includes(',') || c.text.includes(',');
}

export interface Part {
  value: Decimal;
  decimals: number;
  thousands: boolean;
  cell: string;
}

export function partAt(table: RecognizedTable, row: TableRow, col: number | undefined, ctx: Ctx): Part | undefined {
  if (col === undefined) return undefined;
  const a: Amount | undefined = row.amounts.get(col);
  if (a?.kind !== 'number') return undefined;
  return { value: a.value, decimals: a.decimals, thousands: thousandsAt(ctx.workbook, table.sheet, row.row, col), cell: qualifiedA1(table.sheet, row.row, col) };
}

/** A fact from one printed cell or the sum of several. */
export function factOf(key: FactKey, scope: Scope, label: string, table: RecognizedTable, parts: (Part | undefined)[]): Fact | undefined {
  const ps = parts.filter((p): p is Part => !!p);
  if (!ps.length) return undefined;
  return {
    key,
    scope,
    label,
    value: ps.reduce((acc, p) => acc.plus(p.value), new Decimal(0)),
    decimals: Math.max(...ps.map((p) => p.decimals)),
    unit: table.unit ?? '万元',
    thousands: ps.some((p) => p.thousands),
    cells: ps.map((p) => p.cell),
    kind: table.kind,
    title: table.title,
  };
}

/** A fact for a row's cell, with the year-before column of the same row when the table has one. */
export function rowFact(key: FactKey, scope: Scope, label: string, table: RecognizedTable, panel: Panel, row: TableRow, col: number | undefined, ctx: Ctx): Fact | undefined {
  const fact = factOf(key, scope, label, table, [partAt(table, row, col, ctx)]);
  const prevCol = previousColumn(table, panel);
  const prev = prevCol !== undefined && prevCol !== col ? partAt(table, row, prevCol, ctx) : undefined;
  if (fact && prev) fact.previous = { value: prev.value, decimals: prev.decimals, cells: [prev.cell], year: table.year === null ? null : table.year - 1 };
  return fact;
}

/** A row's name without its list ordinal and spaces: `一、科学技术支出` → 科学技术支出. */
export function plainLabel(label: string): string {
  return compact(label)
    .replace(/^[一二三四五六七八九十]+[、.．]/, '')
    .replace(/^[（(][一二三四五六七八九十\d]+[）)]/, '')
    .replace(/^\d{1,2}[、.．)](?!\d)/, '');
}
