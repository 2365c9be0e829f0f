/**
 * cross-table-mismatch — 表间勾稽：同一口径的表之间应一致.
 * Identities hold only between tables of the same scope: all funds (收支总表, 收入总表, 支出总表)
 * or 财政拨款 only (财政拨款收支总表, 一般公共预算支出表, 基本支出表, 项目支出表, 政府性基金表).
 * A figure printed in two tables must print identically; a figure against a sum of another table's
 * figures gets the rounding interval.
 */
import Decimal from 'decimal.js';
import { compareSame, compareTotal, decimalString, type Figure } from '../tolerance';
import type { CheckOptions, Finding, Panel, RecognizedTable, TableKind } from '../types';
import { qualifiedA1, a1 } from '../workbook';
import { classByName } from '../catalog';
import { finding, isExact, show } from './context';

interface Part {
  figure: Figure;
  table: RecognizedTable;
  row: number;
  col: number;
}
/** key -> the figures that make it up (one part: printed; several: a sum of printed figures). */
type Selection = Map<string, Part[]>;

type Selector = (table: RecognizedTable) => Selection;

interface CrossIdentity {
  scope: 'all-funds' | 'fiscal';
  /** 中文 description for messages. */
  name: string;
  left: { kinds: TableKind[]; select: Selector };
  right: { kinds: TableKind[]; select: Selector };
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

/** 收支总表 / 财政拨款收支总表: 本年支出合计 and the 类 rows on the expenditure side. */
const summaryExpenditure: Selector = (table) => {
  const sel: Selection = new Map();
  const panel = table.panels.find((p) => p.side === 'expenditure');
  if (!panel) return sel;
  const col = panel.amountCols.find((c) => /一般公共预算/.test(table.columns.find((x) => x.col === c)?.path.join('') ?? '')) ?? panel.amountCols[0];
  panel.rows.forEach((r, i) => {
    const p = partAt(table, panel, i, col);
    if (!p) return;
    const code = classByName(r.label, table.year)?.entry.code;
    if (code) add(sel, code, p);
    if (r.kind === 'total' && /本年支出合计/.test(r.label.replace(/\s/g, ''))) add(sel, 'total', p);
  });
  return sel;
};

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
    const tops = panel.rows.map((r, i) => ({ r, i })).filter(({ r, i }) => panel.parent[i] === -1 && r.kind !== 'memo');
    for (const { i } of tops) {
      const p = partAt(table, panel, i, col);
      if (p) add(sel, 'total', p);
    }
  }
  return sel;
};

/** The list of identities: adding one is one entry. */
export const CROSS_TABLE_IDENTITIES: CrossIdentity[] = [
  {
    scope: 'all-funds',
    name: '收支总表的支出 = 支出总表',
    left: { kinds: ['income-expenditure-summary'], select: summaryExpenditure },
    right: { kinds: ['expenditure-summary'], select: byClass },
  },
  {
    scope: 'fiscal',
    name: '财政拨款收支总表的支出 = 一般公共预算支出表 + 政府性基金预算支出表',
    left: { kinds: ['fiscal-appropriation-summary'], select: summaryExpenditure },
    right: { kinds: ['general-budget-expenditure', 'government-fund-expenditure'], select: byClass },
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

export function checkCrossTable(tables: RecognizedTable[], options: CheckOptions = {}): Finding[] {
  const out: Finding[] = [];
  for (const id of CROSS_TABLE_IDENTITIES) {
    const lefts = tables.filter((t) => id.left.kinds.includes(t.kind));
    const rights = tables.filter((t) => id.right.kinds.includes(t.kind));
    if (!lefts.length || !rights.length) continue;
    const right = merge(rights.map(id.right.select));
    for (const lt of lefts) {
      const ti = tables.indexOf(lt);
      const left = id.left.select(lt);
      for (const [key, lparts] of left) {
        const rparts = right.get(key);
        if (!rparts || lparts.length !== 1) continue;
        const printed = lparts[0];
        const exact = isExact(lt, options);
        let agreement;
        let expected: Decimal;
        if (rparts.length === 1) {
          agreement = compareSame(printed.figure, rparts[0].figure);
          expected = rparts[0].figure.value;
        } else {
          const r = compareTotal(printed.figure, rparts.map((p) => p.figure), exact);
          agreement = r.agreement;
          expected = r.sum;
        }
        if (agreement === 'equal') continue;
        const tail = agreement === 'rounding-tail';
        const what = key === 'total' ? '支出合计' : `${key} 类`;
        const otherCells = rparts.map((p) => cellRef(lt, p));
        out.push(
          finding(tail ? 'rounding-tail' : 'cross-table-mismatch', lt, ti, printed.row, printed.col, {
            expected: decimalString(expected),
            actual: decimalString(printed.figure.value),
            related: otherCells,
            message: `${id.name}：${what} 本表为 ${show(printed.figure.value, printed.figure.decimals)}，${rparts[0].table.title || rparts[0].table.kind}为 ${show(expected, Math.max(...rparts.map((p) => p.figure.decimals)))}${rparts.length > 1 ? `（${rparts.length} 个数相加）` : ''}${tail ? '，在尾数误差范围内' : ''}。Cross-table ${tail ? 'rounding tail' : 'mismatch'} (${key}).`,
          }),
        );
      }
    }
  }
  return out;
}
