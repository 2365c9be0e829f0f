/**
 * Apply an engine FormatPlan in Excel, keeping the exact previous state so one undo restores it.
 *   sync 1: read what the plan will change: values, formulas and number formats of edited cells
 *           (refused when one no longer holds the plan's `before`); number formats and cell
 *           formats of every formatted or merged range; column widths; the frozen panes;
 *   sync 2: write edits, merges, formats, column widths, freeze.
 * Undo (one sync) unfreezes or re-freezes as before, restores widths, unmerges what the plan merged,
 * writes back every cell's previous formats and number formats, then the edited cells' formulas.
 * Cell formats are read and restored per cell: with ExcelApi 1.9 through get/setCellProperties
 * (indent, fill pattern and all borders exactly); on the 1.7 floor through each cell's RangeFormat
 * (no indent level on 1.7: indent ops are skipped there, and "no fill" reads as white).
 */
import type { CellFormat, FormatPlan } from '../engine/format/plan';
import { parseA1 } from '../engine/workbook';
import { sameValue, type PriorCell } from './applyPlan';
import { StaleEditError } from './gateway';
import type { Supports } from './requirements';

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';
const EDGES: Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
const GRID_EDGES = [...EDGES, 'InsideHorizontal', 'InsideVertical'] as const;

/** One cell's format on the 1.7 floor. */
export interface PriorCellFormat {
  bold: boolean;
  size: number;
  horizontalAlignment: string;
  wrapText: boolean;
  /** `#RRGGBB`; null when white (no fill cannot be told from white without ExcelApi 1.9). */
  fill: string | null;
  borders: Record<Edge, { style: string; weight: string; color: string }>;
}

export interface PriorRange {
  sheet: string;
  range: string;
  numberFormat: unknown[][];
  /** ExcelApi 1.9: every cell's properties as getCellProperties returned them. */
  properties?: Excel.CellProperties[][];
  /** ExcelApi 1.7: every cell's format read one by one. */
  cells?: PriorCellFormat[][];
}

export interface FormatUndoEntry {
  kind: 'format';
  title: string;
  edits: PriorCell[];
  ranges: PriorRange[];
  /** Ranges the plan merged (unmerged on undo). */
  merged: { sheet: string; range: string }[];
  /** Column widths before, in points. */
  columnWidths: { sheet: string; column: string; points: number }[];
  /** The frozen range before (`'表1'!1:3`), or null for none. */
  frozen: { sheet: string; address: string | null }[];
}

/** Excel's character width unit -> points (Calibri 11: 7 px a character plus 5 px padding, 0.75 pt a px). */
export function widthToPoints(chars: number): number {
  return (Math.round(chars * 7) + 5) * 0.75;
}

export function pointsToWidth(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

function size(range: string): { rows: number; cols: number } {
  const [a, b = a] = range.split(':');
  const s = parseA1(a);
  const e = parseA1(b);
  if (!s || !e) throw new Error(`不是区域地址：${range}`);
  return { rows: Math.abs(e.row - s.row) + 1, cols: Math.abs(e.col - s.col) + 1 };
}

const grid = <T>(rows: number, cols: number, f: (i: number, j: number) => T): T[][] => Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(i, j)));

const PROPERTY_LOAD: Excel.CellPropertiesLoadOptions = {
  format: {
    font: { bold: true, size: true },
    horizontalAlignment: true,
    wrapText: true,
    indentLevel: true,
    fill: { color: true, pattern: true },
    borders: { style: true, weight: true, color: true },
  },
};

interface Capture {
  prior: PriorRange;
  numberFormat: Excel.Range;
  props?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  cells?: { format: Excel.RangeFormat; borders: Excel.RangeBorder[] }[][];
}

