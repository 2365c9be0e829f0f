/** Catalog rows shared by the CLI and the pane: CSV splitting, the compact rows a workbook keeps, file errors. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { catalogFromRows, catalogRowsFromFile, CatalogFileError, compactCatalogRows, csvRows, decodeText } from '../../src/engine/catalog';
import type { Workbook } from '../../src/engine/workbook';
import { sheetFromRows } from '../../src/engine/workbook';

const GBK_CSV = readFileSync(path.join(__dirname, '..', 'fixtures', 'catalogs', 'kemu-2022-gbk.csv'));
const noXlsx = async (): Promise<Workbook> => {
  throw new Error('not asked for');
};

test('CSV: quoted fields, doubled quotes, CRLF and LF, a last line without an end; tabs when there are no commas', () => {
  expect(csvRows('科目编码,科目名称\r\n2010101,"行政运行"\n"2060599","其他科技条件与服务支出,""含""维修"\n206,科学技术支出')).toEqual([
    ['科目编码', '科目名称'],
    ['2010101', '行政运行'],
    ['2060599', '其他科技条件与服务支出,"含"维修'],
    ['206', '科学技术支出'],
  ]);
  expect(csvRows('类\t款\t项\t科目名称\n206\t\t\t科学技术支出\n')).toEqual([
    ['类', '款', '项', '科目名称'],
    ['206', '', '', '科学技术支出'],
  ]);
  expect(csvRows('"a\nb",c\n')).toEqual([['a\nb', 'c']]);
});

test('the GBK catalog, compacted to code | name rows, builds the same catalog', async () => {
  const rows = await catalogRowsFromFile('2022年科目.CSV', GBK_CSV, noXlsx);
  expect(rows[0]).toEqual(['科目编码', '科目名称']);
  const compact = compactCatalogRows(rows);
  expect(compact.slice(0, 4)).toEqual([
    ['科目编码', '科目名称'],
    ['206', '科学技术支出'],
    ['20605', '科技条件与服务'],
    ['2060599', '其他科技条件与服务支出'],
  ]);
  const full = catalogFromRows(rows);
  const small = catalogFromRows(compact);
  expect(small.counts()).toEqual(full.counts());
  expect(small.functionalEntry('2080505')?.name).toBe('机关事业单位基本养老保险缴费支出');
  expect(small.isUserLoaded).toBe(true);
});

test('a 类 | 款 | 项 layout from a workbook compacts to full codes', async () => {
  const wb: Workbook = {
    sheets: [
      sheetFromRows('说明', [['本表为2022年政府收支分类科目']]),
      sheetFromRows('支出功能分类', [['类', '款', '项', '科目名称'], ['206', '', '', '科学技术支出'], ['', '05', '', '科技条件与服务'], ['', '', '99', '其他科技条件与服务支出']]),
    ],
  };
  const rows = await catalogRowsFromFile('kemu.xlsx', new Uint8Array([1]), async () => wb);
  expect(compactCatalogRows(rows)).toEqual([
    ['科目编码', '科目名称'],
    ['206', '科学技术支出'],
    ['20605', '科技条件与服务'],
    ['2060599', '其他科技条件与服务支出'],
  ]);
});

test('files the pane and the CLI cannot use say why', async () => {
  await expect(catalogRowsFromFile('kemu.xls', new Uint8Array(), noXlsx)).rejects.toThrow(/另存为 \.xlsx 或 \.csv/);
  await expect(catalogRowsFromFile('kemu.pdf', new Uint8Array(), noXlsx)).rejects.toThrow(CatalogFileError);
  await expect(catalogRowsFromFile('a.csv', new TextEncoder().encode('名称,金额\n办公费,12\n'), noXlsx)).rejects.toThrow(/没有找到 3\/5\/7 位的支出科目编码/);
  expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe7, 0xbc, 0x96]))).toBe('编');
});
