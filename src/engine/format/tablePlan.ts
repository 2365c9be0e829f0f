/**
 * The format plan for one recognized table: the published style (style.ts) laid over the table's
 * parts (layout.ts), minus what the sheet already shows (diff.ts).
 *   title      merged over the table's width, centred, bold, 16 pt
 *   单位 line   right-aligned (merged to the table's right edge when the cells between are blank)
 *   header     bold, centred, wrapped, thin borders, light fill; merged where its hierarchy says
 *   body       thin borders; amounts right-aligned in #,##0 / #,##0.00 (zero blank where the table
 *              already hides zeros); codes as text; 类/款/项 names indented by level;
 *              类, unit, department and 合计 rows bold
 *   columns    widened to fit their text (never narrowed); the header frozen when the table is
 *              alone on its sheet and starts near the top.
 * Formatting never changes what a figure says: an amount keeps the decimals it is shown with.
 */
import { parseAmount } from '../amount';
import type { CellEdit } from '../fixes';
import { cellText } from '../recognize/rows';
import { compact } from '../text';
import type { Panel, RecognizedTable, TableRow } from '../types';
import { a1, cellAt, columnLetter, DEFAULT_COLUMN_WIDTH, rangeA1, type CellRange, type Sheet } from '../workbook';
import { formatNumber } from '../formatNumber';
import { formatOps, type WantedCell } from './diff';
import { bodyRows, headerBlocks, headerMerges, mergeAt, overlaps, panelColumns, titleCell, unitCell } from './layout';
import type { CellFormat, ColumnWidthOp, FormatPlan, FreezeOp, MergeOp } from './plan';
import { amountFormat, HEADER_FILL, hidesZero, MAX_COLUMN_WIDTH, MAX_FROZEN_ROWS, MAX_HEADING_WIDTH, MIN_COLUMN_WIDTH, TEXT_FORMAT, textWidth, TITLE_FONT_SIZE } from './style';

const REASONS: Record<string, string> = {
  title: '标题：合并居中、加粗、放大（title merged, centred, bold, larger）',
  unit: '单位行右对齐（unit line right-aligned）',
  header: '表头：加粗、居中、换行、细边框、浅底色（header style）',
  strong: '类、单位、合计行加粗（类, unit and total rows bold）',
  amount: '金额右对齐、千分位（amounts right-aligned with thousands separators）',
  code: '编码存为文本（codes stored as text）',
  label: '款、项名称按级缩进（names indented by level）',
  body: '表体细边框（thin grid）',
};

const reasonOf = (role: string) => REASONS[role] ?? role;

/** Rows printed bold in the published tables: 合计, department, unit and 类 rows. */
function isStrongRow(row: TableRow): boolean {
  if (row.kind === 'total' || row.kind === 'group' || row.kind === 'unit') return true;
  return row.kind === 'code' && row.codeSystem !== 'procurement' && row.code?.length === 3;
}

/** A row's level under the nearest row that is not a code or named item (款 1, 项 2 under a 类). */
function levelOf(panel: Panel, index: number): number {
  let level = 0;
  for (let p = panel.parent[index]; p >= 0; p = panel.parent[p]) {
    const kind = panel.rows[p].kind;
    if (kind !== 'code' && kind !== 'item') break;
    level++;
  }
  return level;
}

/** Decimals a number shows: the published figure's precision (never changed by formatting). */
function shownDecimals(sheet: Sheet, row: number, col: number): number | undefined {
  const a = parseAmount(cellAt(sheet, row, col));
  return a.kind === 'number' ? a.decimals : undefined;
}

/** What a code cell should hold as text: the 类 part as is, 款 and 项 parts two digits. */
function codeText(value: number, role: string | undefined): string {
  const s = String(value);
  return role === 'code-kuan' || role === 'code-xiang' ? s.padStart(2, '0') : s;
}

interface Parts {
  wanted: Map<string, WantedCell>;
  edits: CellEdit[];
  merges: MergeOp[];
}

function want(parts: Parts, row: number, col: number, role: string, format: CellFormat, amount = false): void {
  const key = `${row},${col}`;
  const prev = parts.wanted.get(key);
  parts.wanted.set(key, { row, col, role, format: { ...prev?.format, ...format }, amount: amount || prev?.amount });
}

/** Merge a range when it holds one non-blank cell, in its top-left, and touches no merge. */
function canMerge(sheet: Sheet, box: CellRange, pending: CellRange[]): boolean {
  if (sheet.merges.some((m) => overlaps(m, box)) || pending.some((m) => overlaps(m, box))) return false;
  for (let r = box.top; r <= box.bottom; r++)
    for (let c = box.left; c <= box.right; c++) if ((r !== box.top || c !== box.left) && compact(cellText(cellAt(sheet, r, c)))) return false;
  return true;
}

