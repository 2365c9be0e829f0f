/**
 * cross-table-mismatch — 表间勾稽：同一口径的表之间应一致.
 * Identities hold only between tables of the same scope: all funds (收支总表, 收入总表, 支出总表)
 * or 财政拨款 only (财政拨款收支总表, 一般公共预算支出表, 基本支出表, 项目支出表, 政府性基金表).
 * A figure printed in two tables must print identically; a figure against a sum of another table's
 * figures gets the rounding interval. Every identity is one entry of CROSS_TABLE_IDENTITIES.
 */
import Decimal from 'decimal.js';
import { compareSame, compareTotal, decimalString, type Figure } from '../tolerance';
import type { CheckOptions, Finding, Panel, RecognizedTable, Severity, TableKind } from '../types';
import { qualifiedA1, a1, type Sheet } from '../workbook';
import { readSangong } from '../sangong';
import { classByName } from '../catalog';
import { splitOrdinal } from '../text';
import { finding, isExact, show } from './context';

interface Part {
  figure: Figure;
  table: RecognizedTable;
  row: number;
  col: number;
}
/** key -> the figures that make it up (one part: printed; several: a sum of printed figures). */
type Selection = Map<string, Part[]>;

/** What a selector may read besides the recognized table: the sheets (the 三公 reader reads cells itself). */
export interface SelectContext {
  sheets: Sheet[];
}
type Selector = (table: RecognizedTable, context: SelectContext) => Selection;

export interface CrossIdentity {
  scope: 'all-funds' | 'fiscal';
  /** 中文 description for messages. */
  name: string;
  left: { kinds: TableKind[]; select: Selector };
  right: { kinds: TableKind[]; select: Selector };
  /** An identity that may legitimately differ (project money can carry the same items) only warns. */
  severity?: Severity;
  /** How to name a key in messages (default: 类 codes and totals). */
  describe?: (key: string) => string;
}

function add(sel: Selection, key: string, part: Part): void {
  const list = sel.get(key) ?? [];
  list.push(part);
  sel.set(key, list);
}

function partAt(table: RecognizedTable, panel: Panel, index: number, col: number): Part | undefined {
  const row = panel.rows[index];
  const a = row.amounts.get(col);
  if (a?.kind !== 'number') return undefined;
  return { figure: { value: a.value, decimals: a.decimals }, table, row: row.row, col };
}

function pathOf(table: RecognizedTable, col: number): string[] {
  return table.columns.find((x) => x.col === col)?.path.map((p) => p.replace(/\s/g, '')) ?? [];
}

/** The column a heading names: its last word, or the 小计/合计 right under it. */
function columnFor(table: RecognizedTable, cols: number[], word: RegExp): number | undefined {
  const named = (col: number) => {
    const path = pathOf(table, col);
    const last = path[path.length - 1] ?? '';
    if (word.test(last)) return true;
    return /^(小计|合计)$/.test(last) && word.test(path[path.length - 2] ?? '');
  };
  return cols.find(named);
}

/** The table's own total column: 合计 / 总计 / 支出总计 / 收入总计, else the first amount column. */
function totalColumn(table: RecognizedTable, panel: Panel): number | undefined {
  return columnFor(table, panel.amountCols, /^(合计|总计|.{0,4}总计)$/) ?? panel.amountCols[0];
}

/**
 * The rows that make up a table's grand total: a printed total row when there is one at the top level,
 * else the top-level parents (department, unit, 类 rows). A top-level row with no children and no role
 * (the fragment of a table) is not a total's part.
 */
function grandTotalRows(panel: Panel): number[] {
  const top = panel.rows.map((_, i) => i).filter((i) => panel.parent[i] === -1 && panel.rows[i].kind !== 'memo');
  const totals = top.filter((i) => panel.rows[i].kind === 'total');
  if (totals.length) return totals.slice(0, 1);
  const hasChildren = new Set(panel.parent.filter((p) => p >= 0));
  return top.filter((i) => {
    const r = panel.rows[i];
    return r.kind === 'group' || r.kind === 'unit' || hasChildren.has(i) || (r.kind === 'code' && r.code?.length === 3);
  });
}

/** 一、一般公共预算拨款收入 -> 一般公共预算拨款: the words two tables share for an item. */
function itemWords(label: string): string {
  return splitOrdinal(label).rest.replace(/[、，,：:（）()]/g, '');
}

