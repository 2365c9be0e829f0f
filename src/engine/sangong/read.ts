/**
 * Read a recognized 三公 table into figures per unit, per year and per item, in every layout the
 * published budgets use:
 * - years as rows (seed 000 表12, seed 002 表8): a unit's name, then one row per year (2020年, 2021年),
 *   maybe a 增减变化金额 row; items as columns.
 * - years as columns (seed 003): items as rows (因公出国经费, 公务接待费支出, 合计), columns
 *   2020年度预算 | 2021年度预算 | 增减金额 (增减 often written in words: 减少0.60).
 * - one year (seed 004): items as columns, a 合计 row and one row per unit.
 * The reader reads the sheet itself (within the recognized range) because a year row carries no
 * unit name and 增减 cells are words, which the generic row parser does not attach to units.
 */
import Decimal from 'decimal.js';
import { parseAmount, parseAmountText, parseSignedChangeText, type Amount } from '../amount';
import { cellText, isTotalLabel } from '../recognize/rows';
import { compact, normalizeLabel } from '../text';
import type { MoneyUnit, RecognizedTable, TableColumn } from '../types';
import { a1, cellAt, type Cell, type CellRange, type Sheet } from '../workbook';
import { isLabelHeading, itemOf, yearKeyOf, type SangongItem, type YearKey } from './items';

/** One figure of the table, with where it stands. */
export interface SangongCell {
  /** The figure; null when the cell is blank or cannot be read. A rate is in percent (−38.89). */
  value: Decimal | null;
  /** Decimals as shown (0 for a blank cell). */
  decimals: number;
  /** 0-based row and column, and the A1 address. */
  row: number;
  col: number;
  cell: string;
  /** The text the sheet shows. */
  text: string;
  numberFormat?: string;
  /** True when the cell holds a formula. */
  formula?: boolean;
  /** Why the cell could not be read, when it could not (the invalid-amount rule reports it). */
  invalid?: string;
  /** The figure is written in words (减少0.60, 增加1.00). */
  words?: boolean;
}

export type SangongFigures = Partial<Record<SangongItem, SangongCell>>;

export interface SangongYear {
  year: number | null;
  /** The row or column label: 2020年, 2021年度预算, 当年财政拨款预算安排. */
  label: string;
  figures: SangongFigures;
}

export interface SangongLine {
  label: string;
  figures: SangongFigures;
}

export interface SangongUnit {
  name: string;
  /** The department total (合计 row, or the department's own name above its units), or a unit. */
  role: 'department' | 'unit';
  /** The cell holding the unit's name, when the table names units. */
  labelCell?: string;
  /** Oldest year first. */
  years: SangongYear[];
  /** The table's own 增减 figures for this unit, when it prints them. */
  change?: SangongLine;
  /** The table's own 增减率 figures, when it prints them. */
  rate?: SangongLine;
  /** Sheet rows that belong to this unit (years as rows), top to bottom. */
  rows: number[];
}

export type SangongLayout = 'years-as-rows' | 'years-as-columns' | 'one-year';

export interface SangongTable {
  sheet: string;
  title: string;
  layout: SangongLayout;
  unit: MoneyUnit | null;
  /** The largest number of decimals the table shows (2 for 4.50). */
  decimals: number;
  /** The number format its figures mostly carry (e.g. `#,##0.00`). */
  numberFormat: string;
  /** Years shown, oldest first. */
  years: number[];
  /** Department total first, then the units in table order. */
  units: SangongUnit[];
  /** Items laid out across columns (seed 000, 002, 004) or down rows (seed 003). */
  itemAxis: 'columns' | 'rows';
  /** The column (itemAxis columns) or row (itemAxis rows) of each item the table has. */
  itemLines: Partial<Record<SangongItem, number>>;
  labelCol: number;
  /** The 年度 column of a years-as-rows table. */
  yearCol?: number;
  headerRows: number[];
  range: CellRange;
}

const WORDS_RE = /增|减|升|降|持平/;
const PERCENT_RE = /^([+-])?(\d+(?:\.\d+)?)%$/;

function toCell(sheet: Sheet, row: number, col: number, amount: Amount, extra: Partial<SangongCell> = {}): SangongCell {
  const c: Cell = cellAt(sheet, row, col);
  const base: SangongCell = {
    value: amount.kind === 'number' ? amount.value : null,
    decimals: amount.kind === 'number' ? amount.decimals : 0,
    row,
    col,
    cell: a1(row, col),
    text: cellText(c),
    ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
    ...(c.formula ? { formula: true } : {}),
    ...(amount.kind === 'invalid' ? { invalid: amount.reason } : {}),
  };
  return { ...base, ...extra };
}

