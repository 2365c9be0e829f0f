/** snapshotWorkbook with office-addin-mock: load/sync discipline, constant sync count, conversion. */
import { OfficeMockObject } from 'office-addin-mock';
import { parseRangeAddress, rowChunks, snapshotWorkbook } from '../../src/office/snapshot';

interface SheetSpec {
  name: string;
  /** Top-left of the used range, 0-based. */
  top: number;
  left: number;
  values: (string | number)[][];
  formulas?: (string | number)[][];
  numberFormat?: string[][];
  merges?: string;
  indent?: number[][];
  /** Cell properties beyond indent (ExcelApi 1.9), by position in the used range. */
  styles?: Record<string, Record<string, unknown>>;
  /** Column widths in points, by column index in the used range (48 = Excel's default). */
  widths?: number[];
  /** Frozen-pane location address, when rows are frozen. */
  frozen?: string;
}

/** A hand-modelled Excel over office-addin-mock; ranges made by functions are synced with the context. */
function mockExcel(specs: SheetSpec[]) {
  const created: OfficeMockObject[] = [];
  const calls = { getRangeByIndexes: 0, getCellProperties: 0, getMergedAreas: 0, columns: 0 };
  const make = (data: Record<string, unknown>, plain: Record<string, unknown> = {}) => {
    const m = new OfficeMockObject(data);
    for (const [k, v] of Object.entries(plain)) Object.defineProperty(m, k, { value: v });
    created.push(m);
    return m;
  };
  const col = (c: number) => String.fromCharCode(65 + c);
  const items = specs.map((s, i) => ({
    id: `{sheet-${i}}`,
    name: s.name,
    getUsedRangeOrNullObject: () => {
      const rows = s.values.length;
      const cols = s.values[0]?.length ?? 0;
      const address = `'${s.name}'!${col(s.left)}${s.top + 1}:${col(s.left + cols - 1)}${s.top + rows}`;
      return make(
        { address, rowCount: rows, columnCount: cols },
        {
          isNullObject: rows === 0,
          getMergedAreasOrNullObject: () => {
            calls.getMergedAreas++;
            return make({ address: s.merges ?? '' }, { isNullObject: !s.merges });
          },
        },
      );
    },
    getRange: (address: string) => {
      calls.columns++;
      const c = address.charCodeAt(0) - 65;
      return make({ format: { columnWidth: s.widths?.[c - s.left] ?? 48 } });
    },
    freezePanes: {
      getLocationOrNullObject: () => make({ address: s.frozen ?? '' }, { isNullObject: !s.frozen }),
    },
    getRangeByIndexes: (r: number, c: number, nr: number, nc: number) => {
      calls.getRangeByIndexes++;
      const slice = <T>(grid: T[][] | undefined, fill: (v: string | number) => T) =>
        Array.from({ length: nr }, (_, i) => Array.from({ length: nc }, (_, j) => (grid ? grid[r - s.top + i][c - s.left + j] : fill(s.values[r - s.top + i][c - s.left + j]))));
      const props = Array.from({ length: nr }, (_, i) =>
        Array.from({ length: nc }, (_, j) => {
          const style = s.styles?.[`${r - s.top + i},${c - s.left + j}`] ?? {};
          return { format: { indentLevel: s.indent?.[r - s.top + i]?.[c - s.left + j] ?? 0, font: { bold: false, size: 11 }, horizontalAlignment: 'General', fill: { color: '#FFFFFF', pattern: 'None' }, ...style } };
        }),
      );
      return make(
        {
          values: slice(undefined, (v) => v),
          text: slice(undefined, (v) => String(v)),
          numberFormat: slice(s.numberFormat, () => 'General'),
          formulas: slice(s.formulas, (v) => v),
        },
        {
          getCellProperties: () => {
            calls.getCellProperties++;
            return { value: props };
          },
        },
      );
    },
  }));
  const context = new OfficeMockObject({ workbook: { worksheets: { items } } });
  const baseSync = context.sync.bind(context);
  context.sync = async () => {
    await baseSync();
    for (const m of created) await m.sync();
  };
  const sync = jest.spyOn(context, 'sync');
  return { context: context as unknown as Excel.RequestContext, sync, calls };
}