function titleParts(sheet: Sheet, table: RecognizedTable, parts: Parts): void {
  const at = titleCell(sheet, table);
  if (!at) return;
  const existing = mergeAt(sheet, at.row, at.col);
  const box: CellRange = { top: at.row, bottom: at.row, left: Math.min(table.range.left, at.col), right: Math.max(table.range.right, at.col) };
  let anchor = existing ? existing.left : at.col;
  const pending = parts.merges.map((m) => parseBox(m.range));
  if (!existing && box.right > box.left) {
    // The title may stand in any cell of the row; a merge keeps only the top-left one's value.
    const withoutTitle = (r: number, c: number) => (r === at.row && c === at.col ? '' : compact(cellText(cellAt(sheet, r, c))));
    const clear = Array.from({ length: box.right - box.left + 1 }, (_, i) => box.left + i).every((c) => !withoutTitle(at.row, c));
    if (clear && !sheet.merges.some((m) => overlaps(m, box)) && !pending.some((m) => overlaps(m, box))) {
      if (at.col !== box.left) {
        const value = cellAt(sheet, at.row, at.col).value;
        parts.edits.push({ sheet: sheet.name, cell: a1(at.row, box.left), before: null, after: value, reason: '标题移到合并区域左上角（title moved into the merged cell）' });
        parts.edits.push({ sheet: sheet.name, cell: a1(at.row, at.col), before: value, after: null, reason: '标题移到合并区域左上角（title moved into the merged cell）' });
      }
      parts.merges.push({ sheet: sheet.name, range: rangeA1(box), reason: reasonOf('title') });
      anchor = box.left;
    }
  }
  want(parts, at.row, anchor, 'title', { bold: true, fontSize: TITLE_FONT_SIZE, horizontalAlignment: 'center' });
}

function unitParts(sheet: Sheet, table: RecognizedTable, parts: Parts): void {
  const at = unitCell(sheet, table);
  if (!at) return;
  if (at.col < table.range.right && !mergeAt(sheet, at.row, at.col)) {
    const box: CellRange = { top: at.row, bottom: at.row, left: at.col, right: table.range.right };
    if (canMerge(sheet, box, parts.merges.map((m) => parseBox(m.range)))) parts.merges.push({ sheet: sheet.name, range: rangeA1(box), reason: reasonOf('unit') });
  }
  want(parts, at.row, at.col, 'unit', { horizontalAlignment: 'right' });
}

function headerParts(sheet: Sheet, table: RecognizedTable, parts: Parts): void {
  const { left, right } = table.range;
  for (const [top, bottom] of headerBlocks(table)) {
    for (const box of headerMerges(sheet, top, bottom, left, right)) parts.merges.push({ sheet: sheet.name, range: rangeA1(box), reason: '表头按层级合并（header merged by its hierarchy）' });
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) want(parts, r, c, 'header', { bold: true, horizontalAlignment: 'center', wrapText: true, thinBorder: true, fill: HEADER_FILL });
  }
}

function bodyParts(sheet: Sheet, table: RecognizedTable, parts: Parts): void {
  const roles = new Map(table.columns.map((c) => [c.col, c.role]));
  const rows = bodyRows(table);
  const amountCols = new Set(table.panels.flatMap((p) => p.amountCols));
  const zeroAsBlank = rows.some((r) => [...amountCols].some((c) => hidesZero(cellAt(sheet, r, c).numberFormat)));
  const decimals = Math.max(0, ...rows.flatMap((r) => [...amountCols].map((c) => shownDecimals(sheet, r, c) ?? 0)));
  for (const r of rows) for (let c = table.range.left; c <= table.range.right; c++) want(parts, r, c, 'body', { thinBorder: true });
  for (const panel of table.panels) {
    const [from, to] = panelColumns(table, panel);
    panel.rows.forEach((row, i) => {
      const strong = isStrongRow(row);
      for (let c = from; c <= to; c++) want(parts, row.row, c, strong ? 'strong' : 'body', { bold: strong });
      for (const c of panel.amountCols) {
        // A figure keeps the decimals it shows; blank cells take the table's; text (—, 减少0.60, 12.50%) keeps its format.
        if (typeof cellAt(sheet, row.row, c).value === 'string') {
          want(parts, row.row, c, 'amount', { horizontalAlignment: 'right' });
          continue;
        }
        const d = shownDecimals(sheet, row.row, c) ?? decimals;
        want(parts, row.row, c, 'amount', { numberFormat: amountFormat(d, zeroAsBlank), horizontalAlignment: 'right' }, true);
      }
      if (row.kind === 'code' || row.kind === 'item') {
        const label = cellAt(sheet, row.row, row.labelCol);
        const spaced = /^[\s\u3000]/.test(cellText(label));
        if (!spaced && compact(cellText(label))) want(parts, row.row, row.labelCol, 'label', { indentLevel: levelOf(panel, i) });
      }
      const codeCols = row.kind === 'code' && row.codeSystem !== 'procurement' ? (row.codeCols ?? []).filter((c) => c !== row.labelCol) : [];
      const unitCodeCols = table.columns.filter((c) => c.role === 'unit-code' && c.col >= from && c.col <= to).map((c) => c.col);
      for (const c of [...codeCols, ...unitCodeCols]) {
        const cell = cellAt(sheet, row.row, c);
        if (!compact(cellText(cell))) continue;
        want(parts, row.row, c, 'code', { numberFormat: TEXT_FORMAT });
        if (typeof cell.value === 'number' && Number.isInteger(cell.value) && !cell.formula) {
          parts.edits.push({ sheet: sheet.name, cell: a1(row.row, c), before: cell.value, after: codeText(cell.value, roles.get(c)), numberFormat: TEXT_FORMAT, reason: reasonOf('code') });
        }
      }
    });
  }
}

