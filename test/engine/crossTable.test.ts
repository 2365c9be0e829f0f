/**
 * Cross-table agreement (表间勾稽) on the seed budgets: identities of the same scope hold,
 * all-funds and 财政拨款 tables are never compared, and a consistent change inside one table
 * is caught against the other tables, naming both cells.
 */
import { checkWorkbook } from '../../src/engine';
import type { Finding } from '../../src/engine/types';
import { seedWorkbook, setNumber, numberAt } from '../helpers/fixtures';

const cross = (fs: Finding[]) => fs.filter((f) => f.rule === 'cross-table-mismatch' || (f.rule === 'rounding-tail' && /Cross-table/.test(f.message)));
const brief = (f: Finding) => `${f.rule} ${f.sheet}!${f.cell} ${f.actual}→${f.expected}`;
const seed002 = () => seedWorkbook('seed002-t1.tsv', 'seed002-t4.tsv', 'seed002-t7.tsv', 'seed002-t8.tsv');

describe('seed 000 (深圳市科协 2021, four units)', () => {
  const report = checkWorkbook(seedWorkbook('seed000.tsv'));

  test('the same-scope identities hold; where a printed 类 meets the sum of the units it is a rounding tail', () => {
    // 政府预算拨款收支总表 206 = 6,645 vs 表7 units 4,097 + 333 + 1,016 + 1,198 = 6,644; 208: 288 vs 126 + 32 + 123 + 6 = 287.
    expect(cross(report.findings).filter((f) => f.severity !== 'warning').map(brief)).toEqual(['rounding-tail 表6!D11 6645→6644', 'rounding-tail 表6!D24 288→287']);
    const d11 = report.findings.find((f) => f.sheet === '表6' && f.cell === 'D11')!;
    expect(d11.related).toEqual(['表7!D12', '表7!D40', '表7!D64', '表7!D80']);
  });

  test('all-funds tables (表1–表3, 8,281) and 财政拨款 tables (表6–表8, 7,632) are never compared', () => {
    const allFunds = ['表1', '表2', '表3'];
    // 表4 (基本支出总表) is compared through its 一般公共预算拨款 column only, with the 三公 table 表12.
    const fiscal = ['表4', '表6', '表7', '表8', '表12'];
    for (const f of cross(report.findings)) {
      const own = allFunds.includes(f.sheet) ? allFunds : fiscal;
      for (const r of f.related ?? []) expect(own).toContain(r.includes('!') ? r.split('!')[0] : f.sheet);
    }
  });

  test('one unit raised consistently inside the 一般公共预算支出表 gives cross-table-mismatch naming both cells, and no other error', () => {
    const wb = seedWorkbook('seed000.tsv');
    // 本级 2060702 科普活动 +5 in 支出总计 (D) and 项目支出 (F), carried up to 20607, 206, the unit row and the department row.
    for (const row of [15, 13, 12, 11, 10]) for (const col of ['D', 'F']) setNumber(wb, '表7', `${col}${row}`, numberAt(wb, '表7', `${col}${row}`) + 5);
    const r = checkWorkbook(wb);
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map(brief)).toEqual(['cross-table-mismatch 表6!D11 6645→6649', 'cross-table-mismatch 表6!D49 7632→7637']);
    expect(errors[0].related).toEqual(['表7!D12', '表7!D40', '表7!D64', '表7!D80']);
    expect(errors[1].related).toEqual(['表7!D10']);
    expect(errors[1].message).toContain('财政拨款收支总表');
  });

  test('收支总表 income items = 收入总表 column totals; a changed item is caught', () => {
    const wb = seedWorkbook('seed000.tsv');
    setNumber(wb, '表2', 'C10', 7642); // 收入总表 department row, 一般公共预算拨款 小计
    const r = checkWorkbook(wb);
    expect(cross(r.findings).filter((f) => f.sheet === '表1').map(brief)).toEqual(['cross-table-mismatch 表1!B12 7632→7642']);
    expect(cross(r.findings).find((f) => f.sheet === '表1')!.related).toEqual(['表2!C10']);
  });

  test('per unit, 收入总表 总计 = 支出总表 总计', () => {
    const wb = seedWorkbook('seed000.tsv');
    setNumber(wb, '表3', 'B14', 1464); // 支出总表 深圳市科技开发交流中心 支出总计
    const r = checkWorkbook(wb);
    const unit = cross(r.findings).filter((f) => f.sheet === '表2');
    expect(unit.map(brief)).toEqual(['cross-table-mismatch 表2!B13 1463→1464']);
    expect(unit[0].related).toEqual(['表3!B14']);
    expect(unit[0].message).toContain('深圳市科技开发交流中心');
  });
});

