/** @jest-environment jsdom */
/**
 * The pane over the in-memory gateway and the real engine, on seed 000 (and 002 for the catalog):
 * 出错说明 (dismiss, kept in the workbook, shown on request, exported), 全部修正 (one plan, one undo
 * step), and loading the official catalog in the 设置 tab.
 */
import { readFileSync } from 'fs';
import { TextDecoder } from 'util';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { MemoryWorkbookGateway } from '../../src/office/memoryGateway';
import { SETTING_KEYS } from '../../src/office/settings';
import { engineServices } from '../../src/taskpane/services.default';
import { enUS, zhCN, type Strings } from '../../src/taskpane/strings';
import type { Workbook } from '../../src/engine/workbook';
import { numberAt, seedWorkbook, setNumber } from '../helpers/fixtures';

// jsdom has neither TextDecoder (the catalog's CSV decoding) nor ResizeObserver (Fluent's MessageBar).
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= TextDecoder;
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const GBK_CSV = readFileSync(path.join(__dirname, '..', 'fixtures', 'catalogs', 'kemu-2022-gbk.csv'));

/** Seed 000 with 表1!B11 (一、政府预算拨款 7,632) typed as 7,642 and B16 (三、单位资金 649) as 659. */
function broken000(): Workbook {
  const wb = seedWorkbook('seed000.tsv');
  setNumber(wb, '表1', 'B11', 7642);
  setNumber(wb, '表1', 'B16', 659);
  return wb;
}

function mount(gateway: MemoryWorkbookGateway, strings: Strings = zhCN) {
  const copied: string[] = [];
  const downloads: { fileName: string; text: string; mimeType: string }[] = [];
  const services = {
    ...engineServices(gateway),
    copyText: async (text: string) => void copied.push(text),
    download: (fileName: string, text: string, mimeType: string) => void downloads.push({ fileName, text, mimeType }),
  };
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} strings={strings} autoCheck />
    </FluentProvider>,
  );
  return { copied, downloads, view };
}

const finding = (where: string, rule: string) => screen.queryAllByTestId('finding').find((li) => li.dataset.cell === where && li.dataset.rule === rule);
const errors = () => Number(/\d+/.exec(screen.getByTestId('count-error').textContent ?? '')?.[0]);
const enabled = async (name: string | RegExp, within_: HTMLElement = document.body) => {
  const b = (await within(within_).findByRole('button', { name })) as HTMLButtonElement;
  await waitFor(() => expect(b.disabled).toBe(false));
  return b;
};

