/**
 * What must hold for any workbook, however strange: shared by the property tests and the fuzz run.
 * Each function returns the problems it found (empty when all is well) instead of throwing, so the
 * fuzz run can count and show them.
 */
import { checkWorkbook } from '../../src/engine';
import { applyEditPlan, type EditPlan } from '../../src/engine/fixes';
import { planForFinding } from '../../src/engine/planForFinding';
import type { Finding, Report } from '../../src/engine/types';
import { columnCount, parseA1, type Workbook } from '../../src/engine/workbook';

/** `表3!D8`, `'O''Brien 表'!D8` or `D8` -> sheet (or the default) and position. */
function parseRef(ref: string, defaultSheet: string): { sheet: string; row: number; col: number } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref);
  const sheet = m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]) : defaultSheet;
  const at = parseA1(m ? m[3] : ref);
  return at && { sheet, ...at };
}

function outside(workbook: Workbook, ref: { sheet: string; row: number; col: number }): string | undefined {
  const sheet = workbook.sheets.find((s) => s.name === ref.sheet);
  if (!sheet) return `no sheet ${ref.sheet}`;
  if (ref.row < 0 || ref.row >= sheet.cells.length) return `row ${ref.row + 1} outside 1..${sheet.cells.length}`;
  if (ref.col < 0 || ref.col >= columnCount(sheet)) return `column ${ref.col + 1} outside 1..${columnCount(sheet)}`;
  return undefined;
}

/** Every cell a finding names (its cell, related cells, likely cause) lies inside its sheet. */
export function findingPlaceProblems(workbook: Workbook, findings: Finding[]): string[] {
  const problems: string[] = [];
  for (const f of findings) {
    const refs = [f.cell, ...(f.related ?? []), ...(f.likelyCause ? [f.likelyCause] : [])];
    for (const r of refs) {
      const ref = parseRef(r, f.sheet);
      const why = ref ? outside(workbook, ref) : 'not an A1 address';
      if (why) problems.push(`${f.rule} at ${f.sheet}!${f.cell}: ${r}: ${why}`);
    }
  }
  return problems;
}

/** JSON that keeps what JSON drops (Infinity, NaN, -0, undefined cells): to compare workbooks exactly. */
export function exactJson(x: unknown): string {
  return JSON.stringify(x, (_key, v: unknown) => {
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) return `#number ${Object.is(v, -0) ? '-0' : String(v)}`;
    return v === undefined ? '#undefined' : v;
  });
}

export interface EngineCheck {
  report?: Report;
  problems: string[];
}

/**
 * The engine never throws; it does not change its input; the same input gives the same findings in
 * the same order; findings and tables lie inside their sheets.
 */
export function engineProblems(workbook: Workbook): EngineCheck {
  const before = exactJson(workbook);
  const copy = structuredClone(workbook);
  let report: Report;
  try {
    report = checkWorkbook(workbook);
  } catch (e) {
    return { problems: [`threw: ${(e as Error).stack ?? e}`] };
  }
  const problems: string[] = [];
  if (exactJson(workbook) !== before) problems.push('changed its input workbook');
  const again = checkWorkbook(copy);
  if (JSON.stringify(again.findings) !== JSON.stringify(report.findings)) problems.push('a second check of the same workbook gave other findings');
  problems.push(...findingPlaceProblems(workbook, report.findings));
  for (const t of report.tables) {
    const sheet = workbook.sheets.find((s) => s.name === t.sheet);
    if (!sheet) problems.push(`table on a missing sheet ${t.sheet}`);
    else if (t.range.top < 0 || t.range.left < 0 || t.range.bottom >= sheet.cells.length || t.range.right >= columnCount(sheet) || t.range.top > t.range.bottom || t.range.left > t.range.right)
      problems.push(`table ${t.kind} on ${t.sheet} has range ${JSON.stringify(t.range)} outside the sheet`);
  }
  return { report, problems };
}

/**
 * For each finding with a plan (at most `limit`): applying the plan twice equals applying it once,
 * and after it the re-check no longer reports that finding (the same rule at the same cell over the
 * same cells). A plan may still leave another identity of the cell broken: one-cell plans cannot
 * promise more (see applyAllPlans for what they do promise on totals).
 */
export function planProblems(workbook: Workbook, report: Report, limit = Infinity): string[] {
  const problems: string[] = [];
  let tried = 0;
  for (const f of report.findings) {
    if (tried >= limit) break;
    const plan = planForFinding(f, workbook, report.findings);
    if (!plan) continue;
    tried++;
    let once: Workbook;
    try {
      once = applyEditPlan(workbook, plan);
      const twice = applyEditPlan(once, plan);
      if (exactJson(twice) !== exactJson(once)) problems.push(`plan for ${f.rule} ${f.sheet}!${f.cell}: twice differs from once`);
    } catch (e) {
      problems.push(`plan for ${f.rule} ${f.sheet}!${f.cell} could not be applied: ${(e as Error).message}`);
      continue;
    }
    // The same identity: rule, cell and the cells summed (a 三公 total is checked across its items and
    // down its units, two identities of one rule at one cell).
    const identity = (g: Finding) => `${g.rule} ${g.sheet}!${g.cell} ${[...(g.related ?? [])].sort().join(',')}`;
    const left = checkWorkbook(once).findings.find((g) => identity(g) === identity(f));
    if (left) problems.push(`plan for ${f.rule} ${f.sheet}!${f.cell} (${f.actual} → ${f.expected}) left ${left.rule} ${left.actual} vs ${left.expected}`);
  }
  return problems;
}

/**
 * Apply every plan the engine offers (the first one per cell), re-check, and again, until no plan is
 * left or `maxRounds` is reached. Returns the last report and the workbook.
 */
export function applyAllPlans(workbook: Workbook, maxRounds = 20): { workbook: Workbook; report: Report; rounds: number } {
  let wb = workbook;
  let report = checkWorkbook(wb);
  for (let round = 1; round <= maxRounds; round++) {
    const byCell = new Map<string, EditPlan>();
    for (const f of report.findings) {
      const plan = planForFinding(f, wb);
      if (plan && !byCell.has(`${f.sheet}!${f.cell}`)) byCell.set(`${f.sheet}!${f.cell}`, plan);
    }
    if (!byCell.size) return { workbook: wb, report, rounds: round - 1 };
    wb = applyEditPlan(wb, { title: 'all plans', edits: [...byCell.values()].flatMap((p) => p.edits) });
    report = checkWorkbook(wb);
  }
  return { workbook: wb, report, rounds: maxRounds };
}
