/**
 * Header blocks: one or more rows of column headings, merged in Excel or spread over rows and
 * cells after a paste from PDF. Each column gets its heading path from the top row down.
 */
import { readsAsNumber } from '../amount';
import { cellAt, type CellRange, type Sheet } from '../workbook';
import { compact, hasVisibleText, normalizeLabel } from '../text';
import { mapPacked } from '../packed';

const HEADER_WORDS =
  /项目|科目|编码|代码|名称|合计|总计|小计|预算数|决算数|单位|基本支出|项目支出|收入|支出|^类$|^款$|^项$|年度|金额|经费|出国|接待|公务用车|购置|运行|本年|上年|结转|结余|拨款|采购|原因|增减|预算|执行|资金|品目|编号|费$|补助|收支/;

const FIGURE_LIKE_RE = /^[-+(]?[\d,.]+\)?$/;

/** A cell reads as a heading: short, no figures of its own (years like `2021年预算数` are fine). */
export function isHeadingText(text: string): boolean {
  const t = compact(text);
  if (!t || t.length > 40) return false;
  if (FIGURE_LIKE_RE.test(t)) return false;
  return HEADER_WORDS.test(t);
}

export interface RowShape {
  cells: { col: number; text: string }[];
  /** Cells that read as amounts (numbers, not years). */
  amountCount: number;
  /** Cells that read as headings; counted only in rows without amounts (only those can be headers). */
  headingCount: number;
}

/** The shape of every empty row, shared: a used range may run to row 1,048,576 for one stray mark. */
const EMPTY_SHAPE: RowShape = Object.freeze({ cells: Object.freeze([]) as unknown as RowShape['cells'], amountCount: 0, headingCount: 0 });

export function rowShape(sheet: Sheet, row: number): RowShape {
  const line = sheet.cells[row];
  if (!line || line.length === 0) return EMPTY_SHAPE;
  const cells: { col: number; text: string }[] = [];
  let amountCount = 0;
  for (let c = 0; c < line.length; c++) {
    const cell = line[c];
    if (!cell) continue;
    const text = cell.text !== '' ? cell.text : cell.value === null ? '' : String(cell.value);
    if (!hasVisibleText(text)) continue;
    cells.push({ col: c, text });
    if (readsAsNumber(cell)) amountCount++;
  }
  // Body rows hold figures: reading their words as headings would be wasted work. Without
  // figures, every cell is a word.
  let headingCount = 0;
  if (amountCount === 0) for (const c of cells) if (isHeadingText(c.text)) headingCount++;
  return { cells, amountCount, headingCount };
}

/** A header row: headings and nothing that reads as a figure. */
export function isHeaderRow(shape: RowShape): boolean {
  return shape.amountCount === 0 && shape.headingCount >= 1 && shape.headingCount >= Math.ceil(shape.cells.length / 2);
}

function mergeAt(merges: CellRange[], row: number, col: number): CellRange | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/**
 * Column heading paths for a header block (rows `top..bottom`, columns `left..right`).
 * With merges, a merged area names every column it covers. Without merges (a PDF paste), a heading
 * names the columns to its right up to the next heading in its row, within its parent's span.
 */
export function headerPaths(sheet: Sheet, top: number, bottom: number, left: number, right: number): string[][] {
  const width = right - left + 1;
  const grid: string[][] = [];
  const useMerges = sheet.merges.some((m) => m.top <= bottom && m.bottom >= top && m.left <= right && m.right >= left);
  // spans[r][i] = [start, end] of the heading covering column i in header row r
  let parentSpan: [number, number][] = Array.from({ length: width }, () => [0, width - 1] as [number, number]);
  for (let r = top; r <= bottom; r++) {
    const texts: string[] = new Array(width).fill('');
    const spans: [number, number][] = Array.from({ length: width }, (_, i) => [i, i] as [number, number]);
    for (let i = 0; i < width; i++) {
      const c = left + i;
      const m = useMerges ? mergeAt(sheet.merges, r, c) : undefined;
      const anchor = m ? cellAt(sheet, m.top, m.left) : cellAt(sheet, r, c);
      const raw = anchor.text !== '' ? anchor.text : anchor.value === null ? '' : String(anchor.value);
      texts[i] = normalizeLabel(raw);
      if (m) spans[i] = [Math.max(0, m.left - left), Math.min(width - 1, m.right - left)];
    }
    // The lowest row names leaf columns one by one: spreading it would invent columns.
    if (!useMerges && r < bottom) {
      for (let i = 0; i < width; i++) {
        if (!texts[i]) continue;
        const [, pEnd] = parentSpan[i];
        let end = i;
        while (end + 1 <= pEnd && !texts[end + 1]) end++;
        for (let j = i; j <= end; j++) spans[j] = [i, end];
        for (let j = i + 1; j <= end; j++) texts[j] = texts[i];
        i = end;
      }
    }
    grid.push(texts);
    parentSpan = mapPacked(spans, (s, i) => (texts[i] ? s : parentSpan[i]));
  }
  const paths: string[][] = [];
  for (let i = 0; i < width; i++) {
    const path: string[] = [];
    for (const row of grid) if (row[i] && path[path.length - 1] !== row[i]) path.push(row[i]);
    paths.push(path);
  }
  return paths;
}
