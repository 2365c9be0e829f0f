/** The highlight for each finding: a pale fill by severity and the finding's message as a note. */
import type { Finding, Severity } from '../engine/types';
import type { Mark } from '../office/gateway';

export const MARK_COLOR: Record<Severity, string> = { error: '#F4CCCC', warning: '#FFF2CC', info: '#DDEBF7' };

export function findingMarks(findings: Finding[]): Mark[] {
  return findings.map((f) => ({ sheet: f.sheet, cell: f.cell, color: MARK_COLOR[f.severity], note: f.message }));
}
