import { bundledCatalog, catalogFromRows, type Catalog } from '../../src/engine/catalog';
import { codeNameMismatch } from '../../src/engine/rules/codeNameMismatch';
import { hierarchyBreak } from '../../src/engine/rules/hierarchyBreak';
import { unknownCode } from '../../src/engine/rules/unknownCode';
import type { Finding } from '../../src/engine/types';
import {
  basicTable,
  chengduTable,
  replaceLine,
  SEED000_T7,
  SEED002_T7,
  SEED002_T7_SOUND,
  SEED004_BASIC,
  SEED004_GENERAL,
  SEED004_PROJECT,
  SEED004_SUMMARY,
  shenzhenTable,
  type Built,
} from './seedTables';

const catalog = bundledCatalog();

/** All three code rules, as checkWorkbook will run them. */
function allCodeFindings(built: Built, cat: Catalog = catalog): Finding[] {
  const options = { workbook: built.workbook };
  return [...unknownCode(built.tables, cat, options), ...codeNameMismatch(built.tables, cat, options), ...hierarchyBreak(built.tables, cat, options)];
}

/** The fields a reader acts on: rule, severity, where. */
function brief(f: Finding): [string, string, string, string] {
  return [f.rule, f.severity, f.sheet, f.cell];
}

describe('every real code in seeds 000, 002 and 004 passes', () => {
  it('seed 000 表7 (2021, four units, codes in one column)', () => {
    expect(allCodeFindings(shenzhenTable(SEED000_T7, 2021))).toEqual([]);
  });

  it('seed 002 表7 (2022) without the doubtful 20609 rows', () => {
    expect(allCodeFindings(shenzhenTable(SEED002_T7_SOUND, 2022))).toEqual([]);
  });

  it('seed 004 一般公共预算支出预算表 and 部门支出总表 (2023, 类|款|项 split, only 项 rows, unsorted)', () => {
    expect(allCodeFindings(chengduTable(SEED004_GENERAL, 2023))).toEqual([]);
    expect(allCodeFindings(chengduTable(SEED004_SUMMARY, 2023, 'expenditure-summary', '部门支出总表'))).toEqual([]);
  });

  it('seed 004 项目支出表: the code row names a project (2023年科普专项), not a subject', () => {
    expect(allCodeFindings(chengduTable(SEED004_PROJECT, 2023, 'project-expenditure', '一般公共预算项目支出预算表'))).toEqual([]);
  });

  it('seed 004 基本支出表 (economic 301/302/303 with local 7-digit sub-items)', () => {
    expect(allCodeFindings(basicTable(SEED004_BASIC, 2023))).toEqual([]);
  });

  it('a table without a year is read with the newest catalog year', () => {
    expect(allCodeFindings(shenzhenTable(SEED000_T7, null))).toEqual([]);
  });
});

describe('the doubtful real case: seed 002 prints 20609 / 2060999 其他科学技术支出', () => {
  it('gives two unknown-code warnings (bundled catalog incomplete) pointing at 20699 / 2069999', () => {
    const findings = allCodeFindings(shenzhenTable(SEED002_T7, 2022));
    // Row indexes: 4 unit, 5 206, 6 20605, 7 2060599, 8 20608, 9 2060899, 10 20609, 11 2060999.
    expect(findings.map(brief)).toEqual([
      ['unknown-code', 'warning', '表7', 'B11'],
      ['unknown-code', 'warning', '表7', 'B12'],
    ]);
    expect(findings[0].message).toContain('科目编码 20609 不在 2022 年支出功能分类科目中');
    expect(findings[0].message).toContain('内置目录不完整');
    expect(findings[0].message).toContain('在目录中对应 20699');
    expect(findings[1].message).toContain('在目录中对应 2069999');
    expect(findings[1].related).toEqual(['C12']);
  });
});

