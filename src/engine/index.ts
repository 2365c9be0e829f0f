/**
 * The engine's entry point: recognize the standard tables of a workbook and run every rule.
 * Pure: no Office.js, no DOM, no Node APIs. The office layer and the CLI both call checkWorkbook.
 */
import type { CheckOptions, Finding, Report } from './types';
import type { Workbook } from './workbook';
import { recognizeWorkbook } from './recognize';
import { inferCodes } from './recognize/inferCodes';
import { recomputeSubtotals } from './rules/subtotals';
import { recomputeRowSums } from './rules/rowSums';
import { checkBalance } from './rules/balance';
import { findInvalidAmounts } from './rules/invalidAmounts';
import { checkCrossTable } from './rules/crossTable';
import { markLikelyCauses } from './rules/likelyCause';
import { unknownCode } from './rules/unknownCode';
import { codeNameMismatch } from './rules/codeNameMismatch';
import { hierarchyBreak } from './rules/hierarchyBreak';
import { codeRows } from './rules/codeRows';
import { mergedAmounts } from './rules/mergedAmounts';
import { checkSangongMismatch } from './rules/sangongMismatch';
import { checkSangongDelta } from './rules/sangongDelta';
import { tableSetIncomplete } from './rules/tableSetIncomplete';
import { narrativeMismatch } from './rules/narrativeMismatch';
import { bundledCatalog, type Catalog } from './catalog';
import { parseA1 } from './workbook';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Stable order: by sheet order, then row, then column, then rule: the same input gives the same list. */
function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  // Findings outside the workbook (sheet '': lines of a --narrative text) come last.
  const rank = new Map<string, number>();
  sheetOrder.forEach((name, i) => {
    if (!rank.has(name)) rank.set(name, i);
  });
  // Each finding's place worked out once, not in every comparison.
  return findings
    .map((f, i) => {
      const pos = parseA1(f.cell) ?? { row: 0, col: 0 };
      return { f, i, sheet: rank.get(f.sheet) ?? sheetOrder.length, row: pos.row, col: pos.col };
    })
    .sort((x, y) => {
      if (x.sheet !== y.sheet) return x.sheet - y.sheet;
      if (x.row !== y.row) return x.row - y.row;
      if (x.col !== y.col) return x.col - y.col;
      if (x.f.rule !== y.f.rule) return x.f.rule < y.f.rule ? -1 : 1;
      return SEVERITY_ORDER[x.f.severity] - SEVERITY_ORDER[y.f.severity] || x.i - y.i;
    })
    .map(({ f }) => f);
}

export function checkWorkbook(workbook: Workbook, options: CheckOptions & { catalog?: Catalog } = {}): Report {
  const tables = recognizeWorkbook(workbook);
  const catalog = options.catalog ?? bundledCatalog();
  if (options.year) for (const t of tables) if (t.year === null) t.year = options.year;
  inferCodes(tables, catalog, { year: options.year });
  // The three code rules share one walk of the code rows.
  const codeOptions = { year: options.year, workbook, codeRows: codeRows(tables, { inferred: true }) };
  const findings: Finding[] = [
    ...findInvalidAmounts(tables),
    ...mergedAmounts(tables, workbook),
    ...recomputeSubtotals(tables, options),
    ...recomputeRowSums(tables, options),
    ...checkBalance(tables),
    ...checkCrossTable(tables, options, workbook),
    ...unknownCode(tables, catalog, codeOptions),
    ...codeNameMismatch(tables, catalog, codeOptions),
    ...hierarchyBreak(tables, catalog, codeOptions),
    ...checkSangongMismatch(tables, workbook, options),
    ...checkSangongDelta(tables, workbook, options),
    ...tableSetIncomplete(tables),
    ...narrativeMismatch(tables, workbook, options),
  ];
  markLikelyCauses(findings);
  for (const f of findings) if (f.likelyCause && f.likelyCause !== f.cell) f.message += ` 最可能需要修改的单元格：${f.likelyCause}（likely cause）。`;
  else if (f.likelyCause) f.message += ` 本单元格本身最可能有误（this cell is the likely cause）。`;
  return { tables, findings: sortFindings(findings, workbook.sheets.map((s) => s.name)) };
}

export { ENGINE_VERSION } from './version';
export type { Report, Finding, CheckOptions, RecognizedTable, TableKind, RuleId, Severity } from './types';
export type { Workbook, Sheet, Cell } from './workbook';
