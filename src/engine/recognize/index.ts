/**
 * Find the standard tables in every sheet: title (above the header, in the sheet name, or absent),
 * meta lines (单位名称, 单位：万元), a header block, and the body, continued across repeated
 * title+header pages pasted from a PDF.
 */
import { cellAt, type Cell, type Sheet, type Workbook } from '../workbook';
import { readsAsNumber } from '../amount';
import { compact, hasVisibleText, normalizeLabel, yearsIn } from '../text';
import { mapPacked, pickPacked } from '../packed';
import type { MoneyUnit, Panel, RecognizedTable, TableColumn, TableKind } from '../types';
import { classifyTitle, isTableMarker, type TitleMatch } from './titles';
import { headerPaths, isHeaderRow, rowShape, type RowShape } from './header';
import { dedupeCodeRoles, isCodeRole, roleOfPath } from './columns';
import { cellText, isTotalLabel, parseBodyRows } from './rows';
import { buildHierarchy, classifyRowKinds } from './hierarchy';
import { BodyRowList, widthWith } from './bodyRows';
import { kindFromHeader } from './signature';

const UNIT_RE = /(?:金额)?单位[:：]\s*(万元|千元|亿元|元)/;
const HEADER_UNIT_RE = /[（(](万元|千元|亿元|元)[）)]/;
const DEPT_RE = /(?:单位名称|部门名称|预算部门|编制部门|编制单位|部门)[:：]\s*([^\s|:：]+)/;
/** How far above its header a title may stand (meta lines in between). */
const TITLE_REACH = 8;

interface Pending {
  title?: TitleMatch & { row: number };
  unit?: MoneyUnit;
  department?: string;
  firstRow?: number;
}

interface Builder {
  table: RecognizedTable;
  headerTop: number;
  headerBottom: number;
  firstHeaderKey: string;
  bodyRows: BodyRowList;
}

function rowKey(shape: RowShape): string {
  return mapPacked(shape.cells, (c) => `${c.col}:${normalizeLabel(c.text)}`).join('|');
}

function isMetaRow(shape: RowShape): boolean {
  return shape.cells.some((c) => isMetaText(c.text));
}

/** 单位：万元, 单位名称：…, 金额单位…: all name 单位 or 部门 (asked of every header-like row's cells). */
function isMetaText(text: string): boolean {
  const t = compact(text); // PDF pastes space the words out: 单 位：万元
  if (!t.includes('单位') && !t.includes('部门')) return false;
  return UNIT_RE.test(t) || DEPT_RE.test(t) || /^金额单位/.test(t);
}

function readMeta(shape: RowShape, pending: Pending): void {
  for (const c of shape.cells) {
    const t = compact(c.text);
    const u = UNIT_RE.exec(t);
    if (u) pending.unit = u[1] as MoneyUnit;
    const d = DEPT_RE.exec(t);
    if (d && !/^(万元|元)$/.test(d[1])) pending.department = d[1];
  }
}

const NOTE_RE = /^(注|说明|备注)[:：]/;

/** A row's first text opens a note (注：…), which ends the table above it. */
function isNoteText(lead: string): boolean {
  return NOTE_RE.test(compact(lead));
}

function isNoteRow(shape: RowShape): boolean {
  return shape.cells.length > 0 && isNoteText(shape.cells[0].text);
}

/**
 * The text of a row's first visible cell when the row holds a figure, else undefined. A row with a
 * figure can be neither title, meta line nor header: it is a body row or a note, and this tells
 * which without building its shape (most rows of a large sheet are such rows).
 */
function figureRowLead(line: (Cell | undefined)[] | undefined): string | undefined {
  if (!line) return undefined;
  let lead: string | undefined;
  for (let c = 0; c < line.length; c++) {
    const cell = line[c];
    if (!cell) continue;
    if (lead === undefined) {
      const text = cellText(cell);
      if (hasVisibleText(text)) lead = text;
      else continue;
    }
    if (readsAsNumber(cell) && hasVisibleText(cellText(cell))) return lead;
  }
  return undefined;
}

function singleText(shape: RowShape): string | undefined {
  if (shape.cells.length === 0 || shape.cells.length > 2 || shape.amountCount > 0) return undefined;
  return mapPacked(shape.cells, (c) => c.text).join('');
}