/** Queue the reads of a range's formats (sync 1). */
function captureRange(context: Excel.RequestContext, sheet: string, range: string, supports: Supports): Capture {
  const target = context.workbook.worksheets.getItem(sheet).getRange(range);
  target.load('numberFormat');
  const capture: Capture = { prior: { sheet, range, numberFormat: [] }, numberFormat: target };
  if (supports(9)) capture.props = target.getCellProperties(PROPERTY_LOAD);
  else {
    const { rows, cols } = size(range);
    capture.cells = grid(rows, cols, (i, j) => {
      const format = target.getCell(i, j).format;
      format.load('horizontalAlignment,wrapText');
      format.font.load('bold,size');
      format.fill.load('color');
      const borders = EDGES.map((e) => format.borders.getItem(e).load('style,weight,color'));
      return { format, borders };
    });
  }
  return capture;
}

/** After sync 1: the captured values as plain data for the undo log. */
function settle(c: Capture): PriorRange {
  c.prior.numberFormat = c.numberFormat.numberFormat;
  if (c.props) c.prior.properties = c.props.value;
  if (c.cells) {
    c.prior.cells = c.cells.map((row) =>
      row.map(({ format, borders }) => {
        const color = String(format.fill.color ?? '').toUpperCase();
        return {
          bold: !!format.font.bold,
          size: format.font.size,
          horizontalAlignment: format.horizontalAlignment,
          wrapText: !!format.wrapText,
          fill: color === '#FFFFFF' || color === '' ? null : color,
          borders: Object.fromEntries(EDGES.map((e, k) => [e, { style: borders[k].style, weight: borders[k].weight, color: borders[k].color }])) as PriorCellFormat['borders'],
        };
      }),
    );
  }
  return c.prior;
}

const ALIGN: Record<NonNullable<CellFormat['horizontalAlignment']>, Excel.HorizontalAlignment> = {
  left: 'Left' as Excel.HorizontalAlignment,
  center: 'Center' as Excel.HorizontalAlignment,
  right: 'Right' as Excel.HorizontalAlignment,
};

function writeFormat(target: Excel.Range, range: string, f: CellFormat, supports: Supports): void {
  if (f.numberFormat !== undefined) {
    const { rows, cols } = size(range);
    target.numberFormat = grid(rows, cols, () => f.numberFormat);
  }
  if (f.bold !== undefined) target.format.font.bold = f.bold;
  if (f.fontSize !== undefined) target.format.font.size = f.fontSize;
  if (f.horizontalAlignment !== undefined) target.format.horizontalAlignment = ALIGN[f.horizontalAlignment];
  if (f.wrapText !== undefined) target.format.wrapText = f.wrapText;
  if (f.indentLevel !== undefined && supports(9)) target.format.indentLevel = f.indentLevel;
  if (f.fill !== undefined) target.format.fill.color = f.fill;
  if (f.thinBorder !== undefined) {
    for (const edge of GRID_EDGES) {
      const border = target.format.borders.getItem(edge);
      if (f.thinBorder) {
        border.style = 'Continuous' as Excel.BorderLineStyle;
        border.weight = 'Thin' as Excel.BorderWeight;
        border.color = '#000000';
      } else border.style = 'None' as Excel.BorderLineStyle;
    }
  }
}

function restoreRange(context: Excel.RequestContext, prior: PriorRange): void {
  const target = context.workbook.worksheets.getItem(prior.sheet).getRange(prior.range);
  if (prior.properties) target.setCellProperties(prior.properties as Excel.SettableCellProperties[][]);
  prior.cells?.forEach((row, i) =>
    row.forEach((c, j) => {
      const format = target.getCell(i, j).format;
      format.font.bold = c.bold;
      format.font.size = c.size;
      format.horizontalAlignment = c.horizontalAlignment as Excel.HorizontalAlignment;
      format.wrapText = c.wrapText;
      if (c.fill === null) format.fill.clear();
      else format.fill.color = c.fill;
      for (const e of EDGES) {
        const border = format.borders.getItem(e);
        const b = c.borders[e];
        border.style = b.style as Excel.BorderLineStyle;
        if (b.style !== 'None') {
          border.weight = b.weight as Excel.BorderWeight;
          border.color = b.color;
        }
      }
    }),
  );
  target.numberFormat = prior.numberFormat;
}

