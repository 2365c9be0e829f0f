/** 收支总体情况 and 财政拨款收支总体情况: the totals, with the change from the year before. */
import { amountText, changeClause, figure, paragraph, pick, type Compose } from '../compose';
import type { NarrativeFigure, NarrativeParagraph } from '../types';

const ALL_FUNDS = ['income-expenditure-summary', 'income-summary', 'expenditure-summary'] as const;

export function overview(c: Compose): NarrativeParagraph | undefined {
  const income = pick(c.book, 'income-total', [...ALL_FUNDS]) ?? pick(c.book, 'current-income', [...ALL_FUNDS]);
  const expenditure = pick(c.book, 'expenditure-total', [...ALL_FUNDS]) ?? pick(c.book, 'current-expenditure', [...ALL_FUNDS]);
  if (!income && !expenditure) return undefined;
  const figures: NarrativeFigure[] = [];
  const parts: string[] = [];
  for (const [fact, label] of [[income, '收入总计'], [expenditure, '支出总计']] as const) {
    if (!fact) continue;
    const change = changeClause(c, fact, label);
    parts.push(`${label}${amountText(fact)}${fact.unit}${change ? '，' + change.text : ''}`);
    figures.push(figure(label, fact), ...(change?.figures ?? []));
  }
  const text = `${c.department}${c.yearText}部门预算${parts.join('；')}。`;
  return paragraph(c, 'overview', '收支总体情况', text, figures);
}

export function fiscalOverview(c: Compose): NarrativeParagraph | undefined {
  const kind = ['fiscal-appropriation-summary'] as const;
  const total = pick(c.book, 'fiscal-total', [...kind]) ?? pick(c.book, 'fiscal-current', [...kind]);
  if (!total) return undefined;
  const figures: NarrativeFigure[] = [figure('财政拨款收支总预算', total)];
  const income = c.book.facts.filter((f) => f.kind === 'fiscal-appropriation-summary' && f.key.startsWith('fiscal-income:'));
  const classes = c.book.facts.filter((f) => f.kind === 'fiscal-appropriation-summary' && f.key.startsWith('class:') && !f.value.isZero());
  let text = `${c.yearText}财政拨款收支总预算${amountText(total)}${total.unit}。`;
  if (income.length) {
    text += `收入包括：${income.map((f) => `${f.label}${amountText(f)}${f.unit}`).join('；')}`;
    figures.push(...income.map((f) => figure(f.label, f)));
  }
  if (classes.length) {
    text += `${income.length ? '；' : ''}支出包括：${classes.map((f) => `${f.label}${amountText(f)}${f.unit}`).join('、')}`;
    figures.push(...classes.map((f) => figure(f.label, f)));
  }
  if (income.length || classes.length) text += '。';
  return paragraph(c, 'fiscal-overview', '财政拨款收支总体情况', text, figures);
}
