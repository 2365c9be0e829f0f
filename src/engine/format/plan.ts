/**
 * A formatting plan as data: what to set on which ranges so a table looks like the published
 * template. The office layer (Office.js) and the CLI (exceljs) apply it; the engine never writes.
 * Every part lists only what differs from the workbook as it is, so a table already in the style
 * gets an empty plan, and applying a plan twice changes nothing the second time.
 */
import type { CellEdit } from '../fixes';
import type { HorizontalAlignment } from '../workbook';

/** Properties to set on every cell of a range; absent properties are left as they are. */
export interface CellFormat {
  numberFormat?: string;
  bold?: boolean;
  /** Points. */
  fontSize?: number;
  horizontalAlignment?: HorizontalAlignment;
  wrapText?: boolean;
  /** true: a thin continuous border on all four edges of every cell; false: no border. */
  thinBorder?: boolean;
  /** Solid fill `#RRGGBB`. */
  fill?: string;
  /** Excel's indent level (0–15). */
  indentLevel?: number;
}

export interface FormatOp {
  sheet: string;
  /** A1 range, e.g. `A9:F9`. */
  range: string;
  format: CellFormat;
  /** Why, for the user (zh-CN). */
  reason: string;
}

export interface MergeOp {
  sheet: string;
  range: string;
  reason: string;
}

export interface ColumnWidthOp {
  sheet: string;
  /** Column letter. */
  column: string;
  /** Excel's character units (the width Excel's UI shows). */
  width: number;
  /** The width before, in the same units (absent = the default width). */
  before?: number;
}

export interface FreezeOp {
  sheet: string;
  /** Rows frozen at the top after the plan. */
  rows: number;
  before?: number;
}

export interface FormatPlan {
  title: string;
  /**
   * Values written first: codes stored as text (`2060702`, `07`), a title or unit moved into the
   * cell a merge keeps. Each keeps its `before`, as edit plans do.
   */
  edits: CellEdit[];
  /** Merged after the edits; never over an existing merge or a second non-blank cell. */
  merges: MergeOp[];
  formats: FormatOp[];
  columnWidths: ColumnWidthOp[];
  freeze: FreezeOp[];
}

export function emptyFormatPlan(title: string): FormatPlan {
  return { title, edits: [], merges: [], formats: [], columnWidths: [], freeze: [] };
}

export function isEmptyFormatPlan(plan: FormatPlan): boolean {
  return !plan.edits.length && !plan.merges.length && !plan.formats.length && !plan.columnWidths.length && !plan.freeze.length;
}

/** One plan from several (several tables of a workbook), in order. */
export function concatFormatPlans(title: string, plans: FormatPlan[]): FormatPlan {
  const out = emptyFormatPlan(title);
  for (const p of plans) {
    out.edits.push(...p.edits);
    out.merges.push(...p.merges);
    out.formats.push(...p.formats);
    out.freeze.push(...p.freeze);
    for (const w of p.columnWidths) {
      const same = out.columnWidths.find((x) => x.sheet === w.sheet && x.column === w.column);
      if (!same) out.columnWidths.push({ ...w });
      else if (w.width > same.width) same.width = w.width;
    }
  }
  return out;
}

/** A CellFormat in words, for the CLI's list of changes and the task pane. */
export function describeFormat(f: CellFormat): string {
  const parts: string[] = [];
  if (f.numberFormat !== undefined) parts.push(`数字格式 ${f.numberFormat}`);
  if (f.bold !== undefined) parts.push(f.bold ? '加粗' : '不加粗');
  if (f.fontSize !== undefined) parts.push(`字号 ${f.fontSize}`);
  if (f.horizontalAlignment) parts.push({ left: '左对齐', center: '居中', right: '右对齐' }[f.horizontalAlignment]);
  if (f.wrapText !== undefined) parts.push(f.wrapText ? '自动换行' : '不换行');
  if (f.thinBorder !== undefined) parts.push(f.thinBorder ? '细边框' : '无边框');
  if (f.fill !== undefined) parts.push(`底色 ${f.fill}`);
  if (f.indentLevel !== undefined) parts.push(`缩进 ${f.indentLevel}`);
  return parts.join('、');
}
