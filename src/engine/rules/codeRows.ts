/**
 * What the three code rules share: walking the code rows of recognized tables, the code cell's
 * address, the year a table is read in, and the parts of a code split over 类 | 款 | 项 columns.
 */
import type { Catalog, CatalogSystem } from '../catalog';
import { systemOfCode } from '../catalog';
import type { InferredFrom, Panel, RecognizedTable, TableRow } from '../types';
import { inferredCodeOf } from '../recognize/hierarchy';
import { INFERRED_FROMS } from '../recognize/rowStore';
import { a1, cellAt, type Sheet, type Workbook } from '../workbook';

export interface CodeRuleOptions {
  /** Year for tables that do not say (CheckOptions.year). */
  year?: number;
  /** The workbook the tables come from: lets the rules read split code cells and point at the right one. */
  workbook?: Workbook;
  /**
   * codeRows(tables, { inferred: true }), when the caller has it already: checkWorkbook walks the
   * code rows once for the three code rules.
   */
  codeRows?: CodeRowList;
}

/** A code row with where it stands, made for a finding (the walks read CodeRowList's columns). */
export interface CodeRowRef {
  table: RecognizedTable;
  tableIndex: number;
  panel: Panel;
  row: TableRow;
  code: string;
  system: CatalogSystem;
  /** Set when the code was inferred from the row's name (收支总表), not printed. */
  inferred?: InferredFrom;
}

/** One panel's code rows: entries start..end - 1 of the list. */
export interface CodeRowRun {
  table: RecognizedTable;
  tableIndex: number;
  panel: Panel;
  start: number;
  end: number;
}

const SYSTEMS: readonly CatalogSystem[] = ['functional', 'economic'];

/**
 * The code rows of recognized tables in table order, a field per array and a run per panel. A large
 * workbook has 100,000 code rows: an object per row was the code rules' largest allocation (0.8 MB
 * a check at 10,000 rows, half the garbage collector's copying); these arrays are sized once and the
 * small-number ones are typed arrays, which the collector does not copy.
 */
export class CodeRowList {
  readonly length: number;
  readonly runs: CodeRowRun[] = [];
  private readonly rows: TableRow[];
  private readonly codes: string[];
  private readonly systems: Uint8Array;
  private readonly inferredFrom: Uint8Array;
  private readonly runOf: Uint32Array;

  constructor(length: number) {
    this.length = length;
    this.rows = new Array<TableRow>(length);
    this.codes = new Array<string>(length);
    this.systems = new Uint8Array(length);
    this.inferredFrom = new Uint8Array(length);
    this.runOf = new Uint32Array(length);
  }

  /** Entry i, of the run pushed last: the row, its code and system, and how the code was inferred. */
  set(i: number, row: TableRow, code: string, system: CatalogSystem, inferred: InferredFrom | undefined): void {
    this.rows[i] = row;
    this.codes[i] = code;
    this.systems[i] = SYSTEMS.indexOf(system);
    this.inferredFrom[i] = INFERRED_FROMS.indexOf(inferred);
    this.runOf[i] = this.runs.length - 1;
  }

  row(i: number): TableRow {
    return this.rows[i];
  }

  code(i: number): string {
    return this.codes[i];
  }

  system(i: number): CatalogSystem {
    return SYSTEMS[this.systems[i]];
  }

  /** Whether the code was inferred from the row's name rather than printed. */
  isInferred(i: number): boolean {
    return this.inferredFrom[i] !== 0;
  }

  run(i: number): CodeRowRun {
    return this.runs[this.runOf[i]];
  }

  ref(i: number): CodeRowRef {
    const { table, tableIndex, panel } = this.run(i);
    return { table, tableIndex, panel, row: this.rows[i], code: this.codes[i], system: this.system(i), inferred: INFERRED_FROMS[this.inferredFrom[i]] };
  }
}

/**
 * Rows of kind 'code' with a code, in table order; the system from the row, else from the first digit.
 * With `inferred`, also the name-only rows whose code inferCodes read from the catalog (sure places only).
 */
