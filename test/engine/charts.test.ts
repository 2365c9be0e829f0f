/** Chart specs (data only) from real seed tables, figures added up by hand. */
import { chartSpecs } from '../../src/engine/format';
import { recognizeWorkbook } from '../../src/engine/recognize';
import { onlySheet, seedWorkbook } from '../helpers/fixtures';

const specsOf = (wb: ReturnType<typeof seedWorkbook>) => chartSpecs(wb, recognizeWorkbook(wb));

test('seed 004: 一般公共预算 by 类 from 项 rows alone (no 类 rows printed), with shares; 三公 for the one year printed', () => {
  const [doughnut, bars] = specsOf(seedWorkbook('seed004.tsv'));
  expect(doughnut).toMatchObject({
    kind: 'doughnut',
    title: '2023年一般公共预算支出结构（按类）',
    anchor: 'K108', // two columns right of the table (A:I), at its title row
    categories: ['206 科学技术支出', '208 社会保障和就业支出', '210 卫生健康支出', '221 住房保障支出'],
    // 206: 158.86 + 150.00; 208: 6.93 + 0.17 + 13.87; 210: 0.08 + 0.48 + 7.37; 221: 12.45 (total 350.21)
    series: [{ name: '金额（万元）', values: ['308.86', '20.97', '7.93', '12.45'] }],
    // 308.86 / 350.21 = 88.193 %, 20.97 / 350.21 = 5.988 %, 7.93 / 350.21 = 2.264 %, 12.45 / 350.21 = 3.555 %
    shares: ['88.19', '5.99', '2.26', '3.56'],
    source: { sheet: '2023年部门预算表', range: 'A108:I128' },
  });
  expect(bars).toMatchObject({
    kind: 'clustered-bar',
    title: '“三公”经费（2023年）',
    categories: ['因公出国（境）费', '公务接待费', '公务用车购置费', '公务用车运行费'],
    series: [{ name: '2023年', values: ['0', '0.66', '0', '2'] }],
  });
});

test('seed 000: 类 rows of four units added up; 三公 for 2020 and 2021 from the department rows', () => {
  const [doughnut, bars] = specsOf(seedWorkbook('seed000.tsv'));
  // 206: 4,097 + 333 + 1,016 + 1,198; 208: 126 + 32 + 123 + 6; 210: 19 + 6 + 26; 221: 277 + 74 + 297 (total 7,630)
  expect(doughnut.series[0].values).toEqual(['6644', '287', '51', '648']);
  expect(doughnut.shares).toEqual(['87.08', '3.76', '0.67', '8.49']);
  expect(bars).toMatchObject({
    sheet: '表12',
    anchor: 'J3',
    series: [
      { name: '2020年', values: ['0', '3', '0', '15'] }, // 深圳市科学技术协会 2020: 接待 3, 运行维护 15
      { name: '2021年', values: ['0', '4', '0', '7'] },
    ],
  });
});

test('三公 with years as columns (seed 003) and as rows with a 增减 row (seed 002)', () => {
  const [s003] = specsOf(seedWorkbook('seed003-sangong.tsv'));
  expect(s003.series).toEqual([
    { name: '2020年', values: ['0', '4.5', '0', '6'] },
    { name: '2021年', values: ['0', '4', '0', '5.4'] },
  ]);
  const [s002] = specsOf(onlySheet(seedWorkbook('seed002-t8.tsv'), 'seed002-t8'));
  expect(s002.series.map((s) => s.name)).toEqual(['2021年', '2022年']);
  expect(s002.series[1].values).toEqual(['0', '2', '0', '0']);
});
