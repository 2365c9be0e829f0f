/**
 * From "how every cell should look" to the few operations that get it there: compare each
 * wanted property with the cell as it is, keep what differs, and gather equal changes into
 * rectangles (runs along a row, then runs of equal rows).
 */
import type { Cell, CellRange } from '../workbook';
import { rangeA1 } from '../workbook';
import type { CellFormat, FormatOp } from './plan';
import { DEFAULT_FONT_SIZE, sameAmountFormat } from './style';

/** A cell's wanted look, and what kind of cell it is (for the reason shown to the user). */
export interface WantedCell {
  row: number;
  col: number;
  format: CellFormat;
  role: string;
  /** The number format is an amount format: an equivalent one (padding, colours) is kept. */
  amount?: boolean;
}

/** The properties of `want` the cell does not have yet. */
export function formatChanges(cell: Cell | undefined, want: CellFormat, amount = false): CellFormat {
  const out: CellFormat = {};
  if (want.numberFormat !== undefined) {
    const current = cell?.numberFormat ?? 'General';
    const same = amount ? sameAmountFormat(current, want.numberFormat) : current === want.numberFormat || (/^general$/i.test(current) && /^general$/i.test(want.numberFormat));
    if (!same) out.numberFormat = want.numberFormat;
  }
  if (want.bold !== undefined && want.bold !== !!cell?.bold) out.bold = want.bold;
  if (want.fontSize !== undefined && want.fontSize !== (cell?.fontSize ?? DEFAULT_FONT_SIZE)) out.fontSize = want.fontSize;
  if (want.horizontalAlignment !== undefined && want.horizontalAlignment !== cell?.horizontalAlignment) out.horizontalAlignment = want.horizontalAlignment;
  if (want.wrapText !== undefined && want.wrapText !== !!cell?.wrapText) out.wrapText = want.wrapText;
  if (want.thinBorder !== undefined && want.thinBorder !== !!cell?.thinBorder) out.thinBorder = want.thinBorder;
  if (want.fill !== undefined && want.fill.toUpperCase() !== (cell?.fill ?? '').toUpperCase()) out.fill = want.fill;
  if (want.indentLevel !== undefined && want.indentLevel !== (cell?.indent ?? 0)) out.indentLevel = want.indentLevel;
  return out;
}

const KEYS: (keyof CellFormat)[] = ['numberFormat', 'bold', 'fontSize', 'horizontalAlignment', 'wrapText', 'thinBorder', 'fill', 'indentLevel'];
const keyOf = (f: CellFormat) => JSON.stringify(KEYS.map((k) => f[k] ?? null));

/** Rectangles covering the given cells: runs along each row, then equal runs stacked. */
export function rectangles(cells: { row: number; col: number }[]): CellRange[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) byRow.set(row, [...(byRow.get(row) ?? []), col]);
  const runs: CellRange[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row)!)].sort((a, b) => a - b);
    let start = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      if (i < cols.length && cols[i] === cols[i - 1] + 1) continue;
      runs.push({ top: row, bottom: row, left: start, right: cols[i - 1] });
      start = cols[i];
    }
  }
  const out: CellRange[] = [];
  for (const run of runs) {
    const above = out.find((r) => r.bottom === run.top - 1 && r.left === run.left && r.right === run.right);
    if (above) above.bottom = run.top;
    else out.push({ ...run });
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** The operations that bring `wanted` cells of a sheet to their look; `reasonOf` names a role. */
export function formatOps(sheetName: string, cellOf: (row: number, col: number) => Cell | undefined, wanted: WantedCell[], reasonOf: (role: string) => string): FormatOp[] {
  const groups = new Map<string, { role: string; format: CellFormat; cells: { row: number; col: number }[] }>();
  for (const w of wanted) {
    const change = formatChanges(cellOf(w.row, w.col), w.format, w.amount);
    if (!Object.keys(change).length) continue;
    const key = `${w.role}|${keyOf(change)}`;
    const g = groups.get(key) ?? { role: w.role, format: change, cells: [] };
    g.cells.push({ row: w.row, col: w.col });
    groups.set(key, g);
  }
  const ops: (FormatOp & { box: CellRange })[] = [];
  for (const g of groups.values()) {
    for (const box of rectangles(g.cells)) ops.push({ sheet: sheetName, range: rangeA1(box), format: g.format, reason: reasonOf(g.role), box });
  }
  return ops.sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left).map(({ box: _box, ...op }) => op);
}
