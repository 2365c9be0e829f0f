/**
 * subtotal-mismatch / rounding-tail — 上级行等于下级行之和：类 = Σ款，款 = Σ项，单位 = Σ类，合计 = Σ单位.
 * A parent row must equal the sum of its child rows in every amount column, within rounding.
 */
import Decimal from 'decimal.js';
import { compareTotal, decimalString, UnitsSum, type Figure } from '../tolerance';
import type { CheckOptions, Finding, RecognizedTable, TableRow } from '../types';
import { a1 } from '../workbook';
import { childrenOf, inferredCodeOf } from '../recognize/hierarchy';
import { addFigure, figureKind, sumEqualsFigure } from '../recognize/rowAmounts';
import { columnName, figureOf, finding, isExact, rowName, show } from './context';

/**
 * The figures of the child rows in one column, blanks left out; undefined when one is invalid.
 * One pass and one list: this runs for every parent row and column of every table.
 */
function figuresOf(kids: readonly number[], rows: TableRow[], col: number): Figure[] | undefined {
  const figures: Figure[] = [];
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    const a = rows[k].amounts.get(col);
    if (a?.kind === 'invalid') return undefined;
    const f = figureOf(a);
    if (f) figures.push(f);
  }
  return figures;
}

export function recomputeSubtotals(tables: RecognizedTable[], options: CheckOptions = {}): Finding[] {
  const out: Finding[] = [];
  tables.forEach((table, ti) => {
    const exact = isExact(table, options);
    const sum = new UnitsSum();
    for (const panel of table.panels) {
      const children = childrenOf(panel);
      const { start, list } = children;
      panel.rows.forEach((row, i) => {
        const from = start[i];
        const to = start[i + 1];
        if (from === to) return;
        for (let c = 0; c < panel.amountCols.length; c++) {
          const col = panel.amountCols[c];
          const ownKind = figureKind(row.amounts, col);
          if (ownKind === 'invalid') continue; // reported as invalid-amount
          sum.reset();
          for (let k = from; k < to; k++) addFigure(sum, panel.rows[list[k]].amounts, col);
          if (sumEqualsFigure(sum, row.amounts, col)) continue; // the common case, decided without lists or objects
          if (sum.holdsOnlyBlanks() && ownKind !== 'number') continue; // a blank over blanks (a column a branch leaves empty)
          const kids = children.of(i);
          const own = row.amounts.get(col);
          const partFigures = figuresOf(kids, panel.rows, col);
          if (partFigures === undefined) continue; // a part is invalid: reported as invalid-amount
          if (!partFigures.length && own?.kind !== 'number') continue;
          let decimals = 0;
          for (const f of partFigures) if (f.decimals > decimals) decimals = f.decimals;
          const total: Figure = figureOf(own) ?? { value: new Decimal(0), decimals };
          const result = compareTotal(total, partFigures, exact);
          if (result.agreement === 'equal') continue;
          const related = kids.filter((k) => panel.rows[k].amounts.get(col)?.kind === 'number').map((k) => a1(panel.rows[k].row, col));
          const what = `${rowName(row.label, row.code ?? inferredCodeOf(row))}「${columnName(table, col)}」`;
          const shown = own?.kind === 'number' ? show(total.value, total.decimals) : '空白';
          const sumText = show(result.sum, decimals);
          const tail = result.agreement === 'rounding-tail';
          out.push(
            finding(tail ? 'rounding-tail' : 'subtotal-mismatch', table, ti, row.row, col, {
              expected: decimalString(result.sum),
              actual: decimalString(total.value),
              related,
              message: tail
                ? `${what}为 ${shown}，下级合计 ${sumText}，差 ${show(result.difference.abs(), decimals)}，在尾数误差范围内（±${result.tolerance.toFixed()}）。Rounding tail: ${shown} vs the sum of its ${kids.length} children ${sumText}.`
                : `${what}为 ${shown}，但下级各行合计为 ${sumText}（差 ${show(result.difference, decimals)}）。Subtotal mismatch: ${shown} is not the sum of its ${kids.length} children (${sumText}).`,
            }),
          );
        }
      });
    }
  });
  return out;
}
