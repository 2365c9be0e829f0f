/**
 * 全部修正: the one-cell fix plans of a table's findings as one plan (one undo step). Plans are taken
 * bottom-up: a total whose summed cells include another finding's cell waits, since fixing that
 * cell changes the total it should have (a 款 typed wrong also makes its 类 and the 合计 disagree;
 * fixing the 款 alone mends all three). After each round the table is checked again on a copy, until
 * no plan is left. A cell two findings would set to different figures is left to the user.
 * Pure: the office layer applies the plan.
 */
import type { CellEdit, EditPlan } from './fixes';
import type { Finding, RecognizedTable, Report } from './types';
import type { Cell, Workbook } from './workbook';
import { parseA1 } from './workbook';
import { planForFinding } from './planForFinding';

export interface PlanForTableOptions {
  check: (workbook: Workbook) => Report;
  planFor?: (finding: Finding, workbook: Workbook) => EditPlan | undefined;
  /** Findings to leave alone (dismissed with an 出错说明). */
  skip?: (finding: Finding, workbook: Workbook) => boolean;
  title: string;
  /** The report of `workbook` when the caller has it (saves one check). */
  report?: Report;
}

const MAX_ROUNDS = 12;

const sameTable = (a: RecognizedTable, b: RecognizedTable) => a.sheet === b.sheet && a.range.top === b.range.top && a.range.left === b.range.left;

/** A copy of the workbook with the edits written (value, and number format when the edit sets one). */
function withEdits(workbook: Workbook, edits: CellEdit[]): Workbook {
  const touched = new Set(edits.map((e) => e.sheet));
  const sheets = workbook.sheets.map((s) => (touched.has(s.name) ? { ...s, cells: s.cells.map((row) => (row ? [...row] : row)) } : s));
  for (const e of edits) {
    const sheet = sheets.find((s) => s.name === e.sheet);
    const at = parseA1(e.cell);
    if (!sheet || !at) continue;
    while (sheet.cells.length <= at.row) sheet.cells.push([]);
    const row = (sheet.cells[at.row] ??= []);
    const old = row[at.col];
    const next: Cell = { ...(old ?? {}), value: e.after, text: e.after === null ? '' : String(e.after) };
    if (e.numberFormat !== undefined) next.numberFormat = e.numberFormat;
    delete next.formula;
    row[at.col] = next;
  }
  return { ...workbook, sheets };
}

/** `表1!B3` or `B3` (in the finding's sheet) as `sheet!A1`. */
function qualified(ref: string, sheet: string): string {
  return ref.includes('!') ? ref.replace(/^'(.*)'!/, '$1!') : `${sheet}!${ref}`;
}

/** This round's edits: one per cell, skipping totals over a cell another plan is about to change. */
function roundEdits(findings: Finding[], workbook: Workbook, planFor: NonNullable<PlanForTableOptions['planFor']>): CellEdit[] {
  const planned = findings.map((f) => ({ f, plan: planFor(f, workbook) })).filter((p) => p.plan && p.plan.edits.length);
  const changing = new Set(planned.flatMap((p) => p.plan!.edits.map((e) => `${e.sheet}!${e.cell}`)));
  const byCell = new Map<string, CellEdit[]>();
  for (const { f, plan } of planned) {
    const own = new Set(plan!.edits.map((e) => `${e.sheet}!${e.cell}`));
    if ((f.related ?? []).some((r) => changing.has(qualified(r, f.sheet)) && !own.has(qualified(r, f.sheet)))) continue;
    for (const e of plan!.edits) byCell.set(`${e.sheet}!${e.cell}`, [...(byCell.get(`${e.sheet}!${e.cell}`) ?? []), e]);
  }
  const edits: CellEdit[] = [];
  for (const same of byCell.values()) if (same.every((e) => e.after === same[0].after && e.numberFormat === same[0].numberFormat)) edits.push(same[0]);
  return edits;
}

export function planForTable(workbook: Workbook, table: RecognizedTable, options: PlanForTableOptions): EditPlan | undefined {
  const planFor = options.planFor ?? planForFinding;
  let current = workbook;
  const firstBefore = new Map<string, CellEdit>();
  const last = new Map<string, CellEdit>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const report = round === 0 && options.report ? options.report : options.check(current);
    const index = report.tables.findIndex((t) => sameTable(t, table));
    if (index < 0) break;
    const findings = report.findings.filter((f) => f.table === index && !(options.skip?.(f, current) ?? false));
    const edits = roundEdits(findings, current, planFor).filter((e) => last.get(`${e.sheet}!${e.cell}`)?.after !== e.after);
    if (!edits.length) break;
    for (const e of edits) {
      const key = `${e.sheet}!${e.cell}`;
      if (!firstBefore.has(key)) firstBefore.set(key, e);
      last.set(key, e);
    }
    current = withEdits(current, edits);
  }
  const edits = [...last.entries()].map(([key, e]) => ({ ...e, before: firstBefore.get(key)!.before })).filter((e) => e.before !== e.after);
  return edits.length ? { title: options.title, edits } : undefined;
}
