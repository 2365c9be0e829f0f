/** applyEditPlan: the pure apply of an engine plan, on the seed-000 表7 with one wrong 类 total. */
import { checkWorkbook } from '../../src/engine';
import { applyEditPlan, EditConflictError, shownText } from '../../src/engine/fixes';
import { planForFinding } from '../../src/engine/planForFinding';
import { cell, onlySheet, seedWorkbook, setNumber } from '../helpers/fixtures';

/** 表7 with 206 科学技术支出 (D12, printed 4,097) typed as 4,197. */
function brokenTable7() {
  const wb = onlySheet(seedWorkbook('seed000.tsv'), '表7');
  setNumber(wb, '表7', 'D12', 4197);
  return wb;
}

test('the plan for a wrong 类 total writes the sum of its 款 and leaves no error', () => {
  const wb = brokenTable7();
  const errors = checkWorkbook(wb).findings.filter((f) => f.severity === 'error');
  expect(errors.map((f) => `${f.rule} ${f.cell} ${f.expected} ${f.actual}`)).toEqual([
    'subtotal-mismatch D11 4619 4519',
    'row-sum-mismatch D12 4098 4197',
    'subtotal-mismatch D12 4097 4197',
  ]);
  // 4,097 (Σ款) and 4,098 (基本 491 + 项目 3,607) agree within rounding: either plan clears the errors.
  const plan = planForFinding(errors[2], wb)!;
  expect(plan.edits).toEqual([expect.objectContaining({ sheet: '表7', cell: 'D12', before: 4197, after: 4097 })]);
  const fixed = applyEditPlan(wb, plan);
  expect(cell(fixed, '表7', 'D12')).toEqual({ value: 4097, text: '4,097', numberFormat: '#,##0' });
  expect(checkWorkbook(fixed).findings.filter((f) => f.severity === 'error')).toEqual([]);
  // Pure: the input still holds the wrong figure.
  expect(cell(wb, '表7', 'D12')?.value).toBe(4197);
});

test('applying a plan twice equals applying it once; a cell changed meanwhile refuses the plan', () => {
  const wb = brokenTable7();
  const finding = checkWorkbook(wb).findings.find((f) => f.cell === 'D12' && f.rule === 'subtotal-mismatch')!;
  const plan = planForFinding(finding, wb)!;
  const once = applyEditPlan(wb, plan);
  expect(applyEditPlan(once, plan)).toEqual(once);
  setNumber(wb, '表7', 'D12', 5000);
  expect(() => applyEditPlan(wb, plan)).toThrow(EditConflictError);
  expect(() => applyEditPlan(wb, { title: 'x', edits: [{ sheet: '表99', cell: 'A1', before: null, after: 1 }] })).toThrow(/表99!A1/);
});

test('writing into a blank cell, and clearing one', () => {
  const wb = brokenTable7();
  const filled = applyEditPlan(wb, { title: 'fill', edits: [{ sheet: '表7', cell: 'F12', before: 3607, after: 3607.5, numberFormat: '#,##0.00' }] });
  expect(cell(filled, '表7', 'F12')).toMatchObject({ value: 3607.5, text: '3,607.50' });
  const added = applyEditPlan(wb, { title: 'add', edits: [{ sheet: '表7', cell: 'H40', before: null, after: 12 }] });
  expect(cell(added, '表7', 'H40')).toEqual({ value: 12, text: '12' });
  const cleared = applyEditPlan(wb, { title: 'clear', edits: [{ sheet: '表7', cell: 'F12', before: 3607, after: null }] });
  expect(cell(cleared, '表7', 'F12')).toMatchObject({ value: null, text: '' });
});

test('shownText prints as the number format asks', () => {
  expect(shownText(1234.5, '#,##0.00')).toBe('1,234.50');
  expect(shownText(-1234, '#,##0')).toBe('-1,234');
  expect(shownText(20.9, '0.00')).toBe('20.90');
  expect(shownText(7, undefined)).toBe('7');
  expect(shownText('减少0.60', '@')).toBe('减少0.60');
});

test('no one-cell plan for a cell two findings want different figures in (a 三公 total checked across items and down units)', () => {
  const wb = seedWorkbook('seed000.tsv');
  // 2021 department total 11 → 20: across its items it should be 4 + 7 = 11, down its units 4.50 + 0.08 + 2 + 4.60 = 11.18.
  setNumber(wb, '表12', 'C12', 20);
  const report = checkWorkbook(wb);
  const atC12 = report.findings.filter((f) => f.sheet === '表12' && f.cell === 'C12' && f.rule === 'sangong-mismatch');
  expect(atC12.map((f) => f.expected).sort()).toEqual(['11', '11.18']);
  for (const f of atC12) expect(planForFinding(f, wb, report.findings)).toBeUndefined();
  // Without the other findings the engine cannot know, and offers the finding's own figure.
  expect(planForFinding(atC12[0], wb)).toBeDefined();
});