/** A year figure: a plain amount. */
function readAmountCell(sheet: Sheet, row: number, col: number): SangongCell {
  return toCell(sheet, row, col, parseAmount(cellAt(sheet, row, col)));
}

/** A 增减 figure: a signed number, or words (减少0.60). */
export function readChangeCell(sheet: Sheet, row: number, col: number): SangongCell {
  const c = cellAt(sheet, row, col);
  if (typeof c.value === 'string' && WORDS_RE.test(c.value)) {
    const t = compact(c.value);
    if (t === '持平') return toCell(sheet, row, col, { kind: 'number', value: new Decimal(0), decimals: 0 }, { words: true });
    return toCell(sheet, row, col, parseSignedChangeText(t), { words: true });
  }
  return toCell(sheet, row, col, parseAmount(c));
}

/** A 增减率 figure in percent: `-38.89%` as text, or 0.3889 formatted `0.00%`; `—` reads as blank. */
export function readRateCell(sheet: Sheet, row: number, col: number): SangongCell {
  const c = cellAt(sheet, row, col);
  if (typeof c.value === 'number' && /%/.test(c.numberFormat ?? '')) {
    const m = /\.(0+)%/.exec(c.numberFormat ?? '');
    return toCell(sheet, row, col, { kind: 'number', value: new Decimal(c.value).times(100), decimals: m ? m[1].length : 0 });
  }
  const t = compact(cellText(c)).replace(/^增长|^增加/, '+').replace(/^下降|^减少/, '-');
  const m = PERCENT_RE.exec(t);
  if (m) {
    const v = new Decimal(m[2]);
    const dot = m[2].indexOf('.');
    return toCell(sheet, row, col, { kind: 'number', value: m[1] === '-' ? v.negated() : v, decimals: dot < 0 ? 0 : m[2].length - dot - 1 });
  }
  return toCell(sheet, row, col, parseAmountText(cellText(c)));
}

function readByKey(sheet: Sheet, row: number, col: number, key: YearKey): SangongCell {
  if (key.kind === 'change') return readChangeCell(sheet, row, col);
  if (key.kind === 'rate') return readRateCell(sheet, row, col);
  return readAmountCell(sheet, row, col);
}

/** Body rows of the table: after the first header block, not repeated headers, not empty. */
function bodyRows(table: RecognizedTable, sheet: Sheet): number[] {
  const skip = new Set([...table.headerRows, ...table.repeatedHeaders]);
  const first = Math.max(...table.headerRows) + 1;
  const rows: number[] = [];
  for (let r = first; r <= table.range.bottom; r++) {
    if (skip.has(r)) continue;
    let any = false;
    for (let c = table.range.left; c <= table.range.right && !any; c++) any = compact(cellText(cellAt(sheet, r, c))) !== '';
    if (any) rows.push(r);
  }
  return rows;
}

class UnitBook {
  readonly units: SangongUnit[] = [];

  find(name: string): SangongUnit | undefined {
    const key = normalizeLabel(name);
    return this.units.find((u) => normalizeLabel(u.name) === key);
  }

  open(name: string, labelCell?: string): SangongUnit {
    const found = this.find(name);
    if (found) return found;
    const unit: SangongUnit = { name, role: 'unit', years: [], rows: [], ...(labelCell ? { labelCell } : {}) };
    this.units.push(unit);
    return unit;
  }
}

function put(unit: SangongUnit, key: YearKey, label: string, item: SangongItem, cell: SangongCell): void {
  if (key.kind === 'change') {
    unit.change ??= { label, figures: {} };
    unit.change.figures[item] ??= cell;
  } else if (key.kind === 'rate') {
    unit.rate ??= { label, figures: {} };
    unit.rate.figures[item] ??= cell;
  } else {
    let y = unit.years.find((x) => x.year === key.year);
    if (!y) {
      y = { year: key.year, label, figures: {} };
      unit.years.push(y);
    }
    y.figures[item] ??= cell;
  }
}

interface ColumnMeaning {
  col: number;
  item?: SangongItem;
  key?: YearKey;
  label: string;
}

/**
 * A column under a label heading is no figure's, except when it is the only column for its item
 * (the recognizer sometimes spreads 单位名称 over a 合计 column: seed 004's 政府性基金 table).
 */
