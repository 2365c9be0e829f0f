/**
 * Compare the figures of a narrative with the tables. A level agrees when any table's figure for what
 * its label names (in its scope) agrees at the text's precision (intervals of half a unit in the last
 * place overlap); a figure that cannot be attributed is never flagged. Changes, rates and shares are
 * checked when the figures they derive from are known; 与上年持平 against the year before.
 */
import Decimal from 'decimal.js';
import { halfUnit } from '../tolerance';
import type { MoneyUnit } from '../types';
import { factsFor } from './facts';
import { formatAmount } from './numberStyle';
import { previousOf } from './previous';
import type { TextFigure } from './scan';
import type { Fact, FactBook, PreviousValue } from './types';
import { convert } from './units';

export type IssueKind = 'mismatch' | 'unit-slip' | 'previous' | 'change' | 'rate' | 'share' | 'unchanged';

export interface NarrativeIssue {
  figure: TextFigure;
  kind: IssueKind;
  /** In the table's unit (or percent): a decimal string. */
  expected: string;
  actual: string;
  /** Table cells compared (sheet-qualified). */
  related: string[];
  /** Other lines of the text that state the figure (a unit slip found within the text). */
  relatedLines?: number[];
  message: string;
}

interface Value {
  value: Decimal;
  decimals: number;
}

/**
 * The same figure printed twice agrees at the precision of the less precise print: 150 and 150.00,
 * 4 and 4.50 (half a unit either way), not 4 and 5 nor 1,144 and 1,114.
 */
function agrees(a: Value, b: Value): boolean {
  return a.value.minus(b.value).abs().lte(halfUnit(Math.min(a.decimals, b.decimals)));
}

/** The figure as written, with a space before its unit: `4,866 元`. */
function written(f: TextFigure): string {
  return f.raw.replace(/(\d)(亿元|万元|千元|元)$/, '$1 $2');
}

/** A signed change or rate in words: 减少 172.33 万元, 下降 32.98%. */
function inWords(value: Decimal, text: string, rate: boolean): string {
  const word = value.isNegative() ? (rate ? '下降' : '减少') : rate ? '增长' : '增加';
  return `${word} ${text}`;
}

function moneyOf(f: TextFigure, unit: MoneyUnit): Value {
  return convert(f.value, f.decimals, f.unit as MoneyUnit, unit);
}

function show(v: Value, unit: string, thousands = true): string {
  return `${formatAmount(v.value, Math.max(v.decimals, 0), thousands)} ${unit}`;
}

/** A derived figure (rate, share) agrees within one unit in its last place: its inputs were rounded too. */
function agreesDerived(text: Value, expected: Decimal): boolean {
  return text.value.minus(expected).abs().lte(new Decimal(10).pow(-text.decimals));
}

