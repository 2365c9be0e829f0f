/**
 * A small project-owned fake of the Excel object model for tests of writes: cells with value,
 * formula, number format, fill, font, alignment, indent and borders; rectangular ranges; merges,
 * column widths, frozen panes and charts. Reads reflect the last sync (reading an unloaded or
 * unsynced property throws), writes are queued until the next sync, as in Office.js. Counts syncs.
 */
import { a1, parseA1 } from '../../src/engine/workbook';

export type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';
export interface FakeBorder {
  style: string;
  weight: string;
  color: string;
}

export interface FakeCell {
  value: string | number | boolean | null;
  /** `=…` for a formula; otherwise mirrors value. */
  formula: string | number | boolean | null;
  numberFormat: string;
  /** null = no fill. */
  fill: string | null;
  bold: boolean;
  fontSize: number;
  horizontalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  borders: Record<Edge, FakeBorder>;
}

const noBorder = (): FakeBorder => ({ style: 'None', weight: 'Thin', color: '#000000' });
const blank = (): FakeCell => ({
  value: null,
  formula: null,
  numberFormat: 'General',
  fill: null,
  bold: false,
  fontSize: 11,
  horizontalAlignment: 'General',
  wrapText: false,
  indentLevel: 0,
  borders: { EdgeTop: noBorder(), EdgeBottom: noBorder(), EdgeLeft: noBorder(), EdgeRight: noBorder() },
});

export const DEFAULT_COLUMN_POINTS = 48;

export interface FakeChart {
  sheet: string;
  name: string;
  type: string;
  source: string;
  title: string;
  showPercentage: boolean;
  position: [string, string] | undefined;
}

export class FakeWorkbookModel {
  cells = new Map<string, FakeCell>();
  notes = new Map<string, string>();
  /** `sheet!A1:B2` of each merged area. */
  merges = new Set<string>();
  /** Points, by `sheet!C`. */
  columnWidths = new Map<string, number>();
  /** Rows frozen at the top, by sheet. */
  frozenRows = new Map<string, number>();
  charts: FakeChart[] = [];
  activeSheet = '';
  selected = '';
  syncs = 0;
  sheets: string[];
  /** What Excel would calculate for a formula in a cell (the fake does not calculate). */
  calculated = new Map<string, FakeCell['value']>();
  constructor(sheets: string[]) {
    this.sheets = sheets;
    this.activeSheet = sheets[0];
  }
  cell(sheet: string, address: string): FakeCell {
    const k = `${sheet}!${address}`;
    if (!this.cells.has(k)) this.cells.set(k, blank());
    return this.cells.get(k) as FakeCell;
  }
  set(sheet: string, address: string, c: Partial<FakeCell>): void {
    const cell = this.cell(sheet, address);
    Object.assign(cell, c);
    if (c.value !== undefined && c.formula === undefined) cell.formula = c.value;
    if (typeof cell.formula === 'string' && cell.formula.startsWith('=')) this.calculated.set(`${sheet}!${address}|${cell.formula}`, cell.value);
  }
  /** A deep copy of everything a plan may change, for exact before/after comparisons. */
  state() {
    return JSON.parse(
      JSON.stringify({
        cells: [...this.cells].filter(([, c]) => JSON.stringify(c) !== JSON.stringify(blank())).sort(),
        merges: [...this.merges].sort(),
        widths: [...this.columnWidths].filter(([, w]) => w !== DEFAULT_COLUMN_POINTS).sort(),
        frozen: [...this.frozenRows].filter(([, n]) => n > 0).sort(),
        charts: this.charts,
      }),
    );
  }
}

type Job = () => void;

class FakeContext {
  private queue: Job[] = [];
  private afterSync: Job[] = [];
  workbook: unknown;
  constructor(readonly model: FakeWorkbookModel) {
    const ctx = this;
    this.workbook = {
      worksheets: {
        getItem: (name: string) => {
          if (!model.sheets.includes(name)) throw new Error(`ItemNotFound: ${name}`);
          return {
            activate: () => ctx.enqueue(() => (model.activeSheet = name)),
            getRange: (address: string) => new FakeRange(ctx, name, address),
            freezePanes: new FakeFreezePanes(ctx, name),
            charts: new FakeCharts(ctx, name),
          };
        },
      },
      notes: {
        getItemOrNullObject: (key: string) => {
          const note = { isNullObject: true as boolean, delete: () => ctx.enqueue(() => model.notes.delete(key)) };
          ctx.onSync(() => (note.isNullObject = !model.notes.has(key)));
          return note;
        },
        add: (key: string, content: string) => ctx.enqueue(() => model.notes.set(key, content)),
      },
    };
  }
  enqueue(job: Job): void {
    this.queue.push(job);
  }
  onSync(job: Job): void {
    this.afterSync.push(job);
  }
  async sync(): Promise<void> {
    this.model.syncs++;
    const jobs = this.queue;
    this.queue = [];
    for (const j of jobs) j();
    const reads = this.afterSync;
    this.afterSync = [];
    for (const r of reads) r();
  }
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** A whole column (`C:C`). */
  column?: string;
}

