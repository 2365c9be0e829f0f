/**
 * 重算小计: the edit plan that makes every parent row the sum of its children and every 合计/小计
 * column the sum of its parts (budget-check fix --subtotals). Bottom-up: a total waits while one of
 * the cells it adds up is itself wrong, so each round fixes the lowest wrong totals, re-checks, and
 * goes on until no subtotal-mismatch or row-sum-mismatch is left. Rounding tails are published
 * figures within tolerance and stay. Formula cells are not overwritten (their inputs are the fix).
 */
import Decimal from 'decimal.js';
import { decimalsOfFormat } from './amount';
import type { CellEdit, EditPlan } from './fixes';
import { formatNumber } from './formatNumber';
import { amountFormat } from './format/style';
import { recognizeWorkbook } from './recognize';
import { recomputeRowSums } from './rules/rowSums';
import { recomputeSubtotals } from './rules/subtotals';
import type { CheckOptions, Finding } from './types';
import { cellAt, parseA1, type Cell, type CellValue, type Workbook } from './workbook';

const FIXED_RULES = new Set(['subtotal-mismatch', 'row-sum-mismatch']);
const MAX_ROUNDS = 40;

export interface SubtotalPlanResult {
  plan: EditPlan;
  /** Mismatches the plan cannot fix: formula cells, or left after the last round. */
  unresolved: Finding[];
}

const key = (f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`;
/** `related` cells are A1 in the finding's sheet, or sheet-qualified. */
const relatedKey = (f: Finding, r: string) => (r.includes('!') ? r : `${f.sheet}!${r}`);

function mismatches(workbook: Workbook, options: CheckOptions): Finding[] {
  const tables = recognizeWorkbook(workbook);
  if (options.year) for (const t of tables) if (t.year === null) t.year = options.year;
  return [...recomputeSubtotals(tables, options), ...recomputeRowSums(tables, options)].filter((f) => FIXED_RULES.has(f.rule));
}

/** Write a figure into the working copy as Excel would show it. */
function setFigure(workbook: Workbook, sheetName: string, address: string, value: Decimal, numberFormat: string | undefined): void {
  const sheet = workbook.sheets.find((s) => s.name === sheetName)!;
  const { row, col } = parseA1(address)!;
  while (sheet.cells.length <= row) sheet.cells.push([]);
  const old = sheet.cells[row][col];
  const n = Number(value.toFixed());
  const cell: Cell = { ...(old ?? {}), value: n, text: formatNumber(n, numberFormat) };
  if (numberFormat) cell.numberFormat = numberFormat;
  sheet.cells[row][col] = cell;
}

/** A format that shows the figure's decimals: the cell's own when it does, else #,##0.00-style. */
function formatFor(cell: Cell, value: Decimal): string | undefined {
  const shown = decimalsOfFormat(cell.numberFormat);
  const need = value.decimalPlaces();
  if (shown === undefined || shown >= need) return undefined;
  return amountFormat(need, false);
}

export function subtotalPlan(workbook: Workbook, options: CheckOptions = {}): SubtotalPlanResult {
  const work: Workbook = JSON.parse(JSON.stringify(workbook));
  const original = new Map<string, { before: CellValue; reason: string; numberFormat?: string }>();
  const frozen = new Map<string, Finding>(); // formula cells: reported, never written
  let findings = mismatches(work, options);
  for (let round = 0; round < MAX_ROUNDS && findings.some((f) => !frozen.has(key(f))); round++) {
    const wrong = new Set(findings.map(key));
    const done = new Set<string>();
    for (const f of findings) {
      const k = key(f);
      if (frozen.has(k) || done.has(k) || f.expected === undefined) continue;
      // Bottom-up: wait while a cell this total adds up is itself wrong (for good, when that is a formula).
      if ((f.related ?? []).some((r) => wrong.has(relatedKey(f, r)))) continue;
      const sheet = work.sheets.find((s) => s.name === f.sheet)!;
      const pos = parseA1(f.cell)!;
      const cell = cellAt(sheet, pos.row, pos.col);
      if (cell.formula) {
        frozen.set(k, f);
        continue;
      }
      const value = new Decimal(f.expected);
      const numberFormat = formatFor(cell, value);
      if (!original.has(k)) original.set(k, { before: cell.value, reason: f.message });
      const entry = original.get(k)!;
      entry.reason = f.message;
      if (numberFormat) entry.numberFormat = numberFormat;
      setFigure(work, f.sheet, f.cell, value, numberFormat ?? cell.numberFormat);
      done.add(k);
    }
    if (!done.size) break; // only waiting or formula cells: nothing more to do
    findings = mismatches(work, options);
  }
  const edits: CellEdit[] = [];
  for (const [k, o] of original) {
    const bang = k.lastIndexOf('!');
    const sheetName = k.slice(0, bang);
    const address = k.slice(bang + 1);
    const pos = parseA1(address)!;
    const after = cellAt(work.sheets.find((s) => s.name === sheetName)!, pos.row, pos.col).value;
    if (after === o.before) continue;
    const edit: CellEdit = { sheet: sheetName, cell: address, before: o.before, after, reason: o.reason };
    if (o.numberFormat) edit.numberFormat = o.numberFormat;
    edits.push(edit);
  }
  const order = workbook.sheets.map((s) => s.name);
  const pos = (e: CellEdit) => parseA1(e.cell)!;
  edits.sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || pos(a).row - pos(b).row || pos(a).col - pos(b).col);
  const unresolved = [...frozen.values(), ...findings.filter((f) => !frozen.has(key(f)))];
  return { plan: { title: `重算小计与合计（recompute ${edits.length} subtotals）`, edits }, unresolved };
}
