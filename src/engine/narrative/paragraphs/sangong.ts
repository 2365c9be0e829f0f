/**
 * "三公"经费: the total and each item (因公出国（境）费, 公务接待费, 公务用车购置及运行维护费 with its
 * 购置费 and 运行维护费), each with its change from the year before, read with the 三公 reader.
 */
import { amountText, changeClause, figure, paragraph, pick, type Compose } from '../compose';
import type { Fact, NarrativeFigure, NarrativeParagraph } from '../types';

function itemText(c: Compose, fact: Fact, figures: NarrativeFigure[]): string {
  const change = changeClause(c, fact, fact.label);
  figures.push(figure(fact.label, fact), ...(change?.figures ?? []));
  return `${fact.label}${amountText(fact)}${fact.unit}${change ? '，' + change.text : ''}`;
}

export function sangong(c: Compose): NarrativeParagraph | undefined {
  const get = (key: string) => pick(c.book, key, ['sangong']);
  const total = get('sangong');
  if (!total) return undefined;
  const figures: NarrativeFigure[] = [];
  let text = `${c.yearText}${itemText(c, { ...total, label: '“三公”经费预算' }, figures)}。`;
  const items = ['sangong:abroad', 'sangong:reception', 'sangong:vehicle'].map(get).filter((f): f is Fact => !!f);
  if (items.length) text += `其中：${items.map((f) => itemText(c, f, figures)).join('；')}`;
  const vehicleParts = ['sangong:vehicle-purchase', 'sangong:vehicle-operation'].map(get).filter((f): f is Fact => !!f);
  if (vehicleParts.length) text += `${items.length ? '。' : ''}公务用车购置及运行维护费中，${vehicleParts.map((f) => itemText(c, f, figures)).join('；')}`;
  if (items.length || vehicleParts.length) text += '。';
  return paragraph(c, 'sangong', '“三公”经费预算情况', text, figures);
}
