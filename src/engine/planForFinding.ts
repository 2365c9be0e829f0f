/**
 * The edit plan that fixes one finding, when there is an unambiguous one: a parent, total or delta
 * cell whose right figure the finding states (`expected`). 修正：把合计/小计/增减单元格改为应有数。
 * No plan when the finding points elsewhere (`likelyCause` is another cell: the total is probably
 * right and a part is wrong), when the cell holds a formula (fix the formula's inputs instead), or
 * when the cell no longer holds the figure the finding saw, or when another finding (of the same
 * report, `findings`) wants another figure in the same cell — a 三公 department total checked across
 * its items and down its units cannot satisfy both: the user decides. Pure: the office layer applies the plan.
 */
import { decimalsOfFormat } from './amount';
import type { EditPlan } from './fixes';
import { sangongDeltaPlan } from './sangong/plan';
import type { Finding, RuleId } from './types';
import type { Workbook } from './workbook';
import { cellAt, parseA1 } from './workbook';

/** Rules whose `expected` is the figure the `cell` should hold. */
const FIXABLE: ReadonlySet<RuleId> = new Set<RuleId>(['subtotal-mismatch', 'row-sum-mismatch', 'sangong-mismatch', 'sangong-delta']);

export function planForFinding(finding: Finding, workbook: Workbook, findings: readonly Finding[] = []): EditPlan | undefined {
  if (!FIXABLE.has(finding.rule) || finding.expected === undefined) return undefined;
  if (finding.likelyCause && finding.likelyCause !== finding.cell) return undefined;
  if (findings.some((o) => o !== finding && FIXABLE.has(o.rule) && o.sheet === finding.sheet && o.cell === finding.cell && o.expected !== undefined && o.expected !== finding.expected)) return undefined;
  // A 三公 增减 cell is written in the table's own style (减少0.60 or a number with its format):
  // the delta plan knows that style, so take its edit for this cell.
  if (finding.rule === 'sangong-delta') return sangongDeltaFix(finding, workbook);
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
  const numberFormat = before === null ? relatedFormat(finding, workbook) : undefined;
  return {
    title: `修正 ${finding.sheet}!${finding.cell}：${cell.text || '空白'} → ${finding.expected}`,
    edits: [{ sheet: finding.sheet, cell: finding.cell, before, after, ...(numberFormat ? { numberFormat } : {}), reason: finding.message }],
  };
}

/** A blank cell takes the number format of the most precise cell it was computed from. */
function relatedFormat(finding: Finding, workbook: Workbook): string | undefined {
  const sheet = workbook.sheets.find((s) => s.name === finding.sheet);
  if (!sheet) return undefined;
  let best: { format: string; decimals: number } | undefined;
  for (const address of finding.related ?? []) {
    const at = parseA1(address);
    const format = at ? cellAt(sheet, at.row, at.col).numberFormat : undefined;
    const decimals = decimalsOfFormat(format);
    if (format && decimals !== undefined && (!best || decimals > best.decimals)) best = { format, decimals };
  }
  return best?.format;
}

function sangongDeltaFix(finding: Finding, workbook: Workbook): EditPlan | undefined {
  const edit = sangongDeltaPlan(workbook).edits.find((e) => e.sheet === finding.sheet && e.cell === finding.cell);
  if (!edit) return undefined;
  const shown = (v: unknown) => (v === null || v === '' ? '空白' : String(v));
  return { title: `修正 ${finding.sheet}!${finding.cell}：${shown(edit.before)} → ${shown(edit.after)}`, edits: [{ ...edit, reason: finding.message }] };
}
