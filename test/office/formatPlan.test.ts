/**
 * The office layer applies the engine's format plan for a real seed table and one undo restores
 * the exact prior state: every cell's number format, font, alignment, wrap, indent, fill and
 * borders, the merges, the column widths and the frozen panes; on ExcelApi 1.9+ and on the 1.7 floor.
 */
import { formatPlanForTable, chartSpecs } from '../../src/engine/format';
import { recognizeWorkbook } from '../../src/engine/recognize';
import { a1, type Sheet } from '../../src/engine/workbook';
import { applyFormatPlanInContext, pointsToWidth, undoFormatInContext, widthToPoints } from '../../src/office/formatPlan';
import { addChartsInContext, OccupiedChartAreaError, undoChartsInContext } from '../../src/office/charts';
import { OfficeWorkbookGateway, type ExcelHost, type MarkStore } from '../../src/office/officeGateway';
import { StaleEditError } from '../../src/office/gateway';
import { onlySheet, seedWorkbook } from '../helpers/fixtures';
import { fakeExcel, FakeWorkbookModel } from './fakeExcel';

const store: MarkStore = { load: () => [], save: () => undefined };

/** The seed's 表12 (三公) loaded into the fake, with some formats of its own the plan will change. */
function seedModel(): { model: FakeWorkbookModel; sheet: Sheet } {
  const wb = onlySheet(seedWorkbook('seed000.tsv'), '表12');
  const sheet = wb.sheets[0];
  const model = new FakeWorkbookModel([sheet.name]);
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell) model.set(sheet.name, a1(r, c), { value: cell.value, numberFormat: cell.numberFormat ?? 'General' });
    }),
  );
  // What a user may have done before: a yellow total, a medium border, a wide column, two rows frozen.
  model.set('表12', 'C11', { fill: '#FFFF00', bold: true, horizontalAlignment: 'Left' });
  model.cell('表12', 'A9').borders.EdgeRight = { style: 'Continuous', weight: 'Medium', color: '#FF0000' };
  model.set('表12', 'B12', { indentLevel: 3, wrapText: true, fontSize: 9 });
  model.columnWidths.set('表12!A', 200);
  model.frozenRows.set('表12', 2);
  // ... as the snapshot the plan is made from sees them.
  Object.assign(sheet.cells[10][2]!, { bold: true, fill: '#FFFF00', horizontalAlignment: 'left' });
  Object.assign(sheet.cells[11][1] ?? (sheet.cells[11][1] = { value: null, text: '' }), { indent: 3, wrapText: true, fontSize: 9 });
  sheet.columnWidths = [pointsToWidth(200)];
  sheet.frozenRows = 2;
  return { model, sheet };
}

function planFor(sheet: Sheet) {
  const tables = recognizeWorkbook({ sheets: [sheet] });
  return formatPlanForTable(sheet, tables[0], tables);
}

describe.each([
  ['ExcelApi 1.9+', (minor: number) => minor <= 20],
  ['ExcelApi 1.7 floor', (minor: number) => minor <= 7],
])('format apply and undo (%s)', (_label, supports) => {
  test('the plan is applied in 2 syncs and undone exactly in 1', async () => {
    const { model, sheet } = seedModel();
    const plan = planFor(sheet);
    const before = model.state();
    const { context } = fakeExcel(model);
    const entry = await applyFormatPlanInContext(context(), plan, supports);
    expect(model.syncs).toBe(2);

    // The title merged over A:H, centred, bold and larger.
    expect(plan.merges.map((m) => m.range)).toContain('A3:H3');
    expect(model.merges.has('表12!A3:H3')).toBe(true);
    expect(model.cell('表12', 'A3')).toMatchObject({ bold: true, fontSize: 16, horizontalAlignment: 'Center' });
    // Header: bold, centred, wrapped, light fill, thin borders (inside edges too); merged by its hierarchy.
    expect(model.cell('表12', 'D9')).toMatchObject({ bold: true, horizontalAlignment: 'Center', wrapText: true, fill: '#F2F2F2' });
    expect(model.cell('表12', 'D9').borders.EdgeRight).toEqual({ style: 'Continuous', weight: 'Thin', color: '#000000' });
    expect(model.merges.has('表12!F9:H9')).toBe(true);
    // Amounts right-aligned, with the decimals each figure is published with.
    expect(model.cell('表12', 'C11')).toMatchObject({ numberFormat: '#,##0', horizontalAlignment: 'Right', bold: false, fill: '#FFFF00' });
    expect(model.cell('表12', 'C14')).toMatchObject({ numberFormat: '#,##0.00', horizontalAlignment: 'Right' });
    // Column A widened to fit its names, in points; the header frozen.
    expect(model.columnWidths.get('表12!A')).toBe(200); // already wider than needed: never narrowed
    expect(model.columnWidths.get('表12!D')).toBe(widthToPoints(plan.columnWidths.find((w) => w.column === 'D')!.width));
    expect(model.frozenRows.get('表12')).toBe(10);

    await undoFormatInContext(context(), entry);
    expect(model.syncs).toBe(3);
    expect(model.state()).toEqual(before);
  });
});

