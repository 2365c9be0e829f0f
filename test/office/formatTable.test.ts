/** The ribbon's 格式化表格 on the in-memory gateway: the table at the selection, one undoable step. */
import { formatTableAtSelection } from '../../src/commands/formatTable';
import { MemoryWorkbookGateway } from '../../src/office/memoryGateway';
import { cell, onlySheet, seedWorkbook } from '../helpers/fixtures';

test('formats the table the active cell stands in, selects it, and one undo restores the sheet', async () => {
  const wb = onlySheet(seedWorkbook('seed000.tsv'), '表7');
  const gw = new MemoryWorkbookGateway(wb);
  const original = JSON.stringify(gw.workbook);
  await gw.select('表7', 'D83');
  const result = await formatTableAtSelection(gw);
  expect(result.table).toEqual({ sheet: '表7', title: '一般公共预算支出表', range: 'A3:F96' });
  expect(gw.selection).toEqual({ sheet: '表7', cell: 'A3:F96' });
  expect(cell(gw.workbook, '表7', 'A3')).toMatchObject({ bold: true, fontSize: 16, horizontalAlignment: 'center' });
  expect(gw.workbook.sheets[0].merges).toContainEqual({ top: 2, left: 0, bottom: 2, right: 5 });
  expect(cell(gw.workbook, '表7', 'C14')).toMatchObject({ indent: 2, thinBorder: true });
  expect(gw.workbook.sheets[0].frozenRows).toBe(9);
  expect(gw.undoDepth()).toBe(1);
  // Already in the style: nothing more is applied.
  expect((await formatTableAtSelection(gw)).applied).toBeUndefined();
  expect(gw.undoDepth()).toBe(1);
  await gw.undo();
  expect(JSON.stringify(gw.workbook)).toBe(original);
});

test('outside any table nothing happens', async () => {
  const gw = new MemoryWorkbookGateway(onlySheet(seedWorkbook('seed000.tsv'), '表7'));
  await gw.select('表7', 'Z200');
  expect(await formatTableAtSelection(gw)).toEqual({});
  expect(gw.undoDepth()).toBe(0);
});
