/**
 * row-sum-mismatch — 横向合计：合计 = 基本支出 + 项目支出，小计 = 各分项之和（按表头层级）.
 * Across one row, a total column must equal the sum of the columns the header puts under it.
 * 其中 columns and 政府采购 columns are parts shown for information and are never added.
 */
import Decimal from 'decimal.js';
import { compareTotal, decimalString, UnitsSum, type Figure } from '../tolerance';
import type { CheckOptions, Finding, Panel, RecognizedTable, TableRow } from '../types';
import { a1 } from '../workbook';
import { addFigure, figureKind, sumEqualsFigure } from '../recognize/rowAmounts';
import { figureOf, finding, isExact, rowName, show, columnName } from './context';

interface HeaderNode {
  name: string;
  col?: number;
  children: HeaderNode[];
}

const TOTAL_HEADING = /^(小计|合计|总计|支出总计|收入总计|合计数|金额合计|支出合计|收入合计)$/;
const MEMO_HEADING = /^其中|政府采购/;
/** Kinds whose columns are not additive (years, 三公 has its own rule). */
const SKIP_KINDS = new Set(['sangong', 'performance-targets']);

export function headerTree(table: RecognizedTable, panel: Panel): HeaderNode {
  const root: HeaderNode = { name: '', children: [] };
  for (const col of panel.amountCols) {
    const path = table.columns.find((c) => c.col === col)?.path ?? [];
    let node = root;
    path.forEach((name, depth) => {
      let child = node.children.find((c) => c.name === name && c.col === undefined);
      if (!child || depth === path.length - 1) {
        child = { name, children: [] };
        node.children.push(child);
      }
      node = child;
    });
    if (node !== root) node.col = col;
  }
  return root;
}

/** The cells whose sum is a header node's value in a row: its own column, its 小计, or its parts. */
function valueCells(node: HeaderNode): number[] {
  if (node.col !== undefined) return [node.col];
  const subtotal = node.children.find((c) => c.col !== undefined && TOTAL_HEADING.test(c.name));
  if (subtotal) return [subtotal.col!];
  return node.children.filter((c) => !MEMO_HEADING.test(c.name)).flatMap(valueCells);
}

interface Identity {
  total: number;
  parts: number[];
}

/** Every total column of the header with the columns it adds up. */
export function rowIdentities(root: HeaderNode): Identity[] {
  const out: Identity[] = [];
  const visit = (node: HeaderNode) => {
    const total = node.children.find((c) => c.col !== undefined && c.children.length === 0 && TOTAL_HEADING.test(c.name));
    if (total) {
      const others = node.children.filter((c) => c !== total && !MEMO_HEADING.test(c.name));
      if (others.length) out.push({ total: total.col!, parts: others.flatMap(valueCells) });
    }
    node.children.forEach(visit);
  };
  visit(root);
  return out;
}

const sum = new UnitsSum();

function checkRow(table: RecognizedTable, ti: number, row: TableRow, id: Identity, exact: boolean): Finding | undefined {
  const ownKind = figureKind(row.amounts, id.total);
  if (ownKind === 'invalid') return undefined;
  sum.reset();
  for (let i = 0; i < id.parts.length; i++) addFigure(sum, row.amounts, id.parts[i]);
  if (sumEqualsFigure(sum, row.amounts, id.total)) return undefined; // the common case, decided without lists or objects
  if (sum.holdsOnlyBlanks() && ownKind !== 'number') return undefined; // a blank over blank parts
  const own = row.amounts.get(id.total);
  // The parts' figures in one pass (every row of every table comes here), blanks left out.
  const partFigures: Figure[] = [];
  let decimals = 0;
  for (const c of id.parts) {
    const a = row.amounts.get(c);
    if (a?.kind === 'invalid') return undefined;
    const f = figureOf(a);
    if (!f) continue;
    partFigures.push(f);
    if (f.decimals > decimals) decimals = f.decimals;
  }
  if (!partFigures.length && own?.kind !== 'number') return undefined;
  const total: Figure = figureOf(own) ?? { value: new Decimal(0), decimals };
  const result = compareTotal(total, partFigures, exact);
  if (result.agreement === 'equal') return undefined;
  const tail = result.agreement === 'rounding-tail';
  const names = id.parts.map((c) => columnName(table, c)).join(' + ');
  const shown = own?.kind === 'number' ? show(total.value, total.decimals) : '空白';
  const sumText = show(result.sum, decimals);
  const what = `${rowName(row.label, row.code)}「${columnName(table, id.total)}」`;
  return finding(tail ? 'rounding-tail' : 'row-sum-mismatch', table, ti, row.row, id.total, {
    expected: decimalString(result.sum),
    actual: decimalString(total.value),
    related: id.parts.filter((c) => row.amounts.get(c)?.kind === 'number').map((c) => a1(row.row, c)),
    message: tail
      ? `${what}为 ${shown}，${names} = ${sumText}，在尾数误差范围内。Rounding tail across the row: ${shown} vs ${sumText}.`
      : `${what}为 ${shown}，但 ${names} = ${sumText}（差 ${show(result.difference, decimals)}）。Row sum mismatch: ${shown} ≠ ${sumText}.`,
  });
}

export function recomputeRowSums(tables: RecognizedTable[], options: CheckOptions = {}): Finding[] {
  const out: Finding[] = [];
  tables.forEach((table, ti) => {
    if (SKIP_KINDS.has(table.kind)) return;
    const exact = isExact(table, options);
    for (const panel of table.panels) {
      const identities = rowIdentities(headerTree(table, panel));
      for (let r = 0; r < panel.rows.length; r++) {
        const row = panel.rows[r];
        if (row.kind === 'year') continue;
        for (let k = 0; k < identities.length; k++) {
          const f = checkRow(table, ti, row, identities[k], exact);
          if (f) out.push(f);
        }
      }
    }
  });
  return out;
}
