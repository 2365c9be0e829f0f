/** Body rows: the label, the code (one column, 类|款|项 columns, or written into the label), the figures. */
import { parseAmount, plainFigure, readPlainFigure } from '../amount';
import { cellAt, type Cell, type Sheet } from '../workbook';
import { compact, leadingSpaces, normalizeLabel, splitOrdinal } from '../text';
import type { CodeSystem, RowKind, TableColumn, TableRow } from '../types';
import { PanelFigures } from './rowAmounts';
import { BodyRow, PanelRows } from './rowStore';
import { mapPacked } from '../packed';
import { TextCache } from '../textCache';

const TOTAL_RE = /^(合计|总计|小计|共计|总合计|金额合计|本年收入合计|本年支出合计|收入合计|支出合计|收入总计|支出总计|收支总计|本年收支合计|合计数)$/;
const MEMO_RE = /^其中[:：]?/;

export function cellText(cell: Cell): string {
  if (cell.text !== '') return cell.text;
  return cell.value === null ? '' : String(cell.value);
}

export function isTotalLabel(label: string): boolean {
  return TOTAL_RE.test(splitOrdinal(label).rest);
}

/** Regexes of the per-row steps, made once (a literal in a function is a new object per call until the JIT steps in). */
const PROCUREMENT_CODE_RE = /^[A-C]\d{0,8}$/;

/** `^\d+$` by character codes: asked of every code and label cell of a table. */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `^[A-C]\d{0,8}$` without a regex call for texts that cannot match. */
function isProcurementCode(text: string): boolean {
  if (text.length === 0) return false; // (charCodeAt(0) of '' is NaN: the JIT's code would be thrown away)
  const first = text.charCodeAt(0);
  return first >= 65 && first <= 67 && PROCUREMENT_CODE_RE.test(text);
}

const CODE_SYSTEMS = new TextCache<CodeSystem | undefined>(50000);

export function codeSystemOf(code: string): CodeSystem | undefined {
  return CODE_SYSTEMS.get(code, readCodeSystem);
}

function readCodeSystem(code: string): CodeSystem | undefined {
  if (isProcurementCode(code)) return 'procurement';
  if (!isDigits(code)) return undefined;
  if (code[0] === '2') return 'functional';
  if (code[0] === '3' || code[0] === '5') return 'economic';
  return undefined;
}

const CODE_LENGTHS = new Set([3, 5, 7]);
const LABEL_CODE_RE = /^\[?(\d{3}(?:\d{2}){0,2})\]?[\s\-－_:：、.]*(?=\D)/;

function digits(cell: Cell): string {
  const t = compact(cellText(cell));
  if (isProcurementCode(t)) return t; // 政府采购品目 A 货物 / B 工程 / C 服务
  if (typeof cell.value === 'number' && Number.isInteger(cell.value)) return String(cell.value);
  return isDigits(t) ? t : '';
}

interface CodeRead {
  code: string;
  cols: readonly number[];
}

/** Where a panel's codes can stand: what readCode asks of the columns, worked out once per panel. */
interface CodeLayout {
  /** The 类, 款, 项 columns present, in that order, up to the first one missing. */
  split: TableColumn[];
  code: TableColumn | undefined;
  /** Other columns left of the figures that may hold a code (text, unit code, label). */
  others: TableColumn[];
}

/**
 * One-cell reads already made, by column then code, for every table: the same codes repeat in
 * every unit and every sheet. Shared and read-only (a row's codeCols is its read's cols).
 */
const SINGLE_READS: Map<string, CodeRead>[] = [];
/** `[col]` for each column: the code cells of a one-cell code. */
const SINGLE_COLS: (readonly number[])[] = [];

/** The read of `code` in the one cell `col`, shared by every row that prints it there (read-only). */
function singleRead(col: number, code: string): CodeRead {
  let byCode = SINGLE_READS[col];
  if (!byCode) {
    SINGLE_READS[col] = byCode = new Map();
    SINGLE_COLS[col] = Object.freeze([col]);
  }
  let read = byCode.get(code);
  if (!read) {
    if (byCode.size >= 10000) byCode.clear();
    byCode.set(code, (read = { code, cols: SINGLE_COLS[col] }));
  }
  return read;
}