const INCOME_ITEMS: [string, RegExp][] = [
  ['一般公共预算拨款', /^一般公共预算(财政)?拨款(收入)?$|^一般公共预算$/],
  ['政府性基金预算拨款', /^政府性基金(预算)?(财政)?拨款(收入)?$|^政府性基金预算$/],
  ['国有资本经营预算拨款', /^国有资本经营(预算)?(财政)?拨款(收入)?$|^国有资本经营预算$/],
  ['财政专户管理资金', /^财政专户管理资金(收入)?$/],
  ['事业收入', /^事业收入$/],
  ['事业单位经营收入', /^(事业单位)?经营收入$/],
  ['上级补助收入', /^上级补助收入$/],
  ['附属单位上缴收入', /^附属单位上缴收入$/],
  ['其他收入', /^其他收入$/],
  ['上年结转', /^上年结(余|转)/],
  ['收入总计', /^收入总计$/],
];

function incomeItem(words: string): string | undefined {
  return INCOME_ITEMS.find(([, re]) => re.test(words))?.[0];
}

/** 收支总表 / 财政拨款收支总表: 本年支出合计 and the 类 rows on the expenditure side, in one column. */
function summaryExpenditure(pick: (table: RecognizedTable, panel: Panel) => number | undefined): Selector {
  return (table) => {
    const sel: Selection = new Map();
    const panel = table.panels.find((p) => p.side === 'expenditure');
    if (!panel) return sel;
    const col = pick(table, panel);
    if (col === undefined) return sel;
    panel.rows.forEach((r, i) => {
      const p = partAt(table, panel, i, col);
      if (!p) return;
      const words = itemWords(r.label);
      // The inferred code knows the row's place (a 款 named like a 类 is still a 款); the name alone is the fallback.
      const code = r.inferredCode ? (r.inferredCode.length === 3 ? r.inferredCode : undefined) : classByName(r.label, table.year)?.entry.code;
      if (code) add(sel, code, p);
      else if (/^本年支出(合计)?$/.test(words)) add(sel, 'total', p);
    });
    return sel;
  };
}

const firstColumn = (_t: RecognizedTable, panel: Panel) => panel.amountCols[0];
/** A split 财政拨款收支总表 (合计 | 一般公共预算 | 政府性基金 …) is compared column by column. */
const columnNamed = (word: RegExp) => (t: RecognizedTable, panel: Panel) => columnFor(t, panel.amountCols, word);
const unsplitColumn = (t: RecognizedTable, panel: Panel) => (columnFor(t, panel.amountCols, /一般公共预算/) === undefined ? panel.amountCols[0] : undefined);

/** Tables by code: each 类 as printed (or summed from its 款/项 rows), over all units; and the grand total. */
const byClass: Selector = (table) => {
  const sel: Selection = new Map();
  for (const panel of table.panels) {
    const col = panel.amountCols[0];
    if (col === undefined) continue;
    panel.rows.forEach((r, i) => {
      if (r.kind !== 'code' || r.codeSystem !== 'functional' || !r.code) return;
      const parent = panel.parent[i] >= 0 ? panel.rows[panel.parent[i]] : undefined;
      if (parent?.kind === 'code') return; // counted through its top-most code row
      const p = partAt(table, panel, i, col);
      if (p) add(sel, r.code.slice(0, 3), p);
    });
    for (const i of grandTotalRows(panel)) {
      const p = partAt(table, panel, i, col);
      if (p) add(sel, 'total', p);
    }
  }
  return sel;
};

/** 收支总表's income side: each item (一般公共预算拨款, 事业收入, 上年结转, 收入总计 …) as printed. */
const summaryIncome: Selector = (table) => {
  const sel: Selection = new Map();
  const panel = table.panels.find((p) => p.side === 'income');
  const col = panel?.amountCols[0];
  if (!panel || col === undefined) return sel;
  panel.rows.forEach((r, i) => {
    const key = incomeItem(itemWords(r.label));
    const p = partAt(table, panel, i, col);
    if (key && p && !sel.has(key)) add(sel, key, p);
  });
  return sel;
};

/** 收入总表: each income column's grand total (收入总计, 一般公共预算拨款, 事业收入 …). */
const incomeColumnTotals: Selector = (table) => {
  const sel: Selection = new Map();
  for (const panel of table.panels) {
    const rows = grandTotalRows(panel);
    for (const col of panel.amountCols) {
      const path = pathOf(table, col);
      const last = path[path.length - 1] ?? '';
      const words = /^(小计|合计)$/.test(last) ? path[path.length - 2] ?? '' : last;
      const key = col === totalColumn(table, panel) && !incomeItem(words) ? '收入总计' : incomeItem(words);
      if (!key || sel.has(key)) continue;
      const parts = rows.map((i) => partAt(table, panel, i, col)).filter((p): p is Part => !!p);
      if (parts.length) sel.set(key, parts);
    }
  }
  return sel;
};