function isLabelColumn(table: RecognizedTable, c: TableColumn): boolean {
  if (!c.path.length || !isLabelHeading(c.path[0])) return false;
  if (c.role !== 'amount') return true;
  const item = itemOf(c.path[c.path.length - 1]);
  return table.columns.some((o) => o.col !== c.col && o.role === 'amount' && !isLabelHeading(o.path[0] ?? '') && itemOf(o.path[o.path.length - 1] ?? '') === item);
}

function columnMeanings(table: RecognizedTable): ColumnMeaning[] {
  return table.columns
    .filter((c) => (c.role === 'amount' || c.role === 'text' || c.role === 'year') && !isLabelColumn(table, c))
    .map((c) => {
      const last = c.path[c.path.length - 1] ?? '';
      const context = c.path.slice(0, -1).join('>');
      let key: YearKey | undefined;
      for (const seg of c.path) key = yearKeyOf(seg, table.year) ?? key;
      return { col: c.col, item: c.role === 'amount' ? itemOf(last, context) : undefined, key, label: c.path.join('') };
    });
}

function ordinaryFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

function finish(sangong: Omit<SangongTable, 'decimals' | 'numberFormat' | 'years'>, table: RecognizedTable): SangongTable | null {
  const units = sangong.units.filter((u) => u.years.some((y) => Object.keys(y.figures).length));
  // A table with only blank cells (an empty 政府性基金 三公 table under its 合计 row) has nothing to read.
  const shown = (c: SangongCell | undefined) => !!c && (c.value !== null || c.text.trim() !== '' || c.invalid !== undefined);
  if (!units.some((u) => u.years.some((y) => Object.values(y.figures).some(shown)))) return null;
  for (const u of units) u.years.sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  // The department total first: a 合计 row, the department's own name, or X above X本级.
  const deptIndex = units.findIndex(
    (u) => isTotalLabel(u.name) || (table.department !== undefined && normalizeLabel(u.name) === normalizeLabel(table.department)),
  );
  const firstIsParent = units.length > 1 && units.slice(1).some((u) => normalizeLabel(u.name).startsWith(normalizeLabel(units[0].name)));
  const dept = deptIndex >= 0 ? deptIndex : firstIsParent || units.length === 1 ? 0 : -1;
  if (dept >= 0) {
    const [d] = units.splice(dept, 1);
    d.role = 'department';
    units.unshift(d);
  }
  const cells = units.flatMap((u) => [...u.years.flatMap((y) => Object.values(y.figures)), ...Object.values(u.change?.figures ?? {})]).filter((c): c is SangongCell => !!c && c.value !== null);
  const decimals = Math.max(0, ...cells.map((c) => c.decimals));
  const formats = new Map<string, number>();
  for (const c of cells) if (c.decimals === decimals && c.numberFormat && !/^(General|@)$/i.test(c.numberFormat)) formats.set(c.numberFormat, (formats.get(c.numberFormat) ?? 0) + 1);
  let numberFormat = ordinaryFormat(decimals);
  let best = 0;
  for (const [f, n] of formats) if (n > best) [numberFormat, best] = [f, n];
  const years = [...new Set(units.flatMap((u) => u.years.map((y) => y.year)).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  return { ...sangong, units, decimals, numberFormat, years };
}

/** Items across columns: units (and year rows) down the rows. */
function readItemsAsColumns(table: RecognizedTable, sheet: Sheet, meanings: ColumnMeaning[]): SangongTable | null {
  const itemCols = meanings.filter((m) => m.item !== undefined && m.key?.kind !== 'rate' && m.key?.kind !== 'change');
  const itemLines: Partial<Record<SangongItem, number>> = {};
  for (const m of itemCols) itemLines[m.item!] ??= m.col;
  const labelCol = table.columns.find((c) => c.role === 'label')?.col ?? table.panels[0]?.labelCol ?? table.range.left;
  const yearCol = table.columns.find((c) => c.role === 'year' || (c.col !== labelCol && c.role !== 'amount' && /^(年度|年份)$/.test(normalizeLabel(c.path.join('')))))?.col;
  const book = new UnitBook();
  let current: SangongUnit | undefined;
  let sawYearRows = false;
  for (const r of bodyRows(table, sheet)) {
    let label = compact(cellText(cellAt(sheet, r, labelCol)));
    let rowKeyText = yearCol !== undefined ? compact(cellText(cellAt(sheet, r, yearCol))) : '';
    if (yearCol === undefined && label && yearKeyOf(label, table.year) && !itemOf(label)) {
      rowKeyText = label;
      label = '';
    }
    const rowKey = rowKeyText ? yearKeyOf(rowKeyText, table.year) : undefined;
    if (rowKey) sawYearRows = true;
    const displayLabel = label ? cellText(cellAt(sheet, r, labelCol)).trim() : '';
    if (displayLabel) current = book.open(displayLabel, a1(r, labelCol));
    current ??= book.open(table.department ?? '合计');
    current.rows.push(r);
    for (const m of meanings) {
      if (m.item === undefined) continue;
      const key: YearKey = m.key && m.key.kind !== 'year' ? m.key : rowKey ?? m.key ?? { kind: 'year', year: table.year };
      put(current, key, rowKey ? rowKeyText : m.label, m.item, readByKey(sheet, r, m.col, key));
    }
  }
  const columnYears = new Set(meanings.filter((m) => m.key?.kind === 'year').map((m) => (m.key as { year: number | null }).year));
  const layout: SangongLayout = sawYearRows ? 'years-as-rows' : columnYears.size > 1 ? 'years-as-columns' : 'one-year';
  return finish(
    { sheet: table.sheet, title: table.title, layout, unit: table.unit, units: book.units, itemAxis: 'columns', itemLines, labelCol, ...(yearCol !== undefined ? { yearCol } : {}), headerRows: table.headerRows, range: table.range },
    table,
  );
}

/** Items down the rows (seed 003): years, 增减 and 增减率 across the columns. */
function readItemsAsRows(table: RecognizedTable, sheet: Sheet, meanings: ColumnMeaning[]): SangongTable | null {
  const labelCol = table.columns.find((c) => c.role === 'label')?.col ?? table.panels[0]?.labelCol ?? table.range.left;
  const keyed = meanings.filter((m) => m.col !== labelCol && m.key !== undefined);
  const book = new UnitBook();
  let current: SangongUnit | undefined;
  const itemLines: Partial<Record<SangongItem, number>> = {};
  for (const r of bodyRows(table, sheet)) {
    const text = cellText(cellAt(sheet, r, labelCol)).trim();
    const item = itemOf(text);
    if (!item) {
      // A named row that is no item opens a unit's block (tables listing several units).
      if (text) current = book.open(text, a1(r, labelCol));
      continue;
    }
    current ??= book.open(table.department ?? '本部门');
    current.rows.push(r);
    itemLines[item] ??= r;
    for (const m of keyed) put(current, m.key!, m.label, item, readByKey(sheet, r, m.col, m.key!));
  }
  const years = new Set(keyed.filter((m) => m.key!.kind === 'year').map((m) => (m.key as { year: number | null }).year));
  return finish(
    { sheet: table.sheet, title: table.title, layout: years.size > 1 ? 'years-as-columns' : 'one-year', unit: table.unit, units: book.units, itemAxis: 'rows', itemLines, labelCol, headerRows: table.headerRows, range: table.range },
    table,
  );
}

/**
 * Read a recognized `sangong` table from its sheet. Null when the table is of another kind or
 * shows no figures at all (an empty 政府性基金 三公 table).
 */
export function readSangong(table: RecognizedTable, sheet: Sheet): SangongTable | null {
  if (table.kind !== 'sangong' || sheet.name !== table.sheet) return null;
  const meanings = columnMeanings(table);
  const itemColumns = meanings.filter((m) => m.item !== undefined).length;
  return itemColumns >= 2 ? readItemsAsColumns(table, sheet, meanings) : readItemsAsRows(table, sheet, meanings);
}

export interface SangongSource {
  /** Index of the table in the recognized tables (Report.tables). */
  index: number;
  table: RecognizedTable;
  sangong: SangongTable;
}

/** Every readable 三公 table of a workbook, with its index in `tables`. */
export function readSangongTables(tables: RecognizedTable[], workbook: { sheets: Sheet[] }): SangongSource[] {
  const out: SangongSource[] = [];
  tables.forEach((table, index) => {
    if (table.kind !== 'sangong') return;
    const sheet = workbook.sheets.find((s) => s.name === table.sheet);
    const sangong = sheet ? readSangong(table, sheet) : null;
    if (sangong) out.push({ index, table, sangong });
  });
  return out;
}