function codeLayout(columns: TableColumn[], firstAmountCol: number): CodeLayout {
  const byRole = (role: string) => columns.find((c) => c.role === role);
  const split: TableColumn[] = [];
  if (byRole('code-lei')) {
    for (const role of ['code-lei', 'code-kuan', 'code-xiang']) {
      const col = byRole(role);
      if (!col) break;
      split.push(col);
    }
  }
  const others: TableColumn[] = [];
  for (const c of columns) {
    if (c.col >= firstAmountCol) break;
    if (c.role === 'text' || c.role === 'unit-code' || c.role === 'label') others.push(c);
  }
  return { split, code: byRole('code'), others };
}

/** Read a row's code from split 类|款|项 columns, a code column, or a bare code beside the label. */
export function readCode(sheet: Sheet, row: number, columns: TableColumn[], firstAmountCol: number, layout = codeLayout(columns, firstAmountCol)): CodeRead | undefined {
  let split: CodeRead | undefined;
  if (layout.split.length) {
    let code = '';
    const cols: number[] = [];
    for (const col of layout.split) {
      const d = digits(cellAt(sheet, row, col.col));
      if (!d) break;
      // A 款 or 项 printed as a number loses its leading zero: 7 -> 07.
      code += col.role === 'code-lei' ? d : d.padStart(2, '0');
      cols.push(col.col);
    }
    if (cols.length) split = { code, cols };
  }
  const codeCol = layout.code;
  const single = codeCol ? digits(cellAt(sheet, row, codeCol.col)) : '';
  if (single && !split) return singleRead(codeCol!.col, single);
  // Other digit cells left of the figures: a longer code that extends the split one (3019908 after 301|99).
  for (const c of layout.others) {
    const d = digits(cellAt(sheet, row, c.col));
    if (!d) continue;
    const system = codeSystemOf(d);
    if (!system) continue;
    if (system !== 'procurement' && !CODE_LENGTHS.has(d.length)) continue;
    if (split && d.length > split.code.length && d.startsWith(split.code)) return singleRead(c.col, d);
    if (!split && !single && c.role !== 'label') return singleRead(c.col, d);
  }
  if (split) return split;
  if (single) return singleRead(codeCol!.col, single);
  return undefined;
}

interface LabelWords {
  ordinal: 0 | 1 | 2;
  /** 其中… */
  memo: boolean;
  /** 合计, 总计 … (isTotalLabel) */
  total: boolean;
}

const LABEL_WORDS = new TextCache<LabelWords>(50000);

/** What a normalized label says of its row. */
function labelWords(normalized: string): LabelWords {
  return LABEL_WORDS.get(normalized, readLabelWords);
}

function readLabelWords(normalized: string): LabelWords {
  const { ordinal, rest } = splitOrdinal(normalized);
  return { ordinal, memo: MEMO_RE.test(normalized), total: TOTAL_RE.test(rest) };
}

/** What a label cell's text says, worked out once per distinct text (names repeat in every unit). */
interface LabelText {
  /** Nothing but spaces. */
  blank: boolean;
  /** Digits only: a unit code, unless in a 名称 column. */
  digits: boolean;
  /** leadingSpaces(raw) */
  leading: number;
  trimmed: string;
  normalized: string;
  words: LabelWords;
}

const LABEL_TEXTS = new TextCache<LabelText>(50000);
const EMPTY_LABEL: LabelText = { blank: true, digits: false, leading: 0, trimmed: '', normalized: '', words: { ordinal: 0, memo: false, total: false } };

function labelTextOf(raw: string): LabelText {
  return LABEL_TEXTS.get(raw, readLabelText);
}

function readLabelText(raw: string): LabelText {
  const compacted = compact(raw);
  const trimmed = raw.trim();
  const normalized = normalizeLabel(trimmed);
  return { blank: !compacted, digits: isDigits(compacted), leading: leadingSpaces(raw), trimmed, normalized, words: labelWords(normalized) };
}

/** What readBodyRow asks of the panel's columns, worked out once per panel by parseBodyRows. */
interface RowLayout {
  amountCols: number[];
  panelColumns: TableColumn[];
  /** Label columns, 名称/项目 ones first. */
  candidates: number[];
  labelRole: Set<number>;
  codes: CodeLayout;
}

