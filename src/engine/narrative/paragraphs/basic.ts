/** 基本支出: 人员经费 (人员支出), 公用经费 (公用支出), 对个人和家庭的补助, as the basic-expenditure table splits it. */
import { amountText, figure, paragraph, pick, type Compose } from '../compose';
import type { Fact, NarrativeParagraph } from '../types';

export function basic(c: Compose): NarrativeParagraph | undefined {
  const kind = ['basic-expenditure'] as const;
  const total = pick(c.book, 'basic', [...kind]);
  if (!total) return undefined;
  const parts = ['personnel', 'public', 'subsidy'].map((k) => c.book.facts.find((f) => f.key === k && f.kind === 'basic-expenditure' && f.scope === '')).filter((f): f is Fact => !!f);
  const name = /一般公共预算/.test(total.title) ? '一般公共预算基本支出' : '基本支出';
  const text = `${c.department}${c.yearText}${name}${amountText(total)}${total.unit}${parts.length ? '，其中：' + parts.map((p) => `${p.label}${amountText(p)}${p.unit}`).join('，') : ''}。`;
  return paragraph(c, 'basic', '基本支出情况', text, [figure(name, total), ...parts.map((p) => figure(p.label, p))]);
}
