/** The ribbon's 检查工作簿 on the in-memory gateway: the workbook's own catalog and 出错说明 are honoured. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { checkAndMark } from '../../src/commands/checkAndMark';
import { catalogRowsFromFile, compactCatalogRows } from '../../src/engine/catalog';
import { checkWorkbook } from '../../src/engine';
import { dismiss } from '../../src/engine/dismissals';
import { MemoryWorkbookGateway } from '../../src/office/memoryGateway';
import { seedWorkbook, setNumber } from '../helpers/fixtures';

test('marks every finding but the dismissed one and selects the first error left', async () => {
  const wb = seedWorkbook('seed000.tsv');
  setNumber(wb, '表1', 'B11', 7642);
  const gw = new MemoryWorkbookGateway(wb);
  const all = checkWorkbook(wb).findings;
  const b11 = all.find((f) => f.cell === 'B11' && f.rule === 'subtotal-mismatch')!;
  await gw.saveDismissals([dismiss(b11, wb, '含待分配资金', new Date('2026-03-02'))]);
  const result = await checkAndMark(gw);
  expect(result.dismissed).toBe(1);
  expect(result.marked).toHaveLength(all.length - 1);
  expect(gw.fills.has('表1!B11')).toBe(false);
  expect(gw.fills.get('表1!B54')).toBe('#F4CCCC'); // 本年收入合计, still an error
  expect(result.selected?.cell).toBe('B54');
  expect(gw.selection).toEqual({ sheet: '表1', cell: 'B54' });
});

test('the catalog the workbook keeps is used: codes it lacks are errors', async () => {
  const wb = seedWorkbook('seed002-t1.tsv', 'seed002-t4.tsv', 'seed002-t7.tsv', 'seed002-t8.tsv');
  const gw = new MemoryWorkbookGateway(wb);
  const bundled = await checkAndMark(gw);
  expect(bundled.marked.filter((f) => f.rule === 'unknown-code').map((f) => `${f.severity} ${f.cell}`)).toEqual(['warning B11', 'warning B12']);
  const rows = await catalogRowsFromFile('kemu.csv', readFileSync(path.join(__dirname, '..', 'fixtures', 'catalogs', 'kemu-2022-gbk.csv')), async () => ({ sheets: [] }));
  await gw.saveCatalog({ fileName: 'kemu.csv', rows: compactCatalogRows(rows), date: '2026-03-02' });
  const official = await checkAndMark(gw);
  expect(official.marked.filter((f) => f.rule === 'unknown-code').map((f) => `${f.severity} ${f.cell}`)).toEqual(['error B11', 'error B12']);
  expect(official.selected?.severity).toBe('error');
});
