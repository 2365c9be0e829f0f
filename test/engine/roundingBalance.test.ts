/** 舍位平衡: the fewest one-unit moves, largest remainder first, top-down; written out by hand. */
import Decimal from 'decimal.js';
import { checkWorkbook } from '../../src/engine';
import { applyEditPlan } from '../../src/engine/fixes';
import { recognizeWorkbook } from '../../src/engine/recognize';
import { pickAdjustments, roundingBalancePlan } from '../../src/engine/roundingBalance';
import type { Cell, Workbook } from '../../src/engine/workbook';
import { seedWorkbook } from '../helpers/fixtures';

/** A figure kept in full (元 / 10000) and shown with 2 decimals, as a converted workbook holds it. */
const wan = (v: number): Cell => ({ value: v, text: new Decimal(v).toFixed(2, Decimal.ROUND_HALF_UP), numberFormat: '#,##0.00' });
const text = (v: string): Cell => ({ value: v, text: v });

/**
 * 元 -> 万元, by hand:
 *   206 类  3,000,091 元 = 300.0091 -> 300.01;  款 20601 100.0049 -> 100.00, 20602 100.0012 -> 100.00,
 *   20603 100.0030 -> 100.00: the 款 add up to 300.00, one short of 300.01. The 款 rounded down
 *   the most (20601, remainder +0.0049) goes up: 100.01. Its 项 60.0031 -> 60.00 and 40.0018 -> 40.00
 *   now must add up to 100.01: 2060101 (remainder +0.0031) goes up: 60.01.
 *   208 类  30.013 -> 30.01;  款 20805 10.006 -> 10.01 (remainder −0.004), 20899 20.007 -> 20.01
 *   (−0.003): 30.02, one over. The one rounded up the most (20805) goes down: 10.00.
 *   合计 330.0221 -> 330.02 = 300.01 + 30.01: nothing to move.
 */
function converted(): Workbook {
  const rows: (Cell | undefined)[][] = [
    [text('一般公共预算支出表')],
    [text('单位：万元')],
    [text('科目编码'), text('科目名称'), text('合计')],
    [undefined, text('合计'), wan(330.0221)],
    [text('206'), text('科学技术支出'), wan(300.0091)],
    [text('20601'), text('科学技术管理事务'), wan(100.0049)],
    [text('2060101'), text('行政运行'), wan(60.0031)],
    [text('2060102'), text('一般行政管理事务'), wan(40.0018)],
    [text('20602'), text('基础研究'), wan(100.0012)],
    [text('2060201'), text('机构运行'), wan(70.0006)],
    [text('2060202'), text('重点基础研究规划'), wan(30.0006)],
    [text('20603'), text('应用研究'), wan(100.003)],
    [text('2060301'), text('机构运行'), wan(100.003)],
    [text('208'), text('社会保障和就业支出'), wan(30.013)],
    [text('20805'), text('行政事业单位养老支出'), wan(10.006)],
    [text('20899'), text('其他社会保障和就业支出'), wan(20.007)],
  ];
  return { name: 'converted.xlsx', sheets: [{ name: '表7', cells: rows, merges: [] }] };
}

/** The plan for the seed's 一般公共预算支出预算表 only (the other tables of the sheet have tails of their own). */
const budgetTable = (wb: Workbook) => recognizeWorkbook(wb).filter((t) => t.title === '一般公共预算支出预算表');

const tails = (wb: Workbook) => checkWorkbook(wb).findings.filter((f) => f.rule === 'rounding-tail' || f.rule === 'subtotal-mismatch').map((f) => f.cell);