/** 收入总表 / 支出总表 per unit: each unit's (and the department's) 总计, and the table's total. */
const unitTotals: Selector = (table) => {
  const sel: Selection = new Map();
  for (const panel of table.panels) {
    const col = totalColumn(table, panel);
    if (col === undefined) continue;
    panel.rows.forEach((r, i) => {
      const p = partAt(table, panel, i, col);
      if (!p) return;
      if (r.kind === 'unit' || r.kind === 'group') {
        const name = itemWords(r.label);
        if (name) add(sel, `unit:${name}`, p);
      }
    });
    const totals = grandTotalRows(panel).map((i) => partAt(table, panel, i, col)).filter((p): p is Part => !!p);
    if (totals.length) sel.set('total', totals);
  }
  return sel;
};

/** A table's grand total in the column a heading names (基本支出 / 项目支出), or in its 一般公共预算 / total column. */
function grandTotalIn(key: string, column: (table: RecognizedTable, panel: Panel) => number | undefined): Selector {
  return (table) => {
    const sel: Selection = new Map();
    for (const panel of table.panels) {
      const col = column(table, panel);
      if (col === undefined) continue;
      const parts = grandTotalRows(panel).map((i) => partAt(table, panel, i, col)).filter((p): p is Part => !!p);
      if (parts.length) sel.set(key, parts);
    }
    return sel;
  };
}
/** An all-funds 基本支出总表 carries the 一般公共预算拨款 share in a column of its own. */
const fiscalShareColumn = (t: RecognizedTable, panel: Panel) => columnFor(t, panel.amountCols, /^一般公共预算(拨款|财政拨款)?$/) ?? totalColumn(t, panel);

/**
 * 一般公共预算"三公"经费表: this year's 公务接待费 and 公务用车运行维护费 for the department (the 政府性基金
 * 三公 table is another scope of money and is left out).
 */
const sangongBasicItems: Selector = (table, { sheets }) => {
  const sel: Selection = new Map();
  const sheet = sheets.find((s) => s.name === table.sheet);
  if (!sheet || /政府性基金|国有资本/.test(table.title)) return sel;
  const sangong = readSangong(table, sheet);
  const department = sangong?.units[0];
  const current = department?.years[department.years.length - 1];
  if (!current) return sel;
  for (const [item, key] of [['reception', '30217'], ['operation', '30231']] as const) {
    const c = current.figures[item];
    if (c?.value) add(sel, key, { figure: { value: c.value, decimals: c.decimals }, table, row: c.row, col: c.col });
  }
  return sel;
};

/** 基本支出表: the rows of economic items 30217 公务接待费 and 30231 公务用车运行维护费 (by code, or by name where no code is printed). */
const basicItems: Selector = (table) => {
  const sel: Selection = new Map();
  for (const panel of table.panels) {
    const col = fiscalShareColumn(table, panel);
    if (col === undefined) continue;
    panel.rows.forEach((r, i) => {
      const words = itemWords(r.label);
      const key = r.code === '30217' || (!r.code && words === '公务接待费') ? '30217' : r.code === '30231' || (!r.code && words === '公务用车运行维护费') ? '30231' : undefined;
      const p = key && partAt(table, panel, i, col);
      if (key && p) add(sel, key, p);
    });
  }
  return sel;
};

const describeIncome = (key: string) => key;
const describeUnit = (key: string) => (key === 'total' ? '合计' : key.replace(/^unit:/, ''));

