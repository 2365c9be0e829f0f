/**
 * The edit plan that fixes one finding, when there is an unambiguous one: a parent, total or delta
 * cell whose right figure the finding states (`expected`). 修正：把合计/小计/增减单元格改为应有数。
 * No plan when the finding points elsewhere (`likelyCause` is another cell: the total is probably
 * right and a part is wrong), when the cell holds a formula (fix the formula's inputs instead), or
 * when the cell no longer holds the figure the finding saw. Pure: the office layer applies the plan.
 */
import type { EditPlan } from './fixes';
import type { Finding, RuleId } from './types';
import type { Workbook } from './workbook';
import { cellAt, parseA1 } from './workbook';

/** Rules whose `expected` is the figure the `cell` should hold. */
const FIXABLE: ReadonlySet<RuleId> = new Set<RuleId>(['subtotal-mismatch', 'row-sum-mismatch', 'sangong-mismatch', 'sangong-delta']);

export function planForFinding(finding: Finding, workbook: Workbook): EditPlan | undefined {
  if (!FIXABLE.has(finding.rule) || finding.expected === undefined) return undefined;
  if (finding.likelyCause && finding.likelyCause !== finding.cell) return undefined;
  const sheet = workbook.sheets.find((s) => s.name === finding.sheet);
  const at = parseA1(finding.cell);
  if (!sheet || !at) return undefined;
  const cell = cellAt(sheet, at.row, at.col);
  if (cell.formula) return undefined;
  const before = cell.value;
  if (typeof before !== 'number' && before !== null) return undefined;
  if (finding.actual !== undefined && before !== null) {
    const seen = Number(finding.actual);
    if (seen !== before && seen !== Number(cell.text.replace(/,/g, ''))) return undefined; // changed since the check
  }
  const after = Number(finding.expected);
  if (!Number.isFinite(after)) return undefined;
  return {
    title: `修正 ${finding.sheet}!${finding.cell}：${cell.text || '空白'} → ${finding.expected}`,
    edits: [{ sheet: finding.sheet, cell: finding.cell, before, after, reason: finding.message }],
  };
}