test('出错说明: dismiss with an explanation, kept in the workbook, shown on request, exported, restored', async () => {
  const gateway = new MemoryWorkbookGateway(broken000());
  const { copied, downloads, view } = mount(gateway);
  await screen.findByText(/识别出 \d+ 张表/);
  const errorsBefore = errors();
  const b11 = finding('表1!B11', 'subtotal-mismatch')!;
  fireEvent.click(await enabled('忽略', b11));
  // An empty explanation cannot be saved.
  const ok = within(b11).getByRole('button', { name: '确定' }) as HTMLButtonElement;
  expect(ok.disabled).toBe(true);
  fireEvent.change(within(b11).getByRole('textbox', { name: /出错说明/ }), { target: { value: '含待分配专项资金 10 万元，已报财政局备案' } });
  fireEvent.click(await enabled('确定', b11));
  await waitFor(() => expect(finding('表1!B11', 'subtotal-mismatch')).toBeUndefined());
  expect(errors()).toBe(errorsBefore - 1);
  expect(screen.getByRole('status').textContent).toContain('已保存出错说明');
  const stored = gateway.settings.get(SETTING_KEYS.dismissals) as { cell: string; explanation: string; expected: string; actual: string }[];
  expect(stored.map((d) => [d.cell, d.expected, d.actual, d.explanation])).toEqual([['B11', '7632', '7642', '含待分配专项资金 10 万元，已报财政局备案']]);

  // Shown on request, greyed, with its explanation and 恢复.
  fireEvent.click(screen.getByRole('switch', { name: '显示已忽略（1）' }));
  const shown = finding('表1!B11', 'subtotal-mismatch')!;
  expect(shown.dataset.dismissed).toBe('true');
  expect(shown.textContent).toContain('已忽略：含待分配专项资金 10 万元，已报财政局备案');

  // Export: the text for the clipboard and the CSV.
  fireEvent.click(await enabled('复制', screen.getByTestId('explanations')));
  await waitFor(() => expect(copied).toHaveLength(1));
  expect(copied[0]).toMatch(/^1\. 表1!B11（subtotal-mismatch）「一、政府预算拨款」「2021年预算数」为 7,642，但下级各行合计为 7,632/);
  expect(copied[0]).toContain('\n   出错说明：含待分配专项资金 10 万元，已报财政局备案');
  fireEvent.click(await enabled('下载 CSV'));
  await waitFor(() => expect(downloads).toHaveLength(1));
  expect(downloads[0].fileName).toBe('出错说明.csv');
  expect(downloads[0].text.split('\r\n')[0]).toBe('\uFEFF工作表,单元格,规则,问题,出错说明');
  expect(downloads[0].text.split('\r\n')[1]).toMatch(/^表1,B11,subtotal-mismatch,".*7,642.*",含待分配专项资金 10 万元，已报财政局备案$/);

  // The pane opened again over the same workbook: the dismissal is still there.
  view.unmount();
  mount(gateway);
  await screen.findByText(/识别出 \d+ 张表/);
  await waitFor(() => expect(screen.getByTestId('show-dismissed')).toBeTruthy());
  expect(finding('表1!B11', 'subtotal-mismatch')).toBeUndefined();
  fireEvent.click(screen.getByRole('switch', { name: '显示已忽略（1）' }));
  fireEvent.click(await enabled('恢复', finding('表1!B11', 'subtotal-mismatch')!));
  await waitFor(() => expect(finding('表1!B11', 'subtotal-mismatch')?.dataset.dismissed).toBeUndefined());
  expect(gateway.settings.get(SETTING_KEYS.dismissals)).toBeUndefined();
  expect(screen.queryByTestId('explanations')).toBeNull();
});

test('全部修正 writes the table\'s fixes as one plan, undone in one step', async () => {
  const gateway = new MemoryWorkbookGateway(broken000());
  mount(gateway);
  await screen.findByText(/识别出 \d+ 张表/);
  const group = screen.getAllByTestId('table-group').find((g) => /收支总表（表1）/.test(g.textContent ?? ''))!;
  // B11 and B16 have plans; 本年收入合计 (B54) over them has one too but waits for them.
  fireEvent.click(await enabled('全部修正（3）', group));
  await waitFor(() => expect(screen.getByRole('status').textContent).toContain('已修正：全部修正：收支总表（表1）'));
  expect([numberAt(gateway.workbook, '表1', 'B11'), numberAt(gateway.workbook, '表1', 'B16'), numberAt(gateway.workbook, '表1', 'B54')]).toEqual([7632, 649, 8281]);
  expect(screen.queryAllByTestId('finding').filter((li) => li.dataset.cell?.startsWith('表1!') && li.dataset.rule === 'subtotal-mismatch')).toEqual([]);
  expect(gateway.undoDepth()).toBe(1);
  fireEvent.click(await enabled('撤销'));
  await waitFor(() => expect(finding('表1!B11', 'subtotal-mismatch')).toBeTruthy());
  expect([numberAt(gateway.workbook, '表1', 'B11'), numberAt(gateway.workbook, '表1', 'B16')]).toEqual([7642, 659]);
});

