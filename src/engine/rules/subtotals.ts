/**
 * subtotal-mismatch / rounding-tail — 上级行等于下级行之和：类 = Σ款，款 = Σ项，单位 = Σ类，合计 = Σ单位.
 * A parent row must equal the sum of its child rows in every amount column, within rounding.
 */
import Decimal from 'decimal.js';
import { compareTotal, decimalString, type Figure } from '../tolerance';
import type { CheckOptions, Finding, RecognizedTable } from '../types';
import { a1 } from '../workbook';
import { childrenOf, inferredCodeOf } from '../recognize/hierarchy';
import { columnName, figureOf, finding, isExact, rowName, show } from './context';

export function recomputeSubtotals(tables: RecognizedTable[], options: CheckOptions = {}): Finding[] {
  const out: Finding[] = [];
  tables.forEach((table, ti) => {
    const exact = isExact(table, options);
    for (const panel of table.panels) {
      const children = childrenOf(panel);
      panel.rows.forEach((row, i) => {
        const kids = children[i];
        if (!kids.length) return;
        for (const col of panel.amountCols) {
          const own = row.amounts.get(col);
          const parts = kids.map((k) => panel.rows[k].amounts.get(col));
          if (own?.kind === 'invalid' || parts.some((p) => p?.kind === 'invalid')) continue; // reported as invalid-amount
          const partFigures = parts.map(figureOf).filter((f): f is Figure => !!f);
          if (!partFigures.length && own?.kind !== 'number') continue;
          const decimals = Math.max(0, ...partFigures.map((f) => f.decimals));
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