function sheet(i: number): SheetSpec {
  return {
    name: `表${i + 1}`,
    top: 1,
    left: 1,
    values: [
      ['项目', '金额', ''],
      ['一、基本支出', 100, ''],
      ['工资福利支出', 60, ''],
      ['商品和服务支出', 40, ''],
    ],
    formulas: [
      ['项目', '金额', ''],
      ['一、基本支出', '=C4+C5', ''],
      ['工资福利支出', 60, ''],
      ['商品和服务支出', 40, ''],
    ],
    numberFormat: [
      ['General', 'General', 'General'],
      ['General', '#,##0.00', 'General'],
      ['General', '#,##0.00', 'General'],
      ['General', '#,##0.00', 'General'],
    ],
    merges: `'表${i + 1}'!B2:C2`,
    indent: [[0], [0], [1], [1]],
  };
}

const all = () => true;
const floor = (minor: number) => minor <= 7;

test.each([
  ['ExcelApi 1.7 only', floor],
  ['every feature', all],
])('the sync count is the same for 1 and 20 sheets (%s)', async (_label, supports) => {
  const one = mockExcel([sheet(0)]);
  await snapshotWorkbook(one.context, { supports });
  const twenty = mockExcel(Array.from({ length: 20 }, (_, i) => sheet(i)));
  const wb = await snapshotWorkbook(twenty.context, { supports });
  expect(wb.sheets).toHaveLength(20);
  expect(one.sync).toHaveBeenCalledTimes(3);
  expect(twenty.sync).toHaveBeenCalledTimes(one.sync.mock.calls.length);
});

test('cells land at their sheet positions with text, formats, formulas, merges and indents', async () => {
  const { context, calls } = mockExcel([sheet(0)]);
  const wb = await snapshotWorkbook(context, { supports: all });
  const s = wb.sheets[0];
  expect(s.name).toBe('表1');
  expect(s.cells[0]).toEqual([]);
  expect(s.cells[1][0]).toBeUndefined();
  expect(s.cells[1][1]).toEqual({ value: '项目', text: '项目', numberFormat: 'General' });
  expect(s.cells[2][2]).toEqual({ value: 100, text: '100', numberFormat: '#,##0.00', formula: 'C4+C5' });
  expect(s.cells[3][1]?.indent).toBe(1);
  expect(s.cells[1][3]).toBeUndefined();
  expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  expect(calls.getCellProperties).toBe(1);
  expect(calls.getMergedAreas).toBe(1);
});

test('without ExcelApi 1.9 / 1.13 there are no cell properties or merges, and nothing breaks', async () => {
  const { context, calls } = mockExcel([sheet(0)]);
  const wb = await snapshotWorkbook(context, { supports: floor });
  expect(calls.getCellProperties).toBe(0);
  expect(calls.getMergedAreas).toBe(0);
  expect(wb.sheets[0].merges).toEqual([]);
  expect(wb.sheets[0].cells[3][1]?.indent).toBeUndefined();
});

test('large ranges are read in row chunks under the payload limit, in the same syncs', async () => {
  const big: SheetSpec = { name: '大表', top: 0, left: 0, values: Array.from({ length: 1000 }, (_, r) => [`行${r}`, r, r * 2]) };
  const { context, sync, calls } = mockExcel([big]);
  // 3 columns x 200 bytes = 600 bytes a row; 60,000 bytes -> 100 rows a chunk -> 10 chunks.
  const wb = await snapshotWorkbook(context, { supports: floor, maxChunkBytes: 60_000 });
  expect(calls.getRangeByIndexes).toBe(10);
  expect(sync).toHaveBeenCalledTimes(3);
  expect(wb.sheets[0].cells).toHaveLength(1000);
  expect(wb.sheets[0].cells[999][2]?.value).toBe(1998);
});

