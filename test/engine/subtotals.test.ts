import { checkWorkbook } from '../../src/engine';
import type { Finding } from '../../src/engine/types';
import { numberAt, onlySheet, seedWorkbook, setNumber } from '../helpers/fixtures';

const brief = (fs: Finding[]) => fs.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.expected}/${f.actual}`);

describe('seed 000 as published', () => {
  const report = checkWorkbook(seedWorkbook('seed000.tsv'));
  test('no error on tables that add up', () => {
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  test('表7 科学馆 2060705 科技馆站 820 vs 198 + 623 = 821 is a rounding tail', () => {
    const f = report.findings.find((x) => x.sheet === '表7' && x.cell === 'D83')!;
    expect([f.rule, f.severity, f.expected, f.actual]).toEqual(['rounding-tail', 'info', '821', '820']);
    expect(f.related).toEqual(['E83', 'F83']);
  });
  test('every rounding tail of the published tables, written out by hand', () => {
    expect(brief(report.findings)).toEqual([
      'rounding-tail 表1!D15 5474/5475', // 20607 科学技术普及 (code inferred from the name) 5,475 vs 1,031+2,858+70+300+917+298
      'rounding-tail 表2!D10 2765/2766', // 基本支出拨款 912+254+1,017+582
      'rounding-tail 表2!E10 4787/4786', // 履职类项目拨款 3,527+191+446+623
      'rounding-tail 表3!C11 3414/3415',
      'rounding-tail 表3!D11 4867/4866',
      'rounding-tail 表6!D11 6644/6645', // 206 in 财政拨款收支总表 vs Σ of the units' 206 rows in 表7
      'rounding-tail 表6!D15 5295/5296', // 20607 (inferred) 5,296 vs 869+2,858+70+300+900+298
      'rounding-tail 表6!D24 287/288',
      'rounding-tail 表6!D25 287/288', // 20805 行政事业单位养老支出 (inferred) 288 vs 64+50+116+57
      'rounding-tail 表7!E10 2765/2766',
      'rounding-tail 表7!F10 4867/4866',
      'rounding-tail 表7!E11 913/912',
      'rounding-tail 表7!D12 4098/4097', // 206 支出总计 4,097 vs 491 + 3,607
      'rounding-tail 表7!D13 4098/4097',
      'rounding-tail 表7!F13 3606/3607',
      'rounding-tail 表7!D29 276/277', // 22102 住房改革支出 277 vs 61 + 215
      'rounding-tail 表7!E29 276/277',
      'rounding-tail 表7!D56 1462/1463',
      'rounding-tail 表7!E56 1016/1017',
      'rounding-tail 表7!D76 298/297',
      'rounding-tail 表7!E76 298/297',
      'rounding-tail 表7!D79 1204/1205', // 科学馆 1,205 vs 1,198 + 6
      'rounding-tail 表7!D80 1199/1198',
      'rounding-tail 表7!D81 1199/1198',
      'rounding-tail 表7!D83 821/820', // 科技馆站
      'rounding-tail 表12!C12 11.18/11', // 三公 2021 department 11 vs 4.50 + 0.08 + 2 + 4.60
      'cross-table-mismatch 表12!E12 1/4', // warning: 三公 公务接待费 4 vs 基本支出总表 公务接待费 1 (project money may carry the rest)
      'rounding-tail 表12!E12 4.08/4', // 接待 1 + 0.08 + 2 + 1
      'rounding-tail 表12!F12 7.10/7', // 车小计 3.50 + 3.60
      'cross-table-mismatch 表12!H12 4/7', // warning: 三公 公务用车运行维护费 7 vs 基本支出总表 4
      'rounding-tail 表12!H12 7.10/7', // 运行 3.50 + 3.60
    ]);
  });
});

describe('seed 004 as published', () => {
  const report = checkWorkbook(seedWorkbook('seed004.tsv'));
  test('208 社会保障和就业支出 20.98 vs 13.87 + 6.93 + 0.17 = 20.97 is a rounding tail', () => {
    const f = report.findings.find((x) => x.cell === 'D22')!;
    expect([f.rule, f.expected, f.actual]).toEqual(['rounding-tail', '20.97', '20.98']);
    expect(f.related).toEqual(['F63', 'F65', 'F69']);
  });
  test('no error', () => {
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('seed 002 as published', () => {
  test('表7 项目支出 762 at the unit row vs 761 from the classes is a rounding tail', () => {
    const fs = checkWorkbook(seedWorkbook('seed002-t7.tsv')).findings;
    expect(brief(fs.filter((f) => f.rule === 'rounding-tail'))).toEqual(['rounding-tail seed002-t7!E5 1338/1337', 'rounding-tail seed002-t7!F5 761/762']);
    expect(fs.filter((f) => f.rule === 'unknown-code').map((f) => [f.cell, f.severity])).toEqual([['B11', 'warning'], ['B12', 'warning']]);
  });
});

describe('a changed figure is found, and the cell to fix is named', () => {
  test('one 项 row raised by 5 in every amount column it fills: subtotal-mismatch at the 款 cells above, nothing else', () => {
    const wb = onlySheet(seedWorkbook('seed000.tsv'), '表7');
    // 2060702 科普活动 (row 15): 2,858 | | 2,858 -> 2,863 | | 2,863; its row still adds up.
    setNumber(wb, '表7', 'D15', 2863);
    setNumber(wb, '表7', 'F15', 2863);
    const errors = checkWorkbook(wb).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
      ['subtotal-mismatch', 'D13', '4102', '4097'], // 20607 支出总计: 491+2,863+70+300+80+298
      ['subtotal-mismatch', 'F13', '3611', '3607'], // 20607 项目支出: 2,863+70+300+80+298
    ]);
  });

  test('one 项 row’s 基本支出 changed: row-sum-mismatch at its 合计 and subtotal-mismatch at the 款 above, both blaming that cell', () => {
    const wb = onlySheet(seedWorkbook('seed000.tsv'), '表7');
    // 2080505 机关事业单位基本养老保险缴费支出 (row 23): 42 | 42 -> 基本支出 50.
    expect(numberAt(wb, '表7', 'E23')).toBe(42);
    setNumber(wb, '表7', 'E23', 50);
    const errors = checkWorkbook(wb).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.cell, f.expected, f.actual, f.likelyCause])).toEqual([
      ['subtotal-mismatch', 'E21', '134', '126', 'E23'], // 20805 基本支出: 64+50+20
      ['row-sum-mismatch', 'D23', '50', '42', 'E23'],
    ]);
    expect(errors[1].message).toMatch(/E23/);
  });

  test('a 项 total cell itself wrong: both findings point at that cell', () => {
    const wb = onlySheet(seedWorkbook('seed000.tsv'), '表7');
    setNumber(wb, '表7', 'D23', 45);
    const errors = checkWorkbook(wb).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.cell, f.expected, f.actual, f.likelyCause])).toEqual([
      ['subtotal-mismatch', 'D21', '129', '126', 'D23'],
      ['row-sum-mismatch', 'D23', '42', '45', 'D23'],
    ]);
  });
});
