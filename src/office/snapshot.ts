/**
 * Snapshot the open workbook into the engine's Workbook in a constant number of context.sync()
 * calls, whatever the number of sheets or cells:
 *   sync 1: the worksheet collection (names);
 *   sync 2: every sheet's used-range address and size, queued for all sheets at once;
 *   sync 3: values, text, number formats and formulas of every used range, read in row chunks
 *           under Excel on the web's payload limit, plus merged areas (ExcelApi 1.13) and per-cell
 *           indent level and bold (ExcelApi 1.9), all queued before the one sync.
 * Feature-detected parts fall back to none; the engine copes without merges and indents.
 */
import type { Cell, CellRange, CellValue, Sheet, Workbook } from '../engine/workbook';
import { parseA1 } from '../engine/workbook';
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
}

function toCell(value: unknown, text: unknown, numberFormat: unknown, formula: unknown, props?: Excel.CellProperties): Cell | undefined {
  const f = typeof formula === 'string' && formula.startsWith('=') ? formula.slice(1) : undefined;
  // A formula that yields "" keeps it: null with a formula means a formula never calculated.
  const v: CellValue = (value === '' && !f) || value === undefined ? null : (value as CellValue);
  const indent = props?.format?.indentLevel;
  const bold = props?.format?.font?.bold;
  if (v === null && !f && !indent) return undefined;
  const cell: Cell = { value: v, text: typeof text === 'string' ? text : v === null ? '' : String(v) };
  if (typeof numberFormat === 'string' && numberFormat !== '') cell.numberFormat = numberFormat;
  if (f) cell.formula = f;
  if (indent) cell.indent = indent;
  if (bold) cell.bold = true;
  return cell;
}

export async function snapshotWorkbook(context: Excel.RequestContext, options: SnapshotOptions): Promise<Workbook> {
  const maxBytes = options.maxChunkBytes ?? DEFAULT_MAX_CHUNK_BYTES;
  const perCell = options.bytesPerCell ?? DEFAULT_BYTES_PER_CELL;
  const withProps = options.supports(9);
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
      return { name: ws.name, ws, used, chunks: [] };
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
      if (withProps) chunk.props = range.getCellProperties({ format: { indentLevel: true, font: { bold: true } } });
      read.chunks.push(chunk);
    }
    if (withMerges) {
      read.merged = read.used.getMergedAreasOrNullObject();
      read.merged.load('address');
    }
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
    return { name: read.name, cells, merges };
  });
  return notes.length ? { sheets, notes } : { sheets };
}
