/** 全部修正: a table's fix plans as one, bottom-up, on seed 000's 收支总表 with two figures typed wrong. */
import { checkWorkbook } from '../../src/engine';
import { planForTable } from '../../src/engine/planForTable';
import type { Workbook } from '../../src/engine/workbook';
import { seedWorkbook, setNumber } from '../helpers/fixtures';

/** 表1 with 一、政府预算拨款 7,632 typed as 7,642 and 三、单位资金 649 typed as 659. */
function broken(): Workbook {
  const wb = seedWorkbook('seed000.tsv');
  setNumber(wb, '表1', 'B11', 7642);
  setNumber(wb, '表1', 'B16', 659);
  return wb;
}

const title = '全部修正 收支总表';
const mismatches = (wb: Workbook) =>
  checkWorkbook(wb)
    .findings.filter((f) => f.sheet === '表1' && f.rule === 'subtotal-mismatch')
    .map((f) => `${f.cell} ${f.expected} ${f.actual}`);

test('the wrong children are fixed, not the totals over them', () => {
  const wb = broken();
  // What the check says before: B11 and B16, and 本年收入合计 over them, disagree.
  expect(mismatches(wb)).toEqual(['B11 7632 7642', 'B16 649 659', 'B54 8301 8281']);
  const report = checkWorkbook(wb);
  const plan = planForTable(wb, report.tables[0], { check: checkWorkbook, title, report });
  expect(plan?.title).toBe(title);
  expect(plan?.edits.map((e) => `${e.sheet}!${e.cell} ${e.before} → ${e.after}`).sort()).toEqual(['表1!B11 7642 → 7632', '表1!B16 659 → 649']);
  // Written, the table foots again.
  for (const e of plan!.edits) setNumber(wb, e.sheet, e.cell, e.after as number);
  expect(mismatches(wb)).toEqual([]);
});

test('a dismissed finding is left alone, and the totals over it follow it, level by level', () => {
  const wb = broken();
  const report = checkWorkbook(wb);
  const plan = planForTable(wb, report.tables[0], { check: checkWorkbook, title, report, skip: (f) => f.cell === 'B11' });
  expect(plan?.edits.map((e) => `${e.cell} ${e.before} → ${e.after}`).sort()).toEqual(['B16 659 → 649', 'B54 8281 → 8291', 'B56 8281 → 8291']);
  // 收入总计 (B56) disagreed only once 本年收入合计 (B54) was fixed: the second round found it.
  expect(mismatches(wb)).not.toContain('B56 8291 8281');
});

test('a table with nothing to fix has no plan', () => {
  const wb = seedWorkbook('seed000.tsv');
  const report = checkWorkbook(wb);
  expect(planForTable(wb, report.tables[0], { check: checkWorkbook, title, report })).toBeUndefined();
});
