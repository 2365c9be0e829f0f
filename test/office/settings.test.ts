/**
 * What the add-in keeps in the workbook (出错说明, the loaded catalog, the marks log) goes through
 * Office's document settings and survives closing and reopening the workbook. The fake below keeps
 * Office's semantics: set() changes only the open copy, saveAsync() writes the settings into the
 * document as JSON, and a reopened workbook reads what was last saved.
 */
import { catalogFromRows } from '../../src/engine/catalog';
import { dismiss, dismissalsByFinding } from '../../src/engine/dismissals';
import type { Finding } from '../../src/engine/types';
import { MemoryWorkbookGateway } from '../../src/office/memoryGateway';
import { OfficeWorkbookGateway, type ExcelHost } from '../../src/office/officeGateway';
import { documentSettingsStore, SETTING_KEYS, type OfficeSettings } from '../../src/office/settings';
import { fakeExcel, FakeWorkbookModel } from './fakeExcel';

/** A workbook file's settings part, and the open copy of it Office.context.document.settings is. */
class FakeDocument {
  file = '{}';
  saves = 0;
  failNextSave = false;
  open(): OfficeSettings {
    const live: Record<string, unknown> = JSON.parse(this.file);
    return {
      get: (name) => (name in live ? live[name] : null),
      set: (name, value) => void (live[name] = JSON.parse(JSON.stringify(value))),
      remove: (name) => void delete live[name],
      saveAsync: (callback) => {
        if (this.failNextSave) {
          this.failNextSave = false;
          callback?.({ status: 'failed', error: { message: 'The file is read-only' } });
          return;
        }
        this.file = JSON.stringify(live);
        this.saves++;
        callback?.({ status: 'succeeded' });
      },
    };
  }
}

const finding: Finding = { rule: 'subtotal-mismatch', severity: 'error', sheet: '表1', cell: 'B11', expected: '7632', actual: '7642', message: '「一、政府预算拨款」为 7,642，但下级各行合计为 7,632' };
const day = new Date('2026-03-02T00:00:00Z');
const catalogRows = [
  ['科目编码', '科目名称'],
  ['206', '科学技术支出'],
  ['20605', '科技条件与服务'],
  ['2060599', '其他科技条件与服务支出'],
];

function gatewayOver(doc: FakeDocument): OfficeWorkbookGateway {
  const settings = doc.open();
  return new OfficeWorkbookGateway(fakeExcel(new FakeWorkbookModel(['表1'])) as unknown as ExcelHost, () => false, documentSettingsStore(() => settings));
}

test('出错说明 and the catalog are saved into the document and read back after reopening it', async () => {
  const doc = new FakeDocument();
  const first = gatewayOver(doc);
  expect(await first.loadDismissals()).toEqual([]);
  expect(await first.loadCatalog()).toBeUndefined();
  const d = dismiss(finding, undefined, '含待分配专项资金 10 万元', day);
  await first.saveDismissals([d]);
  await first.saveCatalog({ fileName: '2022年政府收支分类科目.xlsx', rows: catalogRows, date: '2026-03-02' });
  expect(doc.saves).toBe(2);

  const reopened = gatewayOver(doc);
  const dismissals = await reopened.loadDismissals();
  expect(dismissals).toEqual([d]);
  expect(dismissalsByFinding([finding], undefined, dismissals)).toEqual([d]);
  const stored = await reopened.loadCatalog();
  expect(stored?.fileName).toBe('2022年政府收支分类科目.xlsx');
  expect(catalogFromRows(stored!.rows).functionalEntry('2060599')?.name).toBe('其他科技条件与服务支出');

  // Back to the bundled catalog, and every 出错说明 restored: the keys leave the document.
  await reopened.saveCatalog(undefined);
  await reopened.saveDismissals([]);
  expect(JSON.parse(doc.file)).toEqual({});
  expect(await gatewayOver(doc).loadCatalog()).toBeUndefined();
});

test('a failed save is reported; what another version wrote is ignored, not trusted', async () => {
  const doc = new FakeDocument();
  const gw = gatewayOver(doc);
  doc.failNextSave = true;
  await expect(gw.saveDismissals([dismiss(finding, undefined, 'x', day)])).rejects.toThrow(/无法保存到工作簿：The file is read-only/);
  doc.file = JSON.stringify({ [SETTING_KEYS.dismissals]: [{ rule: 'x' }, 'y'], [SETTING_KEYS.catalog]: { fileName: 'a.csv', rows: [[1, 2]], date: '' } });
  const reopened = gatewayOver(doc);
  expect(await reopened.loadDismissals()).toEqual([]);
  expect(await reopened.loadCatalog()).toBeUndefined();
});

test('the default store is Office.context.document.settings; the marks log lives there too', async () => {
  const doc = new FakeDocument();
  const settings = doc.open();
  (globalThis as { Office?: unknown }).Office = { context: { document: { settings } } };
  try {
    const m = new FakeWorkbookModel(['表1']);
    const gw = new OfficeWorkbookGateway(fakeExcel(m) as unknown as ExcelHost, () => false);
    await gw.mark([{ sheet: '表1', cell: 'C3', color: '#F4CCCC' }]);
    await gw.saveDismissals([dismiss(finding, undefined, '已核实', day)]);
    const saved = JSON.parse(doc.file);
    expect(saved[SETTING_KEYS.marks]).toEqual([{ sheet: '表1', cell: 'C3', color: '#F4CCCC', previous: null, noteAdded: false }]);
    expect(saved[SETTING_KEYS.dismissals][0].explanation).toBe('已核实');
  } finally {
    delete (globalThis as { Office?: unknown }).Office;
  }
});

test('the harness keeps them in its workbook the same way (as JSON copies)', async () => {
  const gw = new MemoryWorkbookGateway({ sheets: [] });
  const d = dismiss(finding, undefined, '已核实', day);
  await gw.saveDismissals([d]);
  const back = await gw.loadDismissals();
  expect(back).toEqual([d]);
  back[0].explanation = 'changed';
  expect((await gw.loadDismissals())[0].explanation).toBe('已核实');
});
