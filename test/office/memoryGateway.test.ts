/** The in-memory gateway: snapshot is a copy, apply/undo exact, stale refusal, marks, selection. */
import { MemoryWorkbookGateway } from '../../src/office/memoryGateway';
import { StaleEditError } from '../../src/office/gateway';
import type { Workbook } from '../../src/engine/workbook';

function wb(): Workbook {
  return {
    sheets: [
      { name: '表1', merges: [], cells: [[{ value: '合计', text: '合计' }, { value: 4098, text: '4,098.00', numberFormat: '#,##0.00' }]] },
      { name: '表2', merges: [], cells: [[{ value: 1, text: '1', formula: 'A2' }]] },
    ],
  };
}

test('apply then undo restores the exact cells; snapshots are copies', async () => {
  const gw = new MemoryWorkbookGateway(wb());
  const snap = await gw.snapshot();
  await gw.applyPlan({ title: 't', edits: [{ sheet: '表1', cell: 'B1', before: 4098, after: 4097 }, { sheet: '表2', cell: 'A1', before: 1, after: 2 }, { sheet: '表2', cell: 'C3', before: null, after: 5 }] });
  expect(gw.workbook.sheets[0].cells[0][1]).toEqual({ value: 4097, text: '4097', numberFormat: '#,##0.00' });
  expect(gw.workbook.sheets[1].cells[0][0]).toEqual({ value: 2, text: '2' });
  expect(snap.sheets[0].cells[0][1]?.value).toBe(4098);
  expect(gw.undoDepth()).toBe(1);
  await gw.undo();
  expect(gw.workbook.sheets[0].cells).toEqual(wb().sheets[0].cells);
  expect(gw.workbook.sheets[1].cells[0][0]).toEqual(wb().sheets[1].cells[0][0]);
  expect(gw.workbook.sheets[1].cells[2]?.[2]).toBeUndefined();
  expect(await gw.undo()).toBe(false);
  expect((await gw.snapshot(['表2'])).sheets.map((s) => s.name)).toEqual(['表2']);
});

test('stale plans are refused; marks and selection notify views', async () => {
  const gw = new MemoryWorkbookGateway(wb());
  await expect(gw.applyPlan({ title: 't', edits: [{ sheet: '表1', cell: 'B1', before: 1, after: 2 }] })).rejects.toThrow(StaleEditError);
  let redraws = 0;
  gw.subscribe(() => redraws++);
  await gw.mark([{ sheet: '表1', cell: 'B1', color: '#f4cccc', note: 'x' }]);
  expect(gw.fills.get('表1!B1')).toBe('#F4CCCC');
  await gw.select('表2', 'A1');
  expect(gw.selection).toEqual({ sheet: '表2', cell: 'A1' });
  expect(gw.activeSheet).toBe('表2');
  await gw.clearMarks();
  expect(gw.markCount()).toBe(0);
  expect(redraws).toBe(3);
});

test('charts: the data block is written beside the table, the spec kept for the view; undo removes both', async () => {
  const { chartSpecs } = await import('../../src/engine/format');
  const { recognizeWorkbook } = await import('../../src/engine/recognize');
  const { seedWorkbook } = await import('../helpers/fixtures');
  const book = seedWorkbook('seed004.tsv');
  const gw = new MemoryWorkbookGateway(book);
  const before = JSON.stringify(gw.workbook);
  const specs = chartSpecs(book, recognizeWorkbook(book));
  await gw.addCharts(specs);
  expect(gw.charts.map((c) => c.kind)).toEqual(['doughnut', 'clustered-bar']);
  const row = (r: number) => gw.workbook.sheets[0].cells[r].slice(10, 13).map((c) => c?.value);
  expect(row(107)).toEqual(['类', '金额（万元）', '占比（%）']); // K108:M108
  expect(row(108)).toEqual(['206 科学技术支出', 308.86, 88.19]);
  await expect(gw.addCharts(specs)).rejects.toThrow(/not blank/);
  await gw.undo();
  expect(gw.charts).toEqual([]);
  expect(JSON.stringify(gw.workbook)).toBe(before);
});