/** Years near the table decide its year: title, headings, then text above it, the sheet, the workbook. */
function findYear(sheet: Sheet, table: RecognizedTable, headerRows: number[], bodyRows: Int32Array, workbookName?: string): number | null {
  const fromTitle = yearsIn(table.title);
  if (fromTitle.length) return Math.max(...fromTitle);
  const headerYears: number[] = [];
  for (const r of headerRows) for (let c = table.range.left; c <= table.range.right; c++) headerYears.push(...yearsIn(cellText(cellAt(sheet, r, c))));
  if (table.kind === 'sangong') for (const r of bodyRows) for (let c = table.range.left; c <= table.range.right; c++) headerYears.push(...yearsIn(cellText(cellAt(sheet, r, c))));
  if (headerYears.length) return Math.max(...headerYears);
  for (let r = table.range.top - 1; r >= 0; r--) {
    for (const cell of sheet.cells[r] ?? []) {
      const ys = cell ? yearsIn(cellText(cell)) : [];
      if (ys.length && compact(cellText(cell!)).length <= 40) return ys[0];
    }
  }
  const fromSheet = yearsIn(sheet.name);
  if (fromSheet.length) return fromSheet[0];
  const fromBook = workbookName ? yearsIn(workbookName.replace(/(20\d{2})(?!年)/g, '$1年')) : [];
  return fromBook.length ? fromBook[0] : null;
}

function buildColumns(sheet: Sheet, top: number, bottom: number, width: number): TableColumn[] {
  const paths = headerPaths(sheet, top, bottom, 0, width - 1);
  return dedupeCodeRoles(mapPacked(paths, (path, col) => ({ col, path, role: roleOfPath(path) })));
}

/** Split 收入 | 支出 side-by-side tables into panels at the column where 支出 starts. */
function panelSplits(columns: TableColumn[]): { side: Panel['side']; from: number; to: number }[] {
  const tops = mapPacked(columns, (c) => c.path[0] ?? '');
  const incomeAt = tops.findIndex((t) => /^收入/.test(t));
  const expAt = tops.findIndex((t, i) => i > incomeAt && /^支出/.test(t));
  if (incomeAt >= 0 && expAt > incomeAt && columns.some((c) => c.col >= expAt && c.role === 'label')) {
    return [
      { side: 'income', from: 0, to: expAt - 1 },
      { side: 'expenditure', from: expAt, to: columns.length - 1 },
    ];
  }
  return [{ side: 'single', from: 0, to: columns.length - 1 }];
}

/** A column the headings call an amount, or whose body holds figures and no words. */
function refineRoles(sheet: Sheet, columns: TableColumn[], bodyRows: Int32Array): TableColumn[] {
  return mapPacked(columns, (c) => {
    if (c.role !== 'text' || c.path.length) return c;
    let numbers = 0;
    let words = 0;
    for (let i = 0; i < bodyRows.length; i++) {
      const t = compact(cellText(cellAt(sheet, bodyRows[i], c.col)));
      if (!t) continue;
      if (/^-?[\d,]+\.\d+$|^-?\d{1,3}(,\d{3})+$/.test(t)) numbers++;
      else words++;
    }
    return numbers > 0 && words === 0 ? { ...c, role: 'amount' } : c;
  });
}

function makePanels(sheet: Sheet, columns: TableColumn[], bodyRows: Int32Array, kind: TableKind, department?: string): Panel[] {
  return mapPacked(panelSplits(columns), ({ side, from, to }) => {
    const cols = columns.slice(from, to + 1);
    const amountCols = pickPacked(cols, (c) => c.role === 'amount', (c) => c.col);
    const firstAmount = amountCols.length ? amountCols[0] : Infinity;
    const labelCols = pickPacked(cols, (c) => c.col < firstAmount && c.role !== 'amount', (c) => c.col);
    const rows = parseBodyRows(sheet, bodyRows, columns, labelCols, amountCols);
    const panel: Panel = { side, labelCol: labelCols.find((c) => columns[c]?.role === 'label') ?? labelCols[0] ?? 0, amountCols, rows, parent: new Int32Array(0) }; // parent: buildHierarchy, below
    classifyRowKinds(panel, kind, department);
    panel.parent = buildHierarchy(panel, kind);
    return panel;
  });
}

/**
 * A row holding only 合计 in the label column, under the header: the first body row of a table with
 * no figures yet (seed 004's empty 政府性基金 三公 table), not one more header row.
 */
function isLoneTotalRow(row: RowShape, firstHeader: RowShape): boolean {
  if (row.cells.length !== 1 || !isTotalLabel(row.cells[0].text)) return false;
  const firstCol = firstHeader.cells[0]?.col ?? 0;
  return row.cells[0].col <= firstCol + 1;
}