/** The list of identities: adding one is one entry. */
export const CROSS_TABLE_IDENTITIES: CrossIdentity[] = [
  {
    scope: 'all-funds',
    name: '收支总表的支出 = 支出总表',
    left: { kinds: ['income-expenditure-summary'], select: summaryExpenditure(firstColumn) },
    right: { kinds: ['expenditure-summary'], select: byClass },
  },
  {
    scope: 'all-funds',
    name: '收支总表的收入 = 收入总表各列合计',
    left: { kinds: ['income-expenditure-summary'], select: summaryIncome },
    right: { kinds: ['income-summary'], select: incomeColumnTotals },
    describe: describeIncome,
  },
  {
    scope: 'all-funds',
    name: '收入总表各单位总计 = 支出总表各单位总计',
    left: { kinds: ['income-summary'], select: unitTotals },
    right: { kinds: ['expenditure-summary'], select: unitTotals },
    describe: describeUnit,
  },
  {
    scope: 'fiscal',
    name: '财政拨款收支总表的支出 = 一般公共预算支出表 + 政府性基金预算支出表',
    left: { kinds: ['fiscal-appropriation-summary'], select: summaryExpenditure(unsplitColumn) },
    right: { kinds: ['general-budget-expenditure', 'government-fund-expenditure'], select: byClass },
  },
  {
    scope: 'fiscal',
    name: '财政拨款收支总表的一般公共预算支出 = 一般公共预算支出表',
    left: { kinds: ['fiscal-appropriation-summary'], select: summaryExpenditure(columnNamed(/一般公共预算/)) },
    right: { kinds: ['general-budget-expenditure'], select: byClass },
  },
  {
    scope: 'fiscal',
    name: '财政拨款收支总表的政府性基金支出 = 政府性基金预算支出表',
    left: { kinds: ['fiscal-appropriation-summary'], select: summaryExpenditure(columnNamed(/政府性基金/)) },
    right: { kinds: ['government-fund-expenditure'], select: byClass },
  },
  {
    scope: 'fiscal',
    name: '一般公共预算支出表的基本支出 = 基本支出表合计',
    left: { kinds: ['general-budget-expenditure'], select: grandTotalIn('基本支出', (t, p) => columnFor(t, p.amountCols, /^基本支出$/)) },
    right: { kinds: ['basic-expenditure'], select: grandTotalIn('基本支出', fiscalShareColumn) },
    describe: describeIncome,
  },
  {
    scope: 'fiscal',
    name: '"三公"经费表的公务接待费、公务用车运行维护费与基本支出表 30217、30231 应一致（项目支出也可安排，差额请核实）',
    left: { kinds: ['sangong'], select: sangongBasicItems },
    right: { kinds: ['basic-expenditure'], select: basicItems },
    severity: 'warning',
    describe: (key) => (key === '30217' ? '公务接待费（30217）' : '公务用车运行维护费（30231）'),
  },
  {
    scope: 'fiscal',
    name: '一般公共预算支出表的项目支出 = 项目支出表合计',
    left: { kinds: ['general-budget-expenditure'], select: grandTotalIn('项目支出', (t, p) => columnFor(t, p.amountCols, /^项目支出$/)) },
    right: { kinds: ['project-expenditure'], select: grandTotalIn('项目支出', fiscalShareColumn) },
    describe: describeIncome,
  },
];

function merge(selections: Selection[]): Selection {
  const out: Selection = new Map();
  for (const s of selections) for (const [k, parts] of s) for (const p of parts) add(out, k, p);
  return out;
}

function cellRef(from: RecognizedTable, p: Part): string {
  return p.table.sheet === from.sheet ? a1(p.row, p.col) : qualifiedA1(p.table.sheet, p.row, p.col);
}

const describeClass = (key: string) => (key === 'total' ? '支出合计' : `${key} 类`);

/** Compare one printed figure with the other table's figure(s): identical when printed once, within rounding when summed. */
function agreementOf(printed: Part, others: Part[], exact: boolean): { agreement: ReturnType<typeof compareSame>; expected: Decimal } {
  if (others.length === 1) return { agreement: compareSame(printed.figure, others[0].figure), expected: others[0].figure.value };
  const r = compareTotal(printed.figure, others.map((p) => p.figure), exact);
  return { agreement: r.agreement, expected: r.sum };
}

export function checkCrossTable(tables: RecognizedTable[], options: CheckOptions = {}, workbook: { sheets: Sheet[] } = { sheets: [] }, identities: CrossIdentity[] = CROSS_TABLE_IDENTITIES): Finding[] {
  const out: Finding[] = [];
  const context: SelectContext = { sheets: workbook.sheets };
  for (const id of identities) {
    const lefts = tables.filter((t) => id.left.kinds.includes(t.kind));
    const rights = tables.filter((t) => id.right.kinds.includes(t.kind));
    if (!lefts.length || !rights.length) continue;
    const right = merge(rights.map((t) => id.right.select(t, context)));
    for (const lt of lefts) {
      const ti = tables.indexOf(lt);
      for (const [key, lparts] of id.left.select(lt, context)) {
        const rparts = right.get(key);
        if (!rparts || lparts.length !== 1) continue;
        const printed = lparts[0];
        const { agreement, expected } = agreementOf(printed, rparts, isExact(lt, options));
        if (agreement === 'equal') continue;
        // A warning identity's rounding tail says nothing worth reading.
        if (agreement === 'rounding-tail' && id.severity === 'warning') continue;
        const tail = agreement === 'rounding-tail';
        const what = (id.describe ?? describeClass)(key);
        const f = finding(tail ? 'rounding-tail' : 'cross-table-mismatch', lt, ti, printed.row, printed.col, {
          expected: decimalString(expected),
          actual: decimalString(printed.figure.value),
          related: rparts.map((p) => cellRef(lt, p)),
          message: `${id.name}：${what} 本表为 ${show(printed.figure.value, printed.figure.decimals)}，${rparts[0].table.title || rparts[0].table.kind}为 ${show(expected, Math.max(...rparts.map((p) => p.figure.decimals)))}${rparts.length > 1 ? `（${rparts.length} 个数相加）` : ''}${tail ? '，在尾数误差范围内' : ''}。Cross-table ${tail ? 'rounding tail' : 'mismatch'} (${key}).`,
        });
        if (!tail && id.severity) f.severity = id.severity;
        out.push(f);
      }
    }
  }
  return out;
}