export async function applyFormatPlanInContext(context: Excel.RequestContext, plan: FormatPlan, supports: Supports): Promise<FormatUndoEntry> {
  const sheetOf = (name: string) => context.workbook.worksheets.getItem(name);
  const edits = plan.edits.map((edit) => {
    const range = sheetOf(edit.sheet).getRange(edit.cell);
    range.load('values,formulas,numberFormat');
    return { edit, range };
  });
  const captures = [...plan.merges, ...plan.formats].map((op) => captureRange(context, op.sheet, op.range, supports));
  const widths = plan.columnWidths.map((w) => {
    const format = sheetOf(w.sheet).getRange(`${w.column}:${w.column}`).format;
    format.load('columnWidth');
    return { w, format };
  });
  const freezes = plan.freeze.map((f) => {
    const location = sheetOf(f.sheet).freezePanes.getLocationOrNullObject();
    location.load('address');
    return { f, location };
  });
  await context.sync();

  const stale = edits.filter(({ edit, range }) => !sameValue(range.values[0][0], edit.before)).map(({ edit }) => `${edit.sheet}!${edit.cell}`);
  if (stale.length) throw new StaleEditError(stale);
  const entry: FormatUndoEntry = {
    kind: 'format',
    title: plan.title,
    edits: edits.map(({ edit, range }) => ({ sheet: edit.sheet, cell: edit.cell, formula: range.formulas[0][0], numberFormat: range.numberFormat[0][0] })),
    ranges: captures.map(settle),
    merged: plan.merges.map((m) => ({ sheet: m.sheet, range: m.range })),
    columnWidths: widths.map(({ w, format }) => ({ sheet: w.sheet, column: w.column, points: format.columnWidth })),
    frozen: freezes.map(({ f, location }) => ({ sheet: f.sheet, address: location.isNullObject ? null : location.address })),
  };

  for (const { edit, range } of edits) {
    if (edit.numberFormat !== undefined) range.numberFormat = [[edit.numberFormat]];
    range.values = [[edit.after === null ? '' : edit.after]];
  }
  for (const m of plan.merges) sheetOf(m.sheet).getRange(m.range).merge(false);
  for (const op of plan.formats) writeFormat(sheetOf(op.sheet).getRange(op.range), op.range, op.format, supports);
  for (const w of plan.columnWidths) sheetOf(w.sheet).getRange(`${w.column}:${w.column}`).format.columnWidth = widthToPoints(w.width);
  for (const f of plan.freeze) {
    const panes = sheetOf(f.sheet).freezePanes;
    panes.unfreeze();
    panes.freezeRows(f.rows);
  }
  await context.sync();
  return entry;
}

export async function undoFormatInContext(context: Excel.RequestContext, entry: FormatUndoEntry): Promise<void> {
  const sheetOf = (name: string) => context.workbook.worksheets.getItem(name);
  for (const f of entry.frozen) {
    const panes = sheetOf(f.sheet).freezePanes;
    panes.unfreeze();
    if (f.address) panes.freezeAt(f.address.slice(f.address.lastIndexOf('!') + 1));
  }
  for (const w of entry.columnWidths) sheetOf(w.sheet).getRange(`${w.column}:${w.column}`).format.columnWidth = w.points;
  for (const m of entry.merged) sheetOf(m.sheet).getRange(m.range).unmerge();
  // Every range was read before any write: overlapping ones hold the same prior state.
  for (const prior of [...entry.ranges].reverse()) restoreRange(context, prior);
  for (const prior of [...entry.edits].reverse()) {
    const range = sheetOf(prior.sheet).getRange(prior.cell);
    range.numberFormat = [[prior.numberFormat]];
    range.formulas = [[prior.formula]];
  }
  await context.sync();
}
