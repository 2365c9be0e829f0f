/**
 * The 三公 delta fill plan: every cell it writes, computed by hand from the printed seed tables;
 * applied to a copy of the workbook, the check finds no sangong-delta and a second plan is empty.
 */
import { checkWorkbook } from '../../src/engine';
import { applyEditPlan, type CellEdit, type EditPlan } from '../../src/engine/fixes';
import { readSangongTables, sangongDeltaPlan } from '../../src/engine/sangong';
import type { CellValue, Workbook } from '../../src/engine/workbook';
import { cell, onlySheet, seedWorkbook, setNumber } from '../helpers/fixtures';

/** An edit as [cell, after, numberFormat?]; every planned cell was blank or as the test says. */
type Row = [string, CellValue, string?];

function rows(plan: EditPlan): Row[] {
  return plan.edits.map((e: CellEdit) => (e.numberFormat ? [e.cell, e.after, e.numberFormat] : [e.cell, e.after]));
}

function sangongDeltas(wb: Workbook): string[] {
  return checkWorkbook(wb)
    .findings.filter((f) => f.rule === 'sangong-delta')
    .map((f) => `${f.sheet}!${f.cell}`);
}

describe('seed 000 表12: years as rows, no 增减 rows yet', () => {
  const wb = () => onlySheet(seedWorkbook('seed000.tsv'), '表12');

  /*
   * Printed (万元), columns C 总计, D 出国, E 接待, F 车小计, G 购置, H 运行; blank = nothing:
   *   深圳市科学技术协会      2020: 18, _, 3, 15, _, 15     2021: 11, _, 4, 7, _, 7
   *   深圳市科学技术协会本级  2020:  4, _, 1,  3, _, 3      2021: 4.50, _, 1, 3.50, _, 3.50
   *   专家委员会办公室        2020:  4, _, _,  4, _, 4      2021: 0.08, _, 0.08, _, _, _
   *   科技开发交流中心        2020:  6, _, 2,  4, _, 4      2021: 2, _, 2, _, _, _
   *   深圳市科学馆            2020:  4, _, _,  4, _, 4      2021: 4.60, _, 1, 3.60, _, 3.60
   * The table ends at row 20 and nothing is below it, so each unit gets, from row 21 on, a
   * 增减变化金额 row (seed 002's word) and a 增减率 row: change = 2021 − 2020 (blank as 0; nothing
   * when both years are blank), rate = change / 2020 to 2 decimals, `—` when 2020 is 0 or blank.
   * The unit's name goes in column A where the block moves on to another unit (row 21 would
   * otherwise read as 科学馆's, the last unit above it). The department's change is computed from its
   * own printed figures (−7, as its narrative says 比2020年预算减少7万元), not from the units (−6.82).
   */
  const expected: Row[] = [
    ['A21', '深圳市科学技术协会'],
    ['B21', '增减变化金额'],
    ['C21', -7, '#,##0'], // 11 − 18
    ['E21', 1, '#,##0'], // 4 − 3
    ['F21', -8, '#,##0'], // 7 − 15
    ['H21', -8, '#,##0'], // 7 − 15
    ['B22', '增减率'],
    ['C22', '-38.89%', '@'], // −7 / 18 = −38.888…
    ['D22', '—'],
    ['E22', '33.33%', '@'], // 1 / 3
    ['F22', '-53.33%', '@'], // −8 / 15
    ['G22', '—'],
    ['H22', '-53.33%', '@'],
    ['A23', '深圳市科学技术协会本级'],
    ['B23', '增减变化金额'],
    ['C23', 0.5, '#,##0.00'], // 4.50 − 4, shown with 4.50's two decimals
    ['E23', 0, '#,##0'], // 1 − 1
    ['F23', 0.5, '#,##0.00'], // 3.50 − 3
    ['H23', 0.5, '#,##0.00'],
    ['B24', '增减率'],
    ['C24', '12.50%', '@'], // 0.50 / 4
    ['D24', '—'],
    ['E24', '0.00%', '@'],
    ['F24', '16.67%', '@'], // 0.50 / 3 = 16.666…
    ['G24', '—'],
    ['H24', '16.67%', '@'],
    ['A25', '深圳市科技专家委员会办公室'],
    ['B25', '增减变化金额'],
    ['C25', -3.92, '#,##0.00'], // 0.08 − 4
    ['E25', 0.08, '#,##0.00'], // 0.08 − blank
    ['F25', -4, '#,##0'], // blank − 4
    ['H25', -4, '#,##0'],
    ['B26', '增减率'],
    ['C26', '-98.00%', '@'], // −3.92 / 4
    ['D26', '—'],
    ['E26', '—'], // 2020 blank
    ['F26', '-100.00%', '@'],
    ['G26', '—'],
    ['H26', '-100.00%', '@'],
    ['A27', '深圳市科技开发交流中心'],
    ['B27', '增减变化金额'],
    ['C27', -4, '#,##0'], // 2 − 6
    ['E27', 0, '#,##0'], // 2 − 2
    ['F27', -4, '#,##0'], // blank − 4
    ['H27', -4, '#,##0'],
    ['B28', '增减率'],
    ['C28', '-66.67%', '@'], // −4 / 6
    ['D28', '—'],
    ['E28', '0.00%', '@'],
    ['F28', '-100.00%', '@'],
    ['G28', '—'],
    ['H28', '-100.00%', '@'],
    ['A29', '深圳市科学馆'],
    ['B29', '增减变化金额'],
    ['C29', 0.6, '#,##0.00'], // 4.60 − 4
    ['E29', 1, '#,##0'], // 1 − blank
    ['F29', -0.4, '#,##0.00'], // 3.60 − 4
    ['H29', -0.4, '#,##0.00'],
    ['B30', '增减率'],
    ['C30', '15.00%', '@'], // 0.60 / 4
    ['D30', '—'],
    ['E30', '—'], // 2020 blank
    ['F30', '-10.00%', '@'], // −0.40 / 4
    ['G30', '—'],
    ['H30', '-10.00%', '@'],
  ];

  test('the plan matches the hand-computed table, writing only blank cells', () => {
    const plan = sangongDeltaPlan(wb());
    expect(rows(plan)).toEqual(expected);
    expect(plan.edits.every((e) => e.sheet === '表12' && e.before === null)).toBe(true);
  });

  test('applied to a copy: the rows read back as each unit’s 增减 and 增减率, no sangong-delta, and a second plan is empty', () => {
    const original = wb();
    const applied = applyEditPlan(original, sangongDeltaPlan(original));
    expect(cell(original, '表12', 'C21')).toBeUndefined(); // the original is untouched
    expect(cell(applied, '表12', 'C25')).toMatchObject({ value: -3.92, text: '-3.92', numberFormat: '#,##0.00' });
    const [src] = readSangongTables(checkWorkbook(applied).tables, applied);
    expect(src.sangong.units.map((u) => [u.name, u.change?.figures.total?.cell, u.change?.figures.total?.value?.toFixed(2), u.rate?.figures.total?.text])).toEqual([
      ['深圳市科学技术协会', 'C21', '-7.00', '-38.89%'],
      ['深圳市科学技术协会本级', 'C23', '0.50', '12.50%'],
      ['深圳市科技专家委员会办公室', 'C25', '-3.92', '-98.00%'],
      ['深圳市科技开发交流中心', 'C27', '-4.00', '-66.67%'],
      ['深圳市科学馆', 'C29', '0.60', '15.00%'],
    ]);
    expect(sangongDeltas(applied)).toEqual([]);
    expect(checkWorkbook(applied).findings.filter((f) => f.rule === 'invalid-amount')).toEqual([]);
    expect(sangongDeltaPlan(applied).edits).toEqual([]);
  });

  test('nothing is written below the table when a cell there is taken', () => {
    const book = wb();
    const sheet = book.sheets[0];
    sheet.cells[25] = [{ value: '注：本表不含…', text: '注：本表不含…' }]; // A26, a note five rows down
    expect(sangongDeltaPlan(book).edits).toEqual([]);
  });

  test('a plan gone stale is refused by applyEditPlan', () => {
    const book = wb();
    const plan = sangongDeltaPlan(book);
    setNumber(book, '表12', 'C21', 5);
    expect(() => applyEditPlan(book, plan)).toThrow(/表12!C21/);
  });
});