export function codeRows(tables: RecognizedTable[], options: { inferred?: boolean } = {}): CodeRowList {
  const inferred = options.inferred === true;
  // Counted first, so the list is made at its size (no copies as it grows).
  let count = 0;
  for (const table of tables) for (const panel of table.panels) for (let i = 0; i < panel.rows.length; i++) if (isCodeRow(panel.rows[i], inferred)) count++;
  const list = new CodeRowList(count);
  let n = 0;
  for (let tableIndex = 0; tableIndex < tables.length; tableIndex++) {
    const table = tables[tableIndex];
    for (const panel of table.panels) {
      const run: CodeRowRun = { table, tableIndex, panel, start: n, end: n };
      list.runs.push(run);
      for (let i = 0; i < panel.rows.length; i++) {
        const row = panel.rows[i];
        const inferredCode = inferred ? inferredCodeOf(row) : undefined;
        if (inferredCode) list.set(n++, row, inferredCode, 'functional', row.inferredFrom ?? 'name');
        else if (isPrintedCodeRow(row)) {
          const code = row.code!.trim();
          list.set(n++, row, code, (row.codeSystem ?? systemOfCode(code)) as CatalogSystem, undefined);
        }
      }
      run.end = n;
    }
  }
  return list;
}

function isCodeRow(row: TableRow, inferred: boolean): boolean {
  return (inferred && !!inferredCodeOf(row)) || isPrintedCodeRow(row); // as the filling loop asks
}

/** A row of kind 'code' whose code is in one of the catalogs' systems (采购品目 codes are in neither). */
function isPrintedCodeRow(row: TableRow): boolean {
  if (row.kind !== 'code' || !row.code || row.codeSystem === 'procurement') return false;
  return row.codeSystem !== undefined || systemOfCode(row.code.trim()) !== undefined;
}

/**
 * Functional codes are 3/5/7 digits; economic ones too (7 = a local sub-item of a 款, seed 004).
 * (/^\d{3}(?:\d{2}){0,2}$/ by character codes: the code rules ask it of every code row several times.)
 */
