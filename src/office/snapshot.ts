/**
 * Snapshot the open workbook into the engine's Workbook in a constant number of context.sync()
 * calls, whatever the number of sheets or cells:
 *   sync 1: the worksheet collection (names);
 *   sync 2: every sheet's used-range address and size, queued for all sheets at once;
 *   sync 3: values, text, number formats and formulas of every used range, read in row chunks
 *           under Excel on the web's payload limit, plus merged areas (ExcelApi 1.13), per-cell
 *           indent level, font, alignment, wrap, fill and borders (ExcelApi 1.9), column widths
 *           and frozen panes (ExcelApi 1.7), all queued before the one sync.
 * Feature-detected parts fall back to none; the engine copes without merges and indents.
 */
import type { Cell, CellRange, CellValue, HorizontalAlignment, Sheet, Workbook } from '../engine/workbook';
import { columnLetter, parseA1 } from '../engine/workbook';
import { pointsToWidth } from './formatPlan';
import type { Supports } from './requirements';

export interface SnapshotOptions {
  supports: Supports;
  /** Only these sheets (live re-check of touched sheets); all when absent. */
  sheetNames?: string[];
  /** Bytes one request may return; Excel on the web refuses payloads over about 5 MB. */
  maxChunkBytes?: number;
  /** Estimated bytes per cell for values + text + numberFormat + formulas (+ cell properties). */
  bytesPerCell?: number;
  /**
   * Cells read at most per sheet. A used range can reach row 1,048,576 for one stray mark or a
   * formatted column: reading 27 million cells would stall Excel, so such a sheet is read down to
   * this many cells and the workbook's `notes` say so.
   */
  maxCellsPerSheet?: number;
}

export const DEFAULT_MAX_CHUNK_BYTES = 5_000_000;
export const DEFAULT_BYTES_PER_CELL = 200;
export const DEFAULT_MAX_CELLS_PER_SHEET = 2_000_000;
/** With cell properties (font, alignment, fill, eight borders) a cell's answer is several times larger. */
export const DEFAULT_BYTES_PER_STYLED_CELL = 700;

/** `'My sheet'!B2:F40` -> 0-based rectangle; undefined for an address we cannot read. */
export function parseRangeAddress(address: string): CellRange | undefined {
  const bang = address.lastIndexOf('!');
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [start, end = start] = local.split(':');
  const s = parseA1(start);
  const e = parseA1(end);
  if (!s || !e) return undefined;
  return { top: Math.min(s.row, e.row), left: Math.min(s.col, e.col), bottom: Math.max(s.row, e.row), right: Math.max(s.col, e.col) };
}

/** Split `rows` rows of `columns` columns into [firstRow, rowCount] chunks of at most maxBytes. */
export function rowChunks(rows: number, columns: number, maxBytes: number, bytesPerCell: number): [number, number][] {
  const per = Math.max(1, Math.floor(maxBytes / Math.max(1, columns * bytesPerCell)));
  const out: [number, number][] = [];
  for (let r = 0; r < rows; r += per) out.push([r, Math.min(per, rows - r)]);
  return out;
}

interface ChunkRead {
  top: number;
  left: number;
  range: Excel.Range;
  props?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

interface SheetRead {
  name: string;
  ws: Excel.Worksheet;
  used: Excel.Range;
  chunks: ChunkRead[];
  merged?: Excel.RangeAreas;
  /** Each used column's format (its columnWidth, in points). */
  columns: { col: number; format: Excel.RangeFormat }[];
  frozen?: Excel.Range;
}

/** What the format plans compare with (ExcelApi 1.9 cell properties). */
export const STYLE_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: {
    indentLevel: true,
    font: { bold: true, size: true },
    horizontalAlignment: true,
    wrapText: true,
    fill: { color: true, pattern: true },
    borders: { style: true, weight: true },
  },
};

const ALIGNMENTS: Record<string, HorizontalAlignment> = { Left: 'left', Center: 'center', Right: 'right' };
const thin = (b: Excel.CellBorder | undefined) => b?.style === 'Continuous' && (b.weight === 'Thin' || b.weight === 'Hairline');

function readStyle(cell: Cell, props: Excel.CellProperties | undefined): void {
  const f = props?.format;
  if (!f) return;
  if (f.indentLevel) cell.indent = f.indentLevel;
  if (f.font?.bold) cell.bold = true;
  if (f.font?.size && f.font.size !== 11) cell.fontSize = f.font.size;
  const align = ALIGNMENTS[String(f.horizontalAlignment)];
  if (align) cell.horizontalAlignment = align;
  if (f.wrapText) cell.wrapText = true;
  const b = f.borders;
  if (b && thin(b.top) && thin(b.bottom) && thin(b.left) && thin(b.right)) cell.thinBorder = true;
  if (f.fill && f.fill.pattern !== 'None' && f.fill.color) cell.fill = f.fill.color.toUpperCase();
}

