/** @jest-environment jsdom */
/**
 * The pane with the real engine on workbooks it cannot use: no budget table, a snapshot that fails
 * (as Office.js calls do: a RichApi error), a used range cut short. It says so and keeps working.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { MemoryWorkbookGateway } from '../../src/office/memoryGateway';
import { engineServices } from '../../src/taskpane/services.default';
import { zhCN } from '../../src/taskpane/strings';
import { sheetFromRows, type Workbook } from '../../src/engine/workbook';
import { onlySheet, seedWorkbook } from '../helpers/fixtures';

(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** The in-memory gateway, whose next snapshots fail the way Excel's do when a workbook is busy or gone. */
class FailingGateway extends MemoryWorkbookGateway {
  failures = 0;
  override async snapshot(sheetNames?: string[]): Promise<Workbook> {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('RichApi.Error: The workbook is busy (GeneralException)');
    }
    return super.snapshot(sheetNames);
  }
}

function mount(gateway: MemoryWorkbookGateway, autoCheck = true) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App services={engineServices(gateway)} strings={zhCN} autoCheck={autoCheck} />
    </FluentProvider>,
  );
}

const staffList = (): Workbook => ({ sheets: [sheetFromRows('通讯录', [['姓名', '科室', '电话'], ['张三', '办公室', '028-12345678']])] });

test('a workbook with no budget table: a clear message, not “no problems”', async () => {
  mount(new MemoryWorkbookGateway(staffList()));
  await screen.findByText('识别出 0 张表');
  expect(screen.getByTestId('no-tables').textContent).toContain('未找到标准预算表');
  expect(screen.queryByText(zhCN.noFindings)).toBeNull();
});

test('a failing snapshot shows its message, and the next check works', async () => {
  const gateway = new FailingGateway(onlySheet(seedWorkbook('seed000.tsv'), '表7'));
  gateway.failures = 1;
  mount(gateway);
  expect((await screen.findByRole('status')).textContent).toBe('操作失败：RichApi.Error: The workbook is busy (GeneralException)');
  fireEvent.click(screen.getByRole('button', { name: '检查工作簿' }));
  await screen.findByText('识别出 1 张表');
  expect(screen.queryByRole('status')).toBeNull();
  expect(screen.getAllByTestId('finding').map((li) => li.getAttribute('data-cell'))).toContain('表7!D83'); // the 科技馆站 rounding tail
});

test('a live re-check that fails says so; the pane keeps working', async () => {
  const gateway = new FailingGateway(onlySheet(seedWorkbook('seed000.tsv'), '表7'), undefined, 5);
  mount(gateway);
  await screen.findByText('识别出 1 张表');
  fireEvent.click(screen.getByRole('switch'));
  gateway.failures = 1;
  gateway.editCell('表7', 11, 3, 5000);
  expect((await screen.findByRole('status')).textContent).toContain('RichApi.Error');
  gateway.editCell('表7', 11, 3, 4197);
  await waitFor(() => expect(screen.getAllByTestId('finding').some((li) => li.getAttribute('data-cell') === '表7!D12' && li.getAttribute('data-rule') === 'subtotal-mismatch')).toBe(true));
});

test('what the snapshot could not read whole is shown', async () => {
  const wb = onlySheet(seedWorkbook('seed000.tsv'), '表7');
  wb.notes = ['工作表“表7”的已用区域过大（1048576 行 × 26 列），只检查了前 76923 行；请删除表格下方多余的内容或格式。'];
  mount(new MemoryWorkbookGateway(wb));
  await screen.findByText('识别出 1 张表');
  expect(screen.getByText(/已用区域过大/)).toBeTruthy();
});