test('a used range beyond the cell budget is read down to it, and the workbook says so', async () => {
  // A stray mark far below the table stretches the used range (in Excel, down to row 1,048,576).
  const values = Array.from({ length: 3000 }, (_, r) => (r < 3 ? ['项目', '金额', r] : r === 2999 ? ['', '', '.'] : ['', '', '']));
  const { context, sync, calls } = mockExcel([{ name: '表1', top: 0, left: 0, values }]);
  const wb = await snapshotWorkbook(context, { supports: floor, maxCellsPerSheet: 3000, maxChunkBytes: 60_000 });
  expect(wb.sheets[0].cells).toHaveLength(1000);
  expect(calls.getRangeByIndexes).toBe(10);
  expect(sync).toHaveBeenCalledTimes(3);
  expect(wb.notes).toEqual([expect.stringMatching(/^工作表“表1”的已用区域过大（3000 行 × 3 列），只检查了前 1000 行/)]);
  const whole = await snapshotWorkbook(mockExcel([sheet(0)]).context, { supports: floor });
  expect(whole.notes).toBeUndefined();
});

test('fonts, alignment, wrap, fill, borders, column widths and the frozen header, in the same 3 syncs', async () => {
  const thin = { style: 'Continuous', weight: 'Thin' };
  const spec: SheetSpec = {
    ...sheet(0),
    values: [
      ['项目', '金额', ''],
      ['一、基本支出', 100, ''],
      ['工资福利支出', 60, ''],
      ['商品和服务支出', 40, ''],
    ],
    styles: {
      '0,0': { font: { bold: true, size: 16 }, horizontalAlignment: 'Center', wrapText: true, fill: { color: '#f2f2f2', pattern: 'Solid' }, borders: { top: thin, bottom: thin, left: thin, right: thin } },
      '1,1': { horizontalAlignment: 'Right', borders: { top: thin, bottom: thin, left: thin, right: { style: 'Continuous', weight: 'Medium' } } },
      '1,2': { borders: { top: thin, bottom: thin, left: thin, right: thin } },
    },
    // 28 characters = 201 px = 150.75 pt; 48 pt is the default width.
    widths: [150.75, 48, 48],
    frozen: "'表1'!1:2",
  };
  const { context, sync, calls } = mockExcel([spec]);
  const wb = await snapshotWorkbook(context, { supports: all });
  expect(sync).toHaveBeenCalledTimes(3);
  expect(calls.columns).toBe(3);
  const s = wb.sheets[0];
  expect(s.cells[1][1]).toEqual({ value: '项目', text: '项目', numberFormat: 'General', bold: true, fontSize: 16, horizontalAlignment: 'center', wrapText: true, fill: '#F2F2F2', thinBorder: true });
  // A medium right edge is not the thin grid; alignment is still read.
  expect(s.cells[2][2]).toEqual({ value: 100, text: '100', numberFormat: '#,##0.00', formula: 'C4+C5', horizontalAlignment: 'right' });
  // A blank cell is kept when it is formatted.
  expect(s.cells[2][3]).toEqual({ value: null, text: '', numberFormat: 'General', thinBorder: true });
  expect(s.columnWidths?.[1]).toBe(28);
  expect(s.columnWidths?.[2]).toBeUndefined();
  expect(s.frozenRows).toBe(2);
});

test('only the named sheets when asked (live re-check)', async () => {
  const { context } = mockExcel([sheet(0), sheet(1), sheet(2)]);
  const wb = await snapshotWorkbook(context, { supports: floor, sheetNames: ['表2'] });
  expect(wb.sheets.map((s) => s.name)).toEqual(['表2']);
});

test('address and chunk helpers', () => {
  expect(parseRangeAddress("'My sheet'!B2:F40")).toEqual({ top: 1, left: 1, bottom: 39, right: 5 });
  expect(parseRangeAddress('Sheet1!C3')).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
  expect(rowChunks(250, 10, 100 * 10 * 200, 200)).toEqual([[0, 100], [100, 100], [200, 50]]);
  expect(rowChunks(3, 100000, 10, 200)).toEqual([[0, 1], [1, 1], [2, 1]]);
});
