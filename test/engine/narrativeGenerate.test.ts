/**
 * Generated 说明 paragraphs on the seed tables: sentences written out by hand, and checked against the
 * sentences the seeds publish (seed 004 with the 2022 figures it quotes as a previous-year workbook).
 */
import { checkWorkbook } from '../../src/engine';
import { checkNarrativeText, generateNarrative, type NarrativeOptions, type NarrativeParagraph } from '../../src/engine/narrative';
import type { Workbook } from '../../src/engine/workbook';
import { readFileSync } from 'fs';
import * as path from 'path';
import { workbookFromTsv } from '../../scripts/tsvWorkbook';
import { seedText, seedWorkbook } from '../helpers/fixtures';

const SHEET = '2023年部门预算表';
const PREV = '[seed004-prev-2022.tsv]2022年一般公共预算支出预算表';

function generate(wb: Workbook, options: NarrativeOptions = {}): Record<string, NarrativeParagraph> {
  return Object.fromEntries(generateNarrative(checkWorkbook(wb), wb, options).map((p) => [p.id, p]));
}

function seed004WithPrevious(options: NarrativeOptions = {}) {
  const prev = seedWorkbook('seed004-prev-2022.tsv');
  return generate(seedWorkbook('seed004.tsv'), { previous: { report: checkWorkbook(prev), workbook: prev }, department: '成华区科学技术协会', ...options });
}

