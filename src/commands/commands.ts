/**
 * Ribbon commands (ExecuteFunction), run in the commands page's own runtime:
 *   检查工作簿 checkWorkbookCommand: snapshot, check, highlight every finding's cell (the pane's
 *     清除标记 removes them: the marks log is kept in the document's settings), select the first;
 *   格式化表格 formatTableCommand: find the recognized table at the selection and select it.
 *     Applying the engine's formatting plan comes with src/engine/format (not there yet).
 */
import { checkWorkbook } from '../engine';
import { rangeA1 } from '../engine/workbook';
import { OfficeWorkbookGateway } from '../office/officeGateway';
import { findingMarks } from '../taskpane/findingMarks';
import { parseRangeAddress } from '../office/snapshot';

async function completing(event: Office.AddinCommands.Event, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    console.error(e);
  } finally {
    event.completed();
  }
}

export function checkWorkbookCommand(event: Office.AddinCommands.Event): Promise<void> {
  return completing(event, async () => {
    const gateway = new OfficeWorkbookGateway();
    const report = checkWorkbook(await gateway.snapshot());
    await gateway.mark(findingMarks(report.findings));
    const first = report.findings.find((f) => f.severity === 'error') ?? report.findings[0];
    if (first) await gateway.select(first.sheet, first.cell);
  });
}

export function formatTableCommand(event: Office.AddinCommands.Event): Promise<void> {
  return completing(event, async () => {
    const gateway = new OfficeWorkbookGateway();
    const at = await gateway.activeCell();
    if (!at) return;
    const pos = parseRangeAddress(at.cell);
    const report = checkWorkbook(await gateway.snapshot([at.sheet]));
    const table = report.tables.find((t) => t.sheet === at.sheet && pos && pos.top >= t.range.top && pos.top <= t.range.bottom && pos.left >= t.range.left && pos.left <= t.range.right);
    if (table) await gateway.select(table.sheet, rangeA1(table.range));
  });
}

Office.onReady(() => {
  const g = globalThis as Record<string, unknown>;
  g.checkWorkbookCommand = checkWorkbookCommand;
  g.formatTableCommand = formatTableCommand;
  Office.actions?.associate?.('checkWorkbookCommand', checkWorkbookCommand);
  Office.actions?.associate?.('formatTableCommand', formatTableCommand);
});
