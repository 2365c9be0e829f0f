/** 重算小计 (fix --subtotals): every wrong total recomputed bottom-up, written out by hand. */
import { checkWorkbook } from '../../src/engine';
import { applyEditPlan } from '../../src/engine/fixes';
import { subtotalPlan } from '../../src/engine/subtotalPlan';
import { onlySheet, seedWorkbook, setNumber } from '../helpers/fixtures';

const mismatches = (wb: Parameters<typeof checkWorkbook>[0]) => checkWorkbook(wb).findings.filter((f) => f.rule === 'subtotal-mismatch' || f.rule === 'row-sum-mismatch');

test('seed 000 表7 with two figures changed: every total above them follows, bottom-up', () => {
  const wb = onlySheet(seedWorkbook('seed000.tsv'), '表7');
  setNumber(wb, '表7', 'E23', 50); // 机关事业单位基本养老保险缴费支出 基本支出 42 -> 50
  setNumber(wb, '表7', 'F14', 3000); // 机构运行 项目支出, blank -> 3,000
  expect(mismatches(wb).map((f) => f.cell)).toEqual(['F13', 'D14', 'E21', 'D23']);
  const { plan, unresolved } = subtotalPlan(wb);
  expect(unresolved).toEqual([]);
  expect(plan.edits.map((e) => `${e.cell} ${e.before} -> ${e.after}`)).toEqual([
    'D10 7632 -> 10640', // the department 支出总计: + 3,000 + 8
    'E10 2766 -> 2774', // its 基本支出 + 8
    'F10 4866 -> 7866', // its 项目支出 + 3,000
    'D11 4519 -> 7527', // 本级 支出总计
    'E11 912 -> 921', // 本级 基本支出: its 类 now add up to 913 + 8 (the printed 912 was a rounding tail)
    'F11 3607 -> 6606',
    'D12 4097 -> 7097', // 206 科学技术支出
    'F12 3607 -> 6606',
    'D13 4097 -> 7097', // 20607 科学技术普及
    'F13 3607 -> 6606', // 3,000 + 2,858 + 70 + 300 + 80 + 298
    'D14 491 -> 3491', // 机构运行: 491 + 3,000
    'D20 126 -> 134', // 208
    'E20 126 -> 134',
    'D21 126 -> 134', // 20805: 64 + 50 + 20
    'E21 126 -> 134',
    'D23 42 -> 50', // 2080505 支出总计 = 基本支出 50
  ]);
  expect(mismatches(applyEditPlan(wb, plan))).toEqual([]);
});

test('a clean table gets an empty plan; a total holding a formula is reported, not overwritten', () => {
  const clean = seedWorkbook('seed004.tsv');
  expect(subtotalPlan(clean).plan.edits).toEqual([]);
  const wb = onlySheet(seedWorkbook('seed000.tsv'), '表7');
  setNumber(wb, '表7', 'E23', 50);
  wb.sheets[0].cells[20][4]!.formula = 'SUM(E22:E24)'; // E21 is a formula whose cached value is stale
  const { plan, unresolved } = subtotalPlan(wb);
  // D23 = its parts; D21 = its 项. What adds up E21 waits for it: D21 across the row, D20 above it.
  expect(plan.edits.map((e) => `${e.cell} ${e.before} -> ${e.after}`)).toEqual(['D21 126 -> 134', 'D23 42 -> 50']);
  expect(unresolved.map((f) => `${f.rule} ${f.cell}`)).toEqual(['subtotal-mismatch E21', 'subtotal-mismatch D20', 'row-sum-mismatch D21']);
});
