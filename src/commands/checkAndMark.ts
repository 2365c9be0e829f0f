/**
 * 检查工作簿 from the ribbon: check with the catalog the workbook keeps (if the user loaded one in
 * the pane), highlight every finding's cell except those dismissed with an 出错说明, and select the
 * first error. Kept apart from commands.ts (which needs Office at load time) so tests can run it
 * on any gateway.
 */
import { checkWorkbook } from '../engine';
import { catalogFromRows } from '../engine/catalog';
import { dismissalsByFinding } from '../engine/dismissals';
import type { Finding } from '../engine/types';
import type { WorkbookGateway } from '../office/gateway';
import { findingMarks } from '../taskpane/findingMarks';

export interface CheckAndMarkResult {
  /** Findings not dismissed, which were marked. */
  marked: Finding[];
  dismissed: number;
  selected?: Finding;
}

export async function checkAndMark(gateway: WorkbookGateway): Promise<CheckAndMarkResult> {
  const [stored, dismissals, workbook] = await Promise.all([gateway.loadCatalog(), gateway.loadDismissals(), gateway.snapshot()]);
  const report = checkWorkbook(workbook, stored ? { catalog: catalogFromRows(stored.rows) } : {});
  const covered = dismissalsByFinding(report.findings, workbook, dismissals);
  const open = report.findings.filter((_, i) => !covered[i]);
  await gateway.mark(findingMarks(open));
  const selected = open.find((f) => f.severity === 'error') ?? open[0];
  if (selected) await gateway.select(selected.sheet, selected.cell);
  return { marked: open, dismissed: report.findings.length - open.length, selected };
}