describe('seed 004 with its 2022 figures as the previous year', () => {
  const published = seedText('seed004-narrative.txt');
  const p = seed004WithPrevious();

  test('the paragraphs, in the order budgets print them', () => {
    expect(Object.keys(p)).toEqual(['overview', 'fiscal-overview', 'income', 'expenditure', 'general-budget-scale', 'general-budget-structure', 'general-budget-items', 'basic', 'sangong']);
  });

  test('一般公共预算当年拨款 350.22 万元, 减少 172.33 万元, 下降 32.98%: the published sentence', () => {
    const text = '成华区科学技术协会 2023 年一般公共预算当年拨款 350.22 万元，比 2022 年预算数 522.55 万元减少 172.33 万元，下降 32.98%。';
    expect(p['general-budget-scale'].text).toBe(text);
    // Published: "…下降 32.98%，变动的主要原因是科普项目经费大幅度核减。"
    expect(published).toContain(text.slice(0, -1) + '，变动的主要原因');
    expect(p['general-budget-scale'].figures).toEqual([
      { label: '一般公共预算当年拨款', value: '350.22', unit: '万元', cells: [`${SHEET}!H117`] },
      { label: '一般公共预算当年拨款（2022年）', value: '522.55', unit: '万元', cells: [`${PREV}!G6`] },
      { label: '一般公共预算当年拨款比上年增减', value: '-172.33', unit: '万元', cells: [`${SHEET}!H117`, `${PREV}!G6`] },
      { label: '一般公共预算当年拨款增减率', value: '-32.98', unit: '%', cells: [`${SHEET}!H117`, `${PREV}!G6`] },
    ]);
  });

  test('by 类 with 占比 88.19%, 5.99%, 2.26%, 3.55% (each rounded half-up, as published: they add to 99.99%)', () => {
    const text = '科学技术（206）支出 308.86 万元，占 88.19%；社会保障和就业（208）支出 20.98 万元，占 5.99%；卫生健康（210）支出 7.93 万元，占 2.26%；住房保障（221）支出 12.45 万元，占 3.55%。';
    expect(p['general-budget-structure'].text).toBe(text);
    expect(published).toContain(text);
    // 20.98 as the 财政拨款收支总表 prints it, not 20.97 summed from the 一般公共预算支出表's 项.
    expect(p['general-budget-structure'].figures.slice(2, 4)).toEqual([
      { label: '社会保障和就业（208）支出', value: '20.98', unit: '万元', cells: [`${SHEET}!E87`] },
      { label: '社会保障和就业（208）支出占比', value: '5.99', unit: '%', cells: [`${SHEET}!E87`, `${SHEET}!H117`] },
    ]);
  });

  test('shares that add to 100.00% on request: the largest remainder (3.5549 → 3.56) takes the missing 0.01', () => {
    expect(seed004WithPrevious({ sharesAddTo100: true })['general-budget-structure'].text).toBe(
      '科学技术（206）支出 308.86 万元，占 88.19%；社会保障和就业（208）支出 20.98 万元，占 5.99%；卫生健康（210）支出 7.93 万元，占 2.26%；住房保障（221）支出 12.45 万元，占 3.56%。',
    );
  });

  test('each 项 with its change: 行政运行 158.86 vs 187.09, 公务员医疗补助 0.48 vs 0.54', () => {
    const lines = p['general-budget-items'].text.split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe('1、科学技术支出（206）科学技术管理事务（01）行政运行（01）预算数为 158.86 万元，比 2022 年预算数 187.09 万元减少 28.23 万元，下降 15.09%。');
    // Published with 减少 for the rate: "…减少 28.23 万元，减少 15.09%".
    expect(published).toContain('1、科学技术支出（206）科学技术管理事务（01）行政运行（01）预算数为 158.86 万元，比 2022 年预算数 187.09 万元减少 28.23 万元');
    expect(lines[6]).toBe('7、卫生健康支出（210）行政事业单位医疗（11）公务员医疗补助（03）预算数为 0.48 万元，比 2022 年预算数 0.54 万元减少 0.06 万元，下降 11.11%。');
    expect(lines[8]).toBe('9、住房保障支出（221）住房改革支出（02）住房公积金（01）预算数为 12.45 万元，比 2022 年预算数 16.36 万元减少 3.91 万元，下降 23.90%。');
  });

  test('支出 composition 57.17% / 42.83% and 基本支出 168.74 / 15.17 / 16.30, as published', () => {
    expect(p.expenditure.text).toBe('成华区科学技术协会 2023 年支出预算 350.22 万元，其中：基本支出 200.22 万元，占 57.17%；项目支出 150.00 万元，占 42.83%。');
    expect(published).toContain('基本支出预算 200.22 万元，占 57.17%');
    expect(published).toContain('占 42.83%');
    // 人员经费 185.04 less 对个人和家庭的补助 16.30 (both in the 人员经费 column): the text lists the 补助 apart.
    expect(p.basic.text).toBe('成华区科学技术协会 2023 年一般公共预算基本支出 200.22 万元，其中：人员经费 168.74 万元，公用经费 15.17 万元，对个人和家庭的补助 16.30 万元。');
    expect(p.basic.figures[1]).toEqual({ label: '人员经费', value: '168.74', unit: '万元', cells: [`${SHEET}!F139`, `${SHEET}!F160`] });
  });

  test('财政拨款收支 and the 三公 items 与上年持平', () => {
    expect(p['fiscal-overview'].text).toBe('2023 年财政拨款收支总预算 350.22 万元。收入包括：一般公共预算拨款收入 350.22 万元；支出包括：科学技术支出 308.86 万元、社会保障和就业支出 20.98 万元、卫生健康支出 7.93 万元、住房保障支出 12.45 万元。');
    expect(published).toContain('支出包括：科学技术支出 308.86 万元、社会保障和就业支出 20.98 万元、卫生健康支出 7.93 万元、住房保障支出 12.45 万元。');
    expect(p.sangong.text).toBe(
      '2023 年“三公”经费预算 2.66 万元，与 2022 年预算数持平。其中：因公出国（境）费 0 万元，与 2022 年预算数持平；公务接待费 0.66 万元，与 2022 年预算数持平；公务用车购置及运行维护费 2.00 万元，与 2022 年预算数持平。公务用车购置及运行维护费中，公务用车购置费 0 万元，与 2022 年预算数持平；公务用车运行维护费 2.00 万元，与 2022 年预算数持平。',
    );
  });

  test('without the previous year: no change clauses, and text without spaces on request', () => {
    const alone = generate(seedWorkbook('seed004.tsv'), { spaces: false });
    expect(alone['general-budget-scale'].text).toBe('成都市成华区科学技术协会本级2023年一般公共预算当年拨款350.22万元。');
    expect(alone['general-budget-scale'].figures).toHaveLength(1);
  });
});