/** The header's width: one past its last column with a heading (other tables may share the sheet). */
function headerWidth(sheet: Sheet, rows: readonly number[]): number {
  let width = 0;
  for (let i = 0; i < rows.length; i++) width = widthWith(sheet.cells[rows[i]] ?? [], width);
  return width;
}

function finishTable(sheet: Sheet, b: Builder, workbookName?: string): RecognizedTable | undefined {
  const headerRows = Array.from({ length: b.headerBottom - b.headerTop + 1 }, (_, i) => b.headerTop + i);
  const bodyRows = b.bodyRows.view();
  // The table's own width: its last column with a heading or a figure (other tables may share the sheet).
  const width = Math.max(headerWidth(sheet, headerRows), b.bodyRows.width);
  const t = b.table;
  let columns = buildColumns(sheet, b.headerTop, b.headerBottom, width);
  columns = refineRoles(sheet, columns, bodyRows);
  // Trim columns with neither heading nor content.
  const used = columns.filter((c) => c.path.length || bodyRows.some((r) => compact(cellText(cellAt(sheet, r, c.col))) !== ''));
  if (!used.length) return undefined;
  t.columns = columns.filter((c) => used.includes(c));
  t.range.left = Math.min(t.range.left, used[0].col);
  t.range.right = used[used.length - 1].col;
  t.range.bottom = bodyRows.length ? bodyRows[bodyRows.length - 1] : b.headerBottom;
  if (t.kind === ('unknown' as TableKind)) {
    const guessed = kindFromHeader(t.columns);
    if (!guessed) return undefined;
    t.kind = guessed;
    t.title = t.title || '';
  }
  if (!t.unit) {
    for (let r = b.headerTop; r <= b.headerBottom; r++)
      for (let c = 0; c < width; c++) {
        const u = HEADER_UNIT_RE.exec(compact(cellText(cellAt(sheet, r, c))));
        if (u) t.unit = u[1] as MoneyUnit;
      }
  }
  t.panels = makePanels(sheet, t.columns, bodyRows, t.kind, t.department);
  t.year = findYear(sheet, t, t.headerRows, bodyRows, workbookName);
  return t;
}