describe('mutated copies of seed 000 表7 give exactly the expected finding', () => {
  // Row indexes: 4 group, 5 本级, 6 206, 7 20607, 8–13 2060701…2060799, 14 208, 15 20805, 16 2080501,
  // 17 2080505, 18 2080506 … 26 专家委员会办公室, 27 206, 28 20605, 29 2060501.
  it('a wrong code: 2060799 → 2060798 (unknown-code warning at B14, name points to 2060799)', () => {
    const text = replaceLine(SEED000_T7, '2060799	其他科学技术普及支出	298		298', '2060798	其他科学技术普及支出	298		298');
    const findings = allCodeFindings(shenzhenTable(text, 2021));
    expect(findings.map(brief)).toEqual([['unknown-code', 'warning', '表7', 'B14']]);
    expect(findings[0].message).toBe(
      '科目编码 2060798 不在 2021 年支出功能分类科目中；内置目录不完整，该编码可能有效，请对照当年《政府收支分类科目》核实。 名称“其他科学技术普及支出”在目录中对应 2060799。' +
        ' / Code 2060798 is not in the 2021 functional classification; the bundled catalog may be incomplete, so the code may be valid: check it against the year’s official catalog. The name matches 2060799 in the catalog.',
    );
  });

  it('a wrong name: 2080505 named 机关事业单位职业年金缴费支出 (code-name-mismatch at B18)', () => {
    const text = replaceLine(SEED000_T7, '2080505	机关事业单位基本养老保险缴费支出	42	42', '2080505	机关事业单位职业年金缴费支出	42	42');
    const findings = allCodeFindings(shenzhenTable(text, 2021));
    expect(findings.map(brief)).toEqual([['code-name-mismatch', 'warning', '表7', 'B18']]);
    expect(findings[0].message).toContain('项 2080505 的名称应为“机关事业单位基本养老保险缴费支出”，表中为“机关事业单位职业年金缴费支出”');
    expect(findings[0].message).toContain('是 2080506 的名称');
    expect(findings[0].related).toEqual(['C18']);
  });

  it('a 项 under another 款: 2060701 机构运行 right under 款 20605 (hierarchy-break at B30)', () => {
    const text = replaceLine(SEED000_T7, '2060501	机构运行	142	142', '2060701	机构运行	142	142');
    const findings = allCodeFindings(shenzhenTable(text, 2021));
    expect(findings.map(brief)).toEqual([['hierarchy-break', 'error', '表7', 'B30']]);
    expect(findings[0].message).toBe(
      '项 2060701 列在款 20605 之下，但其上级应为款 20607（本段未列出款 20607 的行）。 / 项 2060701 sits under 款 20605; its parent is 款 20607 (no 款 20607 row in this block).',
    );
    expect(findings[0].related).toEqual(['B29']);
  });

  it('a 项 moved into another 类’s block: 2060799 listed after 2080506 (hierarchy-break at B19)', () => {
    const line = '2060799	其他科学技术普及支出	298		298';
    const moved = replaceLine(replaceLine(SEED000_T7, line, null), '2080506	机关事业单位职业年金缴费支出	20	20', `2080506	机关事业单位职业年金缴费支出	20	20\n${line}`);
    const findings = allCodeFindings(shenzhenTable(moved, 2021));
    expect(findings.map(brief)).toEqual([['hierarchy-break', 'error', '表7', 'B19']]);
    expect(findings[0].message).toBe('项 2060799 列在款 20805 之下，但其上级应为款 20607。 / 项 2060799 sits under 款 20805; its parent is 款 20607.');
    expect(findings[0].related).toEqual(['B15']);
  });

  it('a missing 款 row: 20805 dropped from 本级 (one hierarchy-break at 2080501, B16)', () => {
    const text = replaceLine(SEED000_T7, '20805	行政事业单位养老支出	126	126', null);
    const findings = allCodeFindings(shenzhenTable(text, 2021));
    expect(findings.map(brief)).toEqual([['hierarchy-break', 'error', '表7', 'B16']]);
    expect(findings[0].message).toContain('项 2080501 上方缺少款 20805 的行');
    expect(findings[0].related).toEqual(['B17', 'B18']); // 2080505, 2080506 share the missing 款
  });

  it('a missing 类 row: 221 dropped from 本级 (one hierarchy-break at 22102, B23)', () => {
    const text = replaceLine(SEED000_T7, '221	住房保障支出	277	277', null);
    const findings = allCodeFindings(shenzhenTable(text, 2021));
    // 22102 now sits right under 款 21011's 类 210.
    expect(findings.map(brief)).toEqual([['hierarchy-break', 'error', '表7', 'B23']]);
    expect(findings[0].message).toContain('款 22102 列在类 210 之下，但其上级应为类 221（本段未列出类 221 的行）');
  });

  it('a code of the wrong length: 206070 (hierarchy-break only)', () => {
    const text = replaceLine(SEED000_T7, '2060702	科普活动	2,858		2,858', '206070	科普活动	2,858		2,858');
    const findings = allCodeFindings(shenzhenTable(text, 2021));
    expect(findings.map(brief)).toEqual([['hierarchy-break', 'error', '表7', 'B10']]);
    expect(findings[0].message).toContain('编码“206070”有 6 位');
  });
});