describe('seed 004 (成华区科协 2023, every table on one sheet, 类/款/项 columns)', () => {
  test('收支总表 and 财政拨款收支总表 (一般公共预算 column) meet the 208 rounding tail of the 支出 tables', () => {
    const r = checkWorkbook(seedWorkbook('seed004.tsv'));
    expect(cross(r.findings).map(brief)).toEqual(['rounding-tail 2023年部门预算表!D22 20.98→20.97', 'rounding-tail 2023年部门预算表!E87 20.98→20.97']);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('a 类 changed in the 财政拨款收支总表 一般公共预算 column is caught against the 一般公共预算支出表', () => {
    const wb = seedWorkbook('seed004.tsv');
    setNumber(wb, '2023年部门预算表', 'E99', 12.54); // 住房保障支出 12.45 -> 12.54
    const r = checkWorkbook(wb);
    const f = cross(r.findings).find((x) => x.cell === 'E99')!;
    expect(brief(f)).toBe('cross-table-mismatch 2023年部门预算表!E99 12.54→12.45');
  });
});

describe('seed 002 (深圳市科技交流服务中心 2022)', () => {
  test('一般公共预算支出表 基本支出 (1,337) = 基本支出总表 一般公共预算拨款 (1,337)', () => {
    expect(cross(checkWorkbook(seed002()).findings)).toEqual([]);
  });

  test('a different 基本支出 total is a cross-table-mismatch naming the 基本支出总表 cell', () => {
    const wb = seed002();
    setNumber(wb, 'seed002-t4', 'D6', 1347);
    const f = cross(checkWorkbook(wb).findings);
    expect(f.map(brief)).toEqual(['cross-table-mismatch seed002-t7!E5 1337→1347']);
    expect(f[0].related).toEqual(["'seed002-t4'!D6"]); // quoted like Excel: the name has a hyphen
  });
});

describe('三公 公务接待费 / 公务用车运行维护费 against the basic-expenditure items 30217 / 30231 (a warning: project money can carry them too)', () => {
  test('seed 000: the 2021 三公 figures (4 and 7) exceed the 基本支出总表 items (1 and 4): two warnings naming both cells', () => {
    const f = checkWorkbook(seedWorkbook('seed000.tsv')).findings.filter((x) => x.rule === 'cross-table-mismatch');
    expect(f.map((x) => `${x.severity} ${brief(x)} ${x.related}`)).toEqual([
      'warning cross-table-mismatch 表12!E12 4→1 表4!D11',
      'warning cross-table-mismatch 表12!H12 7→4 表4!D15',
    ]);
    expect(f[0].message).toContain('项目支出也可安排');
  });

  test('seed 004: 0.66 and 2.00 agree; a changed 30217 in the 基本支出表 gives one warning at the 三公 cell', () => {
    expect(cross(checkWorkbook(seedWorkbook('seed004.tsv')).findings).filter((x) => x.severity === 'warning')).toEqual([]);
    const wb = seedWorkbook('seed004.tsv');
    setNumber(wb, '2023年部门预算表', 'E168', 0.56); // 30217 公务接待费 合计
    const f = cross(checkWorkbook(wb).findings).filter((x) => x.severity === 'warning');
    expect(f.map(brief)).toEqual(['cross-table-mismatch 2023年部门预算表!H194 0.66→0.56']);
    expect(f[0].related).toEqual(['E168']);
  });
});
