/**
 * Chart specs (data only) for native Excel charts the office layer draws beside a table:
 *   一般公共预算支出结构（按类）  a doughnut of the 一般公共预算 table's 合计 by 类, with each share;
 *   "三公"经费（两年）           clustered bars of the 三公 items, one series per year.
 * The office layer writes each spec's small data block at `anchor` and draws the chart from it.
 */
import Decimal from 'decimal.js';
import { functionalEntry } from '../catalog';
import type { Amount } from '../amount';
import { cellText } from '../recognize/rows';
import { compact, normalizeLabel } from '../text';
import type { Panel, RecognizedTable } from '../types';
import { a1, cellAt, rangeA1, type Sheet, type Workbook } from '../workbook';

export type ChartKind = 'doughnut' | 'clustered-bar';

export interface ChartSpec {
  kind: ChartKind;
  title: string;
  /** The sheet the chart goes on: the table's own. */
  sheet: string;
  /** Top-left cell of the data block (heading row, then one row per category), right of the table. */
  anchor: string;
  categoryHeading: string;
  categories: string[];
  /** One per series; values are decimal strings in the table's unit. */
  series: { name: string; values: string[] }[];
  /** Doughnut: each category's share of the total, percent with 2 decimals (ROUND_HALF_UP). */
  shares?: string[];
  unit: string | null;
  /** The table the figures come from. */
  source: { sheet: string; range: string };
}

const value = (a: Amount | undefined) => (a && a.kind === 'number' ? a.value : new Decimal(0));

/** The column that holds a row's total: 合计/总计 when the header names one, else the first amount column. */
function totalColumn(table: RecognizedTable, panel: Panel): number {
  const named = panel.amountCols.find((c) => /^(合计|总计|支出总计|小计|金额)$/.test(table.columns.find((x) => x.col === c)?.path.slice(-1)[0] ?? ''));
  return named ?? panel.amountCols[0];
}

/** The first free column right of the table, wide enough for `rows` rows from the table's top. */
function anchorBeside(sheet: Sheet, table: RecognizedTable, rows: number): string {
  let right = table.range.right;
  for (let r = table.range.top; r < table.range.top + rows; r++) {
    const cells = sheet.cells[r] ?? [];
    for (let c = cells.length - 1; c > right; c--) if (cells[c] && compact(cellText(cells[c]!))) right = c;
  }
  return a1(table.range.top, right + 2);
}

function sharesOf(values: Decimal[]): string[] {
  const total = values.reduce((s, v) => s.plus(v), new Decimal(0));
  return values.map((v) => (total.isZero() ? '0.00' : v.div(total).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)));
}

/** 合计 by 类: each 类 row, plus 款/项 rows with no 类 row above them (added to their 类). */
export function budgetByClass(table: RecognizedTable): { code: string; name: string; value: Decimal }[] {
  const out = new Map<string, { code: string; name: string; value: Decimal }>();
  for (const panel of table.panels) {
    const col = totalColumn(table, panel);
    panel.rows.forEach((row, i) => {
      if (row.kind !== 'code' || row.codeSystem !== 'functional' || !row.code) return;
      let underCode = false;
      for (let p = panel.parent[i]; p >= 0; p = panel.parent[p]) if (panel.rows[p].kind === 'code') underCode = true;
      if (underCode) return;
      const code = row.code.slice(0, 3);
      const name = row.code.length === 3 ? normalizeLabel(row.label) : functionalEntry(code, table.year)?.name ?? code;
      const entry = out.get(code) ?? { code, name, value: new Decimal(0) };
      entry.value = entry.value.plus(value(row.amounts.get(col)));
      out.set(code, entry);
    });
  }
  return [...out.values()].filter((e) => !e.value.isZero()).sort((a, b) => a.code.localeCompare(b.code));
}

function doughnutSpec(workbook: Workbook, table: RecognizedTable): ChartSpec | undefined {
  const sheet = workbook.sheets.find((s) => s.name === table.sheet);
  const classes = budgetByClass(table);
  if (!sheet || classes.length < 1) return undefined;
  const year = table.year ? `${table.year}年` : '';
  return {
    kind: 'doughnut',
    title: `${year}一般公共预算支出结构（按类）`,
    sheet: table.sheet,
    anchor: anchorBeside(sheet, table, classes.length + 1),
    categoryHeading: '类',
    categories: classes.map((c) => `${c.code} ${c.name}`),
    series: [{ name: `金额（${table.unit ?? ''}）`, values: classes.map((c) => c.value.toFixed()) }],
    shares: sharesOf(classes.map((c) => c.value)),
    unit: table.unit,
    source: { sheet: table.sheet, range: rangeA1(table.range) },
  };
}

