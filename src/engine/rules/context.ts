/** What every arithmetic rule needs to know about a table: its columns' names, exactness, addresses. */
import type { Amount } from '../amount';
import type { Figure } from '../tolerance';
import type { Finding, RecognizedTable, RuleId } from '../types';
import { RULE_SEVERITY } from '../types';
import { a1 } from '../workbook';
import type { CheckOptions } from '../types';

/** Amounts in 元 are exact unless the user says the table was rounded. */
export function isExact(table: RecognizedTable, options: CheckOptions): boolean {
  return table.unit === '元' && !options.roundedYuan;
}

export function columnName(table: RecognizedTable, col: number): string {
  const c = table.columns.find((x) => x.col === col);
  return c && c.path.length ? c.path[c.path.length - 1] : `第${col + 1}列`;
}

export function figureOf(a: Amount | undefined): Figure | undefined {
  // The amount is a Figure already; copying `value` would build every lazily read Decimal.
  return a && a.kind === 'number' ? a : undefined;
}

/** Format a figure for a message with thousands separators, as budget tables print it. */
export function show(value: import('decimal.js').default, decimals = 0): string {
  const fixed = value.toFixed(Math.max(decimals, value.decimalPlaces() > decimals ? value.decimalPlaces() : decimals));
  const [int, frac] = fixed.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
}

export function finding(rule: RuleId, table: RecognizedTable, tableIndex: number, row: number, col: number, fields: Partial<Finding> & { message: string }): Finding {
  return { rule, severity: RULE_SEVERITY[rule], sheet: table.sheet, cell: a1(row, col), table: tableIndex, ...fields };
}

/** A row's name for messages: 「科学技术普及」(20607). */
export function rowName(label: string, code?: string): string {
  const name = label || '（无名称行）';
  return code ? `「${name}」(${code})` : `「${name}」`;
}
