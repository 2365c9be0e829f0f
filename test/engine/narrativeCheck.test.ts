/**
 * narrative-mismatch on the seeds' own texts against their own tables, findings written out by hand,
 * and on short texts with one error each (what is flagged, and what a cautious checker leaves alone).
 */
import { checkWorkbook } from '../../src/engine';
import { checkNarrativeText, type NarrativeIssue } from '../../src/engine/narrative';
import type { Workbook } from '../../src/engine/workbook';
import { workbookFromTsv } from '../../scripts/tsvWorkbook';
import { seedText, seedWorkbook } from '../helpers/fixtures';

const narrativeFindings = (wb: Workbook, narrativeText?: string) => checkWorkbook(wb, { narrativeText }).findings.filter((f) => f.rule === 'narrative-mismatch');

const seed002 = () => seedWorkbook('seed002-t1.tsv', 'seed002-t4.tsv', 'seed002-t7.tsv', 'seed002-t8.tsv');
const seed004 = () => seedWorkbook('seed004.tsv');
const seed004Previous = () => {
  const prev = seedWorkbook('seed004-prev-2022.tsv');
  return { report: checkWorkbook(prev), workbook: prev };
};

/** Issues of a text, in a form that is easy to write out: [line (1-based), kind, expected, actual]. */
function issuesOf(text: string, wb: Workbook, previous?: ReturnType<typeof seed004Previous>): [number, NarrativeIssue['kind'], string, string][] {
  return checkNarrativeText(text, checkWorkbook(wb).tables, wb, previous).map((i) => [i.figure.line + 1, i.kind, i.expected, i.actual]);
}

describe('the seeds’ own narratives against their tables', () => {
  test('seed 002: 人员支出 1,144 万元 where the 基本支出总表 says 工资福利支出 1,114 — and nothing else', () => {
    expect(narrativeFindings(seed002(), seedText('seed002-narrative.txt'))).toEqual([
      {
        rule: 'narrative-mismatch',
        severity: 'error',
        sheet: '',
        cell: 'L142',
        expected: '1114',
        actual: '1144',
        related: ["'seed002-t4'!B7"],
        message: "说明中「人员支出 1,144 万元」与表中人员支出 1,114 万元（'seed002-t4'!B7）不符。The text says 1,144 万元 for 人员支出; the tables say 1,114 万元.",
      },
    ]);
  });

  test('seed 000: 项目支出 "4,866 元" (the tables say 4,866 万元) and 人员支出 "176 元" (the text says 176 万元 two lines up) — and nothing else', () => {
    const findings = narrativeFindings(seedWorkbook('seed000.tsv'), seedText('seed000-narrative.txt'));
    expect(findings.map((f) => [f.sheet, f.cell, f.expected, f.actual, f.related])).toEqual([
      ['', 'L71', '4866', '0.4866', ['表3!D11', '表7!F10']],
      ['', 'L121', '176', '0.0176', ['L119']],
    ]);
    expect(findings[0].message).toBe('说明中「项目支出 4,866 元」单位有误：表中项目支出为 4,866 万元（表3!D11），应为 4,866 万元。Unit slip: the text says 4,866 元 for 项目支出; the tables say 4,866 万元.');
    expect(findings[1].message).toMatch(/^说明中「人员支出 176 元」单位有误：同一说明另处写作 176 万元。/);
  });

  test('seed 004: its text agrees with its tables, alone and with the 2022 workbook (522.55, 187.09, 三公 持平 …)', () => {
    expect(narrativeFindings(seed004(), seedText('seed004-narrative.txt'))).toEqual([]);
    expect(issuesOf(seedText('seed004-narrative.txt'), seed004(), seed004Previous())).toEqual([]);
  });

  test('without a narrative text, a workbook with no text cells gets no narrative finding', () => {
    expect(narrativeFindings(seedWorkbook('seed000.tsv'))).toEqual([]);
  });
});