export function recognizeSheet(sheet: Sheet, workbookName?: string): RecognizedTable[] {
  // No sheet width: every pass reads a row to its own end (the widest row's length bounded nothing,
  // and working it out read every row once more: at 100,000 rows, 3 ms of cache misses a check).
  const height = sheet.cells.length;
  // Shapes are made as the scan reaches a row and not kept: kept, a large sheet's shapes all
  // survive to the end of the scan, and moving them through the heap was a good part of its time.
  // (No closures here: a closure made per call is a new call target, and the JIT's code for this
  // loop was thrown away on every call.)
  const shapes: ShapeCache = { sheet, row: -1, shape: undefined };
  const sheetTitle = classifyTitle(sheet.name);
  const tables: RecognizedTable[] = [];
  let pending: Pending = {};
  let current: Builder | undefined;
  let inBody = false;
  let last: Builder | undefined;

  for (let r = 0; r < height; r++) {
    // A table's body, row after row of figures, in one tight loop of its own.
    if (inBody && current) {
      const next = scanFigureRows(sheet, r, height, current.bodyRows);
      if (next > r) {
        r = next - 1;
        continue;
      }
    }
    const lead = figureRowLead(sheet.cells[r]);
    if (lead !== undefined) {
      if (isNoteText(lead)) {
        if (inBody) last = current;
        inBody = false;
      } else if (inBody && current) current.bodyRows.push(r, sheet.cells[r]);
      else pending.firstRow = undefined;
      continue;
    }
    const shape = shapeAt(shapes, r);
    if (shape.cells.length === 0) {
      if (inBody) {
        last = current;
        inBody = false;
      }
      continue;
    }
    const text = singleText(shape);
    if (text !== undefined && isTableMarker(text)) {
      inBody = false;
      continue;
    }
    const title = text !== undefined ? classifyTitle(text) : undefined;
    if (title && !(inBody && current && shape.cells[0].col > current.table.range.left)) {
      if (inBody) last = current;
      inBody = false;
      pending = { title: { ...title, row: r }, firstRow: r };
      continue;
    }
    if (shape.amountCount === 0 && isMetaRow(shape)) {
      if (inBody) last = current;
      inBody = false;
      readMeta(shape, pending);
      pending.firstRow ??= r;
      continue;
    }
    if (isNoteRow(shape)) {
      if (inBody) last = current;
      inBody = false;
      continue;
    }
    // Only a header row can repeat a header: the row key is built for those alone (it normalizes every cell).
    const headerLike = isHeaderRow(shape) && shape.headingCount >= 2;
    const repeatsHeader = headerLike && (last ?? current) !== undefined && rowKey(shape) === (last ?? current)!.firstHeaderKey;
    const startsHeader = headerLike && (!inBody || repeatsHeader);
    if (startsHeader) {
      let h = r;
      const headerShapes = [shape];
      for (let next = shapeAt(shapes, h + 1); h + 1 < height && next.cells.length && isHeaderRow(next) && !isMetaRow(next) && !isLoneTotalRow(next, shape); next = shapeAt(shapes, h + 1)) {
        headerShapes.push(next);
        h++;
      }
      const headerRows = Array.from({ length: h - r + 1 }, (_, i) => r + i);
      const continuation = repeatsHeader && (last ?? current) && (!pending.title || normalizeLabel(pending.title.title) === normalizeLabel((last ?? current)!.table.title));
      if (continuation) {
        current = (last ?? current)!;
        current.table.repeatedHeaders.push(...headerRows);
      } else {
        if (current) finishInto(tables, sheet, current, workbookName);
        const titleMatch = pending.title && r - pending.title.row <= TITLE_REACH ? pending.title : undefined;
        const named = titleMatch ?? (sheetTitle ? { ...sheetTitle, row: r } : undefined);
        const top = titleMatch ? titleMatch.row : Math.min(pending.firstRow ?? r, r);
        current = {
          table: {
            sheet: sheet.name,
            kind: named?.kind ?? ('unknown' as TableKind),
            stage: named?.stage ?? 'budget',
            title: named?.title ?? '',
            unit: pending.unit ?? null,
            year: null,
            range: { top, left: shape.cells[0].col, bottom: h, right: shape.cells[shape.cells.length - 1].col }, // bottom and right: finishTable's
            headerRows,
            repeatedHeaders: [],
            columns: [],
            panels: [],
            department: pending.department,
          },
          headerTop: r,
          headerBottom: h,
          firstHeaderKey: rowKey(shape),
          bodyRows: new BodyRowList(),
        };
      }
      if (current.table.stage === 'budget' && /决算/.test(mapPacked(headerShapes, (x) => mapPacked(x.cells, (c) => c.text).join('')).join(''))) current.table.stage = 'final';
      last = undefined;
      pending = {};
      inBody = true;
      r = h;
      continue;
    }
    if (inBody && current) {
      current.bodyRows.push(r, sheet.cells[r]);
      continue;
    }
    // Text outside any table (narrative, a stray line): not part of a table.
    pending.firstRow = undefined;
  }
  if (current) finishInto(tables, sheet, current, workbookName);
  return tables;
}

/**
 * Body rows from `from` on while they hold figures and are no note: pushed to `bodyRows`. Returns
 * the first row it did not take (what the main scan must look at).
 */
function scanFigureRows(sheet: Sheet, from: number, height: number, bodyRows: BodyRowList): number {
  let r = from;
  for (; r < height; r++) {
    const line = sheet.cells[r];
    const lead = figureRowLead(line);
    if (lead === undefined || isNoteText(lead)) break;
    bodyRows.push(r, line);
  }
  return r;
}

interface ShapeCache {
  sheet: Sheet;
  row: number;
  shape: RowShape | undefined;
}

/** The shape of row `r`, made once while the scan stands on it (the header loop asks again). */
function shapeAt(cache: ShapeCache, r: number): RowShape {
  if (r !== cache.row || !cache.shape) {
    cache.shape = rowShape(cache.sheet, r);
    cache.row = r;
  }
  return cache.shape;
}

function finishInto(tables: RecognizedTable[], sheet: Sheet, b: Builder, workbookName?: string): void {
  const t = finishTable(sheet, b, workbookName);
  if (t) tables.push(t);
}

/** Tables that do not show their year take the year most tables of the workbook show. */
function fillWorkbookYear(tables: RecognizedTable[]): void {
  const counts = new Map<number, number>();
  for (const t of tables) if (t.year !== null) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best) && y > best)) best = y;
  if (best !== null) for (const t of tables) if (t.year === null) t.year = best;
}

export function recognizeWorkbook(workbook: Workbook): RecognizedTable[] {
  const tables = workbook.sheets.flatMap((s) => recognizeSheet(s, workbook.name));
  fillWorkbookYear(tables);
  return tables;
}

export { isCodeRole };
