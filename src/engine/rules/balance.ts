/**
 * balance-mismatch — 收入总计 = 支出总计（收支总表、财政拨款收支总表）.
 * Both totals are printed in the same table, so they must print identically.
 */
import { compareSame, decimalString } from '../tolerance';
import type { Finding, Panel, RecognizedTable, TableRow } from '../types';
import { a1 } from '../workbook';
import { normalizeLabel } from '../text';
import { finding, show } from './context';

const BALANCED_KINDS = new Set(['income-expenditure-summary', 'fiscal-appropriation-summary']);

function grandTotal(panel: Panel, side: '收入' | '支出'): TableRow | undefined {
  const labels = panel.rows.filter((r) => r.kind === 'total');
  const by = (re: RegExp) => labels.find((r) => re.test(normalizeLabel(r.label)));
  return by(new RegExp(`^${side}总计$`)) ?? by(new RegExp(`^(本年)?${side}合计$`));
}

export function checkBalance(tables: RecognizedTable[]): Finding[] {
  const out: Finding[] = [];
  tables.forEach((table, ti) => {
    if (!BALANCED_KINDS.has(table.kind)) return;
    const income = table.panels.find((p) => p.side === 'income');
    const expenditure = table.panels.find((p) => p.side === 'expenditure');
    if (!income || !expenditure) return;
    const inRow = grandTotal(income, '收入');
    const outRow = grandTotal(expenditure, '支出');
    if (!inRow || !outRow) return;
    const inCol = income.amountCols[0];
    const outCol = expenditure.amountCols[0];
    const a = inRow.amounts.get(inCol);
    const b = outRow.amounts.get(outCol);
    if (a?.kind !== 'number' || b?.kind !== 'number') return;
    if (compareSame(a, b) === 'equal') return;
    out.push(
      finding('balance-mismatch', table, ti, outRow.row, outCol, {
        expected: decimalString(a.value),
        actual: decimalString(b.value),
        related: [a1(inRow.row, inCol)],
        message: `「${outRow.label}」${show(b.value, b.decimals)} 与「${inRow.label}」${show(a.value, a.decimals)} 不相等：收支不平衡。Totals do not balance: expenditure ${show(b.value, b.decimals)} vs income ${show(a.value, a.decimals)}.`,
      }),
    );
  });
  return out;
}
