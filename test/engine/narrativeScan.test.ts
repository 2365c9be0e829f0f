/** Reading figures out of narrative text: what each is (level, 上年数, change, rate, share), its label and scope. */
import Decimal from 'decimal.js';
import { checkWorkbook } from '../../src/engine';
import { collectFacts, linesOfText, scanNarrative, sharesOf } from '../../src/engine/narrative';
import { formatAmount } from '../../src/engine/narrative/numberStyle';
import { seedWorkbook } from '../helpers/fixtures';

const seed002Book = () => {
  const wb = seedWorkbook('seed002-t1.tsv', 'seed002-t4.tsv', 'seed002-t7.tsv', 'seed002-t8.tsv');
  return collectFacts(checkWorkbook(wb).tables, wb);
};
const read = (text: string) =>
  scanNarrative(linesOfText(text), seed002Book()).map((f) => [f.line + 1, f.role, f.value.toFixed(), f.unit, f.label ?? null, f.keys?.join(',') ?? null, f.level ?? null]);

test('a text broken over lines as PDF extracts are: 1,144 万 / 元 is one figure, on the line it starts', () => {
  expect(read('深圳市科技交流服务中心预算 2,099 万元，包括人员支出\n\n1,144 万\n元、公用支出 73 万元。')).toEqual([
    [1, 'level', '2099', '万元', '深圳市科技交流服务中心预算', 'income-total,expenditure-total', null],
    [3, 'level', '1144', '万元', '人员支出', 'personnel', null],
    [4, 'level', '73', '万元', '公用支出', 'public', null],
  ]);
});

test('a level and what qualifies it: 上年数, change (signed), rate (signed)', () => {
  expect(read('2022 年部门预算支出 2,099 万元，比 2021 年预算数 1,908 万元增加 191 万元，增长 10.01%。')).toEqual([
    [1, 'level', '2099', '万元', '部门预算支出', 'expenditure-total,current-expenditure', null],
    [1, 'previous', '1908', '万元', null, null, 0],
    [1, 'change', '191', '万元', null, null, 0],
    [1, 'rate', '10.01', '%', null, null, 0],
  ]);
  expect(read('公务用车运行维护费 2022年预算数 0 万元，比 2021年预算数减少 8 万元，下降 53.33%。').slice(1)).toEqual([
    [1, 'change', '-8', '万元', null, null, 0],
    [1, 'rate', '-53.33', '%', null, null, 0],
  ]);
});

test('a heading sentence gives its label to the figure after it (1.因公出国（境）费用。2022年预算数0万元)', () => {
  expect(read('⒈因公出国（境）费用。2022 年预算数 0 万元。')).toEqual([[1, 'level', '0', '万元', '因公出国（境）费用', 'sangong:abroad', null]]);
});

test('a share of the total before 其中', () => {
  const figures = scanNarrative(linesOfText('本年支出总计 2,099 万元，其中：基本支出 1,337 万元，占 63.70%；项目支出 762 万元，占 36.30%。'), seed002Book());
  expect(figures.map((f) => [f.role, f.value.toFixed(), f.level ?? null, f.base ?? null])).toEqual([
    ['level', '2099', null, null],
    ['level', '1337', null, null],
    ['share', '63.7', 1, 0],
    ['level', '762', null, null],
    ['share', '36.3', 3, 0],
  ]);
});

test('shares: half-up each, or adding to 100.00 by the largest remainder', () => {
  const thirds = [1, 1, 1].map((n) => new Decimal(n));
  expect(sharesOf(thirds, new Decimal(3)).map((s) => s.toFixed(2))).toEqual(['33.33', '33.33', '33.33']);
  expect(sharesOf(thirds, new Decimal(3), true).map((s) => s.toFixed(2))).toEqual(['33.34', '33.33', '33.33']);
});

test('amounts in the source style', () => {
  expect(formatAmount(new Decimal('1234567.5'), 2, true)).toBe('1,234,567.50');
  expect(formatAmount(new Decimal('-172.33'), 2, true)).toBe('-172.33');
  expect(formatAmount(new Decimal('2099'), 0, false)).toBe('2099');
});
