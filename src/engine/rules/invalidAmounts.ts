/**
 * invalid-amount — 金额单元格无法识别为数字（错误值、夹带文字、千分位错位…）.
 * Never read as zero: the user is told what could not be read and why.
 */
import { normalizeNumberText, parseSignedChangeText } from '../amount';
import type { Finding, RecognizedTable } from '../types';
import { finding, rowName } from './context';

export function findInvalidAmounts(tables: RecognizedTable[]): Finding[] {
  const out: Finding[] = [];
  tables.forEach((table, ti) => {
    if (table.kind === 'performance-targets') return;
    for (const panel of table.panels) {
      for (const row of panel.rows) {
        // forEach, not for…of: no entry pair per figure (every figure of every table passes here).
        row.amounts.forEach((amount, col) => {
          if (amount.kind !== 'invalid') return;
          // 三公 tables write changes in words: 减少0.60 is a figure there.
          if (table.kind === 'sangong' && parseSignedChangeText(amount.text).kind === 'number') return;
          // …and their 增减率 as percentages (-38.89%), read by the 三公 reader, not as amounts.
          if (table.kind === 'sangong' && /^[+-]?\d+(\.\d+)?%$/.test(normalizeNumberText(amount.text))) return;
          out.push(
            finding('invalid-amount', table, ti, row.row, col, {
              actual: amount.text,
              message: `${rowName(row.label, row.code)}的金额「${amount.text}」无法识别：${amount.reason}。Cannot read this amount.`,
            }),
          );
        });
      }
    }
  });
  return out;
}
