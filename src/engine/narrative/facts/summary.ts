/**
 * Facts of the summary tables: 收支总表 (收入总计, 支出总计, income rows, 类 rows), 收入总表, 支出总表
 * (支出总计, 基本支出, 项目支出, 政府采购 by unit), 财政拨款收支总表, and the one-total tables
 * (项目支出表, 政府采购表, 上级专项转移支付表, 政府性基金预算支出表).
 */
import { classByName } from '../../catalog';
import { compact } from '../../text';
import type { Panel, RecognizedTable, TableRow } from '../../types';
import type { Fact } from '../types';
import { appropriationColumn } from './classes';
import { columnWhere, currentColumn, departmentRow, factOf, isLeaf, partAt, plainLabel, rowFact, unitRows, type Ctx } from './rows';

type Out = (f: Fact | undefined) => void;

function classCode(table: RecognizedTable, label: string): string | undefined {
  return classByName(plainLabel(label), table.year)?.entry.code;
}

/** 收支总表: both sides. */
export function summaryFacts(table: RecognizedTable, ctx: Ctx, push: Out): void {
  for (const panel of table.panels) {
    const col = currentColumn(table, panel);
    panel.rows.forEach((row, i) => {
      const label = compact(row.label);
      if (panel.side === 'income') {
        if (/收入总计/.test(label)) push(rowFact('income-total', '', '收入总计', table, panel, row, col, ctx));
        else if (/本年收入合计/.test(label)) push(rowFact('current-income', '', '本年收入合计', table, panel, row, col, ctx));
        else if (row.kind !== 'total') {
          push(rowFact(`income:${plainLabel(row.label)}`, '', plainLabel(row.label), table, panel, row, col, ctx));
          if (isLeaf(panel, i) && nonZero(row, col)) push(rowFact(`income-part:${plainLabel(row.label)}`, '', plainLabel(row.label), table, panel, row, col, ctx));
        }
        if (/^一般公共预算(当年)?拨款(收入)?$/.test(plainLabel(row.label))) push(rowFact('general-budget', '', plainLabel(row.label), table, panel, row, col, ctx));
      } else if (panel.side === 'expenditure') {
        if (/支出总计/.test(label)) push(rowFact('expenditure-total', '', '支出总计', table, panel, row, col, ctx));
        else if (/本年支出合计/.test(label)) push(rowFact('current-expenditure', '', '本年支出合计', table, panel, row, col, ctx));
        else if (row.ordinal === 1 || row.kind === 'item') {
          const code = classCode(table, row.label);
          if (code) push(rowFact(`class:${code}`, '', plainLabel(row.label), table, panel, row, col, ctx));
        }
      }
    });
  }
}

function nonZero(row: TableRow, col: number | undefined): boolean {
  const a = col === undefined ? undefined : row.amounts.get(col);
  return a?.kind === 'number' && !a.value.isZero();
}

/** 财政拨款收支总表: the 财政拨款 total, 一般公共预算 拨款 of the year (not 上年结转), 类 in the 一般公共预算 column. */
export function fiscalSummaryFacts(table: RecognizedTable, ctx: Ctx, push: Out): void {
  for (const panel of table.panels) {
    if (panel.side === 'income') {
      const col = currentColumn(table, panel);
      panel.rows.forEach((row, i) => {
        const label = plainLabel(row.label);
        const parent = panel.parent[i] >= 0 ? compact(panel.rows[panel.parent[i]].label) : '';
        if (/收入总计/.test(label)) push(rowFact('fiscal-total', '', '财政拨款收入总计', table, panel, row, col, ctx));
        else if (/^本年收入(合计)?$/.test(label)) push(rowFact('fiscal-current', '', '本年收入', table, panel, row, col, ctx));
        else if (/^一般公共预算(当年)?拨款(收入)?$/.test(label) && !/上年|结转|结余/.test(parent)) push(rowFact('general-budget', '', label, table, panel, row, col, ctx));
        if (row.kind !== 'total' && isLeaf(panel, i) && nonZero(row, col)) {
          const name = /上年|结转|结余/.test(parent) ? `${plainLabel(parent)}${label}` : label;
          push(rowFact(`fiscal-income:${name}`, '', name, table, panel, row, col, ctx));
        }
      });
    } else if (panel.side === 'expenditure') {
      const col = columnWhere(table, panel, /一般公共预算/) ?? currentColumn(table, panel);
      const all = currentColumn(table, panel);
      for (const row of panel.rows) {
        const label = plainLabel(row.label);
        if (/支出总计/.test(label)) push(rowFact('fiscal-total', '', '财政拨款支出总计', table, panel, row, all, ctx));
        else if (/^本年支出(合计)?$/.test(label)) push(rowFact('fiscal-current', '', '本年支出', table, panel, row, all, ctx));
        else {
          const code = classCode(table, row.label);
          if (code) push(rowFact(`class:${code}`, '', label, table, panel, row, col, ctx));
        }
      }
    }
  }
}

