/**
 * Where a recognized table's parts stand on its sheet: the title cell, the 单位 cell, the header
 * blocks (the first and each repeated one), the body rows, each panel's columns, and the merges
 * the header's hierarchy implies (a heading over the columns below it; a heading with nothing
 * under it reaching down to the last header row).
 */
import { compact, normalizeLabel } from '../text';
import type { Panel, RecognizedTable } from '../types';
import { cellAt, type CellRange, type Sheet } from '../workbook';
import { cellText } from '../recognize/rows';

const UNIT_RE = /(?:金额)?单位[:：]\s*(万元|千元|亿元|元)/;

export interface CellPos {
  row: number;
  col: number;
}

const textAt = (sheet: Sheet, row: number, col: number) => compact(cellText(cellAt(sheet, row, col)));

/** Non-blank cells of a row between two columns (inclusive). */
function filledCols(sheet: Sheet, row: number, left: number, right: number): number[] {
  const out: number[] = [];
  for (let c = left; c <= right; c++) if (textAt(sheet, row, c)) out.push(c);
  return out;
}

/** The title's cell: a row above the header whose only text is the table's title. */
export function titleCell(sheet: Sheet, table: RecognizedTable): CellPos | undefined {
  if (!table.title) return undefined;
  const want = normalizeLabel(table.title);
  const width = Math.max(table.range.right, ...sheet.cells.slice(table.range.top, table.headerRows[0]).map((r) => r.length - 1));
  for (let r = table.range.top; r < table.headerRows[0]; r++) {
    const cols = filledCols(sheet, r, 0, width);
    if (cols.length === 1 && normalizeLabel(cellText(cellAt(sheet, r, cols[0]))).includes(want)) return { row: r, col: cols[0] };
  }
  return undefined;
}

/** The 单位：万元 cell above the header. */
export function unitCell(sheet: Sheet, table: RecognizedTable): CellPos | undefined {
  for (let r = table.headerRows[0] - 1; r >= table.range.top; r--) {
    const row = sheet.cells[r] ?? [];
    for (let c = 0; c < row.length; c++) if (row[c] && UNIT_RE.test(compact(cellText(row[c]!)))) return { row: r, col: c };
  }
  return undefined;
}

/** Header blocks as [top, bottom] row pairs: the first header, then each repeated one. */
export function headerBlocks(table: RecognizedTable): [number, number][] {
  const rows = [...table.headerRows, ...table.repeatedHeaders].sort((a, b) => a - b);
  const blocks: [number, number][] = [];
  for (const r of rows) {
    const last = blocks[blocks.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else blocks.push([r, r]);
  }
  return blocks;
}

export function bodyRows(table: RecognizedTable): number[] {
  return [...new Set(table.panels.flatMap((p) => p.rows.map((r) => r.row)))].sort((a, b) => a - b);
}

/** The columns a panel covers: side-by-side panels split the table at the second one's first column. */
export function panelColumns(table: RecognizedTable, panel: Panel): [number, number] {
  if (table.panels.length === 1) return [table.range.left, table.range.right];
  const starts = table.panels.map((p) => Math.min(p.labelCol, ...p.amountCols));
  const i = table.panels.indexOf(panel);
  const from = i === 0 ? table.range.left : starts[i];
  const to = i + 1 < table.panels.length ? starts[i + 1] - 1 : table.range.right;
  return [from, to];
}

export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function mergeAt(sheet: Sheet, row: number, col: number): CellRange | undefined {
  return sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/**
 * The merges a header block's hierarchy implies, read as recognition reads an unmerged header
 * (a heading spreads right to the next heading within its parent's span, the lowest row never
 * spreads), plus each heading's reach down over blank cells. None when the block has merges
 * already (it is structured) — or when one implied merge is impossible, since a header half
 * merged would read differently from the one the checks saw.
 */
export function headerMerges(sheet: Sheet, top: number, bottom: number, left: number, right: number): CellRange[] {
  const block: CellRange = { top, bottom, left, right };
  if (sheet.merges.some((m) => overlaps(m, block))) return [];
  const width = right - left + 1;
  const filled = (r: number, i: number) => textAt(sheet, r, left + i) !== '';
  let parentSpan: [number, number][] = Array.from({ length: width }, () => [0, width - 1]);
  const spans: CellRange[] = [];
  for (let r = top; r <= bottom; r++) {
    const rowSpan: [number, number][] = Array.from({ length: width }, (_, i) => [i, i]);
    for (let i = 0; i < width; i++) {
      if (!filled(r, i)) continue;
      let end = i;
      if (r < bottom) while (end + 1 <= parentSpan[i][1] && !filled(r, end + 1)) end++;
      for (let j = i; j <= end; j++) rowSpan[j] = [i, end];
      // Down over blank cells of every column the heading covers.
      let low = r;
      while (low + 1 <= bottom && Array.from({ length: end - i + 1 }, (_, k) => i + k).every((j) => !filled(low + 1, j))) low++;
      if (end > i || low > r) spans.push({ top: r, left: left + i, bottom: low, right: left + end });
      i = end;
    }
    parentSpan = rowSpan.map((s, i) => (filled(r, s[0]) ? s : parentSpan[i]));
  }
  // Spans must tile without overlapping (a heading spread over a column another heading reaches down into).
  for (let a = 0; a < spans.length; a++) for (let b = a + 1; b < spans.length; b++) if (overlaps(spans[a], spans[b])) return [];
  return spans;
}
