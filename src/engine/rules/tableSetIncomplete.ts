/**
 * table-set-incomplete (info) — 标准表缺项：lists the standard tables the workbook does not hold yet,
 * so a drafter sees what is still to do. The standard set is the one both seed budgets publish
 * (深圳市科协 2021 表1–表12, 成华区科协 2023 一–十二): 收支总表, 收入总表, 支出总表, 财政拨款收支总表,
 * 一般公共预算支出表, 一般公共预算基本支出表, 一般公共预算"三公"经费支出表, 政府性基金预算支出表,
 * 国有资本经营预算支出表 (an empty table is still published, with a note that there is no such money).
 * 项目支出表 is not in every region's set, so its absence is not reported.
 * Only a workbook that is a table set (two or more standard kinds) is checked: a file holding only a
 * 三公 table is someone's working file, not a set missing eight tables.
 */
import type { Finding, RecognizedTable, TableKind } from '../types';
import { a1 } from '../workbook';

export const STANDARD_TABLE_SET: { kind: TableKind; name: string }[] = [
  { kind: 'income-expenditure-summary', name: '部门收支总表' },
  { kind: 'income-summary', name: '部门收入总表' },
  { kind: 'expenditure-summary', name: '部门支出总表' },
  { kind: 'fiscal-appropriation-summary', name: '财政拨款收支总表' },
  { kind: 'general-budget-expenditure', name: '一般公共预算支出表' },
  { kind: 'basic-expenditure', name: '一般公共预算基本支出表' },
  { kind: 'sangong', name: '一般公共预算"三公"经费支出表' },
  { kind: 'government-fund-expenditure', name: '政府性基金预算支出表' },
  { kind: 'state-capital-expenditure', name: '国有资本经营预算支出表' },
];

const ENGLISH: Partial<Record<TableKind, string>> = {
  'income-expenditure-summary': 'income and expenditure summary',
  'income-summary': 'income summary',
  'expenditure-summary': 'expenditure summary',
  'fiscal-appropriation-summary': 'fiscal appropriation summary',
  'general-budget-expenditure': 'general budget expenditure',
  'basic-expenditure': 'basic expenditure',
  sangong: '"three public" expenses',
  'government-fund-expenditure': 'government fund expenditure',
  'state-capital-expenditure': 'state capital operations expenditure',
};

export function tableSetIncomplete(tables: RecognizedTable[]): Finding[] {
  const present = new Set(tables.map((t) => t.kind));
  const standardPresent = STANDARD_TABLE_SET.filter((s) => present.has(s.kind)).length;
  if (standardPresent < 2) return [];
  // Anchor the findings at the first table's title corner: where the set starts.
  const first = tables[0];
  return STANDARD_TABLE_SET.filter((s) => !present.has(s.kind)).map((s) => ({
    rule: 'table-set-incomplete' as const,
    severity: 'info' as const,
    sheet: first.sheet,
    cell: a1(first.range.top, first.range.left),
    message: `工作簿中没有${s.name}（标准公开表之一；如本部门无此项资金，也应公开空表并说明）。The workbook has no ${ENGLISH[s.kind]} table.`,
  }));
}