/** The 三公 items in the order the tables print them; `combined` is 公务用车购置及运行费 as one figure. */
const ITEMS: { name: string; test: (path: string[]) => boolean; combined?: boolean }[] = [
  { name: '因公出国（境）费', test: (p) => /出国/.test(p.join('>')) },
  { name: '公务接待费', test: (p) => /接待/.test(p[p.length - 1] ?? '') },
  { name: '公务用车购置费', test: (p) => /购置/.test(p[p.length - 1] ?? '') && !/运行/.test(p[p.length - 1] ?? '') },
  { name: '公务用车运行费', test: (p) => /运行/.test(p[p.length - 1] ?? '') && !/购置/.test(p[p.length - 1] ?? '') },
  { name: '公务用车购置及运行费', test: (p) => /购置及运行|公务用车/.test(p.join('>')) && (/^小计$/.test(p[p.length - 1] ?? '') || /购置及运行/.test(p[p.length - 1] ?? '')), combined: true },
];

function itemOf(path: string[]): (typeof ITEMS)[number] | undefined {
  return ITEMS.find((i) => i.test(path.map(normalizeLabel)));
}

const YEAR_RE = /((?:19|20)\d{2})\s*年?/;

/** 三公 figures by item and year, from either layout: items as columns (years as rows) or items as rows (years as columns). */
export function sangongByYear(sheet: Sheet, table: RecognizedTable): { years: string[]; items: string[]; values: Decimal[][] } | undefined {
  const panel = table.panels[0];
  if (!panel) return undefined;
  const itemCols = panel.amountCols.map((col) => ({ col, item: itemOf(table.columns.find((c) => c.col === col)?.path ?? []) })).filter((x) => x.item);
  const series: { year: string; byItem: Map<string, Decimal> }[] = [];
  if (itemCols.length >= 2) {
    // Items as columns: one row per year (the first block: the department or the only unit).
    const yearCol = table.columns.find((c) => c.role === 'year')?.col;
    for (const row of panel.rows) {
      const yearText = yearCol !== undefined ? compact(cellText(cellAt(sheet, row.row, yearCol))) : row.label;
      const m = YEAR_RE.exec(yearText);
      const year = m ? `${m[1]}年` : series.length === 0 && table.year ? `${table.year}年` : undefined;
      if (!year || series.some((s) => s.year === year)) continue;
      if (!m && row.kind !== 'total' && row !== panel.rows[0]) continue;
      series.push({ year, byItem: new Map(itemCols.map(({ col, item }) => [item!.name, value(row.amounts.get(col))])) });
    }
  } else {
    // Items as rows, years as columns (增减 columns left out).
    const yearCols = panel.amountCols
      .map((col) => ({ col, path: table.columns.find((c) => c.col === col)?.path.join('>') ?? '' }))
      .filter((c) => YEAR_RE.test(c.path) && !/增减|变化/.test(c.path));
    for (const { col, path } of yearCols) {
      const byItem = new Map<string, Decimal>();
      for (const row of panel.rows) {
        const item = itemOf([row.label]);
        if (item) byItem.set(item.name, value(row.amounts.get(col)));
      }
      series.push({ year: `${YEAR_RE.exec(path)![1]}年`, byItem });
    }
  }
  if (!series.length) return undefined;
  const present = ITEMS.filter((i) => series.some((s) => s.byItem.has(i.name)));
  // Split 购置 / 运行 figures when the table gives them, the combined one otherwise.
  const split = present.some((i) => i.name === '公务用车购置费' || i.name === '公务用车运行费');
  const items = present.filter((i) => !(i.combined && split)).map((i) => i.name);
  const last = series.slice(-2);
  return { years: last.map((s) => s.year), items, values: last.map((s) => items.map((i) => s.byItem.get(i) ?? new Decimal(0))) };
}

function sangongSpec(workbook: Workbook, table: RecognizedTable): ChartSpec | undefined {
  const sheet = workbook.sheets.find((s) => s.name === table.sheet);
  const data = sheet ? sangongByYear(sheet, table) : undefined;
  if (!sheet || !data || !data.items.length) return undefined;
  return {
    kind: 'clustered-bar',
    title: `“三公”经费（${data.years.join('、')}）`,
    sheet: table.sheet,
    anchor: anchorBeside(sheet, table, data.items.length + 1),
    categoryHeading: '项目',
    categories: data.items,
    series: data.years.map((y, i) => ({ name: y, values: data.values[i].map((v) => v.toFixed()) })),
    unit: table.unit,
    source: { sheet: table.sheet, range: rangeA1(table.range) },
  };
}

/** The charts the workbook's tables support: the first 一般公共预算 table and the first 一般公共预算 三公 table. */
export function chartSpecs(workbook: Workbook, tables: RecognizedTable[]): ChartSpec[] {
  const budget = tables.find((t) => t.kind === 'general-budget-expenditure');
  const sangong = tables.find((t) => t.kind === 'sangong' && !/政府性基金/.test(t.title)) ?? tables.find((t) => t.kind === 'sangong');
  return [budget && doughnutSpec(workbook, budget), sangong && sangongSpec(workbook, sangong)].filter((s): s is ChartSpec => !!s);
}

