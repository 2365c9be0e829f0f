/**
 * The WorkbookGateway over Office.js: Excel.run batches around snapshot, applyPlan, marks, navigate
 * and live. The only place that knows about Excel.run options (ExcelApi 1.20's mergeUndoGroup makes a
 * plan one step on Excel's own undo stack) and about the add-in's own-write flag.
 */
import type { EditPlan } from '../engine/fixes';
import type { ChartSpec } from '../engine/format/charts';
import type { FormatPlan } from '../engine/format/plan';
import type { Workbook } from '../engine/workbook';
import { addTextSheetInContext, type TextLine } from './addSheet';
import { applyPlanInContext, undoInContext, type UndoEntry } from './applyPlan';
import { addChartsInContext, undoChartsInContext, type ChartUndoEntry } from './charts';
import { applyFormatPlanInContext, undoFormatInContext, type FormatUndoEntry } from './formatPlan';
import type { AppliedPlan, ChangeEvent, Mark, WorkbookGateway } from './gateway';
import { addChangeHandlers, createChangeCollector } from './live';
import { clearMarksInContext, paintMarksInContext, type MarkRecord } from './marks';
import { activeCellInContext, selectInContext } from './navigate';
import { officeSupports, type Supports } from './requirements';
import { documentSettingsStore, SETTING_KEYS, WorkbookSettings, type SettingsStore } from './settings';
import { snapshotWorkbook } from './snapshot';

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** The subset of the Excel namespace the gateway uses (tests pass a mock). */
export interface ExcelHost {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  run<T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
}

/** After a write, change events for it may arrive a little later: stay quiet this long. */
const OWN_WRITE_QUIET_MS = 1000;

export class OfficeWorkbookGateway extends WorkbookSettings implements WorkbookGateway {
  private undoLog: (UndoEntry | FormatUndoEntry | ChartUndoEntry)[] = [];
  private marks: MarkRecord[];
  private writing = 0;
  private quietUntil = 0;

  constructor(
    private readonly host?: ExcelHost,
    private readonly supports: Supports = officeSupports,
    protected readonly settings: SettingsStore = documentSettingsStore(),
    private readonly now: () => number = () => Date.now(),
  ) {
    super();
    const saved = settings.get(SETTING_KEYS.marks);
    this.marks = Array.isArray(saved) ? (saved as MarkRecord[]) : [];
  }

  /** The marks log in the document, so the pane can clear what the ribbon painted; a failed save keeps it in memory. */
  private saveMarks(): Promise<void> {
    return this.settings.set(SETTING_KEYS.marks, this.marks).catch(() => undefined);
  }

  /** Excel's namespace, looked up when used: outside Excel (a browser tab) there is none. */
  private get excel(): ExcelHost {
    const excel = this.host ?? (globalThis as { Excel?: ExcelHost }).Excel;
    if (!excel) throw new Error('请在 Excel 中打开本加载项（Excel is not available: open the add-in in Excel）');
    return excel;
  }

  /** True while the add-in writes, and shortly after (the own-write flag before ExcelApi 1.14). */
  isOwnWrite = (): boolean => this.writing > 0 || this.now() < this.quietUntil;

  private async write<T>(batch: Batch<T>): Promise<T> {
    this.writing++;
    try {
      return this.supports(20) ? await this.excel.run({ mergeUndoGroup: true }, batch) : await this.excel.run(batch);
    } finally {
      this.writing--;
      this.quietUntil = this.now() + OWN_WRITE_QUIET_MS;
    }
  }

  snapshot(sheetNames?: string[]): Promise<Workbook> {
    return this.excel.run((context) => snapshotWorkbook(context, { supports: this.supports, sheetNames }));
  }

  async applyPlan(plan: EditPlan): Promise<AppliedPlan> {
    const entry = await this.write((context) => applyPlanInContext(context, plan));
    this.undoLog.push(entry);
    return { title: plan.title, cells: entry.cells.length };
  }

  async applyFormatPlan(plan: FormatPlan): Promise<AppliedPlan> {
    const entry = await this.write((context) => applyFormatPlanInContext(context, plan, this.supports));
    this.undoLog.push(entry);
    return { title: plan.title, cells: entry.ranges.length + entry.edits.length };
  }

  async addCharts(charts: ChartSpec[]): Promise<AppliedPlan> {
    const entry = await this.write((context) => addChartsInContext(context, charts));
    this.undoLog.push(entry);
    return { title: entry.title, cells: entry.charts.length };
  }

  async undo(): Promise<boolean> {
    const entry = this.undoLog[this.undoLog.length - 1];
    if (!entry) return false;
    await this.write((context) => {
      if ('kind' in entry && entry.kind === 'format') return undoFormatInContext(context, entry);
      if ('kind' in entry && entry.kind === 'charts') return undoChartsInContext(context, entry);
      return undoInContext(context, entry as UndoEntry);
    });
    this.undoLog.pop();
    return true;
  }

  undoDepth(): number {
    return this.undoLog.length;
  }

  async mark(marks: Mark[]): Promise<void> {
    const added = await this.write((context) => paintMarksInContext(context, marks, this.marks, this.supports));
    this.marks = [...this.marks, ...added];
    await this.saveMarks();
  }

  async clearMarks(): Promise<void> {
    const records = this.marks;
    await this.write((context) => clearMarksInContext(context, records, this.supports));
    this.marks = [];
    await this.saveMarks();
  }

  markCount(): number {
    return this.marks.length;
  }

  activeCell(): Promise<{ sheet: string; cell: string } | undefined> {
    return this.excel.run((context) => activeCellInContext(context));
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.excel.run((context) => selectInContext(context, sheet, cell));
  }

  async onChange(callback: (change: ChangeEvent) => void): Promise<() => Promise<void>> {
    const collector = createChangeCollector({ supports: this.supports, isOwnWrite: this.isOwnWrite, onTouched: callback });
    const results = await this.excel.run((context) => addChangeHandlers(context, collector.push));
    return async () => {
      collector.cancel();
      if (!results.length) return;
      await this.excel.run(results[0].context, async (context) => {
        for (const r of results) r.remove();
        await context.sync();
      });
    };
  }

  addTextSheet(baseName: string, lines: TextLine[]): Promise<string> {
    return this.write((context) => addTextSheetInContext(context, baseName, lines));
  }
}
