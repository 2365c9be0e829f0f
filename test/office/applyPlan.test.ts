/** applyPlan + undo restore exact values and formats; stale cells are refused; marks clear exactly. */
import type { EditPlan } from '../../src/engine/fixes';
import { applyPlanInContext, undoInContext } from '../../src/office/applyPlan';
import { StaleEditError } from '../../src/office/gateway';
import { clearMarksInContext, paintMarksInContext } from '../../src/office/marks';
import { selectInContext } from '../../src/office/navigate';
import { OfficeWorkbookGateway, type ExcelHost } from '../../src/office/officeGateway';
import { MemorySettingsStore, SETTING_KEYS } from '../../src/office/settings';
import { fakeExcel, FakeWorkbookModel, type FakeCell } from './fakeExcel';

function model(): FakeWorkbookModel {
  const m = new FakeWorkbookModel(['表1', '表2']);
  m.set('表1', 'C3', { value: 4098, numberFormat: '#,##0.00' });
  m.set('表1', 'C4', { value: 100, formula: '=C5+C6', numberFormat: '#,##0' });
  m.set('表1', 'B2', { value: '001', numberFormat: '@' });
  m.set('表2', 'D8', { value: null });
  return m;
}

const plan: EditPlan = {
  title: '修正',
  edits: [
    { sheet: '表1', cell: 'C3', before: 4098, after: 4097 },
    { sheet: '表1', cell: 'C4', before: 100, after: 99, numberFormat: '0.00' },
    { sheet: '表1', cell: 'B2', before: '001', after: 7, numberFormat: 'General' },
    { sheet: '表2', cell: 'D8', before: null, after: 12.5, numberFormat: '#,##0.00' },
  ],
};

const copy = (m: FakeWorkbookModel) => new Map([...m.cells].map(([k, c]) => [k, { ...c } as FakeCell]));

test('apply writes values and formats in 2 syncs; undo restores values, formulas and formats exactly in 1', async () => {
  const m = model();
  const before = copy(m);
  const { context } = fakeExcel(m);
  const entry = await applyPlanInContext(context(), plan);
  expect(m.syncs).toBe(2);
  expect(m.cell('表1', 'C3')).toMatchObject({ value: 4097, numberFormat: '#,##0.00' });
  expect(m.cell('表1', 'C4')).toMatchObject({ value: 99, formula: 99, numberFormat: '0.00' });
  expect(m.cell('表1', 'B2')).toMatchObject({ value: 7, numberFormat: 'General' });
  expect(m.cell('表2', 'D8')).toMatchObject({ value: 12.5, numberFormat: '#,##0.00' });
  await undoInContext(context(), entry);
  expect(m.syncs).toBe(3);
  expect(copy(m)).toEqual(before);
  expect(m.cell('表1', 'B2').value).toBe('001'); // text stays text: the format is restored first
  expect(m.cell('表1', 'C4').formula).toBe('=C5+C6');
});

test('a cell changed since the check refuses the whole plan and writes nothing', async () => {
  const m = model();
  m.set('表1', 'C4', { value: 101, formula: 101 });
  const before = copy(m);
  const { context } = fakeExcel(m);
  await expect(applyPlanInContext(context(), plan)).rejects.toThrow(StaleEditError);
  expect(copy(m)).toEqual(before);
});

