/**
 * A small project-owned fake of the Excel object model for tests of writes: cells with value,
 * formula, number format and fill; reads reflect the last sync (reading an unloaded or unsynced
 * property throws), writes are queued until the next sync, as in Office.js. Counts syncs.
 */
export interface FakeCell {
  value: string | number | boolean | null;
  /** `=…` for a formula; otherwise mirrors value. */
  formula: string | number | boolean | null;
  numberFormat: string;
  /** null = no fill. */
  fill: string | null;
}

const blank = (): FakeCell => ({ value: null, formula: null, numberFormat: 'General', fill: null });

export class FakeWorkbookModel {
  cells = new Map<string, FakeCell>();
  notes = new Map<string, string>();
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

class FakeRange {
  private snapshot: FakeCell | undefined;
  private loaded = new Set<string>();
  constructor(private ctx: FakeContext, private sheet: string, private address: string) {}
  private get cell(): FakeCell {
    return this.ctx.model.cell(this.sheet, this.address);
  }
  load(props: string): this {
    for (const p of props.split(',')) this.loaded.add(p.trim());
    this.ctx.onSync(() => (this.snapshot = { ...this.cell }));
    return this;
  }
  private read<K extends keyof FakeCell>(prop: string, key: K): FakeCell[K] {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop}`);
    if (!this.snapshot) throw new Error(`${prop}: context.sync() was not called`);
    return this.snapshot[key];
  }
  get values() {
    return [[this.read('values', 'value') ?? '']];
  }
  set values(v: unknown[][]) {
    this.ctx.enqueue(() => {
      const x = v[0][0] as FakeCell['value'];
      const c = this.cell;
      c.value = x === '' ? null : x;
      c.formula = c.value;
    });
  }
  get formulas() {
    return [[this.read('formulas', 'formula') ?? '']];
  }
  set formulas(v: unknown[][]) {
    this.ctx.enqueue(() => {
      const x = v[0][0] as FakeCell['value'];
      const c = this.cell;
      c.formula = x === '' ? null : x;
      if (typeof x === 'string' && x.startsWith('=')) {
        c.value = this.ctx.model.calculated.get(`${this.sheet}!${this.address}|${x}`) ?? null; // Excel recalculates
        return;
      }
      // A numeric string becomes a number unless the cell is formatted as text.
      c.value = x === '' ? null : typeof x === 'string' && NUMERIC.test(x) && c.numberFormat !== '@' ? Number(x) : x;
    });
  }
  get numberFormat() {
    return [[this.read('numberFormat', 'numberFormat')]];
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.enqueue(() => (this.cell.numberFormat = String(v[0][0])));
  }
  get format() {
    const range = this;
    return {
      fill: {
        get color() {
          return range.read('format/fill/color', 'fill') ?? '#FFFFFF';
        },
        set color(c: string) {
          range.ctx.enqueue(() => (range.cell.fill = c.toUpperCase()));
        },
        clear: () => range.ctx.enqueue(() => (range.cell.fill = null)),
      },
    };
  }
  getCellProperties() {
    const result: { value?: unknown } = {};
    this.ctx.onSync(() => {
      const c = this.cell;
      result.value = [[{ format: { fill: { color: c.fill ?? '#FFFFFF', pattern: c.fill ? 'Solid' : 'None' } } }]];
    });
    return result;
  }
  select(): void {
    this.ctx.enqueue(() => (this.ctx.model.selected = `${this.sheet}!${this.address}`));
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