test('a format plan whose edits meet a changed cell is refused and writes nothing', async () => {
  const { model, sheet } = seedModel();
  const plan = planFor(sheet);
  plan.edits.push({ sheet: '表12', cell: 'C11', before: 17, after: '17' });
  const before = model.state();
  const { context } = fakeExcel(model);
  await expect(applyFormatPlanInContext(context(), plan, () => true)).rejects.toThrow(StaleEditError);
  expect(model.state()).toEqual(before);
});

test('text codes: a numeric code becomes text under @, and undo gives the number back', async () => {
  const model = new FakeWorkbookModel(['表7']);
  model.set('表7', 'B12', { value: 206, numberFormat: 'General' });
  const before = model.state();
  const { context } = fakeExcel(model);
  const plan = { title: 't', edits: [{ sheet: '表7', cell: 'B12', before: 206, after: '206', numberFormat: '@' }], merges: [], formats: [], columnWidths: [], freeze: [] };
  const entry = await applyFormatPlanInContext(context(), plan, () => true);
  expect(model.cell('表7', 'B12')).toMatchObject({ value: '206', numberFormat: '@' });
  await undoFormatInContext(context(), entry);
  expect(model.state()).toEqual(before);
});

test('the gateway puts format plans and charts on the same undo log as edit plans', async () => {
  const { model, sheet } = seedModel();
  const before = model.state();
  const excel = fakeExcel(model);
  const gw = new OfficeWorkbookGateway(excel as unknown as ExcelHost, (minor) => minor <= 20, store);
  await gw.applyFormatPlan(planFor(sheet));
  expect(excel.runs[0]).toEqual({ mergeUndoGroup: true });
  const formatted = model.state();
  const specs = chartSpecs({ sheets: [sheet] }, recognizeWorkbook({ sheets: [sheet] }));
  expect(specs.map((s) => s.kind)).toEqual(['clustered-bar']);
  await gw.addCharts(specs);
  expect(gw.undoDepth()).toBe(2);
  expect(model.charts).toHaveLength(1);
  expect(await gw.undo()).toBe(true);
  expect(model.state()).toEqual(formatted);
  expect(await gw.undo()).toBe(true);
  expect(model.state()).toEqual(before);
  expect(await gw.undo()).toBe(false);
});

test('charts: the data block beside the table, a clustered bar chart per year, undone exactly', async () => {
  const { model, sheet } = seedModel();
  const specs = chartSpecs({ sheets: [sheet] }, recognizeWorkbook({ sheets: [sheet] }));
  const before = model.state();
  const { context } = fakeExcel(model);
  const entry = await addChartsInContext(context(), specs);
  expect(model.syncs).toBe(2);
  // 表12 ends in column H: the block starts two columns to the right, at the table's top row.
  expect(specs[0].anchor).toBe('J3');
  expect([model.cell('表12', 'J3').value, model.cell('表12', 'K3').value, model.cell('表12', 'L3').value]).toEqual(['项目', '2020年', '2021年']);
  expect([model.cell('表12', 'J4').value, model.cell('表12', 'K4').value, model.cell('表12', 'L4').value]).toEqual(['因公出国（境）费', 0, 0]);
  expect(model.charts[0]).toMatchObject({ type: 'BarClustered', source: 'J3:L7', title: '“三公”经费（2020年、2021年）（万元）' });
  await undoChartsInContext(context(), entry);
  expect(model.state()).toEqual(before);
  // A block over content is refused.
  model.set('表12', 'K5', { value: '备注' });
  await expect(addChartsInContext(context(), specs)).rejects.toThrow(OccupiedChartAreaError);
});

test('width units: characters to points and back', () => {
  expect(widthToPoints(8.43)).toBe(48);
  expect(pointsToWidth(widthToPoints(28))).toBe(28);
});
