/** @jest-environment jsdom */
/** The pane over the in-memory gateway, with a stand-in engine: summary, filters, select, fix, undo, marks. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { MemoryWorkbookGateway } from '../../src/office/memoryGateway';
import type { CheckServices } from '../../src/taskpane/services';
import { engineServices } from '../../src/taskpane/services.default';
import { enUS, stringsFor, zhCN } from '../../src/taskpane/strings';
import type { Finding, RecognizedTable, Report } from '../../src/engine/types';
import { cellAt, sheetFromRows, type Workbook } from '../../src/engine/workbook';
import { ENGINE_VERSION } from '../../src/engine/version';

// jsdom has no ResizeObserver; Fluent's MessageBar uses one to reflow.
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const table = { sheet: '表1', kind: 'general-budget-expenditure', title: '一般公共预算支出表' } as RecognizedTable;

/** Stand-in engine: B1 must be B2 + B3 (error), and an info that never goes away. */
function check(wb: Workbook): Report {
  const s = wb.sheets[0];
  const n = (r: number) => Number(cellAt(s, r, 1).value);
  const findings: Finding[] = [{ rule: 'rounding-tail', severity: 'info', sheet: '表2', cell: 'A1', message: '尾数误差', table: 0 }];
  if (n(0) !== n(1) + n(2)) findings.unshift({ rule: 'subtotal-mismatch', severity: 'error', sheet: '表1', cell: 'B1', expected: String(n(1) + n(2)), actual: String(n(0)), message: '合计不等于各项之和', table: 0 });
  return { tables: [table], findings };
}

function setup(strings = zhCN) {
  const gateway = new MemoryWorkbookGateway({ sheets: [sheetFromRows('表1', [['合计', 4], ['a', 1], ['b', 2]]), sheetFromRows('表2', [['x']])] });
  const services: CheckServices = {
    ...engineServices(gateway),
    check,
    planFor: (f, wb) => (f.expected ? { title: 'B1 → ' + f.expected, edits: [{ sheet: f.sheet, cell: f.cell, before: cellAt(wb.sheets[0], 0, 1).value, after: Number(f.expected) }] } : undefined),
    engineVersion: ENGINE_VERSION,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} strings={strings} autoCheck />
    </FluentProvider>,
  );
  return gateway;
}

test('summary, select, fix, undo, filters and marks', async () => {
  const gateway = setup();
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('预算表校验助手');
  expect(screen.getByTestId('engine-version').textContent).toContain(ENGINE_VERSION);
  await screen.findByText('识别出 1 张表');
  expect(screen.getByTestId('count-error').textContent).toContain('1');
  expect(screen.getByTestId('count-info').textContent).toContain('1');
  expect(screen.getAllByTestId('finding')).toHaveLength(2);

  fireEvent.click(screen.getByRole('button', { name: /定位到 表1!B1/ }));
  await waitFor(() => expect(gateway.selection).toEqual({ sheet: '表1', cell: 'B1' }));

  const fixButton = within(screen.getAllByTestId('finding')[0]).getByRole('button', { name: '修正' }) as HTMLButtonElement;
  await waitFor(() => expect(fixButton.disabled).toBe(false));
  fireEvent.click(fixButton);
  await waitFor(() => expect(screen.getAllByTestId('finding')).toHaveLength(1));
  expect(gateway.workbook.sheets[0].cells[0][1]?.value).toBe(3);
  expect(screen.getByRole('status').textContent).toContain('已修正');

  await waitFor(() => expect((screen.getByRole('button', { name: '撤销' }) as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(screen.getByRole('button', { name: '撤销' }));
  await waitFor(() => expect(screen.getAllByTestId('finding')).toHaveLength(2));
  expect(gateway.workbook.sheets[0].cells[0][1]?.value).toBe(4);
  expect((screen.getByRole('button', { name: '撤销' }) as HTMLButtonElement).disabled).toBe(true);

  fireEvent.click(screen.getByTestId('count-info'));
  expect(screen.getAllByTestId('finding')).toHaveLength(1);
  expect(screen.getByText('另有 1 条已被筛选隐藏')).toBeTruthy();

  await waitFor(() => expect((screen.getByRole('button', { name: '标出问题单元格' }) as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(screen.getByRole('button', { name: '标出问题单元格' }));
  await waitFor(() => expect(gateway.markCount()).toBe(2));
  expect(gateway.fills.get('表1!B1')).toBe('#F4CCCC');
  await waitFor(() => expect((screen.getByRole('button', { name: '清除标记' }) as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
  await waitFor(() => expect(gateway.markCount()).toBe(0));
});

test('live checking re-checks after an edit in the workbook', async () => {
  jest.useFakeTimers();
  try {
    const gateway = setup();
    await act(async () => {
      await jest.runOnlyPendingTimersAsync();
    });
    await screen.findByText('识别出 1 张表');
    fireEvent.click(screen.getByRole('switch'));
    await act(async () => {
      await Promise.resolve();
    });
    act(() => gateway.editCell('表1', 0, 1, 3));
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1000);
    });
    await waitFor(() => expect(screen.getAllByTestId('finding')).toHaveLength(1));
  } finally {
    jest.useRealTimers();
  }
});

test('English outside Chinese Office', async () => {
  expect(stringsFor('zh-CN')).toBe(zhCN);
  expect(stringsFor('zh-TW')).toBe(zhCN);
  expect(stringsFor('en-US')).toBe(enUS);
  expect(stringsFor('fr-FR')).toBe(enUS);
  expect(stringsFor(undefined)).toBe(zhCN);
  setup(enUS);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Budget Table Checker');
  await screen.findByText('1 table found');
  expect(screen.getByRole('tab', { name: 'Problems' }).getAttribute('aria-selected')).toBe('true');
});