export function checkFigures(figures: TextFigure[], book: FactBook, previous?: FactBook): NarrativeIssue[] {
  const issues: NarrativeIssue[] = [];
  /** Level index -> the fact it was confirmed against (undefined: unattributed or wrong). */
  const confirmed = new Map<number, Fact>();
  const tableUnit = book.facts[0]?.unit ?? '万元';

  figures.forEach((f, i) => {
    if (f.role !== 'level' || !f.keys || f.unit === '%') return;
    const facts = candidates(f, book, previous);
    if (!facts.length) {
      const slip = internalUnitSlip(figures, f, tableUnit);
      if (slip) issues.push(slip);
      return;
    }
    const hit = facts.find((x) => agrees(moneyOf(f, x.unit), x));
    if (hit) {
      if (f.year === undefined) confirmed.set(i, hit);
      return;
    }
    const primary = facts[0];
    const asTable = moneyOf(f, primary.unit);
    const unitSlip = f.unit !== primary.unit && agrees({ value: f.value, decimals: f.decimals }, primary);
    const related = [...new Set(facts.flatMap((x) => x.cells))];
    issues.push({
      figure: f,
      kind: unitSlip ? 'unit-slip' : 'mismatch',
      expected: primary.value.toFixed(primary.decimals),
      actual: asTable.value.toFixed(),
      related,
      message: unitSlip
        ? `说明中「${f.label} ${written(f)}」单位有误：表中${primary.label}为 ${show(primary, primary.unit)}（${primary.cells.join('、')}），应为 ${formatAmount(f.value, f.decimals, true)} ${primary.unit}。Unit slip: the text says ${written(f)} for ${f.label}; the tables say ${show(primary, primary.unit)}.`
        : `说明中「${f.label} ${written(f)}」与表中${primary.label} ${show(primary, primary.unit)}（${primary.cells.join('、')}）不符。The text says ${written(f)} for ${f.label}; the tables say ${show(primary, primary.unit)}.`,
    });
  });

  figures.forEach((f) => {
    if (f.role === 'level' && f.unchanged) {
      const i = figures.indexOf(f);
      const fact = confirmed.get(i);
      const prev = fact && previousOf(fact, previous);
      if (fact && prev && !agrees(fact, prev)) {
        issues.push({
          figure: f,
          kind: 'unchanged',
          expected: fact.value.minus(prev.value).toFixed(Math.max(fact.decimals, prev.decimals)),
          actual: '0',
          related: [...fact.cells, ...prev.cells],
          message: `说明称${f.label}「与上年持平」，但表中本年 ${show(fact, fact.unit)}、上年 ${show(prev, fact.unit)}。The text says ${f.label} is unchanged; the tables say ${show(fact, fact.unit)} against ${show(prev, fact.unit)}.`,
        });
      }
      return;
    }
    if (f.level === undefined) return;
    const level = figures[f.level];
    const fact = confirmed.get(f.level);
    if (!fact) return;
    const prev = previousOf(fact, previous);
    const textPrev = figures.find((x) => x.level === f.level && x.role === 'previous');
    // A wrong 上年数 is one finding: the change and rate are then checked against the text's own 上年数.
    const textPrevWrong = !!(textPrev && prev && !agrees(moneyOf(textPrev, fact.unit), prev));
    const prevValue: Value | undefined = textPrev && (textPrevWrong || !prev) ? moneyOf(textPrev, fact.unit) : prev;
    const prevCells = textPrevWrong ? [] : (prev?.cells ?? []);
    if (f.role === 'previous' && prev) {
      const v = moneyOf(f, fact.unit);
      if (!agrees(v, prev)) issues.push(derivedIssue(f, 'previous', prev.value.toFixed(prev.decimals), v.value.toFixed(), prev.cells, `说明中${level.label}的上年数 ${written(f)} 与${prevWhere(prev)}的 ${show(prev, fact.unit)} 不符。The text gives ${written(f)} for last year's ${level.label}; the tables say ${show(prev, fact.unit)}.`));
    } else if (f.role === 'change' && prevValue) {
      const v = moneyOf(f, fact.unit);
      const expected = fact.value.minus(prevValue.value);
      const d = Math.max(fact.decimals, prevValue.decimals);
      // 增加（减少）0: a zero change has no sign to get wrong.
      const ok = expected.isZero() ? v.value.isZero() || agrees({ value: v.value.abs(), decimals: v.decimals }, { value: expected, decimals: d }) : agrees(v, { value: expected, decimals: d });
      if (!ok) issues.push(derivedIssue(f, 'change', expected.toFixed(d), v.value.toFixed(), [...fact.cells, ...prevCells], `说明中${level.label}的增减（${inWords(f.value, written(f), false)}）与 ${show(fact, fact.unit)} − ${show(prevValue, fact.unit)} = ${inWords(expected, show({ value: expected.abs(), decimals: d }, fact.unit), false)} 不符。The change in ${level.label} should be ${expected.toFixed(d)} ${fact.unit}.`));
    } else if (f.role === 'rate' && prevValue && !prevValue.value.isZero()) {
      const expected = fact.value.minus(prevValue.value).div(prevValue.value).times(100);
      if (!agreesDerived({ value: f.value, decimals: f.decimals }, expected)) {
        const shown = expected.toFixed(Math.max(f.decimals, 2));
        issues.push(derivedIssue(f, 'rate', shown, f.value.toFixed(), [...fact.cells, ...prevCells], `说明中${level.label}的增减幅度（${inWords(f.value, written(f), true)}）与计算值（${inWords(expected, expected.abs().toFixed(Math.max(f.decimals, 2)) + '%', true)}）不符。The rate of change of ${level.label} should be ${shown}%.`));
      }
    } else if (f.role === 'share' && f.base !== undefined) {
      const baseFact = confirmed.get(f.base);
      if (!baseFact || baseFact.value.isZero()) return;
      const part = convert(fact.value, fact.decimals, fact.unit, baseFact.unit).value;
      const expected = part.div(baseFact.value).times(100);
      if (!agreesDerived({ value: f.value, decimals: f.decimals }, expected)) {
        const shown = expected.toFixed(Math.max(f.decimals, 2));
        issues.push(derivedIssue(f, 'share', shown, f.value.toFixed(), [...fact.cells, ...baseFact.cells], `说明中${level.label}占${figures[f.base].label}的比例（${written(f)}）与计算值（${shown}%）不符。The share of ${level.label} should be ${shown}%.`));
      }
    }
  });
  const order = (i: NarrativeIssue) => figures.indexOf(i.figure);
  return issues.sort((a, b) => order(a) - order(b));
}