describe('years and former names', () => {
  it('卫生健康支出 printed as 医疗卫生与计划生育支出 in 2021 names the year it changed', () => {
    const text = replaceLine(SEED000_T7, '210	卫生健康支出	19	19', '210	医疗卫生与计划生育支出	19	19');
    const findings = allCodeFindings(shenzhenTable(text, 2021));
    expect(findings.map(brief)).toEqual([['code-name-mismatch', 'warning', '表7', 'B20']]);
    expect(findings[0].message).toContain('“医疗卫生与计划生育支出”是 210 的旧称，2019 年起改为“卫生健康支出”');
    expect(findings[0].message).toContain('renamed “卫生健康支出” from 2019');
  });

  /** Seed 000 表7 as a pre-2019 table would print it: every 210 row with the old name. */
  const oldNames = SEED000_T7.replace(/^210\t卫生健康支出/gm, '210\t医疗卫生与计划生育支出');

  it('the old name is right in a 2018 table, and the new name is flagged there', () => {
    const old = oldNames;
    expect(codeNameMismatch(shenzhenTable(old, 2018).tables, catalog)).toEqual([]);
    const findings = codeNameMismatch(shenzhenTable(SEED000_T7, 2018).tables, catalog);
    expect(findings.map(brief)).toEqual([
      ['code-name-mismatch', 'warning', '表7', 'B20'],
      ['code-name-mismatch', 'warning', '表7', 'B37'],
      ['code-name-mismatch', 'warning', '表7', 'B53'],
    ]);
    expect(findings[0].message).toContain('是 210 自 2019 年起的名称，2018 年应为“医疗卫生与计划生育支出”');
  });

  it('CheckOptions.year stands in for a table without a year', () => {
    expect(codeNameMismatch(shenzhenTable(oldNames, null).tables, catalog, { year: 2018 })).toEqual([]);
    expect(codeNameMismatch(shenzhenTable(oldNames, null).tables, catalog).map(brief)).toEqual([
      ['code-name-mismatch', 'warning', '表7', 'B20'],
      ['code-name-mismatch', 'warning', '表7', 'B37'],
      ['code-name-mismatch', 'warning', '表7', 'B53'],
    ]);
  });
});

