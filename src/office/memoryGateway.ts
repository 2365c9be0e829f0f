/**
 * The WorkbookGateway over an in-memory Workbook: the browser harness and UI tests use it in place
 * of Excel. It writes cells, keeps an undo log of exact prior cells, paints marks in a fill map,
 * and tracks the selection; views (the harness grid) subscribe to redraw. No domain logic.
 */
import { applyFormatPlanToWorkbook, parseRangeA1 } from '../engine/applyToWorkbook';
import type { EditPlan } from '../engine/fixes';
import type { ChartSpec } from '../engine/format/charts';
import type { FormatPlan } from '../engine/format/plan';
import type { Cell, CellValue, Sheet, Workbook } from '../engine/workbook';
import { a1, parseA1 } from '../engine/workbook';
import { sameValue } from './applyPlan';
import { chartBlock, OccupiedChartAreaError } from './charts';
import { StaleEditError, type AppliedPlan, type ChangeEvent, type Mark, type WorkbookGateway } from './gateway';
import { uniqueSheetName, type TextLine } from './addSheet';
import { createChangeCollector } from './live';
import { MemorySettingsStore, WorkbookSettings, type SettingsStore } from './settings';

interface PriorMemoryCell {
  sheet: string;
  row: number;
  col: number;
  cell: Cell | undefined;
}

/** The text a cell shows for a value; the harness may pass a number-format-aware one. */
export type FormatText = (value: CellValue, numberFormat: string | undefined) => string;
const plainText: FormatText = (value) => (value === null ? '' : String(value));

const clone = <T>(x: T): T => (x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T));

/** An undo entry: the prior cells of an edit plan, or whole sheets before a format plan or charts. */
type MemoryUndo = { title: string; cells: PriorMemoryCell[] } | { title: string; sheets: Sheet[]; charts: number };

export class MemoryWorkbookGateway extends WorkbookSettings implements WorkbookGateway {
  private undoLog: MemoryUndo[] = [];
  /** Charts the add-in drew (the harness shows them as their data). */
  readonly charts: ChartSpec[] = [];
  /** Fill colours the add-in painted, by `sheet!A1`. */
  readonly fills = new Map<string, string>();
  readonly notes = new Map<string, string>();
  selection: { sheet: string; cell: string } | undefined;
  activeSheet: string | undefined;
  private views = new Set<() => void>();
  private changeListeners = new Set<(raw: { sheet: string; address: string }) => void>();

  constructor(
    public workbook: Workbook,
    private readonly formatText: FormatText = plainText,
    private readonly waitMs?: number,
    /** The workbook's own settings (出错说明, catalog): in memory, as JSON like Office's. */
    readonly settings: SettingsStore = new MemorySettingsStore(),
  ) {
    super();
    this.activeSheet = workbook.sheets[0]?.name;
  }

  /** Views redraw on every change of cells, marks or selection. Returns an unsubscribe. */
  subscribe(view: () => void): () => void {
    this.views.add(view);
    return () => this.views.delete(view);
  }

  private notify(): void {
    for (const v of this.views) v();
  }

