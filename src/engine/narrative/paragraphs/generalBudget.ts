/**
 * 一般公共预算当年拨款: its size (with the change from the year before), its structure by 类 with
 * 占比 (`科学技术（206）支出 308.86 万元，占 88.19%`), and each 项 with its change.
 */
import { functionalEntry } from '../../catalog';
import { amountText, changeClause, figure, paragraph, percentFigure, pick, type Compose } from '../compose';
import { percentString } from '../numberStyle';
import { sharesOf } from '../shares';
import type { Fact, NarrativeFigure, NarrativeParagraph } from '../types';

const SOURCES = ['general-budget-expenditure', 'fiscal-appropriation-summary', 'income-expenditure-summary'] as const;

function generalBudget(c: Compose): Fact | undefined {
  return pick(c.book, 'general-budget', [...SOURCES]);
}

export function generalBudgetScale(c: Compose): NarrativeParagraph | undefined {
  const total = generalBudget(c);
  if (!total) return undefined;
  const change = changeClause(c, total, '一般公共预算当年拨款');
  const text = `${c.department}${c.yearText}一般公共预算当年拨款${amountText(total)}${total.unit}${change ? '，' + change.text : ''}。`;
  return paragraph(c, 'general-budget-scale', '一般公共预算当年拨款规模变化情况', text, [figure('一般公共预算当年拨款', total), ...(change?.figures ?? [])]);
}

/** 科学技术（206）支出: the 类's name of the year with its code inside. */
function className(c: Compose, code: string, fallback: string): string {
  const name = functionalEntry(code, c.book.year)?.name ?? fallback;
  return name.endsWith('支出') ? `${name.slice(0, -2)}（${code}）支出` : `${name}（${code}）`;
}

export function generalBudgetStructure(c: Compose): NarrativeParagraph | undefined {
  const total = generalBudget(c);
  if (!total) return undefined;
  const codes = [...new Set(c.book.facts.filter((f) => f.key.startsWith('class:')).map((f) => f.key.slice(6)))].sort();
  const classes = codes.map((code) => pick(c.book, `class:${code}`, ['general-budget-expenditure', 'fiscal-appropriation-summary'])).filter((f): f is Fact => !!f && !f.value.isZero());
  if (!classes.length) return undefined;
  const shares = sharesOf(classes.map((f) => f.value), total.value, c.options.sharesAddTo100);
  const figures: NarrativeFigure[] = [];
  const text =
    classes
      .map((f, i) => {
        const name = className(c, f.key.slice(6), f.label);
        figures.push(figure(name, f), percentFigure(`${name}占比`, shares[i], [...f.cells, ...total.cells]));
        return `${name}${amountText(f)}${f.unit}，占${percentString(shares[i])}%`;
      })
      .join('；') + '。';
  return paragraph(c, 'general-budget-structure', '一般公共预算当年拨款结构情况', text, figures);
}

/** 科学技术支出（206）科学技术管理事务（01）行政运行（01）. */
function itemName(c: Compose, code: string, label: string): string {
  const cls = functionalEntry(code.slice(0, 3), c.book.year)?.name;
  const kuan = functionalEntry(code.slice(0, 5), c.book.year)?.name;
  if (!cls || !kuan) return `${label}（${code}）`;
  return `${cls}（${code.slice(0, 3)}）${kuan}（${code.slice(3, 5)}）${label}（${code.slice(5, 7)}）`;
}

export function generalBudgetItems(c: Compose): NarrativeParagraph | undefined {
  const items = c.book.facts.filter((f) => f.kind === 'general-budget-expenditure' && f.key.startsWith('item:') && f.scope === '').sort((a, b) => (a.key < b.key ? -1 : 1));
  if (!items.length) return undefined;
  const figures: NarrativeFigure[] = [];
  const text = items
    .map((f, i) => {
      const name = itemName(c, f.key.slice(5), f.label);
      const change = changeClause(c, f, name);
      figures.push(figure(name, f), ...(change?.figures ?? []));
      return `${i + 1}、${name}预算数为${amountText(f)}${f.unit}${change ? '，' + change.text : ''}。`;
    })
    .join('\n');
  return paragraph(c, 'general-budget-items', '一般公共预算当年拨款具体使用情况', text, figures);
}