test('the official catalog: loaded from a GBK CSV in 设置, kept in the workbook, used by the check; back to the bundled one', async () => {
  const gateway = new MemoryWorkbookGateway(seedWorkbook('seed002-t1.tsv', 'seed002-t4.tsv', 'seed002-t7.tsv', 'seed002-t8.tsv'));
  mount(gateway);
  await screen.findByText(/识别出 \d+ 张表/);
  // The bundled catalog may be incomplete: a code it lacks is a warning.
  expect(finding('seed002-t7!B11', 'unknown-code')?.textContent).toContain('警告');
  expect(screen.getByTestId('catalog-in-use').textContent).toContain('科目目录：内置目录（不完整）');
  fireEvent.click(screen.getByRole('button', { name: '更改' }));
  expect(screen.getByRole('tab', { name: '设置' }).getAttribute('aria-selected')).toBe('true');
  expect(screen.getByTestId('catalog-current').textContent).toBe('内置目录（不完整）');
  fireEvent.change(screen.getByTestId('catalog-input'), { target: { files: [new File([GBK_CSV], 'kemu-2022-gbk.csv', { type: 'text/csv' })] } });
  await waitFor(() => expect(screen.getByTestId('catalog-current').textContent).toBe('已载入：kemu-2022-gbk.csv，17 个科目'));
  expect(screen.getByRole('status').textContent).toContain('已载入科目目录 kemu-2022-gbk.csv（17 个科目），已重新检查。');
  const stored = gateway.settings.get(SETTING_KEYS.catalog) as { fileName: string; rows: string[][] };
  expect(stored.fileName).toBe('kemu-2022-gbk.csv');
  expect(stored.rows.slice(0, 3)).toEqual([['科目编码', '科目名称'], ['206', '科学技术支出'], ['20605', '科技条件与服务']]);
  fireEvent.click(screen.getByRole('tab', { name: '问题' }));
  // With the official catalog, a code it lacks is an error.
  expect(finding('seed002-t7!B11', 'unknown-code')?.textContent).toContain('错误');

  fireEvent.click(screen.getByRole('tab', { name: '设置' }));
  fireEvent.click(await enabled('改用内置目录'));
  await waitFor(() => expect(screen.getByTestId('catalog-current').textContent).toBe('内置目录（不完整）'));
  expect(gateway.settings.get(SETTING_KEYS.catalog)).toBeUndefined();
  fireEvent.click(screen.getByRole('tab', { name: '问题' }));
  expect(finding('seed002-t7!B11', 'unknown-code')?.textContent).toContain('警告');
});

test('an .xlsx catalog is read by the exceljs reader loaded on demand; an unusable file says why', async () => {
  const xl = new ExcelJS.Workbook();
  const ws = xl.addWorksheet('支出功能分类');
  ws.addRow(['类', '款', '项', '科目名称']);
  for (const r of [['206', '', '', '科学技术支出'], ['', '05', '', '科技条件与服务'], ['', '', '99', '其他科技条件与服务支出']]) ws.addRow(r);
  const bytes = new Uint8Array(await xl.xlsx.writeBuffer());
  const gateway = new MemoryWorkbookGateway(seedWorkbook('seed002-t1.tsv'));
  mount(gateway, enUS);
  await screen.findByText(/tables? found/);
  fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
  fireEvent.change(screen.getByTestId('catalog-input'), { target: { files: [new File([bytes], '2022科目.xlsx')] } });
  await waitFor(() => expect(screen.getByTestId('catalog-current').textContent).toBe('loaded: 2022科目.xlsx, 3 codes'));
  fireEvent.change(screen.getByTestId('catalog-input'), { target: { files: [new File(['名称,金额\n办公费,12\n'], 'notes.csv')] } });
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Failed: .*no 3\/5\/7-digit expenditure codes/));
  expect(screen.getByTestId('catalog-current').textContent).toBe('loaded: 2022科目.xlsx, 3 codes');
});

const rowText = (unit: string, item: string) =>
  Array.from(screen.getAllByTestId('sangong-unit').find((t) => t.dataset.unit === unit)?.querySelectorAll(`tr[data-item="${item}"] > *`) ?? [], (c) => c.textContent);