test('marks paint a fill and clear restores the previous fill, leaving cells the user recoloured', async () => {
  const m = model();
  m.set('表1', 'C3', { fill: '#FFFF00' });
  const { context } = fakeExcel(m);
  for (const supports of [() => true, (minor: number) => minor <= 7]) {
    m.syncs = 0;
    const records = await paintMarksInContext(
      context(),
      [
        { sheet: '表1', cell: 'C3', color: '#f4cccc', note: '小计不符' },
        { sheet: '表1', cell: 'C4', color: '#f4cccc', note: '小计不符' },
        { sheet: '表1', cell: 'C4', color: '#f4cccc' },
        { sheet: '表2', cell: 'D8', color: '#f4cccc' },
      ],
      [],
      supports,
    );
    expect(m.syncs).toBe(2);
    expect(records.map((r) => r.previous)).toEqual(['#FFFF00', null, null]);
    expect(m.cell('表1', 'C4').fill).toBe('#F4CCCC');
    expect(m.notes.has("'表1'!C4")).toBe(supports(18));
    m.set('表2', 'D8', { fill: '#00FF00' }); // the user recolours one marked cell
    await clearMarksInContext(context(), records, supports);
    expect(m.syncs).toBe(4);
    expect(m.cell('表1', 'C3').fill).toBe('#FFFF00');
    expect(m.cell('表1', 'C4').fill).toBeNull();
    expect(m.cell('表2', 'D8').fill).toBe('#00FF00');
    expect(m.notes.size).toBe(0);
    m.set('表2', 'D8', { fill: null });
  }
});

test('select activates the sheet and selects the cell in one sync', async () => {
  const m = model();
  const { context } = fakeExcel(m);
  await selectInContext(context(), '表2', 'D8');
  expect(m.activeSheet).toBe('表2');
  expect(m.selected).toBe('表2!D8');
  expect(m.syncs).toBe(1);
});

describe('OfficeWorkbookGateway', () => {
  const memoryStore = () => new MemorySettingsStore();

  test('with ExcelApi 1.20 a plan runs as one undo group; without, a plain run; undo log works either way', async () => {
    for (const minor of [20, 7]) {
      const m = model();
      const before = copy(m);
      const excel = fakeExcel(m);
      const gw = new OfficeWorkbookGateway(excel as unknown as ExcelHost, (v) => v <= minor, memoryStore());
      await gw.applyPlan(plan);
      expect(excel.runs[0]).toEqual(minor >= 20 ? { mergeUndoGroup: true } : undefined);
      expect(gw.undoDepth()).toBe(1);
      expect(await gw.undo()).toBe(true);
      expect(copy(m)).toEqual(before);
      expect(await gw.undo()).toBe(false);
    }
  });

  test('the own-write flag is up while writing and for a quiet second after', async () => {
    const m = model();
    let now = 0;
    const excel = fakeExcel(m);
    const gw = new OfficeWorkbookGateway(excel as unknown as ExcelHost, () => false, memoryStore(), () => now);
    expect(gw.isOwnWrite()).toBe(false);
    const seen: boolean[] = [];
    const spy = jest.spyOn(excel, 'run');
    spy.mockImplementationOnce(async (...args: unknown[]) => {
      seen.push(gw.isOwnWrite());
      return (excel.run as (...a: unknown[]) => Promise<unknown>).call(excel, ...args);
    });
    await gw.applyPlan(plan);
    expect(seen).toEqual([true]);
    now = 999;
    expect(gw.isOwnWrite()).toBe(true);
    now = 1001;
    expect(gw.isOwnWrite()).toBe(false);
  });

  test('marks are logged in the store and cleared in one click', async () => {
    const m = model();
    const store = memoryStore();
    const gw = new OfficeWorkbookGateway(fakeExcel(m) as unknown as ExcelHost, () => false, store);
    await gw.mark([{ sheet: '表1', cell: 'C3', color: '#F4CCCC' }]);
    expect(gw.markCount()).toBe(1);
    expect(store.get(SETTING_KEYS.marks)).toHaveLength(1);
    await gw.clearMarks();
    expect(gw.markCount()).toBe(0);
    expect(m.cell('表1', 'C3').fill).toBeNull();
  });
});

test('addresses split into sheet and cell, quoted names unquoted', async () => {
  const { splitAddress } = await import('../../src/office/navigate');
  expect(splitAddress("'表 1'!B3")).toEqual({ sheet: '表 1', cell: 'B3' });
  expect(splitAddress("'It''s'!A1:C4")).toEqual({ sheet: "It's", cell: 'A1:C4' });
  expect(splitAddress('表1!D8')).toEqual({ sheet: '表1', cell: 'D8' });
});