/** 收入总表: 收入总计 of the department and of each unit. */
export function incomeSummaryFacts(table: RecognizedTable, ctx: Ctx, push: Out): void {
  for (const panel of table.panels) {
    const col = columnWhere(table, panel, /^收入总计|^合计|^总计/) ?? currentColumn(table, panel);
    const dept = departmentRow(panel, ctx);
    if (dept) push(rowFact('income-total', '', '收入总计', table, panel, dept, col, ctx));
    for (const u of unitRows(panel)) push(rowFact('income-total', compact(u.label), '收入总计', table, panel, u, col, ctx));
  }
}

const EXPENDITURE_COLUMNS: [RegExp, string, string][] = [
  [/^基本支出$|>基本支出$|^基本支出>合计$/, 'basic', '基本支出'],
  [/^项目支出$|>项目支出$|^项目支出>合计$/, 'project', '项目支出'],
  [/人员经费$|人员支出$/, 'personnel', '人员经费'],
  [/公用经费$|公用支出$/, 'public', '公用经费'],
  [/上缴上级支出$/, 'expenditure:上缴上级支出', '上缴上级支出'],
  [/对附属单位补助支出$/, 'expenditure:对附属单位补助支出', '对附属单位补助支出'],
  [/经营支出$/, 'expenditure:事业单位经营支出', '事业单位经营支出'],
];

/** 支出总表 (and the by-unit columns of 一般公共预算支出表): total, 基本/项目支出, 政府采购, per unit too. */
export function expenditureColumnsFacts(table: RecognizedTable, ctx: Ctx, push: Out, totalKey: string): void {
  for (const panel of table.panels) {
    const rows: [string, TableRow][] = [];
    const dept = departmentRow(panel, ctx);
    if (dept) rows.push(['', dept]);
    for (const u of unitRows(panel)) rows.push([compact(u.label), u]);
    const first = totalKey === 'general-budget' ? appropriationColumn(table, panel) : currentColumn(table, panel);
    const procurementCol = columnWhere(table, panel, /政府采购/);
    for (const [scope, row] of rows) {
      push(rowFact(totalKey, scope, totalKey === 'general-budget' ? '一般公共预算支出' : '支出总计', table, panel, row, first, ctx));
      for (const [re, key, label] of EXPENDITURE_COLUMNS) {
        const col = columnWhere(table, panel, re);
        if (col !== undefined && col !== first && col !== currentColumn(table, panel)) push(rowFact(key, scope, label, table, panel, row, col, ctx));
      }
      if (procurementCol !== undefined) push(rowFact('procurement', scope, '政府采购', table, panel, row, procurementCol, ctx));
    }
  }
}

/** Tables with one figure per unit worth quoting: 项目支出表, 政府采购表, 转移支付表, 政府性基金表. */
export function totalOnlyFacts(table: RecognizedTable, ctx: Ctx, push: Out, key: string, label: string): void {
  for (const panel of table.panels) {
    const col = currentColumn(table, panel);
    const dept = departmentRow(panel, ctx);
    if (dept) push(rowFact(key, '', label, table, panel, dept, col, ctx));
    for (const u of unitRows(panel)) push(rowFact(key, compact(u.label), label, table, panel, u, col, ctx));
    if (key === 'procurement') procurementCategories(table, panel, col, ctx, push);
  }
}

const PROCUREMENT_CATEGORY: Record<string, string> = { A: '货物', B: '工程', C: '服务' };

/** 货物 (A), 工程 (B), 服务 (C): the 品目 rows with a one-letter code, summed over units. */
function procurementCategories(table: RecognizedTable, panel: Panel, col: number | undefined, ctx: Ctx, push: Out): void {
  for (const letter of Object.keys(PROCUREMENT_CATEGORY)) {
    const rows = panel.rows.filter((r) => r.kind === 'code' && r.codeSystem === 'procurement' && r.code === letter);
    if (rows.length) push(factOf(`procurement:${letter}`, '', `${PROCUREMENT_CATEGORY[letter]}采购`, table, rows.map((r) => partAt(table, r, col, ctx))));
  }
}
