/**
 * 三公 tables read in every layout of the seeds, and the sangong-mismatch / sangong-delta checks.
 * Every expected figure below is copied or computed by hand from the printed seed tables.
 */
import { checkWorkbook } from '../../src/engine';
import { planForFinding } from '../../src/engine/planForFinding';
import { readSangongTables, sangongView, type SangongFigures, type SangongTable } from '../../src/engine/sangong';
import type { Finding } from '../../src/engine/types';
import type { Workbook } from '../../src/engine/workbook';
import { onlySheet, seedWorkbook, setNumber } from '../helpers/fixtures';

const brief = (fs: Finding[]) => fs.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.expected}/${f.actual}`);

function sangongOf(wb: Workbook): SangongTable[] {
  return readSangongTables(checkWorkbook(wb).tables, wb).map((s) => s.sangong);
}

/** Figures as `item=value@cell`, blank as `_`, items in the order given. */
function figures(f: SangongFigures | undefined): string[] {
  return Object.entries(f ?? {}).map(([item, c]) => `${item}=${c!.value === null ? '_' : c!.value.toFixed(c!.decimals)}@${c!.cell}`);
}

function sangongFindings(wb: Workbook): Finding[] {
  const report = checkWorkbook(wb);
  return report.findings.filter((f) => f.table !== undefined && report.tables[f.table].kind === 'sangong');
}

function setText(wb: Workbook, sheet: string, row: number, col: number, text: string | null): void {
  const s = wb.sheets.find((x) => x.name === sheet)!;
  s.cells[row] ??= [];
  s.cells[row][col] = text === null ? undefined : { value: text, text };
}

describe('seed 003: years as columns, 增减 in words, 2021 合计 wrong', () => {
  const wb = () => seedWorkbook('seed003-sangong.tsv');

  test('reads items as rows, 2020 and 2021 as columns, 减少0.60 as −0.60', () => {
    const [t] = sangongOf(wb());
    expect([t.layout, t.itemAxis, t.unit, t.decimals, t.numberFormat, t.years]).toEqual(['years-as-columns', 'rows', '万元', 2, '#,##0.00', [2020, 2021]]);
    expect(t.units).toHaveLength(1);
    const [u] = t.units;
    expect(u.role).toBe('department');
    // 公务用车购置经费 and 公务用车运行经费 rows, and no 车小计 row.
    expect(t.itemLines).toEqual({ abroad: 3, purchase: 4, operation: 5, reception: 6, total: 7 });
    expect(u.years.map((y) => [y.year, y.label])).toEqual([
      [2020, '2020年度预算'],
      [2021, '2021年度预算'],
    ]);
    expect(figures(u.years[0].figures)).toEqual(['abroad=0.00@B4', 'purchase=_@B5', 'operation=6.00@B6', 'reception=4.50@B7', 'total=10.50@B8']);
    expect(figures(u.years[1].figures)).toEqual(['abroad=0.00@C4', 'purchase=_@C5', 'operation=5.40@C6', 'reception=4.00@C7', 'total=10.50@C8']);
    expect(u.change?.label).toBe('增减金额');
    expect(figures(u.change?.figures)).toEqual(['abroad=_@D4', 'purchase=_@D5', 'operation=-0.60@D6', 'reception=-0.50@D7', 'total=-1.10@D8']);
    expect(u.change?.figures.total?.words).toBe(true);
    expect(u.rate).toBeUndefined();
  });

  /*
   * By hand: 2020 合计 10.50 = 0.00 + 6.00 + 4.50 (agrees). 2021 合计 10.50, but 0.00 + 5.40 + 4.00 = 9.40:
   * a sangong-mismatch at C8, expected 9.40, actual 10.50 (beyond the tolerance 4 × 0.005 = 0.02).
   * 增减: 运行 5.40 − 6.00 = −0.60 = 减少0.60; 接待 4.00 − 4.50 = −0.50 = 减少0.50; 出国 0.00 − 0.00 = 0
   * (left blank, as published tables do); 购置 blank both years. 合计 减少1.10: the printed years give
   * 10.50 − 10.50 = 0.00, but the consistent 2021 total 9.40 gives 9.40 − 10.50 = −1.10, which is what
   * is printed. The 增减 is right and the 2021 合计 is wrong (the seed's README says so): no sangong-delta.
   */
  test('exactly one sangong-mismatch, at the 2021 合计 (C8): expected 9.40, actual 10.50; no sangong-delta', () => {
    const found = sangongFindings(wb());
    expect(brief(found)).toEqual(['sangong-mismatch seed003-sangong!C8 9.40/10.50']);
    expect(found[0].severity).toBe('error');
    expect(found[0].related).toEqual(['C4', 'C7', 'C6']); // 出国, 接待, 运行 (购置 blank)
    expect(found[0].message).toContain('0.00 + 4.00 + 5.40 = 9.40');
    expect(found[0].message).toContain('增减栏 减少1.10（D8）与各项之和相符');
  });

  test('the 增减 in words is not reported as an invalid amount', () => {
    expect(checkWorkbook(wb()).findings.filter((f) => f.rule === 'invalid-amount')).toEqual([]);
  });

  test('the fix for the mismatch writes 9.40 into C8', () => {
    const book = wb();
    const [f] = sangongFindings(book);
    const plan = planForFinding(f, book)!;
    expect(plan.edits).toEqual([expect.objectContaining({ sheet: 'seed003-sangong', cell: 'C8', before: 10.5, after: 9.4 })]);
  });

  test('a wrong 增减 in words: 减少0.10 for 合计 is a sangong-delta, fixed as 减少1.10', () => {
    const book = wb();
    setText(book, 'seed003-sangong', 7, 3, '减少0.10');
    const found = sangongFindings(book).filter((f) => f.rule === 'sangong-delta');
    expect(brief(found)).toEqual(['sangong-delta seed003-sangong!D8 -1.10/-0.10']);
    expect(found[0].severity).toBe('warning');
    expect(found[0].related).toEqual(['C8', 'B8']);
    const plan = planForFinding(found[0], book)!;
    expect(plan.edits).toEqual([expect.objectContaining({ cell: 'D8', before: '减少0.10', after: '减少1.10' })]);
  });

  test('a missing 增减 where the year changed is a sangong-delta; a missing one where nothing changed is not', () => {
    const book = wb();
    setText(book, 'seed003-sangong', 5, 3, null); // D6 (运行 −0.60) emptied
    const found = sangongFindings(book).filter((f) => f.rule === 'sangong-delta');
    // D4 (出国 0.00 → 0.00) stays blank without a finding.
    expect(brief(found)).toEqual(['sangong-delta seed003-sangong!D6 -0.60/undefined']);
    expect(planForFinding(found[0], book)!.edits).toEqual([expect.objectContaining({ cell: 'D6', before: null, after: '减少0.60' })]);
  });

  test('the view lists each item with both years, the change and the rate', () => {
    const book = wb();
    const view = sangongView(checkWorkbook(book), book);
    expect(view.map((r) => [r.item, r.previous, r.current, r.change, r.rate, r.printedChange, r.cells.change])).toEqual([
      ['abroad', '0.00', '0.00', '0.00', '—', null, 'D4'],
      ['purchase', null, null, null, '—', null, 'D5'],
      ['operation', '6.00', '5.40', '-0.60', '-10.00%', '-0.60', 'D6'],
      ['reception', '4.50', '4.00', '-0.50', '-11.11%', '-0.50', 'D7'],
      // 合计 from the consistent 9.40: (9.40 − 10.50) / 10.50 = −10.476…% → −10.48%
      ['total', '10.50', '10.50', '-1.10', '-10.48%', '-1.10', 'D8'],
    ]);
    expect(view[4]).toMatchObject({ sheet: 'seed003-sangong', table: 0, previousYear: 2020, currentYear: 2021, cells: { previous: 'B8', current: 'C8' } });
  });
});

describe('seed 000 表12: years as rows under each unit', () => {
  const wb = () => onlySheet(seedWorkbook('seed000.tsv'), '表12');

  test('reads the department first, then four units, 2020 and 2021 each', () => {
    const [t] = sangongOf(wb());
    expect([t.layout, t.itemAxis, t.labelCol, t.yearCol, t.years]).toEqual(['years-as-rows', 'columns', 0, 1, [2020, 2021]]);
    expect(t.itemLines).toEqual({ total: 2, abroad: 3, reception: 4, vehicles: 5, purchase: 6, operation: 7 });
    expect(t.units.map((u) => [u.name, u.role, u.labelCell, u.rows])).toEqual([
      ['深圳市科学技术协会', 'department', 'A11', [10, 11]],
      ['深圳市科学技术协会本级', 'unit', 'A13', [12, 13]],
      ['深圳市科技专家委员会办公室', 'unit', 'A15', [14, 15]],
      ['深圳市科技开发交流中心', 'unit', 'A17', [16, 17]],
      ['深圳市科学馆', 'unit', 'A19', [18, 19]],
    ]);
    const [dept, benji, expert] = t.units;
    expect(figures(dept.years[0].figures)).toEqual(['total=18@C11', 'abroad=_@D11', 'reception=3@E11', 'vehicles=15@F11', 'purchase=_@G11', 'operation=15@H11']);
    expect(figures(dept.years[1].figures)).toEqual(['total=11@C12', 'abroad=_@D12', 'reception=4@E12', 'vehicles=7@F12', 'purchase=_@G12', 'operation=7@H12']);
    expect(figures(benji.years[1].figures)).toEqual(['total=4.50@C14', 'abroad=_@D14', 'reception=1@E14', 'vehicles=3.50@F14', 'purchase=_@G14', 'operation=3.50@H14']);
    expect(figures(expert.years[1].figures)).toEqual(['total=0.08@C16', 'abroad=_@D16', 'reception=0.08@E16', 'vehicles=_@F16', 'purchase=_@G16', 'operation=_@H16']);
    expect(dept.change).toBeUndefined();
  });

  /*
   * By hand, 2021 department row vs the four units (tolerance ½ unit of each printed figure):
   *   总计 11 vs 4.50 + 0.08 + 2 + 4.60 = 11.18, |0.18| ≤ 0.5 + 0.005 + 0.005 + 0.5 + 0.005 = 1.015
   *   接待 4 vs 1 + 0.08 + 2 + 1 = 4.08, |0.08| ≤ 0.5 + 0.5 + 0.005 + 0.5 + 0.5 = 2.005
   *   车小计 7 vs 3.50 + 3.60 = 7.10, |0.10| ≤ 0.5 + 0.005 + 0.005 = 0.51; 运行 the same
   * 2020: 18 = 4 + 4 + 6 + 4, 3 = 1 + 2, 15 = 3 + 4 + 4 + 4: equal. Each unit's 总计 = 接待 + 车小计 exactly.
   */
  test('the 2021 department total 11 vs 11.18 from the units is a rounding tail, not an error', () => {
    const found = sangongFindings(wb());
    expect(brief(found)).toEqual([
      'rounding-tail 表12!C12 11.18/11',
      'rounding-tail 表12!E12 4.08/4',
      'rounding-tail 表12!F12 7.10/7',
      'rounding-tail 表12!H12 7.10/7',
    ]);
    expect(found.every((f) => f.severity === 'info')).toBe(true);
    expect(found[0].related).toEqual(['C14', 'C16', 'C18', 'C20']);
  });

  test('a unit total off by 1 is a sangong-mismatch, and then so is the department total', () => {
    const book = wb();
    setNumber(book, '表12', 'C14', 5.5); // 本级 2021: 5.50 vs 1 + 3.50 = 4.50
    expect(brief(sangongFindings(book))).toEqual([
      // 11 vs 5.50 + 0.08 + 2 + 4.60 = 12.18: 1.18 > 1.015
      'sangong-mismatch 表12!C12 12.18/11',
      'rounding-tail 表12!E12 4.08/4',
      'rounding-tail 表12!F12 7.10/7',
      'rounding-tail 表12!H12 7.10/7',
      'sangong-mismatch 表12!C14 4.50/5.50',
    ]);
  });

  test('a 车小计 that is not 购置 + 运行 is a sangong-mismatch', () => {
    const book = wb();
    setNumber(book, '表12', 'G13', 2); // 本级 2020 购置 2: 车小计 3 vs 2 + 3 = 5 (integers: tolerance 3 × 0.5 = 1.5)
    expect(brief(sangongFindings(book))).toEqual([
      'sangong-mismatch 表12!G11 2/undefined', // the department's 购置 is blank, the units' sum is 2 (tolerance 0.5 + 0.5)
      'rounding-tail 表12!C12 11.18/11',
      'rounding-tail 表12!E12 4.08/4',
      'rounding-tail 表12!F12 7.10/7',
      'rounding-tail 表12!H12 7.10/7',
      'sangong-mismatch 表12!F13 5/3', // 总计 4 = 1 + 3 still holds with the printed 车小计
    ]);
  });
});

describe('seed 002 表8: 2021年 / 2022年 / 增减变化金额 rows', () => {
  test('reads one unit (the department) with both years and the printed change, all consistent', () => {
    const book = seedWorkbook('seed002-t8.tsv');
    const [t] = sangongOf(book);
    expect([t.layout, t.unit, t.decimals, t.years]).toEqual(['years-as-rows', '万元', 0, [2021, 2022]]);
    expect(t.units.map((u) => [u.name, u.role, u.rows])).toEqual([['深圳市科技交流服务中心', 'department', [5, 6, 7]]]);
    const [u] = t.units;
    expect(figures(u.years[0].figures)).toEqual(['total=2@C6', 'abroad=0@D6', 'reception=2@E6', 'vehicles=0@F6', 'purchase=0@G6', 'operation=0@H6']);
    expect(figures(u.years[1].figures)).toEqual(['total=2@C7', 'abroad=0@D7', 'reception=2@E7', 'vehicles=0@F7', 'purchase=0@G7', 'operation=0@H7']);
    expect(u.change?.label).toBe('增减变化金额');
    expect(figures(u.change?.figures)).toEqual(['total=0@C8', 'abroad=0@D8', 'reception=0@E8', 'vehicles=0@F8', 'purchase=0@G8', 'operation=0@H8']);
    expect(sangongFindings(book)).toEqual([]);
  });

  test('a printed change that is not 本年 − 上年 is a sangong-delta with a numeric fix', () => {
    const book = seedWorkbook('seed002-t8.tsv');
    // Integers: 1 off is within rounding (½ of each of 2022, 2021 and the change: 1.5), 3 off is not.
    setNumber(book, 'seed002-t8', 'E8', 1);
    expect(brief(sangongFindings(book))).toEqual(['rounding-tail seed002-t8!E8 0/1']);
    setNumber(book, 'seed002-t8', 'E8', 3);
    const found = sangongFindings(book);
    expect(brief(found)).toEqual(['sangong-delta seed002-t8!E8 0/3']);
    expect(planForFinding(found[0], book)!.edits).toEqual([expect.objectContaining({ cell: 'E8', before: 3, after: 0, numberFormat: '#,##0' })]);
  });
});

describe('seed 004: one year only', () => {
  test('the 一般公共预算 三公 table on the all-in-one sheet: 合 计 row first, then the unit, 2023', () => {
    const book = seedWorkbook('seed004.tsv');
    const tables = sangongOf(book);
    // The 政府性基金 三公 table below it has no figures at all: nothing to read.
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect([t.layout, t.itemAxis, t.unit, t.decimals, t.years]).toEqual(['one-year', 'columns', '万元', 2, [2023]]);
    expect(t.itemLines).toEqual({ total: 2, abroad: 3, vehicles: 4, purchase: 5, operation: 6, reception: 7 });
    expect(t.units.map((u) => [u.name, u.role, u.labelCell])).toEqual([
      ['合 计', 'department', 'B194'],
      ['成都市成华区科学技术协会', 'unit', 'B195'],
    ]);
    expect(t.units[0].years.map((y) => y.year)).toEqual([2023]);
    expect(figures(t.units[0].years[0].figures)).toEqual(['total=2.66@C194', 'abroad=_@D194', 'vehicles=2.00@E194', 'purchase=_@F194', 'operation=2.00@G194', 'reception=0.66@H194']);
    expect(figures(t.units[1].years[0].figures)).toEqual(['total=2.66@C195', 'abroad=_@D195', 'vehicles=2.00@E195', 'purchase=_@F195', 'operation=2.00@G195', 'reception=0.66@H195']);
    // 2.66 = 2.00 + 0.66; 2.00 = 0 + 2.00; 合计 = the one unit: nothing to report.
    expect(sangongFindings(book)).toEqual([]);
  });

  test('the table alone (seed004-sangong.tsv) reads the same figures; its year is unknown', () => {
    const [t] = sangongOf(seedWorkbook('seed004-sangong.tsv'));
    expect(t.layout).toBe('one-year');
    expect(t.units[0].years.map((y) => y.year)).toEqual([null]);
    expect(figures(t.units[1].years[0].figures)).toEqual(['total=2.66@C8', 'abroad=_@D8', 'vehicles=2.00@E8', 'purchase=_@F8', 'operation=2.00@G8', 'reception=0.66@H8']);
  });

  test('the view has no change or rate with one year', () => {
    const book = seedWorkbook('seed004-sangong.tsv');
    const view = sangongView(checkWorkbook(book).tables, book);
    expect(view.map((r) => [r.unit, r.item, r.previous, r.current, r.change, r.rate])).toEqual([
      ['合 计', 'total', null, '2.66', null, null],
      ['合 计', 'abroad', null, null, null, null],
      ['合 计', 'vehicles', null, '2.00', null, null],
      ['合 计', 'purchase', null, null, null, null],
      ['合 计', 'operation', null, '2.00', null, null],
      ['合 计', 'reception', null, '0.66', null, null],
      ['成都市成华区科学技术协会', 'total', null, '2.66', null, null],
      ['成都市成华区科学技术协会', 'abroad', null, null, null, null],
      ['成都市成华区科学技术协会', 'vehicles', null, '2.00', null, null],
      ['成都市成华区科学技术协会', 'purchase', null, null, null, null],
      ['成都市成华区科学技术协会', 'operation', null, '2.00', null, null],
      ['成都市成华区科学技术协会', 'reception', null, '0.66', null, null],
    ]);
  });
});
