/**
 * Facts: every figure a narrative may quote, read from the recognized tables with the cells it came from.
 * Several tables may print the same quantity (基本支出 in 支出总表 and in 一般公共预算支出表); each is kept,
 * the first (in the order below) being the one a generated text prints.
 */
import { compact } from '../../text';
import type { RecognizedTable } from '../../types';
import type { Workbook } from '../../workbook';
import type { Fact, FactBook, FactKey, Scope } from '../types';
import { basicFacts } from './basic';
import { classFacts } from './classes';
import { departmentRow, unitRows, type Ctx } from './rows';
import { expenditureColumnsFacts, fiscalSummaryFacts, incomeSummaryFacts, summaryFacts, totalOnlyFacts } from './summary';
import { sangongFacts } from './sangong';

/** Which tables speak first for a quantity: all-funds summaries, then 财政拨款 tables, then the detail tables. */
const ORDER: RecognizedTable['kind'][] = [
  'income-expenditure-summary',
  'income-summary',
  'expenditure-summary',
  'fiscal-appropriation-summary',
  'general-budget-expenditure',
  'basic-expenditure',
  'project-expenditure',
  'procurement',
  'transfer-expenditure',
  'government-fund-expenditure',
  'sangong',
];

function mostCommonYear(tables: RecognizedTable[]): number | null {
  const counts = new Map<number, number>();
  for (const t of tables) if (t.year !== null) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best) && y > best)) best = y;
  return best;
}

function namesOf(tables: RecognizedTable[], ctx: Ctx): { department: string[]; units: string[] } {
  const department: string[] = [];
  const units: string[] = [];
  const addTo = (list: string[], name: string) => {
    const n = compact(name);
    if (n && !list.includes(n)) list.push(n);
  };
  for (const t of tables) if (t.department) addTo(department, t.department);
  for (const d of department) ctx.departments.add(d);
  for (const t of tables) {
    for (const p of t.panels) {
      const dept = departmentRow(p, ctx);
      if (dept && dept.kind !== 'total' && compact(dept.label)) addTo(department, dept.label);
      for (const u of unitRows(p)) addTo(units, u.label);
      const single = p.rows.filter((r) => r.kind === 'unit');
      if (single.length === 1) addTo(department, single[0].label);
    }
  }
  for (const d of department) ctx.departments.add(d);
  return { department, units: units.filter((u) => !department.includes(u)) };
}

export function collectFacts(tables: RecognizedTable[], workbook: Workbook): FactBook {
  const ctx: Ctx = { workbook, departments: new Set() };
  const { department, units } = namesOf(tables, ctx);
  const facts: Fact[] = [];
  const push = (f: Fact | undefined) => {
    if (f) facts.push(f);
  };
  const sorted = [...tables].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  for (const t of sorted) {
    switch (t.kind) {
      case 'income-expenditure-summary':
        summaryFacts(t, ctx, push);
        break;
      case 'income-summary':
        incomeSummaryFacts(t, ctx, push);
        break;
      case 'expenditure-summary':
        expenditureColumnsFacts(t, ctx, push, 'expenditure-total');
        classFacts(t, ctx, push);
        break;
      case 'fiscal-appropriation-summary':
        fiscalSummaryFacts(t, ctx, push);
        break;
      case 'general-budget-expenditure':
        expenditureColumnsFacts(t, ctx, push, 'general-budget');
        classFacts(t, ctx, push);
        break;
      case 'basic-expenditure':
        basicFacts(t, ctx, push);
        break;
      case 'project-expenditure':
        totalOnlyFacts(t, ctx, push, 'project', '项目支出');
        break;
      case 'procurement':
        totalOnlyFacts(t, ctx, push, 'procurement', '政府采购');
        break;
      case 'transfer-expenditure':
        totalOnlyFacts(t, ctx, push, 'transfer', '上级专项转移支付');
        break;
      case 'government-fund-expenditure':
        totalOnlyFacts(t, ctx, push, 'government-fund', '政府性基金预算支出');
        break;
      case 'sangong':
        sangongFacts(t, ctx, push);
        break;
      default:
        break;
    }
  }
  return { facts, year: mostCommonYear(tables), department, units };
}

export function factsFor(book: FactBook, key: FactKey, scope: Scope = ''): Fact[] {
  return book.facts.filter((f) => f.key === key && f.scope === scope);
}

export function firstFact(book: FactBook, key: FactKey, scope: Scope = ''): Fact | undefined {
  return book.facts.find((f) => f.key === key && f.scope === scope);
}