  private sheet(name: string): Sheet {
    const s = this.workbook.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`没有工作表 ${name}（no sheet named ${name}）`);
    return s;
  }

  private at(sheetName: string, address: string): { sheet: Sheet; row: number; col: number } {
    const pos = parseA1(address);
    if (!pos) throw new Error(`不是单元格地址：${address}`);
    return { sheet: this.sheet(sheetName), ...pos };
  }

  private put(sheet: Sheet, row: number, col: number, cell: Cell | undefined): void {
    while (sheet.cells.length <= row) sheet.cells.push([]);
    sheet.cells[row][col] = cell;
  }

  async snapshot(sheetNames?: string[]): Promise<Workbook> {
    const sheets = this.workbook.sheets.filter((s) => !sheetNames || sheetNames.includes(s.name));
    return clone({ ...this.workbook, sheets });
  }

  async applyPlan(plan: EditPlan): Promise<AppliedPlan> {
    const targets = plan.edits.map((edit) => ({ edit, ...this.at(edit.sheet, edit.cell) }));
    const stale = targets.filter(({ edit, sheet, row, col }) => !sameValue(sheet.cells[row]?.[col]?.value ?? null, edit.before)).map(({ edit }) => `${edit.sheet}!${edit.cell}`);
    if (stale.length) throw new StaleEditError(stale);
    const prior: PriorMemoryCell[] = targets.map(({ edit, sheet, row, col }) => ({ sheet: edit.sheet, row, col, cell: clone(sheet.cells[row]?.[col]) }));
    for (const { edit, sheet, row, col } of targets) {
      const old = sheet.cells[row]?.[col];
      const numberFormat = edit.numberFormat ?? old?.numberFormat;
      const cell: Cell = { ...(old ?? {}), value: edit.after, text: this.formatText(edit.after, numberFormat) };
      delete cell.formula;
      if (numberFormat !== undefined) cell.numberFormat = numberFormat;
      this.put(sheet, row, col, edit.after === null && !numberFormat ? undefined : cell);
    }
    this.undoLog.push({ title: plan.title, cells: prior });
    this.notify();
    return { title: plan.title, cells: prior.length };
  }

  /** Keep whole copies of the sheets a plan touches: undo puts them back as they were. */
  private saveSheets(names: string[]): Sheet[] {
    return [...new Set(names)].map((n) => clone(this.sheet(n)));
  }

  async applyFormatPlan(plan: FormatPlan): Promise<AppliedPlan> {
    const stale = plan.edits.filter((e) => {
      const { sheet, row, col } = this.at(e.sheet, e.cell);
      return !sameValue(sheet.cells[row]?.[col]?.value ?? null, e.before);
    });
    if (stale.length) throw new StaleEditError(stale.map((e) => `${e.sheet}!${e.cell}`));
    const sheets = this.saveSheets([...plan.edits, ...plan.merges, ...plan.formats, ...plan.columnWidths, ...plan.freeze].map((x) => x.sheet));
    applyFormatPlanToWorkbook(this.workbook, plan);
    this.undoLog.push({ title: plan.title, sheets, charts: 0 });
    this.notify();
    return { title: plan.title, cells: plan.formats.length + plan.edits.length + plan.merges.length };
  }

  async addCharts(charts: ChartSpec[]): Promise<AppliedPlan> {
    const blocks = charts.map((spec) => {
      const data = chartBlock(spec);
      const at = parseA1(spec.anchor)!;
      return { spec, data, at, range: `${a1(at.row, at.col)}:${a1(at.row + data.length - 1, at.col + data[0].length - 1)}` };
    });
    const occupied = blocks.filter(({ spec, range }) => {
      const box = parseRangeA1(range);
      const sheet = this.sheet(spec.sheet);
      for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) if (sheet.cells[r]?.[c]?.value != null) return true;
      return false;
    });
    if (occupied.length) throw new OccupiedChartAreaError(occupied.map((b) => `${b.spec.sheet}!${b.range}`));
    const sheets = this.saveSheets(charts.map((c) => c.sheet));
    for (const { spec, data, at } of blocks) {
      const sheet = this.sheet(spec.sheet);
      data.forEach((row, i) =>
        row.forEach((v, j) => {
          const numberFormat = i > 0 && j > 0 ? '#,##0.00' : '@';
          this.put(sheet, at.row + i, at.col + j, { value: v, text: typeof v === 'number' ? this.formatText(v, numberFormat) : v, numberFormat });
        }),
      );
    }
    this.charts.push(...charts);
    const title = '添加图表（add charts）';
    this.undoLog.push({ title, sheets, charts: charts.length });
    this.notify();
    return { title, cells: charts.length };
  }

  async undo(): Promise<boolean> {
    const entry = this.undoLog.pop();
    if (!entry) return false;
    if ('sheets' in entry) {
      for (const saved of entry.sheets) this.workbook.sheets = this.workbook.sheets.map((s) => (s.name === saved.name ? clone(saved) : s));
      this.charts.splice(this.charts.length - entry.charts, entry.charts);
    } else for (const p of [...entry.cells].reverse()) this.put(this.sheet(p.sheet), p.row, p.col, clone(p.cell));
    this.notify();
    return true;
  }

  undoDepth(): number {
    return this.undoLog.length;
  }

  async mark(marks: Mark[]): Promise<void> {
    for (const m of marks) {
      const k = `${m.sheet}!${m.cell}`;
      if (this.fills.has(k)) continue;
      this.fills.set(k, m.color.toUpperCase());
      if (m.note) this.notes.set(k, m.note);
    }
    this.notify();
  }

  async clearMarks(): Promise<void> {
    this.fills.clear();
    this.notes.clear();
    this.notify();
  }

  markCount(): number {
    return this.fills.size;
  }

  async activeCell(): Promise<{ sheet: string; cell: string } | undefined> {
    return this.selection ?? (this.activeSheet ? { sheet: this.activeSheet, cell: 'A1' } : undefined);
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.sheet(sheet);
    this.activeSheet = sheet;
    this.selection = { sheet, cell };
    this.notify();
  }

  /** The harness's sheet tabs. */
  showSheet(name: string): void {
    this.sheet(name);
    this.activeSheet = name;
    this.notify();
  }

  /** The harness lets a user type into a cell: that is a change by someone else than the add-in. */
  editCell(sheetName: string, row: number, col: number, value: CellValue): void {
    const sheet = this.sheet(sheetName);
    const old = sheet.cells[row]?.[col];
    this.put(sheet, row, col, value === null ? undefined : { ...(old ?? {}), value, text: this.formatText(value, old?.numberFormat) });
    this.notify();
    for (const l of this.changeListeners) l({ sheet: sheetName, address: a1(row, col) });
  }

  async onChange(callback: (change: ChangeEvent) => void): Promise<() => Promise<void>> {
    const collector = createChangeCollector({ supports: () => false, isOwnWrite: () => false, onTouched: callback, waitMs: this.waitMs });
    const listener = (raw: { sheet: string; address: string }) => collector.push(raw);
    this.changeListeners.add(listener);
    return async () => {
      collector.cancel();
      this.changeListeners.delete(listener);
    };
  }

  async addTextSheet(baseName: string, lines: TextLine[]): Promise<string> {
    const name = uniqueSheetName(
      baseName,
      this.workbook.sheets.map((s) => s.name),
    );
    const cells = lines.map((l): (Cell | undefined)[] => [{ value: l.text, text: l.text, numberFormat: '@', ...(l.bold ? { bold: true } : {}) }]);
    this.workbook.sheets.push({ name, cells, merges: [] });
    this.activeSheet = name;
    this.selection = { sheet: name, cell: 'A1' };
    this.notify();
    return name;
  }
}
