/**
 * invalid-amount — 金额单元格无法识别为数字（错误值、夹带文字、千分位错位…）.
 * Never read as zero: the user is told what could not be read and why.
 */
import { figureKind } from '../recognize/rowAmounts';
import { normalizeNumberText, parseSignedChangeText } from '../amount';
import type { Finding, RecognizedTable } from '../types';
import { finding, rowName } from './context';

export function findInvalidAmounts(tables: RecognizedTable[]): Finding[] {
  const out: Finding[] = [];
  tables.forEach((table, ti) => {
    if (table.kind === 'performance-targets') return;
    for (const panel of table.panels) {
      for (let r = 0; r < panel.rows.length; r++) {
        const row = panel.rows[r];
        // By column, not for…of or forEach: no entry pair or closure per figure (every figure of every table passes here).
        for (let c = 0; c < panel.amountCols.length; c++) {
          const col = panel.amountCols[c];
          if (figureKind(row.amounts, col) !== 'invalid') continue; // no Amount made for the rest
          const amount = row.amounts.get(col);
          if (amount === undefined || amount.kind !== 'invalid') continue;
          // 三公 tables write changes in words: 减少0.60 is a figure there.
          if (table.kind === 'sangong' && parseSignedChangeText(amount.text).kind === 'number') continue;
          // …and their 增减率 as percentages (-38.89%), read by the 三公 reader, not as amounts.
          if (table.kind === 'sangong' && /^[+-]?\d+(\.\d+)?%$/.test(normalizeNumberText(amount.text))) continue;
          out.push(
            finding('invalid-amount', table, ti, row.row, col, {
              actual: amount.text,
              message: `${rowName(row.label, row.code)}的金额「${amount.text}」无法识别：${amount.reason}。Cannot read this amount.`,
            }),
          );
        }
      }
    }
  });
  return out;
}
