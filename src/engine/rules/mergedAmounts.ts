/**
 * invalid-amount — 金额单元格跨列或跨行合并：合并区域里的数字只属于左上角的单元格，其余按空白计算.
 * A merged area over two or more amount cells of a table's body holds one figure that Excel keeps
 * in its top-left cell only: the other columns (or rows) read as blank, and their sums go wrong.
 */
import type { Finding, RecognizedTable } from '../types';
import { a1, rangeA1, type CellRange, type Workbook } from '../workbook';
import { finding, rowName } from './context';

function normalized(m: CellRange): CellRange {
  return { top: Math.min(m.top, m.bottom), bottom: Math.max(m.top, m.bottom), left: Math.min(m.left, m.right), right: Math.max(m.left, m.right) };
}

export function mergedAmounts(tables: RecognizedTable[], workbook: Workbook): Finding[] {
  const out: Finding[] = [];
  const sheets = new Map(workbook.sheets.map((s) => [s.name, s]));
  tables.forEach((table, ti) => {
    const merges = sheets.get(table.sheet)?.merges ?? [];
    if (!merges.length || table.kind === 'performance-targets') return;
    for (const panel of table.panels) {
      const bodyRows = new Map(panel.rows.map((r) => [r.row, r]));
      for (const raw of merges) {
        const m = normalized(raw);
        const cols = panel.amountCols.filter((c) => c >= m.left && c <= m.right);
        const rows = panel.rows.filter((r) => r.row >= m.top && r.row <= m.bottom);
        if (!rows.length || !cols.length || (cols.length < 2 && rows.length < 2)) continue;
        const anchor = bodyRows.get(m.top) ?? rows[0];
        const across = cols.length >= 2 ? `跨 ${cols.length} 个金额列` : `跨 ${rows.length} 行`;
        const acrossEn = cols.length >= 2 ? `${cols.length} amount columns` : `${rows.length} rows`;
        out.push(
          finding('invalid-amount', table, ti, m.top, m.left, {
            related: cols.flatMap((c) => rows.map((r) => a1(r.row, c))),
            message: `${rowName(anchor.label, anchor.code)}的金额单元格 ${rangeA1(m)} ${across}合并：数字只属于 ${a1(m.top, m.left)}，其余单元格按空白计算。请取消合并，把数字填入所属的列。Merged across ${acrossEn}: the figure belongs to ${a1(m.top, m.left)} only.`,
          }),
        );
      }
    }
  });
  return out;
}