describe('seed 002 表8: a 增减变化金额 row, no 增减率 row', () => {
  test('the change row agrees (all 0), so only a 增减率 row is added under it', () => {
    const book = seedWorkbook('seed002-t8.tsv');
    const plan = sangongDeltaPlan(book);
    // 2021 → 2022: 总计 2 → 2, 出国 0 → 0, 接待 2 → 2, 车 0 → 0 (购置, 运行 0 → 0). The unit above is the
    // same unit, so column A stays blank, as in the table's own 2022年 and 增减变化金额 rows.
    expect(rows(plan)).toEqual([
      ['B9', '增减率'],
      ['C9', '0.00%', '@'],
      ['D9', '—'], // 2021 is 0
      ['E9', '0.00%', '@'],
      ['F9', '—'],
      ['G9', '—'],
      ['H9', '—'],
    ]);
    const applied = applyEditPlan(book, plan);
    expect(sangongDeltas(applied)).toEqual([]);
    expect(sangongDeltaPlan(applied).edits).toEqual([]);
  });

  test('a wrong printed change is replaced in place, as a number with the row’s format', () => {
    const book = seedWorkbook('seed002-t8.tsv');
    setNumber(book, 'seed002-t8', 'E8', 3);
    const plan = sangongDeltaPlan(book);
    expect(plan.edits[0]).toMatchObject({ cell: 'E8', before: 3, after: 0, numberFormat: '#,##0' });
    const applied = applyEditPlan(book, plan);
    expect(sangongDeltas(applied)).toEqual([]);
    expect(sangongDeltaPlan(applied).edits).toEqual([]);
  });
});