function parseBox(range: string): CellRange {
  const [s, e = s] = range.split(':');
  const m = (x: string) => /^([A-Z]+)(\d+)$/.exec(x)!;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const a = m(s);
  const b = m(e);
  return { top: Number(a[2]) - 1, left: col(a[1]), bottom: Number(b[2]) - 1, right: col(b[1]) };
}

/** The width each column needs: its longest body text (indent included), headings wrapping. */
function columnWidths(sheet: Sheet, table: RecognizedTable, parts: Parts): ColumnWidthOp[] {
  const need = new Map<number, number>();
  const grow = (col: number, w: number) => need.set(col, Math.max(need.get(col) ?? 0, w));
  const merged = [...sheet.merges, ...parts.merges.map((m) => parseBox(m.range))];
  for (const [top, bottom] of headerBlocks(table))
    for (let r = top; r <= bottom; r++)
      for (let c = table.range.left; c <= table.range.right; c++) {
        const m = merged.find((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);
        if (m && m.right > m.left) continue; // spread over several columns: it fits
        grow(c, Math.min(textWidth(compact(cellText(cellAt(sheet, r, c)))), MAX_HEADING_WIDTH) + 2);
      }
  for (const r of bodyRows(table))
    for (let c = table.range.left; c <= table.range.right; c++) {
      const cell = cellAt(sheet, r, c);
      const w = parts.wanted.get(`${r},${c}`);
      const text = typeof cell.value === 'number' && w?.format.numberFormat ? formatNumber(cell.value, w.format.numberFormat) : cellText(cell).trim();
      const indent = (w?.format.indentLevel ?? cell.indent ?? 0) * 2;
      grow(c, textWidth(text) + indent + 2);
    }
  const out: ColumnWidthOp[] = [];
  for (const [col, w] of [...need].sort((a, b) => a[0] - b[0])) {
    const width = Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, Math.ceil(w)));
    const before = sheet.columnWidths?.[col];
    // Widen only: a column narrower than it needs; never narrow a column other content may use.
    if ((before ?? DEFAULT_COLUMN_WIDTH) + 0.5 < width) out.push({ sheet: sheet.name, column: columnLetter(col), width, ...(before !== undefined ? { before } : {}) });
  }
  return out;
}

/** Freeze the header when the table is alone on its sheet and its header ends near the top. */
function freezeOp(sheet: Sheet, table: RecognizedTable, tables: RecognizedTable[]): FreezeOp[] {
  const alone = tables.filter((t) => t.sheet === table.sheet).length === 1;
  const rows = table.headerRows[table.headerRows.length - 1] + 1;
  if (!alone || rows > MAX_FROZEN_ROWS || sheet.frozenRows === rows) return [];
  return [{ sheet: sheet.name, rows, ...(sheet.frozenRows ? { before: sheet.frozenRows } : {}) }];
}

/**
 * The plan that gives `table` the published style. `tables` are all tables recognized in the
 * workbook (the header is frozen only for a table alone on its sheet).
 */
export function formatPlanForTable(sheet: Sheet, table: RecognizedTable, tables: RecognizedTable[] = [table]): FormatPlan {
  const parts: Parts = { wanted: new Map(), edits: [], merges: [] };
  titleParts(sheet, table, parts);
  unitParts(sheet, table, parts);
  headerParts(sheet, table, parts);
  bodyParts(sheet, table, parts);
  const formats = formatOps(sheet.name, (r, c) => sheet.cells[r]?.[c], [...parts.wanted.values()], reasonOf);
  return {
    title: `格式化表格 ${sheet.name}「${table.title || table.kind}」（format table）`,
    edits: parts.edits,
    merges: parts.merges,
    formats,
    columnWidths: columnWidths(sheet, table, parts),
    freeze: freezeOp(sheet, table, tables),
  };
}
