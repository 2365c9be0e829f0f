/**
 * What the task pane is given: a workbook gateway and the engine's functions. Components call only
 * these; the Office entry (index.tsx) and the harness pass different gateways.
 */
import type { EditPlan } from '../engine/fixes';
import type { Finding, Report } from '../engine/types';
import type { Workbook } from '../engine/workbook';
import type { WorkbookGateway } from '../office/gateway';

export interface CheckServices {
  gateway: WorkbookGateway;
  check: (workbook: Workbook) => Report;
  planFor: (finding: Finding, workbook: Workbook) => EditPlan | undefined;
  engineVersion: string;
}

/** Replace the named sheets of a workbook with fresh copies (after a live re-snapshot), keeping order. */
export function replaceSheets(workbook: Workbook, fresh: Workbook): Workbook {
  const byName = new Map(fresh.sheets.map((s) => [s.name, s]));
  const sheets = workbook.sheets.map((s) => byName.get(s.name) ?? s);
  for (const s of fresh.sheets) if (!workbook.sheets.some((x) => x.name === s.name)) sheets.push(s);
  return { ...workbook, sheets };
}