describe('seed 003: years as columns, 增减金额 in words', () => {
  /*
   * Its 增减金额 column already agrees (see sangong.test.ts: 减少0.60, 减少0.50, and 减少1.10 = 9.40 − 10.50
   * with the consistent 2021 合计), and 出国 0.00 → 0.00 stays blank as printed, so no 增减 edit.
   * A 增减率 column goes right of 变化原因 (column F, empty), header in the header row 3:
   *   F4 出国 2020 0.00 → —; F5 购置 2020 blank → —; F6 运行 −0.60 / 6.00 = −10.00%;
   *   F7 接待 −0.50 / 4.50 = −11.11%; F8 合计 −1.10 / 10.50 = −10.476…% → −10.48%.
   */
  test('adds a 增减率 column and leaves the agreeing 增减 words alone', () => {
    const book = seedWorkbook('seed003-sangong.tsv');
    const plan = sangongDeltaPlan(book);
    expect(rows(plan)).toEqual([
      ['F3', '增减率'],
      ['F4', '—'],
      ['F5', '—'],
      ['F6', '-10.00%', '@'],
      ['F7', '-11.11%', '@'],
      ['F8', '-10.48%', '@'],
    ]);
    const applied = applyEditPlan(book, plan);
    expect(checkWorkbook(applied).findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(['sangong-mismatch C8']);
    expect(sangongDeltaPlan(applied).edits).toEqual([]);
  });

  test('a missing or wrong 增减 is written in the column’s words', () => {
    const book = seedWorkbook('seed003-sangong.tsv');
    const s = book.sheets[0];
    s.cells[5][3] = undefined; // D6: 运行 5.40 − 6.00 = −0.60
    s.cells[6][3] = { value: '增加0.50', text: '增加0.50' }; // D7: 接待 is −0.50, not +0.50
    const plan = sangongDeltaPlan(book);
    expect(rows(plan).slice(0, 2)).toEqual([
      ['D6', '减少0.60'],
      ['D7', '减少0.50'],
    ]);
    expect(plan.edits[1].before).toBe('增加0.50');
    const applied = applyEditPlan(book, plan);
    expect(sangongDeltas(applied)).toEqual([]);
    expect(sangongDeltaPlan(applied).edits).toEqual([]);
  });
});

describe('seed 004: one year only', () => {
  test('nothing to compare, so nothing to fill', () => {
    expect(sangongDeltaPlan(seedWorkbook('seed004.tsv')).edits).toEqual([]);
  });
});