describe('severity of unknown-code', () => {
  const table2023 = `unit:某单位	10	10
206	科学技术支出	10	10
20605	科技条件与服务	10	10
2060598	其他科技条件与服务支出	10	10`;

  it('is an error where the bundled catalog lists the whole 款 (20605 in 2023)', () => {
    const findings = unknownCode(shenzhenTable(table2023, 2023).tables, catalog);
    expect(findings.map(brief)).toEqual([['unknown-code', 'error', '表7', 'B8']]);
    expect(findings[0].message).toContain('内置目录列有款 20605 下的全部项');
    expect(findings[0].message).toContain('在目录中对应 2060599');
  });

  it('is a warning for the same 款 in a year the source does not cover (2021)', () => {
    expect(unknownCode(shenzhenTable(table2023, 2021).tables, catalog).map(brief)).toEqual([['unknown-code', 'warning', '表7', 'B8']]);
  });

  it('is an error with a catalog the user loaded', () => {
    const official = catalogFromRows(
      [['科目编码', '科目名称'], ['206', '科学技术支出'], ['20607', '科学技术普及'], ['2060701', '机构运行'], ['2060702', '科普活动'], ['2060799', '其他科学技术普及支出']],
      { year: 2021 },
    );
    const text = `unit:某单位	10	10
206	科学技术支出	10	10
20607	科学技术普及	10	10
2060702	科普活动	5	5
2060798	其他科学技术普及支出	5	5`;
    const findings = allCodeFindings(shenzhenTable(text, 2021), official);
    expect(findings.map(brief)).toEqual([['unknown-code', 'error', '表7', 'B9']]);
    expect(findings[0].message).toContain('（所载入的科目目录）');
  });
});

describe('split 类 | 款 | 项 cells (seed 004 layout)', () => {
  // Rows: 4 合计, 5 (unnamed), 6 本级, 7 2101199, 8 2210201, 9 2080506, 10 2060101, 11 2089999,
  // 12 2101103, 13 2101101, 14 2060702, 15 2080505.
  it('a one-digit 款 (206 | 7 | 02) does not join: hierarchy-break at the 款 cell B15', () => {
    const text = replaceLine(SEED004_GENERAL, '206	07	02	345	科普活动	150.00	150.00', '206	7	02	345	科普活动	150.00	150.00');
    const findings = allCodeFindings(chengduTable(text, 2023));
    expect(findings.map(brief)).toEqual([['hierarchy-break', 'error', '一般公共预算支出预算表', 'B15']]);
    expect(findings[0].message).toContain('类/款/项分列编码“206 | 7 | 02”不能拼成有效的科目编码');
  });

  it('a 项 without its 款 (206 | | 02): hierarchy-break at the 项 cell C15', () => {
    const text = replaceLine(SEED004_GENERAL, '206	07	02	345	科普活动	150.00	150.00', '206		02	345	科普活动	150.00	150.00');
    const findings = allCodeFindings(chengduTable(text, 2023));
    expect(findings.map(brief)).toEqual([['hierarchy-break', 'error', '一般公共预算支出预算表', 'C15']]);
  });

  it('a wrong name in the split layout is reported at the 项 cell (C15)', () => {
    const text = replaceLine(SEED004_GENERAL, '206	07	02	345	科普活动	150.00	150.00', '206	07	02	345	学术交流活动	150.00	150.00');
    const findings = allCodeFindings(chengduTable(text, 2023));
    expect(findings.map(brief)).toEqual([['code-name-mismatch', 'warning', '一般公共预算支出预算表', 'C15']]);
    expect(findings[0].message).toContain('是 2060704 的名称');
    expect(findings[0].related).toEqual(['E15']);
  });

  it('economic: a 款 whose full code disagrees with its 类 | 款 parts (301 | 14 | 30104)', () => {
    const text = replaceLine(SEED004_BASIC, '301	14	30114	医疗费	0.05	0.05', '301	14	30104	医疗费	0.05	0.05');
    const findings = allCodeFindings(basicTable(text, 2023));
    // Rows: 4 合计, 5 (unnamed), 6 unit, 7 301, 8 30114.
    expect(findings.map(brief)).toEqual([['hierarchy-break', 'error', '一般公共预算基本支出预算表', 'C9']]);
  });

  it('economic: a 款 outside its 类 (30217 公务接待费 listed under 301)', () => {
    const text = replaceLine(SEED004_BASIC, '301	14	30114	医疗费	0.05	0.05', '302	17	30217	公务接待费	0.05	0.05');
    const findings = allCodeFindings(basicTable(text, 2023));
    expect(findings.map(brief)).toEqual([['hierarchy-break', 'error', '一般公共预算基本支出预算表', 'C9']]);
    expect(findings[0].message).toContain('款 30217 列在类 301 之下，但其上级应为类 302');
  });
});