/**
 * The table figures a level may be: this year's for its label and scope; for a level of another year
 * (2020年公务接待费), that year's — from the previous-year workbook or the table's own 上年 column/row.
 */
function candidates(f: TextFigure, book: FactBook, previous?: FactBook): Fact[] {
  const keys = f.keys ?? [];
  const current = keys.flatMap((k) => factsFor(book, k, f.scope));
  if (f.year === undefined) return current;
  const out: Fact[] = previous?.year === f.year ? keys.flatMap((k) => factsFor(previous, k, f.scope)) : [];
  for (const fact of current) {
    const prev = previousOf(fact, previous);
    if (prev && prev.year === f.year) out.push({ ...fact, ...prev, label: `${f.year}年${fact.label}`, previous: undefined });
  }
  return out;
}

function prevWhere(prev: PreviousValue): string {
  return prev.year ? ` ${prev.year} 年表中` : '上年';
}

function derivedIssue(figure: TextFigure, kind: IssueKind, expected: string, actual: string, related: string[], message: string): NarrativeIssue {
  return { figure, kind, expected, actual, related: [...new Set(related)], message };
}

/**
 * `人员支出 176 元` where the same text says 人员支出 176 万元 for the same unit, and the tables are in
 * 万元: a unit slip even when no table prints the figure.
 */
function internalUnitSlip(figures: TextFigure[], f: TextFigure, tableUnit: MoneyUnit): NarrativeIssue | undefined {
  if (f.unit === tableUnit || f.year !== undefined) return undefined;
  const same = figures.find((o) => o !== f && o.role === 'level' && o.unit === tableUnit && o.scope === f.scope && o.keys?.[0] === f.keys?.[0] && o.value.equals(f.value) && o.year === undefined);
  if (!same) return undefined;
  const v = moneyOf(f, tableUnit);
  return {
    figure: f,
    kind: 'unit-slip',
    expected: same.value.toFixed(same.decimals),
    actual: v.value.toFixed(),
    related: [],
    relatedLines: [same.line],
    message: `说明中「${f.label} ${written(f)}」单位有误：同一说明另处写作 ${written(same)}。Unit slip: the text says ${written(f)} for ${f.label} here and ${written(same)} elsewhere.`,
  };
}
