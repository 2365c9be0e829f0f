/**
 * The year before: a previous year's workbook (its facts, cells written `[file]Sheet!A1`), or the
 * tables' own 上年 columns and year rows. The other workbook wins: it is the published figure.
 */
import { collectFacts } from './facts';
import { convert } from './units';
import type { Fact, FactBook, PreviousValue, PreviousYear } from './types';

export function previousBook(previous?: PreviousYear): FactBook | undefined {
  if (!previous) return undefined;
  if ('facts' in previous) return previous.facts;
  const book = collectFacts(previous.report.tables, previous.workbook);
  const file = previous.workbook.name ? `[${previous.workbook.name.split(/[\\/]/).pop()}]` : '';
  return { ...book, facts: book.facts.map((f) => ({ ...f, cells: f.cells.map((c) => file + c) })) };
}

/** The year-before value of a fact: same key and scope in the previous book, else the table's own. */
export function previousOf(fact: Fact, previous?: FactBook): PreviousValue | undefined {
  const other = previous?.facts.find((f) => f.key === fact.key && f.scope === fact.scope);
  if (other) return { ...convert(other.value, other.decimals, other.unit, fact.unit), cells: other.cells, year: previous!.year };
  return fact.previous;
}