test('三公: the two years, change and rate per unit; 填入增减 writes them below the table, once, undone in one step', async () => {
  const gateway = new MemoryWorkbookGateway(seedWorkbook('seed000.tsv'));
  mount(gateway);
  await screen.findByText(/识别出 \d+ 张表/);
  fireEvent.click(screen.getByRole('tab', { name: '三公' }));
  // Seed 000's 表12, figures by hand: 18 → 11 is −7, −38.89%; 3 → 4 is +1, 33.33%; a unit with 4 → 0.08.
  expect(rowText('深圳市科学技术协会', 'total')).toEqual(['“三公”经费合计', '18', '11', '-7', '-38.89%']);
  expect(rowText('深圳市科学技术协会', 'reception')).toEqual(['公务接待费', '3', '4', '1', '33.33%']);
  expect(rowText('深圳市科技专家委员会办公室', 'total')).toEqual(['“三公”经费合计', '4', '0.08', '-3.92', '-98.00%']);
  expect(rowText('深圳市科学技术协会', 'abroad')).toEqual([]); // blank both years: not listed
  const header = Array.from(screen.getAllByTestId('sangong-unit')[0].querySelectorAll('thead th'), (c) => c.textContent);
  expect(header).toEqual(['项目', '2020年', '2021年', '增减', '增减率']);

  fireEvent.click(await enabled('填入增减'));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已填入“三公”经费增减数与增减率（65 个单元格）。'));
  const t12 = gateway.workbook.sheets.find((s) => s.name === '表12')!;
  // The department's 增减变化金额 row right below the table (row 21): −7 total, +1 reception, −8 vehicles.
  expect([t12.cells[20][0]?.value, t12.cells[20][1]?.value, t12.cells[20][2]?.value, t12.cells[20][4]?.value, t12.cells[20][5]?.value]).toEqual(['深圳市科学技术协会', '增减变化金额', -7, 1, -8]);
  expect(gateway.undoDepth()).toBe(1);
  fireEvent.click(await enabled('填入增减'));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('增减数与增减率已齐全，无需填写。'));
  fireEvent.click(await enabled('撤销'));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已撤销上一次修正。'));
  expect(t12.cells[20]?.[2]).toBeUndefined();
});

const paragraph = (id: string) => screen.getAllByTestId('narrative-paragraph').find((p) => p.dataset.id === id)!;

test('说明: the generated paragraphs, copied, inserted as a sheet, figures go to their cells', async () => {
  const gateway = new MemoryWorkbookGateway(seedWorkbook('seed000.tsv'));
  const { copied } = mount(gateway);
  await screen.findByText(/识别出 \d+ 张表/);
  fireEvent.click(screen.getByRole('tab', { name: '说明' }));
  const overview = paragraph('overview');
  expect(within(overview).getByRole('heading').textContent).toBe('收支总体情况');
  expect(overview.querySelector('p')?.textContent).toBe('深圳市科学技术协会 2021 年部门预算收入总计 8,281 万元；支出总计 8,281 万元。');
  expect(paragraph('expenditure').querySelector('p')?.textContent).toBe('深圳市科学技术协会 2021 年支出预算 8,281 万元，其中：基本支出 3,415 万元，占 41.24%；项目支出 4,866 万元，占 58.76%。');

  fireEvent.click(await enabled('复制'));
  await waitFor(() => expect(copied).toHaveLength(1));
  expect(copied[0].startsWith('收支总体情况\n深圳市科学技术协会 2021 年部门预算收入总计 8,281 万元；支出总计 8,281 万元。\n\n财政拨款收支总体情况\n')).toBe(true);
  expect(screen.getByRole('status').textContent).toBe('已将说明复制到剪贴板。');

  // A figure's source: 收入总计 is 表1!B56.
  fireEvent.click(within(overview).getByRole('button', { name: '收入总计 8,281 万元 · 表1!B56' }));
  await waitFor(() => expect(gateway.selection).toEqual({ sheet: '表1', cell: 'B56' }));

  fireEvent.click(await enabled('插入到工作表'));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已插入工作表“说明”。'));
  const sheet = gateway.workbook.sheets[gateway.workbook.sheets.length - 1];
  expect(sheet.name).toBe('说明');
  expect(sheet.cells.slice(0, 4).map((r) => [r[0]?.value, !!r[0]?.bold])).toEqual([
    ['收支总体情况', true],
    ['深圳市科学技术协会 2021 年部门预算收入总计 8,281 万元；支出总计 8,281 万元。', false],
    ['', false],
    ['财政拨款收支总体情况', true],
  ]);
  expect(gateway.activeSheet).toBe('说明');
});

