/**
 * What every paragraph builder shares: the facts of this year and the year before, the names and years
 * to print, amounts in the source tables' style, and the 比上年 clause with its figures.
 */
import Decimal from 'decimal.js';
import type { TableKind } from '../types';
import { changeRate, formatAmount, percentString, spaceFigures } from './numberStyle';
import { previousOf } from './previous';
import type { Fact, FactBook, NarrativeFigure, NarrativeOptions, NarrativeParagraph, PreviousValue } from './types';

export interface Compose {
  book: FactBook;
  previous?: FactBook;
  options: NarrativeOptions;
  /** `2023年`, or `本年` when no table says its year. */
  yearText: string;
  previousYearText: string;
  department: string;
}

export function composeContext(book: FactBook, previous: FactBook | undefined, options: NarrativeOptions): Compose {
  const year = book.year;
  const prevYear = previous?.year ?? (year !== null ? year - 1 : null);
  return {
    book,
    previous,
    options,
    yearText: year !== null ? `${year}年` : '本年',
    previousYearText: prevYear !== null ? `${prevYear}年` : '上年',
    department: options.department ?? book.department[0] ?? '',
  };
}

/**
 * The fact of a key to print: a printed cell before a sum of cells (20.98 as printed, not 20.97 summed
 * from rounded 项), then in the order of `kinds` (any kind when empty).
 */
export function pick(book: FactBook, key: string, kinds: TableKind[] = [], scope = ''): Fact | undefined {
  const all = book.facts.filter((f) => f.key === key && f.scope === scope && (!kinds.length || kinds.includes(f.kind)));
  const rank = (f: Fact) => (kinds.length ? kinds.indexOf(f.kind) : 0);
  const byKind = [...all].sort((a, b) => rank(a) - rank(b));
  return byKind.find((f) => f.cells.length === 1) ?? byKind[0];
}

export function amountText(f: { value: Decimal; decimals: number; thousands?: boolean }): string {
  return formatAmount(f.value, f.decimals, f.thousands ?? false);
}

export function figure(label: string, f: Fact): NarrativeFigure {
  return { label, value: f.value.toFixed(f.decimals), unit: f.unit, cells: f.cells };
}

export function percentFigure(label: string, percent: Decimal, cells: string[]): NarrativeFigure {
  return { label, value: percentString(percent), unit: '%', cells };
}

export interface Clause {
  text: string;
  figures: NarrativeFigure[];
}

/**
 * `比2022年预算数522.55万元减少172.33万元，下降32.98%` / `与2022年预算数持平`; undefined without a
 * year before. The rate is omitted (—) when the year before is zero.
 */
export function changeClause(c: Compose, fact: Fact, label: string): Clause | undefined {
  const prev: PreviousValue | undefined = previousOf(fact, c.previous);
  if (!prev) return undefined;
  const decimals = Math.max(fact.decimals, prev.decimals);
  const p = { value: prev.value, decimals: prev.decimals, thousands: fact.thousands };
  const figures: NarrativeFigure[] = [{ label: `${label}（${c.previousYearText}）`, value: prev.value.toFixed(prev.decimals), unit: fact.unit, cells: prev.cells }];
  const diff = fact.value.minus(prev.value);
  if (diff.isZero()) return { text: `与${c.previousYearText}预算数持平`, figures };
  const change = { value: diff.abs(), decimals, thousands: fact.thousands };
  figures.push({ label: `${label}比上年增减`, value: diff.toFixed(decimals), unit: fact.unit, cells: [...fact.cells, ...prev.cells] });
  let text = `比${c.previousYearText}预算数${amountText(p)}${fact.unit}${diff.isPositive() ? '增加' : '减少'}${amountText(change)}${fact.unit}`;
  const rate = changeRate(fact.value, prev.value);
  if (rate) {
    text += `，${rate.isPositive() ? '增长' : '下降'}${percentString(rate.abs())}%`;
    figures.push(percentFigure(`${label}增减率`, rate, [...fact.cells, ...prev.cells]));
  }
  return { text, figures };
}

export function paragraph(c: Compose, id: string, title: string, text: string, figures: NarrativeFigure[]): NarrativeParagraph {
  return { id, title, text: c.options.spaces === false ? text : spaceFigures(text), figures };
}

export function zero(like: Fact): Fact {
  return { ...like, value: new Decimal(0), cells: [], previous: undefined };
}
