/** 政府采购: the total, and 货物/工程/服务 when the table codes its 品目 (A/B/C). */
import { amountText, figure, paragraph, pick, zero, type Compose } from '../compose';
import type { NarrativeParagraph } from '../types';

export function procurement(c: Compose): NarrativeParagraph | undefined {
  const total = pick(c.book, 'procurement', ['procurement', 'expenditure-summary']);
  if (!total) return undefined;
  const categories = (['A', 'B', 'C'] as const).map((l) => pick(c.book, `procurement:${l}`));
  const listed = categories.some((f) => f);
  const names = ['货物采购', '工程采购', '服务采购'];
  const parts = listed ? categories.map((f, i) => ({ ...(f ?? zero(total)), label: names[i] })) : [];
  const text = `${c.department}${c.yearText}政府采购预算总额${amountText(total)}${total.unit}${parts.length ? '，其中：' + parts.map((p) => `${p.label}${amountText(p)}${p.unit}`).join('、') : ''}。`;
  return paragraph(c, 'procurement', '政府采购情况', text, [figure('政府采购预算总额', total), ...parts.map((p) => figure(p.label, p))]);
}
