/**
 * Ribbon commands (ExecuteFunction), run in the commands page's own runtime:
 *   检查工作簿 checkWorkbookCommand: snapshot, check, highlight every finding's cell (the pane's
 *     清除标记 removes them: the marks log is kept in the document's settings), select the first;
 *   格式化表格 formatTableCommand: give the recognized table at the selection the published style
 *     (the engine's format plan, one undoable step: with ExcelApi 1.20 one step of Excel's own undo)
 *     and select it.
 */
import { checkWorkbook } from '../engine';
import { OfficeWorkbookGateway } from '../office/officeGateway';
import { findingMarks } from '../taskpane/findingMarks';
import { formatTableAtSelection } from './formatTable';

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
    await formatTableAtSelection(new OfficeWorkbookGateway());
  });
}

Office.onReady(() => {
  const g = globalThis as Record<string, unknown>;
  g.checkWorkbookCommand = checkWorkbookCommand;
  g.formatTableCommand = formatTableCommand;
  Office.actions?.associate?.('checkWorkbookCommand', checkWorkbookCommand);
  Office.actions?.associate?.('formatTableCommand', formatTableCommand);
});