describe('seed 000 (万元, integers, four units)', () => {
  const p = generate(seedWorkbook('seed000.tsv'));

  test('三公 by item, each with its change from the table’s own 2020 rows', () => {
    // 11 − 18 = −7 (−38.89%); 4 − 3 = +1 (+33.33%); 7 − 15 = −8 (−53.33%).
    expect(p.sangong.text).toBe(
      '2021 年“三公”经费预算 11 万元，比 2020 年预算数 18 万元减少 7 万元，下降 38.89%。其中：因公出国（境）费 0 万元，与 2020 年预算数持平；公务接待费 4 万元，比 2020 年预算数 3 万元增加 1 万元，增长 33.33%；公务用车购置及运行维护费 7 万元，比 2020 年预算数 15 万元减少 8 万元，下降 53.33%。公务用车购置及运行维护费中，公务用车购置费 0 万元，与 2020 年预算数持平；公务用车运行维护费 7 万元，比 2020 年预算数 15 万元减少 8 万元，下降 53.33%。',
    );
    expect(p.sangong.figures.slice(0, 4)).toEqual([
      { label: '“三公”经费预算', value: '11', unit: '万元', cells: ['表12!C12'] },
      { label: '“三公”经费预算（2020年）', value: '18', unit: '万元', cells: ['表12!C11'] },
      { label: '“三公”经费预算比上年增减', value: '-7', unit: '万元', cells: ['表12!C12', '表12!C11'] },
      { label: '“三公”经费预算增减率', value: '-38.89', unit: '%', cells: ['表12!C12', '表12!C11'] },
    ]);
  });

  test('thousands separators as printed; 收入 shares 92.16% + 7.84%; 政府采购 by 品目 letter', () => {
    expect(p.overview.text).toBe('深圳市科学技术协会 2021 年部门预算收入总计 8,281 万元；支出总计 8,281 万元。');
    expect(p.income.text).toBe('深圳市科学技术协会 2021 年收入预算 8,281 万元，其中：一般公共预算拨款 7,632 万元，占 92.16%；事业单位经营收入 649 万元，占 7.84%。');
    expect(p.expenditure.text).toBe('深圳市科学技术协会 2021 年支出预算 8,281 万元，其中：基本支出 3,415 万元，占 41.24%；项目支出 4,866 万元，占 58.76%。');
    expect(p.procurement.text).toBe('深圳市科学技术协会 2021 年政府采购预算总额 309 万元，其中：货物采购 0 万元、工程采购 0 万元、服务采购 309 万元。');
    expect(p.procurement.figures[3]).toEqual({ label: '服务采购', value: '309', unit: '万元', cells: ['表11!D9', '表11!D12'] });
  });

  test('no 基本支出 paragraph from a fragment of the 基本支出总表 (表4 has no total row)', () => {
    expect(p.basic).toBeUndefined();
  });
});

test('seed 002: 人员支出 1,114 (工资福利支出), 公用支出 73, 对个人和家庭的补助 150', () => {
  const p = generate(seedWorkbook('seed002-t1.tsv', 'seed002-t4.tsv', 'seed002-t7.tsv', 'seed002-t8.tsv'));
  expect(p.basic.text).toBe('深圳市科技交流服务中心 2022 年基本支出 1,337 万元，其中：人员支出 1,114 万元，公用支出 73 万元，对个人和家庭的补助 150 万元。');
  expect(p.basic.figures.map((f) => [f.label, f.value, f.cells.join(' ')])).toEqual([
    ['基本支出', '1337', "'seed002-t4'!B6"],
    ['人员支出', '1114', "'seed002-t4'!B7"],
    ['公用支出', '73', "'seed002-t4'!B15"],
    ['对个人和家庭的补助', '150', "'seed002-t4'!B28"],
  ]);
});

test('the year before from the table’s own 上年 column (seed 002 表1 with 2021 年预算数 1,908, as its text implies)', () => {
  const wb = workbookFromTsv(readFileSync(path.join(__dirname, '..', 'fixtures', 'variants', 'previous-year-column.tsv'), 'utf8'));
  const p = generate(wb);
  expect(p.overview.text).toBe('深圳市科技交流服务中心 2022 年部门预算收入总计 2,099 万元，比 2021 年预算数 1,908 万元增加 191 万元，增长 10.01%；支出总计 2,099 万元，比 2021 年预算数 1,908 万元增加 191 万元，增长 10.01%。');
  expect(p.overview.figures[1]).toEqual({ label: '收入总计（2021年）', value: '1908', unit: '万元', cells: ["'收支总表-上年列'!C7"] });
  // Seed 002's own sentence agrees with it (增长 10 % at its precision); a wrong change does not.
  const tables = checkWorkbook(wb).tables;
  expect(checkNarrativeText('2022 年深圳市科技交流服务中心  部门预算收入 2,099 万\n元，比 2021 年增加 191 万元，增长 10 %。', tables, wb)).toEqual([]);
  expect(checkNarrativeText('2022 年部门预算支出 2,099 万元，比 2021 年增加 200 万元，增长 10 %。', tables, wb).map((i) => [i.kind, i.expected, i.actual])).toEqual([['change', '191', '200']]);
});

test('what is generated passes the narrative check (seeds 000, 002, 003, 004)', () => {
  for (const files of [['seed000.tsv'], ['seed002-t1.tsv', 'seed002-t4.tsv', 'seed002-t7.tsv', 'seed002-t8.tsv'], ['seed003-sangong.tsv'], ['seed004.tsv']]) {
    const wb = seedWorkbook(...files);
    const report = checkWorkbook(wb);
    const text = generateNarrative(report, wb).map((x) => x.text).join('\n');
    expect(text.length).toBeGreaterThan(0);
    expect(checkNarrativeText(text, report.tables, wb)).toEqual([]);
  }
});