function parseBox(address: string): Box {
  const col = /^([A-Z]+):\1$/.exec(address);
  if (col) {
    const c = parseA1(`${col[1]}1`)!.col;
    return { top: 0, bottom: 0, left: c, right: c, column: col[1] };
  }
  const [s, e = s] = address.split(':');
  const p = parseA1(s);
  const q = parseA1(e);
  if (!p || !q) throw new Error(`InvalidArgument: ${address}`);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** A cell-properties object as getCellProperties returns it (the fields the add-in reads). */
function propertiesOf(c: FakeCell) {
  const border = (b: FakeBorder) => ({ ...b });
  return {
    format: {
      fill: { color: c.fill ?? '#FFFFFF', pattern: c.fill ? 'Solid' : 'None' },
      font: { bold: c.bold, size: c.fontSize },
      horizontalAlignment: c.horizontalAlignment,
      wrapText: c.wrapText,
      indentLevel: c.indentLevel,
      borders: { top: border(c.borders.EdgeTop), bottom: border(c.borders.EdgeBottom), left: border(c.borders.EdgeLeft), right: border(c.borders.EdgeRight) },
    },
  };
}

type Props = ReturnType<typeof propertiesOf>;

function setProperties(c: FakeCell, p: Props): void {
  const f = p.format;
  if (f.fill) c.fill = f.fill.pattern === 'None' ? null : f.fill.color.toUpperCase();
  if (f.font) Object.assign(c, { bold: f.font.bold, fontSize: f.font.size });
  if (f.horizontalAlignment !== undefined) c.horizontalAlignment = f.horizontalAlignment;
  if (f.wrapText !== undefined) c.wrapText = f.wrapText;
  if (f.indentLevel !== undefined) c.indentLevel = f.indentLevel;
  if (f.borders) {
    c.borders = { EdgeTop: { ...f.borders.top }, EdgeBottom: { ...f.borders.bottom }, EdgeLeft: { ...f.borders.left }, EdgeRight: { ...f.borders.right } };
  }
}

class FakeRange {
  private snapshot: FakeCell[][] | undefined;
  private loaded = new Set<string>();
  private box: Box;
  constructor(
    private ctx: FakeContext,
    private sheet: string,
    readonly address: string,
  ) {
    this.box = parseBox(address);
  }
  private cellsGrid(): FakeCell[][] {
    const rows: FakeCell[][] = [];
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      const row: FakeCell[] = [];
      for (let c = this.box.left; c <= this.box.right; c++) row.push(this.ctx.model.cell(this.sheet, a1(r, c)));
      rows.push(row);
    }
    return rows;
  }
  private each(f: (c: FakeCell, i: number, j: number) => void): void {
    this.ctx.enqueue(() => this.cellsGrid().forEach((row, i) => row.forEach((c, j) => f(c, i, j))));
  }
  load(props: string): this {
    for (const p of props.split(',')) this.loaded.add(p.trim());
    this.ctx.onSync(() => (this.snapshot = this.cellsGrid().map((row) => row.map((c) => JSON.parse(JSON.stringify(c))))));
    return this;
  }
  private readGrid<K extends keyof FakeCell>(prop: string, key: K): FakeCell[K][][] {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop}`);
    if (!this.snapshot) throw new Error(`${prop}: context.sync() was not called`);
    return this.snapshot.map((row) => row.map((c) => c[key]));
  }
  /** A range-level read: the value when every cell agrees, else null (as Excel reports mixed formats). */
  private readOne<K extends keyof FakeCell>(prop: string, key: K): FakeCell[K] {
    const values = this.readGrid(prop, key).flat();
    return values.every((v) => JSON.stringify(v) === JSON.stringify(values[0])) ? values[0] : (null as unknown as FakeCell[K]);
  }
  get values() {
    return this.readGrid('values', 'value').map((r) => r.map((v) => v ?? ''));
  }
  set values(v: unknown[][]) {
    this.each((c, i, j) => {
      const x = v[i][j] as FakeCell['value'];
      c.value = x === '' ? null : x;
      c.formula = c.value;
    });
  }
  get formulas() {
    return this.readGrid('formulas', 'formula').map((r) => r.map((v) => v ?? ''));
  }
  set formulas(v: unknown[][]) {
    this.ctx.enqueue(() =>
      this.cellsGrid().forEach((row, i) =>
        row.forEach((c, j) => {
          const x = v[i][j] as FakeCell['value'];
          c.formula = x === '' ? null : x;
          if (typeof x === 'string' && x.startsWith('=')) {
            c.value = this.ctx.model.calculated.get(`${this.sheet}!${a1(this.box.top + i, this.box.left + j)}|${x}`) ?? null; // Excel recalculates
            return;
          }
          // A numeric string becomes a number unless the cell is formatted as text.
          c.value = x === '' ? null : typeof x === 'string' && NUMERIC.test(x) && c.numberFormat !== '@' ? Number(x) : x;
        }),
      ),
    );
  }
  get numberFormat() {
    return this.readGrid('numberFormat', 'numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.each((c, i, j) => (c.numberFormat = String(v[i][j])));
  }
  getCell(i: number, j: number): FakeRange {
    return new FakeRange(this.ctx, this.sheet, a1(this.box.top + i, this.box.left + j));
  }
  get format() {
    const range = this;
    const model = this.ctx.model;
    const columnKey = () => `${range.sheet}!${range.box.column ?? ''}`;
    const loadAs = (prefix: string) => (props: string) => {
      const names = props.split(',').map((p) => p.trim());
      if (names.includes('columnWidth')) range.loadWidth();
      const rest = names.filter((p) => p !== 'columnWidth');
      if (rest.length) range.load(rest.map((p) => `${prefix}${p}`).join(','));
    };
    return {
      load: loadAs('format/'),
      fill: {
        load: loadAs('format/fill/'),
        get color() {
          return range.readOne('format/fill/color', 'fill') ?? '#FFFFFF';
        },
        set color(c: string) {
          range.each((cell) => (cell.fill = c.toUpperCase()));
        },
        clear: () => range.each((cell) => (cell.fill = null)),
      },
      font: {
        load: loadAs('format/font/'),
        get bold() {
          return range.readOne('format/font/bold', 'bold');
        },
        set bold(b: boolean) {
          range.each((cell) => (cell.bold = b));
        },
        get size() {
          return range.readOne('format/font/size', 'fontSize');
        },
        set size(s: number) {
          range.each((cell) => (cell.fontSize = s));
        },
      },
      get horizontalAlignment() {
        return range.readOne('format/horizontalAlignment', 'horizontalAlignment');
      },
      set horizontalAlignment(h: string) {
        range.each((cell) => (cell.horizontalAlignment = h));
      },
      get wrapText() {
        return range.readOne('format/wrapText', 'wrapText');
      },
      set wrapText(w: boolean) {
        range.each((cell) => (cell.wrapText = w));
      },
      get indentLevel() {
        return range.readOne('format/indentLevel', 'indentLevel');
      },
      set indentLevel(n: number) {
        range.each((cell) => (cell.indentLevel = n));
      },
      get columnWidth() {
        if (!range.loaded.has('format/columnWidth')) throw new Error('PropertyNotLoaded: columnWidth');
        return range.widthSnapshot ?? DEFAULT_COLUMN_POINTS;
      },
      set columnWidth(points: number) {
        range.ctx.enqueue(() => model.columnWidths.set(columnKey(), points));
      },
      borders: {
        getItem: (edge: string) => new FakeRangeBorder(range, edge),
      },
    };
  }
  /** Column width seen at the last sync (column ranges). */
  widthSnapshot: number | undefined;
  /** Used by borders: apply to the cells an edge names. */
  eachEdge(edge: string, f: (b: FakeBorder) => void): void {
    this.ctx.enqueue(() => {
      const g = this.cellsGrid();
      const last = g.length - 1;
      g.forEach((row, i) =>
        row.forEach((c, j) => {
          const lastCol = row.length - 1;
          if (edge === 'EdgeTop' && i === 0) f(c.borders.EdgeTop);
          if (edge === 'EdgeBottom' && i === last) f(c.borders.EdgeBottom);
          if (edge === 'EdgeLeft' && j === 0) f(c.borders.EdgeLeft);
          if (edge === 'EdgeRight' && j === lastCol) f(c.borders.EdgeRight);
          if (edge === 'InsideHorizontal') {
            if (i > 0) f(c.borders.EdgeTop);
            if (i < last) f(c.borders.EdgeBottom);
          }
          if (edge === 'InsideVertical') {
            if (j > 0) f(c.borders.EdgeLeft);
            if (j < lastCol) f(c.borders.EdgeRight);
          }
        }),
      );
    });
  }
  readBorder(edge: string, key: keyof FakeBorder): string {
    const prop = `format/borders/${edge}/${key}`;
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop}`);
    if (!this.snapshot) throw new Error(`${prop}: context.sync() was not called`);
    return this.snapshot[0][0].borders[edge as Edge][key];
  }
  loadWidth(): void {
    this.loaded.add('format/columnWidth');
    this.ctx.onSync(() => (this.widthSnapshot = this.ctx.model.columnWidths.get(`${this.sheet}!${this.box.column}`)));
  }
  getCellProperties() {
    const result: { value?: unknown } = {};
    this.ctx.onSync(() => (result.value = this.cellsGrid().map((row) => row.map(propertiesOf))));
    return result;
  }
  setCellProperties(grid: Props[][]): void {
    this.each((c, i, j) => setProperties(c, grid[i][j]));
  }
  merge(): void {
    this.ctx.enqueue(() => this.ctx.model.merges.add(`${this.sheet}!${this.address}`));
  }
  unmerge(): void {
    this.ctx.enqueue(() => {
      for (const m of [...this.ctx.model.merges]) {
        const [sheet, range] = m.split('!');
        if (sheet !== this.sheet) continue;
        const b = parseBox(range);
        if (b.top <= this.box.bottom && this.box.top <= b.bottom && b.left <= this.box.right && this.box.left <= b.right) this.ctx.model.merges.delete(m);
      }
    });
  }
  select(): void {
    this.ctx.enqueue(() => (this.ctx.model.selected = `${this.sheet}!${this.address}`));
  }
}