export function hasValidShape(code: string): boolean {
  const n = code.length;
  if (n !== 3 && n !== 5 && n !== 7) return false;
  for (let i = 0; i < n; i++) {
    const c = code.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const LEVEL_WORDS: Record<CatalogSystem, Record<number, string>> = {
  functional: { 3: '类', 5: '款', 7: '项' },
  economic: { 3: '类', 5: '款', 7: '明细' },
};

/** `2060701`, or for an inferred code `2060701（按名称“机构运行”推断）`: the reader sees no code in the cell. */
export function shownCode(ref: CodeRowRef): { zh: string; en: string } {
  if (!ref.inferred) return { zh: ref.code, en: ref.code };
  return { zh: `${ref.code}（按名称“${ref.row.label}”推断）`, en: `${ref.code} (inferred from the name “${ref.row.label}”)` };
}

/** 类 / 款 / 项 (明细 for a local economic sub-item), by code length. */
export function levelWord(code: string, system: CatalogSystem): string {
  return LEVEL_WORDS[system][code.length] ?? '编码';
}

export function systemWords(system: CatalogSystem): { zh: string; en: string } {
  return system === 'functional' ? { zh: '支出功能分类科目', en: 'functional classification' } : { zh: '支出经济分类科目', en: 'economic classification' };
}

/** The table's year, else the year the user gave, else the catalog's newest. */
export function tableYear(table: RecognizedTable, catalog: Catalog, options: CodeRuleOptions): number | null {
  return table.year ?? options.year ?? catalog.newestYear;
}

/** Sheets by name per workbook, so reading a code cell is a Map look-up, not a search per row. */
const sheetIndex = new WeakMap<Workbook, Map<string, Sheet>>();

function sheetNamed(workbook: Workbook, name: string): Sheet | undefined {
  let byName = sheetIndex.get(workbook);
  if (!byName) sheetIndex.set(workbook, (byName = new Map(workbook.sheets.map((s) => [s.name, s]))));
  return byName.get(name);
}

function cellDigits(workbook: Workbook | undefined, sheetName: string, row: number, col: number): string | undefined {
  const sheet = workbook ? sheetNamed(workbook, sheetName) : undefined;
  if (!sheet) return undefined;
  return cellAt(sheet, row, col).text.normalize('NFKC').replace(/\s+/g, '');
}

const ROLE_BY_LENGTH: Record<number, string> = { 3: 'code-lei', 5: 'code-kuan', 7: 'code-xiang' };

/**
 * The column of the cell that holds the code: with the workbook, the code cell whose text is the
 * whole code (seed 004 `301 | 14 | 30114`); else a full-code column; else the 类/款/项 column of the
 * code's level; else the last code column.
 */
export function codeColumn(table: RecognizedTable, row: TableRow, workbook?: Workbook): number {
  const cols = row.codeCols ?? [];
  if (cols.length === 0) return row.labelCol;
  if (cols.length === 1) return cols[0];
  const code = (row.code ?? '').trim();
  const exact = cols.find((c) => cellDigits(workbook, table.sheet, row.row, c) === code);
  if (exact !== undefined) return exact;
  const roleOf = (c: number) => table.columns.find((tc) => tc.col === c)?.role;
  const full = cols.find((c) => roleOf(c) === 'code');
  if (full !== undefined) return full;
  const byLevel = cols.find((c) => roleOf(c) === ROLE_BY_LENGTH[code.length]);
  return byLevel ?? cols[cols.length - 1];
}

export function codeCell(table: RecognizedTable, row: TableRow, workbook?: Workbook): string {
  return a1(row.row, codeColumn(table, row, workbook));
}

export function labelCell(row: TableRow): string {
  return a1(row.row, row.labelCol);
}

export interface SplitCodeParts {
  parts: { col: number; text: string }[];
  /** The code the parts join into, or undefined when they do not join. */
  joined?: string;
  /** The part that breaks the join. */
  badCol?: number;
}

/**
 * Join 类 | 款 | 项 parts: a 3-digit 类 starts the code, each 2-digit part extends it, a 5- or 7-digit
 * part must extend what is there (economic `301 | 14 | 30114`). A gap (项 without 款) breaks it.
 */
export function joinSplitCode(parts: { col: number; text: string }[]): SplitCodeParts {
  let code = '';
  let gap = false;
  for (const part of parts) {
    const t = part.text;
    if (t === '') {
      if (code !== '') gap = true;
      continue;
    }
    const ok =
      /^\d+$/.test(t) &&
      !gap &&
      ((t.length === 3 && code === '') || (t.length === 2 && code !== '') || ((t.length === 5 || t.length === 7) && t.startsWith(code))); // a full code may restate the parts (301 | 14 | 30114)
    if (!ok) return { parts, badCol: part.col };
    code = t.length === 2 ? code + t : t;
  }
  return hasValidShape(code) ? { parts, joined: code } : { parts, badCol: parts[parts.length - 1]?.col };
}

/** The split parts of a row's code, when the code was read from several cells and the workbook is at hand. */
export function splitCodeParts(table: RecognizedTable, row: TableRow, workbook?: Workbook): SplitCodeParts | undefined {
  const cols = row.codeCols ?? [];
  if (cols.length < 2 || !workbook) return undefined;
  const parts = cols.map((col) => ({ col, text: cellDigits(workbook, table.sheet, row.row, col) ?? '' }));
  return joinSplitCode(parts);
}

/**
 * A code the catalog rules can look up: the right shape and, for split cells, parts that join into
 * it. Anything else is hierarchy-break's to report, once.
 */
export function isWellFormed(table: RecognizedTable, row: TableRow, code: string, options: CodeRuleOptions): boolean {
  if (!hasValidShape(code)) return false;
  const split = splitCodeParts(table, row, options.workbook);
  return split === undefined || split.joined === code;
}
