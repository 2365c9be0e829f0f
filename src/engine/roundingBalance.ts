/**
 * 舍位平衡 (rounding balance): a table converted from 元 to 万元 (千元, 亿元) shows each figure
 * rounded on its own, so a parent can differ from the sum of its shown children by a few units in
 * the last place. The plan keeps every published parent and moves the fewest children one unit
 * each, so that every parent equals the sum of its published children:
 *   - top-down: a parent's published figure (after its own adjustment, if any) is the target its
 *     children must add up to;
 *   - a gap of n units moves n children, one unit each (the smallest set);
 *   - largest remainder first: when the sum is short, the children rounded down the most go up;
 *     when it is over, the children rounded up the most go down. The remainder is the cell's full
 *     value (元 / 10000 kept in the cell) minus its shown figure; figures that were typed already
 *     rounded have none, and the larger figure moves first (the smaller relative change).
 * A gap larger than rounding can make (the XBRL interval) is a real error, not balanced here.
 * The plan is for the user to review: nothing is applied without asking.
 */
import Decimal from 'decimal.js';
import { decimalsOfFormat } from './amount';
import type { CellEdit, EditPlan } from './fixes';
import { amountFormat } from './format/style';
import { childrenOf } from './recognize/hierarchy';
import { recognizeWorkbook } from './recognize';
import { halfUnit } from './tolerance';
import type { Panel, RecognizedTable } from './types';
import { a1, cellAt, type Sheet, type Workbook } from './workbook';

/** Tables whose rows are not a sum hierarchy. */
const SKIP = new Set(['sangong', 'performance-targets']);
/** Units a table is converted to from 元. */
const ROUNDED_UNITS = new Set(['千元', '万元', '亿元']);

interface Figure {
  row: number;
  published: Decimal;
  /** The cell's full value (the unrounded quotient when the table was converted in Excel). */
  exact: Decimal;
  decimals: number;
}

function figureAt(sheet: Sheet, panel: Panel, index: number, col: number): Figure | undefined {
  const row = panel.rows[index];
  const a = row.amounts.get(col);
  if (!a || a.kind !== 'number') return undefined;
  const v = cellAt(sheet, row.row, col).value;
  const exact = typeof v === 'number' && Number.isFinite(v) ? new Decimal(v) : a.value;
  return { row: row.row, published: a.value, exact, decimals: a.decimals };
}

/** The children to move by one unit each, in the order the method picks them. */
export function pickAdjustments(kids: { published: Decimal; exact: Decimal; order: number }[], units: number): number[] {
  const up = units > 0;
  const ranked = kids
    .map((k, i) => ({ i, remainder: k.exact.minus(k.published), size: k.published.abs(), order: k.order }))
    .sort((a, b) => (up ? b.remainder.comparedTo(a.remainder) : a.remainder.comparedTo(b.remainder)) || b.size.comparedTo(a.size) || a.order - b.order);
  return ranked.slice(0, Math.abs(units)).map((r) => r.i);
}

function balancePanel(sheet: Sheet, panel: Panel, edits: CellEdit[]): void {
  const children = childrenOf(panel);
  for (const col of panel.amountCols) {
    const target = new Map<number, Decimal>(); // row index -> figure it must show
    const visit = (p: number) => {
      if (!children.count(p)) return; // a leaf
      const kids = children.of(p);
      const parent = figureAt(sheet, panel, p, col);
      if (kids.length && parent) {
        const T = target.get(p) ?? parent.published;
        const figures = kids.map((k) => ({ k, f: figureAt(sheet, panel, k, col) })).filter((x) => x.f) as { k: number; f: Figure }[];
        const decimals = Math.max(parent.decimals, ...figures.map((x) => x.f.decimals));
        const unit = new Decimal(10).pow(-decimals);
        const sum = figures.reduce((s, x) => s.plus(target.get(x.k) ?? x.f.published), new Decimal(0));
        const gap = T.minus(sum);
        const units = gap.div(unit);
        // Only a gap rounding can make: within the interval of the parent and its n children.
        const tolerance = halfUnit(decimals).times(figures.length + 1);
        if (!gap.isZero() && units.isInteger() && gap.abs().lte(tolerance) && Math.abs(units.toNumber()) <= figures.length) {
          const picks = pickAdjustments(
            figures.map((x) => ({ published: target.get(x.k) ?? x.f.published, exact: x.f.exact, order: x.k })),
            units.toNumber(),
          );
          for (const i of picks) {
            const { k, f } = figures[i];
            const after = (target.get(k) ?? f.published).plus(units.isPositive() ? unit : unit.negated());
            target.set(k, after);
            const cell = cellAt(sheet, f.row, col);
            const edit: CellEdit = {
              sheet: sheet.name,
              cell: a1(f.row, col),
              before: cell.value,
              after: Number(after.toFixed(decimals)),
              reason: `舍位平衡：${panel.rows[p].label || '上级行'} ${T.toFixed(decimals)} = 下级合计，本行 ${f.published.toFixed(decimals)} → ${after.toFixed(decimals)}（尾差 ${f.exact.minus(f.published).toFixed()}）。Rounding balance: one unit moved so the children add up to the published parent.`,
            };
            if (decimalsOfFormat(cell.numberFormat) === undefined) edit.numberFormat = amountFormat(decimals, false);
            edits.push(edit);
          }
        }
      }
      for (const k of kids) visit(k);
    };
    panel.parent.forEach((p, i) => {
      if (p === -1) visit(i);
    });
  }
}

/** The rounding-balance plan for every table in a unit larger than 元 (or the given tables). */
export function roundingBalancePlan(workbook: Workbook, tables: RecognizedTable[] = recognizeWorkbook(workbook)): EditPlan {
  const edits: CellEdit[] = [];
  for (const table of tables) {
    if (SKIP.has(table.kind) || !table.unit || !ROUNDED_UNITS.has(table.unit)) continue;
    const sheet = workbook.sheets.find((s) => s.name === table.sheet);
    if (!sheet) continue;
    for (const panel of table.panels) balancePanel(sheet, panel, edits);
  }
  return { title: `舍位平衡（rounding balance: ${edits.length} one-unit adjustments）`, edits };
}