class FakeRangeBorder {
  constructor(
    private range: FakeRange,
    private edge: string,
  ) {}
  load(props: string): this {
    const names = props.split(',').map((p) => `format/borders/${this.edge}/${p.trim()}`);
    this.range.load(names.join(','));
    return this;
  }
  get style() {
    return this.range.readBorder(this.edge, 'style');
  }
  set style(s: string) {
    this.range.eachEdge(this.edge, (b) => (b.style = s));
  }
  get weight() {
    return this.range.readBorder(this.edge, 'weight');
  }
  set weight(w: string) {
    this.range.eachEdge(this.edge, (b) => (b.weight = w));
  }
  get color() {
    return this.range.readBorder(this.edge, 'color');
  }
  set color(c: string) {
    this.range.eachEdge(this.edge, (b) => (b.color = c.toUpperCase()));
  }
}

class FakeFreezePanes {
  constructor(
    private ctx: FakeContext,
    private sheet: string,
  ) {}
  getLocationOrNullObject() {
    const ctx = this.ctx;
    const sheet = this.sheet;
    const location = { isNullObject: true as boolean, address: '', load: () => location };
    ctx.onSync(() => {
      const rows = ctx.model.frozenRows.get(sheet) ?? 0;
      location.isNullObject = rows === 0;
      location.address = rows ? `'${sheet}'!1:${rows}` : '';
    });
    return location;
  }
  freezeRows(n: number): void {
    this.ctx.enqueue(() => this.ctx.model.frozenRows.set(this.sheet, n));
  }
  freezeAt(address: string): void {
    const rows = Number(/(\d+)$/.exec(address)![1]);
    this.ctx.enqueue(() => this.ctx.model.frozenRows.set(this.sheet, rows));
  }
  unfreeze(): void {
    this.ctx.enqueue(() => this.ctx.model.frozenRows.set(this.sheet, 0));
  }
}

