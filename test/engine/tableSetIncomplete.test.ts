import { checkWorkbook } from '../../src/engine';
import { seedWorkbook } from '../helpers/fixtures';

const missing = (files: string[]) =>
  checkWorkbook(seedWorkbook(...files))
    .findings.filter((f) => f.rule === 'table-set-incomplete')
    .map((f) => `${f.sheet}!${f.cell} ${f.message.split('（')[0]}`);

describe('table-set-incomplete', () => {
  test('seed 000 holds every standard table: nothing to report', () => {
    expect(missing(['seed000.tsv'])).toEqual([]);
  });

  test('seed 004 as transcribed lacks the 收入总表, 政府性基金 and 国有资本经营 tables (its PDF lists them as 二、十、十二)', () => {
    expect(missing(['seed004.tsv'])).toEqual([
      '2023年部门预算表!A7 工作簿中没有部门收入总表',
      '2023年部门预算表!A7 工作簿中没有政府性基金预算支出表',
      '2023年部门预算表!A7 工作簿中没有国有资本经营预算支出表',
    ]);
  });

  test('seed 002 (four tables transcribed) lists the five others', () => {
    expect(missing(['seed002-t1.tsv', 'seed002-t4.tsv', 'seed002-t7.tsv', 'seed002-t8.tsv']).map((m) => m.replace(/^.* 工作簿中没有/, ''))).toEqual([
      '部门收入总表',
      '部门支出总表',
      '财政拨款收支总表',
      '政府性基金预算支出表',
      '国有资本经营预算支出表',
    ]);
  });

  test('a workbook with only a 三公 table is a working file, not an incomplete set', () => {
    expect(missing(['seed003-sangong.tsv'])).toEqual([]);
  });
});
