/** 插入到工作表: a new sheet with the 说明 text in column A, a unique name, in two syncs. */
import { addTextSheetInContext, uniqueSheetName } from '../../src/office/addSheet';
import { MemoryWorkbookGateway } from '../../src/office/memoryGateway';
import { sheetFromRows } from '../../src/engine/workbook';

test('names: free as given; taken (any case) gets (2), (3); forbidden characters dropped; 31 characters at most', () => {
  expect(uniqueSheetName('说明', ['表1', '表2'])).toBe('说明');
  expect(uniqueSheetName('说明', ['表1', '说明'])).toBe('说明 (2)');
  expect(uniqueSheetName('说明', ['说明', '说明 (2)'])).toBe('说明 (3)');
  expect(uniqueSheetName('Notes', ['notes'])).toBe('Notes (2)');
  expect(uniqueSheetName('a/b:c?[d]', [])).toBe('abcd');
  const long = '预算说明'.repeat(10);
  expect(uniqueSheetName(long, [])).toHaveLength(31);
  expect(uniqueSheetName(long, [long.slice(0, 31)])).toBe(long.slice(0, 27) + ' (2)');
});

/** The Excel calls the function makes: names readable only after a sync; writes recorded with the sync they went in. */
function fakeContext(existing: string[]) {
  let syncs = 0;
  const writes: string[] = [];
  let namesLoaded = false;
  let namesSynced = false;
  const range = (address: string) => ({
    set numberFormat(v: string[][]) {
      writes.push(`${syncs} ${address} numberFormat ${JSON.stringify(v)}`);
    },
    set values(v: string[][]) {
      writes.push(`${syncs} ${address} values ${JSON.stringify(v)}`);
    },
    format: {
      set wrapText(v: boolean) {
        writes.push(`${syncs} ${address} wrapText ${v}`);
      },
      set verticalAlignment(v: string) {
        writes.push(`${syncs} ${address} verticalAlignment ${v}`);
      },
      set columnWidth(v: number) {
        writes.push(`${syncs} ${address} columnWidth ${v}`);
      },
      font: {
        set bold(v: boolean) {
          writes.push(`${syncs} ${address} bold ${v}`);
        },
      },
    },
  });
  const context = {
    workbook: {
      worksheets: {
        load: (what: string) => void (namesLoaded = what === 'items/name'),
        get items() {
          if (!namesLoaded || !namesSynced) throw new Error('PropertyNotLoaded: items');
          return existing.map((name) => ({ name }));
        },
        add: (name: string) => {
          writes.push(`${syncs} add ${name}`);
          return { getRange: range, activate: () => writes.push(`${syncs} activate ${name}`) };
        },
      },
    },
    sync: async () => {
      syncs++;
      namesSynced = namesLoaded;
    },
  };
  return { context: context as unknown as Excel.RequestContext, writes, syncs: () => syncs };
}

test('Excel: the names are read, then the sheet is added, written as text, wrapped, headings bold, activated', async () => {
  const { context, writes, syncs } = fakeContext(['表1', '说明']);
  const name = await addTextSheetInContext(context, '说明', [{ text: '收支总体情况', bold: true }, { text: '收入总计 8,281 万元。' }, { text: '' }]);
  expect(name).toBe('说明 (2)');
  expect(syncs()).toBe(2);
  expect(writes).toEqual([
    '1 add 说明 (2)',
    '1 A1:A3 numberFormat [["@"],["@"],["@"]]',
    '1 A1:A3 values [["收支总体情况"],["收入总计 8,281 万元。"],[""]]',
    '1 A1:A3 wrapText true',
    '1 A1:A3 verticalAlignment Top',
    '1 A1:A3 columnWidth 660',
    '1 A1 bold true',
    '1 activate 说明 (2)',
  ]);
});

test('the harness workbook gets the sheet too, shown and selected', async () => {
  const gw = new MemoryWorkbookGateway({ sheets: [sheetFromRows('说明', [['旧']])] });
  expect(await gw.addTextSheet('说明', [{ text: '标题', bold: true }, { text: '正文' }])).toBe('说明 (2)');
  const added = gw.workbook.sheets[1];
  expect(added.cells.map((r) => r[0]?.value)).toEqual(['标题', '正文']);
  expect(added.cells[0][0]?.bold).toBe(true);
  expect(gw.activeSheet).toBe('说明 (2)');
});