function toCell(value: unknown, text: unknown, numberFormat: unknown, formula: unknown, props?: Excel.CellProperties): Cell | undefined {
  const f = typeof formula === 'string' && formula.startsWith('=') ? formula.slice(1) : undefined;
  // A formula that yields "" keeps it: null with a formula means a formula never calculated.
  const v: CellValue = (value === '' && !f) || value === undefined ? null : (value as CellValue);
  const cell: Cell = { value: v, text: typeof text === 'string' ? text : v === null ? '' : String(v) };
  readStyle(cell, props);
  const formatted = Object.keys(cell).length > 2 || (typeof numberFormat === 'string' && numberFormat !== '' && numberFormat !== 'General');
  // A blank cell is kept only when it is formatted (a format plan compares it too).
  if (v === null && !f && !formatted) return undefined;
  if (typeof numberFormat === 'string' && numberFormat !== '') cell.numberFormat = numberFormat;
  if (f) cell.formula = f;
  return cell;
}

/** `'表1'!1:3` or `'表1'!A1:C3` -> 3 rows frozen at the top. */
export function frozenRowsOf(address: string): number {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const end = local.split(':').pop() ?? '';
  const m = /(\d+)$/.exec(end.replace(/\$/g, ''));
  return m ? Number(m[1]) : 0;
}


export async function snapshotWorkbook(context: Excel.RequestContext, options: SnapshotOptions): Promise<Workbook> {
  const maxBytes = options.maxChunkBytes ?? DEFAULT_MAX_CHUNK_BYTES;
  const withProps = options.supports(9);
  const perCell = options.bytesPerCell ?? (withProps ? DEFAULT_BYTES_PER_STYLED_CELL : DEFAULT_BYTES_PER_CELL);
  const withMerges = options.supports(13);
  const maxCells = options.maxCellsPerSheet ?? DEFAULT_MAX_CELLS_PER_SHEET;
  const notes: string[] = [];

  // Batch 1: sheet names and used-range addresses, all sheets at once.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items');
  await context.sync();
  const wanted = options.sheetNames ? new Set(options.sheetNames) : undefined;
  const reads: SheetRead[] = worksheets.items
    .filter((ws) => !wanted || wanted.has(ws.name))
    .map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('address,rowCount,columnCount');
      return { name: ws.name, ws, used, chunks: [], columns: [] };
    });
  await context.sync();

  // Batch 2: contents of every used range, in row chunks; merges and cell properties alongside.
  for (const read of reads) {
    if (read.used.isNullObject) continue;
    const box = parseRangeAddress(read.used.address);
    if (!box) continue;
    const rows = Math.min(read.used.rowCount, Math.max(1, Math.floor(maxCells / Math.max(1, read.used.columnCount))));
    if (rows < read.used.rowCount) {
      notes.push(
        `工作表“${read.name}”的已用区域过大（${read.used.rowCount} 行 × ${read.used.columnCount} 列），只检查了前 ${rows} 行；请删除表格下方多余的内容或格式。` +
          `Sheet “${read.name}” uses ${read.used.rowCount} rows; only the first ${rows} were checked.`,
      );
    }
    for (const [first, count] of rowChunks(rows, read.used.columnCount, maxBytes, perCell)) {
      const range = read.ws.getRangeByIndexes(box.top + first, box.left, count, read.used.columnCount);
      range.load('values,text,numberFormat,formulas');
      const chunk: ChunkRead = { top: box.top + first, left: box.left, range };
      if (withProps) chunk.props = range.getCellProperties(STYLE_PROPERTIES);
      read.chunks.push(chunk);
    }
    if (withMerges) {
      read.merged = read.used.getMergedAreasOrNullObject();
      read.merged.load('address');
    }
    for (let j = 0; j < read.used.columnCount; j++) {
      const letter = columnLetter(box.left + j);
      const format = read.ws.getRange(`${letter}:${letter}`).format;
      format.load('columnWidth');
      read.columns.push({ col: box.left + j, format });
    }
    read.frozen = read.ws.freezePanes.getLocationOrNullObject();
    read.frozen.load('address');
  }
  await context.sync();

  const sheets: Sheet[] = reads.map((read) => {
    const cells: (Cell | undefined)[][] = [];
    for (const chunk of read.chunks) {
      const { values, text, numberFormat, formulas } = chunk.range;
      const props = chunk.props?.value;
      values.forEach((row, i) => {
        const out: (Cell | undefined)[] = [];
        row.forEach((value, j) => {
          out[chunk.left + j] = toCell(value, text[i]?.[j], numberFormat[i]?.[j], formulas[i]?.[j], props?.[i]?.[j]);
        });
        cells[chunk.top + i] = out;
      });
    }
    for (let r = 0; r < cells.length; r++) if (!cells[r]) cells[r] = [];
    const merges: CellRange[] = [];
    if (read.merged && !read.merged.isNullObject && read.merged.address) {
      for (const part of read.merged.address.split(',')) {
        const box = parseRangeAddress(part.trim());
        if (box) merges.push(box);
      }
    }
    const sheet: Sheet = { name: read.name, cells, merges };
    // Widths other than Excel's default (8.43 characters, 48 pt) are kept.
    const widths: (number | undefined)[] = [];
    for (const { col, format } of read.columns) if (typeof format.columnWidth === 'number' && Math.abs(format.columnWidth - 48) > 0.01) widths[col] = pointsToWidth(format.columnWidth);
    if (widths.length) sheet.columnWidths = widths;
    if (read.frozen && !read.frozen.isNullObject && read.frozen.address) sheet.frozenRows = frozenRowsOf(read.frozen.address);
    return sheet;
  });
  return notes.length ? { sheets, notes } : { sheets };
}
