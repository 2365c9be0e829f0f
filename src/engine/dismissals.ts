/**
 * 出错说明: a finding the user dismissed with an explanation, as the national reporting software
 * asks for (a figure that is right although a check flags it). A dismissal matches a finding by
 * what the finding says — rule, sheet, cell, and the figures it compared (expected / actual), or the
 * cell's text for rules without figures (a code) — so it stops matching when the figures change:
 * a new problem in the same cell is shown again. Pure: the office layer stores the list in the workbook.
 */
import type { Finding, RuleId } from './types';
import { cellAt, parseA1, type Workbook } from './workbook';

export interface Dismissal {
  rule: RuleId;
  sheet: string;
  cell: string;
  expected?: string;
  actual?: string;
  /** The cell's text when the finding states no figures (code rules): what was explained. */
  seen?: string;
  /** The finding's message when dismissed, for the export. */
  message: string;
  explanation: string;
  /** ISO date (YYYY-MM-DD) of the dismissal. */
  date: string;
}

/** The cell's text as checked, for findings without expected/actual. */
function seenText(finding: Finding, workbook: Workbook | undefined): string | undefined {
  if (finding.expected !== undefined || finding.actual !== undefined || !workbook) return undefined;
  const sheet = workbook.sheets.find((s) => s.name === finding.sheet);
  const at = parseA1(finding.cell);
  return sheet && at ? cellAt(sheet, at.row, at.col).text.trim() : undefined;
}

/** Figures compare without grouping commas or surrounding spaces: `7,642` and `7642` are the same. */
const figure = (s: string | undefined) => (s === undefined ? '' : s.replace(/[,，\s]/g, ''));

function keyOf(rule: string, sheet: string, cell: string, expected: string | undefined, actual: string | undefined, seen: string | undefined): string {
  return JSON.stringify([rule, sheet, cell.toUpperCase(), figure(expected), figure(actual), seen ?? '']);
}

export function dismissalKey(d: Dismissal): string {
  return keyOf(d.rule, d.sheet, d.cell, d.expected, d.actual, d.seen);
}

export function findingKey(finding: Finding, workbook: Workbook | undefined): string {
  return keyOf(finding.rule, finding.sheet, finding.cell, finding.expected, finding.actual, seenText(finding, workbook));
}

export function dismiss(finding: Finding, workbook: Workbook | undefined, explanation: string, date: Date): Dismissal {
  const d: Dismissal = { rule: finding.rule, sheet: finding.sheet, cell: finding.cell, message: finding.message, explanation: explanation.trim(), date: date.toISOString().slice(0, 10) };
  if (finding.expected !== undefined) d.expected = finding.expected;
  if (finding.actual !== undefined) d.actual = finding.actual;
  const seen = seenText(finding, workbook);
  if (seen !== undefined) d.seen = seen;
  return d;
}

/** Add a dismissal, replacing an earlier one for the same finding (a new explanation). */
export function withDismissal(list: Dismissal[], d: Dismissal): Dismissal[] {
  const key = dismissalKey(d);
  return [...list.filter((x) => dismissalKey(x) !== key), d];
}

export function withoutDismissal(list: Dismissal[], d: Dismissal): Dismissal[] {
  const key = dismissalKey(d);
  return list.filter((x) => dismissalKey(x) !== key);
}

/** The dismissal that covers each finding, by finding index (the findings' order is the report's). */
export function dismissalsByFinding(findings: Finding[], workbook: Workbook | undefined, list: Dismissal[]): (Dismissal | undefined)[] {
  const byKey = new Map(list.map((d) => [dismissalKey(d), d]));
  return findings.map((f) => byKey.get(findingKey(f, workbook)));
}

/** Anything that is not a well-formed dismissal is dropped (settings written by another version). */
export function validDismissals(raw: unknown): Dismissal[] {
  if (!Array.isArray(raw)) return [];
  const str = (v: unknown) => typeof v === 'string';
  return raw.filter(
    (d): d is Dismissal =>
      !!d && typeof d === 'object' && ['rule', 'sheet', 'cell', 'message', 'explanation', 'date'].every((k) => str((d as Record<string, unknown>)[k])) && ['expected', 'actual', 'seen'].every((k) => (d as Record<string, unknown>)[k] === undefined || str((d as Record<string, unknown>)[k])),
  );
}

export const DISMISSAL_COLUMNS = ['工作表', '单元格', '规则', '问题', '出错说明'] as const;

function columns(d: Dismissal): string[] {
  return [d.sheet, d.cell, d.rule, d.message, d.explanation];
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a UTF-8 byte-order mark (Chinese Excel opens it as UTF-8) and CRLF line ends. */
export function dismissalsCsv(list: Dismissal[]): string {
  const lines = [DISMISSAL_COLUMNS as readonly string[], ...list.map(columns)].map((row) => row.map(csvField).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Plain text for the clipboard: one numbered paragraph per dismissal. */
export function dismissalsText(list: Dismissal[]): string {
  return list.map((d, i) => `${i + 1}. ${d.sheet}!${d.cell}（${d.rule}）${d.message}\n   出错说明：${d.explanation}`).join('\n');
}