class FakeCharts {
  constructor(
    private ctx: FakeContext,
    private sheet: string,
  ) {}
  add(type: string, source: FakeRange, _seriesBy: string) {
    const chart: FakeChart = { sheet: this.sheet, name: '', type, source: source.address, title: '', showPercentage: false, position: undefined };
    const ctx = this.ctx;
    ctx.enqueue(() => ctx.model.charts.push(chart));
    return {
      set name(n: string) {
        ctx.enqueue(() => (chart.name = n));
      },
      title: {
        set text(t: string) {
          ctx.enqueue(() => (chart.title = t));
        },
      },
      dataLabels: {
        set showPercentage(v: boolean) {
          ctx.enqueue(() => (chart.showPercentage = v));
        },
        set showValue(_v: boolean) {
          /* not modelled */
        },
      },
      setPosition: (start: string, end: string) => ctx.enqueue(() => (chart.position = [start, end])),
    };
  }
  getItemOrNullObject(name: string) {
    const ctx = this.ctx;
    const item = { isNullObject: true as boolean, delete: () => ctx.enqueue(() => (ctx.model.charts = ctx.model.charts.filter((c) => !(c.sheet === this.sheet && c.name === name)))) };
    ctx.onSync(() => (item.isNullObject = !ctx.model.charts.some((c) => c.sheet === this.sheet && c.name === name)));
    return item;
  }
}

/** An Excel.run over the fake, recording the options each run was given. */
export function fakeExcel(model: FakeWorkbookModel) {
  const runs: unknown[] = [];
  const run = async (...args: unknown[]) => {
    const batch = args[args.length - 1] as (c: unknown) => Promise<unknown>;
    runs.push(args.length > 1 ? args[0] : undefined);
    return batch(new FakeContext(model));
  };
  return { run, runs, context: () => new FakeContext(model) as unknown as Excel.RequestContext };
}