test('说明 with last year\'s workbook (seed 004 and its 2022 figures): the changes the published text gives', async () => {
  const { workbookFromBuffer } = await import('../../src/cli/readXlsx');
  const sample = (name: string) => readFileSync(path.join(__dirname, '..', '..', 'samples', name));
  const gateway = new MemoryWorkbookGateway(await workbookFromBuffer(sample('seed004-chenghua-kexie-2023.xlsx')));
  mount(gateway);
  await screen.findByText(/识别出 \d+ 张表/);
  fireEvent.click(screen.getByRole('tab', { name: '说明' }));
  expect(paragraph('general-budget-scale').querySelector('p')?.textContent).toBe('成都市成华区科学技术协会本级 2023 年一般公共预算当年拨款 350.22 万元。');
  expect(screen.getByTestId('previous-year').textContent).toBe('上年数取自表内的上年列（如有）。');
  fireEvent.change(screen.getByTestId('previous-input'), { target: { files: [new File([sample('seed004-chenghua-kexie-2022-previous.xlsx')], '2022年预算.xlsx')] } });
  await waitFor(() => expect(screen.getByTestId('previous-year').textContent).toBe('上年数取自 2022年预算.xlsx。'));
  expect(paragraph('general-budget-scale').querySelector('p')?.textContent).toBe('成都市成华区科学技术协会本级 2023 年一般公共预算当年拨款 350.22 万元，比 2022 年预算数 522.55 万元减少 172.33 万元，下降 32.98%。');
  expect(paragraph('general-budget-items').querySelector('p')?.textContent).toContain('行政运行（01）预算数为 158.86 万元，比 2022 年预算数 187.09 万元减少 28.23 万元，下降 15.09%。');
  fireEvent.click(await enabled('不用上年预算表'));
  await waitFor(() => expect(paragraph('general-budget-scale').querySelector('p')?.textContent).toBe('成都市成华区科学技术协会本级 2023 年一般公共预算当年拨款 350.22 万元。'));
});

test('格式: the table at the selection, then all tables, each one undo step; a formatted table needs nothing; charts', async () => {
  const original = seedWorkbook('seed004.tsv');
  const gateway = new MemoryWorkbookGateway(seedWorkbook('seed004.tsv'));
  const title = () => gateway.workbook.sheets[0].cells[107][0];
  mount(gateway);
  await screen.findByText(/识别出 \d+ 张表/);
  fireEvent.click(screen.getByRole('tab', { name: '格式' }));
  // Outside any table: say so.
  await gateway.select(gateway.workbook.sheets[0].name, 'Z1');
  fireEvent.click(await enabled('格式化当前表格'));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('所选单元格不在识别出的表格中：请先在要格式化的表格中任选一个单元格。'));

  // In 一般公共预算支出预算表 (A108:I128): its title merged, bold, 16 pt, centred.
  await gateway.select(gateway.workbook.sheets[0].name, 'F120');
  expect(title()?.bold).toBeUndefined();
  fireEvent.click(await enabled('格式化当前表格'));
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^已完成：格式化/));
  expect(title()).toMatchObject({ value: '一般公共预算支出预算表', bold: true, fontSize: 16, horizontalAlignment: 'center' });
  expect(gateway.workbook.sheets[0].merges).toContainEqual({ top: 107, left: 0, bottom: 107, right: 8 });
  expect(gateway.undoDepth()).toBe(1);
  fireEvent.click(await enabled('格式化当前表格'));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('表格已是标准格式，无需修改。'));
  expect(gateway.undoDepth()).toBe(1);

  fireEvent.click(await enabled('格式化全部表格'));
  await waitFor(() => expect(gateway.undoDepth()).toBe(2));
  fireEvent.click(await enabled('撤销'));
  await waitFor(() => expect(gateway.undoDepth()).toBe(1));
  fireEvent.click(await enabled('撤销'));
  await waitFor(() => expect(gateway.undoDepth()).toBe(0));
  const json = (x: unknown) => JSON.parse(JSON.stringify(x));
  expect(json(gateway.workbook.sheets)).toEqual(json(original.sheets)); // exactly as before (blank cells as the harness keeps them)

  expect(screen.getAllByTestId('format-table').length).toBeGreaterThan(5);
  fireEvent.click(await enabled('插入图表'));
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^已插入 \d 个图表。$/));
  expect(gateway.charts.map((c) => c.kind).sort()).toEqual(['clustered-bar', 'doughnut']);
});
