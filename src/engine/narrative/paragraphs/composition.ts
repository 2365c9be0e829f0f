/** 收入预算情况 and 支出预算情况: each part with its share (占比) of the total. */
import { amountText, figure, paragraph, percentFigure, pick, type Compose } from '../compose';
import { sharesOf } from '../shares';
import { percentString } from '../numberStyle';
import type { Fact, NarrativeFigure, NarrativeParagraph } from '../types';

function withShares(c: Compose, total: Fact, parts: Fact[]): { text: string; figures: NarrativeFigure[] } {
  const shares = sharesOf(parts.map((p) => p.value), total.value, c.options.sharesAddTo100);
  const figures: NarrativeFigure[] = [];
  const text = parts
    .map((p, i) => {
      figures.push(figure(p.label, p), percentFigure(`${p.label}占比`, shares[i], [...p.cells, ...total.cells]));
      return `${p.label}${amountText(p)}${p.unit}，占${percentString(shares[i])}%`;
    })
    .join('；');
  return { text, figures };
}

export function income(c: Compose): NarrativeParagraph | undefined {
  const total = pick(c.book, 'income-total', ['income-expenditure-summary']) ?? pick(c.book, 'current-income', ['income-expenditure-summary']);
  if (!total) return undefined;
  const parts = c.book.facts.filter((f) => f.kind === 'income-expenditure-summary' && f.key.startsWith('income-part:'));
  const body = parts.length ? withShares(c, total, parts) : undefined;
  const text = `${c.department}${c.yearText}收入预算${amountText(total)}${total.unit}${body ? '，其中：' + body.text : ''}。`;
  return paragraph(c, 'income', '收入预算情况', text, [figure('收入总计', total), ...(body?.figures ?? [])]);
}

const EXPENDITURE_PARTS = ['basic', 'project', 'expenditure:上缴上级支出', 'expenditure:对附属单位补助支出', 'expenditure:事业单位经营支出'];

export function expenditure(c: Compose): NarrativeParagraph | undefined {
  for (const [kind, totalKey, name] of [
    ['expenditure-summary', 'expenditure-total', '支出预算'],
    ['general-budget-expenditure', 'general-budget', '一般公共预算支出预算'],
  ] as const) {
    const total = pick(c.book, totalKey, [kind]);
    const parts = EXPENDITURE_PARTS.map((k) => pick(c.book, k, [kind])).filter((f): f is Fact => !!f && !f.value.isZero());
    if (!total || !parts.length) continue;
    const body = withShares(c, total, parts);
    const text = `${c.department}${c.yearText}${name}${amountText(total)}${total.unit}，其中：${body.text}。`;
    return paragraph(c, 'expenditure', '支出预算情况', text, [figure('支出总计', total), ...body.figures]);
  }
  return undefined;
}