function rowLayout(columns: TableColumn[], labelCols: number[], amountCols: number[]): RowLayout {
  const labelRole = new Set(mapPacked(columns.filter((c) => c.role === 'label'), (c) => c.col));
  const panelColumns = columns.filter((c) => labelCols.includes(c.col) || amountCols.includes(c.col));
  const layout: RowLayout = {
    amountCols,
    panelColumns,
    codes: codeLayout(panelColumns, amountCols.length ? amountCols[0] : Infinity),
    candidates: [...labelCols.filter((c) => labelRole.has(c)), ...labelCols.filter((c) => !labelRole.has(c))],
    labelRole,
  };
  return layout;
}

/**
 * The rows of a panel that hold anything, parsed. One loop with the panel's layout worked out once:
 * a table's rows all come through here, and a plain loop is made fast by the JIT sooner than a
 * chain of callbacks.
 */
export function parseBodyRows(sheet: Sheet, bodyRows: Int32Array, columns: TableColumn[], labelCols: number[], amountCols: number[]): TableRow[] {
  const layout = rowLayout(columns, labelCols, amountCols);
  const store = new PanelRows(new PanelFigures(amountCols, bodyRows.length), bodyRows.length);
  const rows: TableRow[] = [];
  for (let i = 0; i < bodyRows.length; i++) if (readBodyRow(sheet, bodyRows[i], layout, store, i)) rows.push(new BodyRow(store, i));
  return rows;
}

/** cols.includes(col) as a plain loop: asked for every label column of every row (a code's one or three cells). */
function holds(cols: readonly number[], col: number): boolean {
  for (let i = 0; i < cols.length; i++) if (cols[i] === col) return true;
  return false;
}

/** Read a body row into slot `slot` of the store: false when it holds nothing (no label, code or figure). */
function readBodyRow(sheet: Sheet, row: number, layout: RowLayout, store: PanelRows, slot: number): boolean {
  const figures = store.figures;
  const { amountCols, panelColumns, candidates, labelRole, codes } = layout;
  const firstAmountCol = amountCols.length ? amountCols[0] : Infinity;
  const code = readCode(sheet, row, panelColumns, firstAmountCol, codes);
  // Label: a 名称/项目 column first, then any text left of the figures (e.g. the 预算单位 column).
  let label = EMPTY_LABEL;
  let labelCol = candidates[0] ?? 0; // (candidates are the label columns, reordered)
  let indent = 0;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (code !== undefined && holds(code.cols, c)) continue;
    const cell = cellAt(sheet, row, c);
    const info = labelTextOf(cellText(cell));
    if (info.blank) continue;
    if (info.digits && !labelRole.has(c)) continue; // a unit code
    label = info;
    labelCol = c;
    indent = info.leading + (cell.indent ?? 0) * 2;
    break;
  }
  let codeRead = code;
  let labelText = label.trimmed;
  let normalized = label.normalized;
  let words = label.words;
  if (!codeRead) {
    const m = LABEL_CODE_RE.exec(normalized);
    if (m && codeSystemOf(m[1])) {
      codeRead = singleRead(labelCol, m[1]);
      labelText = normalized.slice(m[0].length);
      normalized = normalizeLabel(labelText);
      words = labelWords(normalized);
    }
  }
  let hasFigure = false;
  for (let i = 0; i < amountCols.length; i++) {
    const cell = cellAt(sheet, row, amountCols[i]);
    if (readPlainFigure(cell)) {
      // The common case, read without an object.
      figures.putUnits(slot, i, plainFigure.units, plainFigure.decimals);
      hasFigure = true;
      continue;
    }
    const a = parseAmount(cell);
    figures.put(slot, i, a);
    if (a.kind !== 'blank') hasFigure = true;
  }
  if (!labelText && !codeRead && !hasFigure) return false;
  const ordinal = words.ordinal;
  let kind: RowKind;
  if (words.memo) kind = 'memo';
  else if (words.total) kind = 'total';
  else if (codeRead) kind = 'code';
  else if (labelText) kind = 'item';
  else kind = 'group';
  store.put(slot, row, kind, labelText, labelCol, codeRead?.code, codeRead ? codeSystemOf(codeRead.code) : undefined, codeRead?.cols, indent, ordinal);
  return true;
}