describe('one error per line (seed 004 tables, 2022 workbook)', () => {
  test('a 类, a change, a rate, a share, a 三公 item, a 上年数', () => {
    const text = [
      '2023 年财政拨款收支总预算 350.22 万元。收入包括：一般公共预算当年拨款收入 350.22 万元；支出包括：科学技术支出 380.86 万元、社会保障和就业支出 20.98 万元。',
      '成华区科学技术协会 2023 年一般公共预算当年拨款 350.22 万元，比 2022 年预算数 522.55 万元减少 127.33 万元，下降 32.98%。',
      '成华区科学技术协会 2023 年一般公共预算当年拨款 350.22 万元，比 2022 年预算数 522.55 万元减少 172.33 万元，下降 23.98%。',
      '2023 年部门预算本年支出总计 350.22 万元，其中：基本支出预算 200.22 万元，占 75.17%；部门项目支出预算 150 万元，占 42.83%。',
      '（二）公务接待费 2023 年预算安排 0.86 万元，与 2022 年度持平。',
      // The 上年数 is wrong; its change and rate follow from it, so only the 上年数 is reported.
      '成华区科学技术协会 2023 年一般公共预算当年拨款 350.22 万元，比 2022 年预算数 525.55 万元减少 175.33 万元，下降 33.36%。',
    ].join('\n');
    expect(issuesOf(text, seed004(), seed004Previous())).toEqual([
      [1, 'mismatch', '308.86', '380.86'],
      [2, 'change', '-172.33', '-127.33'],
      [3, 'rate', '-32.98', '-23.98'],
      [4, 'share', '57.17', '75.17'],
      [5, 'mismatch', '0.66', '0.86'],
      [6, 'previous', '522.55', '525.55'],
    ]);
  });

  test('the cells compared are named', () => {
    const wb = seed004();
    const [issue] = checkNarrativeText('科学技术支出 380.86 万元。', checkWorkbook(wb).tables, wb);
    // 收支总表, 部门支出总表 (two 项 summed), 财政拨款收支总表, 一般公共预算支出预算表 (two 项 summed).
    expect(issue.related).toEqual(['2023年部门预算表!D20', '2023年部门预算表!F64', '2023年部门预算表!F68', '2023年部门预算表!E85', '2023年部门预算表!H123', '2023年部门预算表!H127']);
  });

  test('a figure of the year before, against the year the table itself prints (seed 002 三公 2021 row)', () => {
    expect(issuesOf('2021 年公务接待费预算 9 万元。', seed002())).toEqual([[1, 'mismatch', '2', '9']]);
  });

  test('the change is checked against the year before the table itself prints (seed 000 三公 2020 rows)', () => {
    const text = ['2021年“三公”经费预算11万元，比2020年预算减少8万元。', '2.公务接待费。2021年预算数4万元，与2020年预算持平。', '3.公务用车购置和运行维护费。2021年预算数7万元。'].join('\n');
    expect(issuesOf(text, seedWorkbook('seed000.tsv'))).toEqual([
      [1, 'change', '-7', '-8'],
      [2, 'unchanged', '1', '0'],
    ]);
  });
});

describe('a figure that cannot be attributed is not flagged', () => {
  test.each([
    ['其他商品和服务支出 10 万元（not 商品和服务支出 = 公用支出 73）', '其中其他商品和服务支出 100 万元。'],
    ['部门项目支出预算 (项目支出 762, not 支出预算)', '部门项目支出预算 762 万元。'],
    ['涉及一般公共预算 150 万元 (a project amount)', '实行绩效管理的项目 1 个，涉及一般公共预算 150 万元。'],
    ['a 项 named by its 类 (科学技术支出（206）…行政运行)', '科学技术支出（206）科学技术管理事务（01）行政运行（01）预算数为 999 万元。'],
    ['a change word before the label', '增加公务接待费 5 万元。'],
    ['a year no table prints', '2019 年公务接待费预算 9 万元。'],
    ['机关运行经费 (no table prints it)', '机关运行经费财政拨款预算 0 万元。'],
    ['a figure without a money unit', '人员支出 1,144，公用支出 999 人。'],
  ])('%s', (_why, text) => {
    expect(issuesOf(text, seed002())).toEqual([]);
  });

  test('figures are read in the scope of the unit whose section they are in (seed 000 第三部分)', () => {
    const text = ['第三部分 部门预算支出具体情况', '二、深圳市科技专家委员会办公室', '（一）人员支出 625 万元，主要是在职人员工资福利支出。', '（四）项目支出 3,607 万元。', '第四部分 政府采购预算情况', '政府采购项目纳入 2021 年部门预算共计 309 万元。'].join('\n');
    // 人员支出 of a unit: no table prints it (表4 is a fragment). 项目支出 of 专家委员会办公室 is 191 (表3, 表7).
    expect(issuesOf(text, seedWorkbook('seed000.tsv'))).toEqual([[4, 'mismatch', '191', '3607']]);
  });
});

describe('text cells of the workbook', () => {
  test('a 说明 sheet: the finding is at its cell', () => {
    const lines = seedText('seed002-narrative.txt').split('\n').slice(137, 160);
    const wb = seed002();
    wb.sheets.push(...workbookFromTsv(`##sheet 说明\n${lines.join('\n')}`).sheets);
    expect(narrativeFindings(wb).map((f) => [f.sheet, f.cell, f.expected, f.actual])).toEqual([['说明', 'A5', '1114', '1144']]);
  });
});