test('a hand-made 元 -> 万元 table: three one-unit moves, top-down, largest remainder first', () => {
  const wb = converted();
  expect(tails(wb)).toEqual(['C5', 'C14']); // 206: 300.01 vs 300.00; 208: 30.01 vs 30.02
  const plan = roundingBalancePlan(wb);
  expect(plan.edits.map((e) => [e.cell, e.before, e.after])).toEqual([
    ['C6', 100.0049, 100.01], // 20601 up
    ['C7', 60.0031, 60.01], // then its 项 2060101 up, to add up to 100.01
    ['C15', 10.006, 10], // 20805 down
  ]);
  expect(plan.edits[0].reason).toMatch(/^舍位平衡：科学技术支出 300.01 = 下级合计，本行 100.00 → 100.01（尾差 0.0049）/);
  const fixed = applyEditPlan(wb, plan);
  expect(tails(fixed)).toEqual([]);
  expect(roundingBalancePlan(fixed).edits).toEqual([]); // balanced: nothing more to move
});

test('a real seed table that does not foot: 成华区 一般公共预算支出预算表, 9 项 add up to 350.21 under 350.22', () => {
  const wb = seedWorkbook('seed004.tsv');
  // As published: 0.08 + 12.45 + 6.93 + 158.86 + 0.17 + 0.48 + 7.37 + 150.00 + 13.87 = 350.21 in 合计 and 当年.
  expect(tails(wb).filter((c) => /^[GH]119$/.test(c))).toEqual(['G119', 'H119']);
  const plan = roundingBalancePlan(wb, budgetTable(wb));
  // Typed to the cent, no figure has a remainder: the largest (行政运行 158.86) takes the unit, in both columns.
  expect(plan.edits.map((e) => [e.sheet, e.cell, e.before, e.after])).toEqual([
    ['2023年部门预算表', 'G123', 158.86, 158.87],
    ['2023年部门预算表', 'H123', 158.86, 158.87],
  ]);
  const fixed = applyEditPlan(wb, plan);
  expect(tails(fixed).filter((c) => /^[GH]1(19|2\d)$/.test(c))).toEqual([]);
});

test('the same table kept in full (元 / 10000): the largest remainder takes the unit, not the largest figure', () => {
  const wb = seedWorkbook('seed004.tsv');
  const cells = wb.sheets[0].cells;
  // 合计 column: 其他行政事业单位医疗支出 849 元 (0.0849), 住房公积金 124,512 元, 行政单位医疗 73,741 元.
  cells[119][6] = wan(0.0849); // 0.08, remainder +0.0049
  cells[120][6] = wan(12.4512); // 12.45, +0.0012
  cells[125][6] = wan(7.3741); // 7.37, +0.0041
  const plan = roundingBalancePlan(wb, budgetTable(wb));
  expect(plan.edits.map((e) => [e.cell, e.before, e.after])).toEqual([
    ['G120', 0.0849, 0.09], // short by 0.01: the one rounded down the most goes up
    ['H123', 158.86, 158.87], // 当年 column, typed to the cent: the largest figure
  ]);
});

test('a gap rounding cannot make is a real error: not balanced', () => {
  const wb = converted();
  wb.sheets[0].cells[6][2] = wan(61.0031); // 2060101 one whole 万元 off
  const plan = roundingBalancePlan(wb);
  expect(plan.edits.map((e) => e.cell)).not.toContain('C7');
  expect(plan.edits.map((e) => e.cell)).not.toContain('C8');
});

test('tables in 元 are exact and never balanced', () => {
  const wb = converted();
  wb.sheets[0].cells[1][0] = text('单位：元');
  expect(roundingBalancePlan(wb).edits).toEqual([]);
});

test('picking: short sums raise the largest remainders, long sums lower the smallest; ties go to the larger figure', () => {
  const kid = (published: string, exact: string, order: number) => ({ published: new Decimal(published), exact: new Decimal(exact), order });
  const kids = [kid('1.00', '1.004', 0), kid('2.00', '1.996', 1), kid('3.00', '3.002', 2), kid('5.00', '5.004', 3)];
  expect(pickAdjustments(kids, 2)).toEqual([3, 0]); // +0.004 twice: 5.00 before 1.00
  expect(pickAdjustments(kids, -1)).toEqual([1]); // 1.996 was rounded up the most
});
