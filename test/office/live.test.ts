/** Live validation: debounce, own-write filtering, one handler per sheet added in one batch. */
import { OfficeMockObject } from 'office-addin-mock';
import { debounce } from '../../src/office/debounce';
import type { ChangeEvent } from '../../src/office/gateway';
import { addChangeHandlers, createChangeCollector, LIVE_DEBOUNCE_MS } from '../../src/office/live';
import { MemoryWorkbookGateway } from '../../src/office/memoryGateway';
import { sheetFromRows } from '../../src/engine/workbook';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test('debounce runs once after the quiet period with every queued argument; cancel and flush', () => {
  const calls: number[][] = [];
  const d = debounce<number>((args) => calls.push(args), 100);
  d(1);
  jest.advanceTimersByTime(50);
  d(2);
  jest.advanceTimersByTime(99);
  expect(calls).toEqual([]);
  jest.advanceTimersByTime(1);
  expect(calls).toEqual([[1, 2]]);
  d(3);
  d.cancel();
  jest.advanceTimersByTime(1000);
  expect(calls).toHaveLength(1);
  d(4);
  expect(d.pending()).toBe(true);
  d.flush();
  expect(calls).toEqual([[1, 2], [4]]);
});

test('changes are merged per quiet period; own writes are dropped (triggerSource with 1.14, flag before)', () => {
  const events: ChangeEvent[] = [];
  let own = false;
  const c14 = createChangeCollector({ supports: () => true, isOwnWrite: () => own, onTouched: (e) => events.push(e) });
  c14.push({ sheet: '表1', address: 'C3', triggerSource: 'ThisLocalAddin' });
  c14.push({ sheet: '表1', address: 'C4', triggerSource: 'Others' });
  c14.push({ sheet: '表2', address: 'D8', triggerSource: 'Others' });
  c14.push({ sheet: '表1', address: 'C4', triggerSource: 'Others' });
  jest.advanceTimersByTime(LIVE_DEBOUNCE_MS);
  expect(events).toEqual([{ sheets: ['表1', '表2'], ranges: ['表1!C4', '表2!D8'] }]);

  const c7 = createChangeCollector({ supports: (m) => m <= 7, isOwnWrite: () => own, onTouched: (e) => events.push(e) });
  own = true;
  c7.push({ sheet: '表1', address: 'C3' });
  own = false;
  c7.push({ sheet: undefined, address: 'A1' });
  jest.advanceTimersByTime(LIVE_DEBOUNCE_MS);
  expect(events[1]).toEqual({ sheets: [], ranges: [] }); // an unknown sheet: check everything
});

test('one onChanged handler per worksheet, all added in 2 syncs whatever the number of sheets', async () => {
  for (const n of [1, 20]) {
    const added: ((args: Excel.WorksheetChangedEventArgs) => Promise<void>)[] = [];
    const items = Array.from({ length: n }, (_, i) => ({
      id: `{${i}}`,
      name: `表${i + 1}`,
      onChanged: { add: (h: (args: Excel.WorksheetChangedEventArgs) => Promise<void>) => (added.push(h), { remove: jest.fn() }) },
    }));
    const context = new OfficeMockObject({ workbook: { worksheets: { items } } });
    const sync = jest.spyOn(context, 'sync');
    const pushed: unknown[] = [];
    await addChangeHandlers(context as unknown as Excel.RequestContext, (c) => pushed.push(c));
    expect(sync).toHaveBeenCalledTimes(2);
    expect(added).toHaveLength(n);
    await added[n - 1]({ worksheetId: `{${n - 1}}`, address: 'B2', triggerSource: 'Others' } as unknown as Excel.WorksheetChangedEventArgs);
    expect(pushed).toEqual([{ sheet: `表${n}`, address: 'B2', triggerSource: 'Others' }]);
  }
});

test('the in-memory gateway reports user edits, debounced, and not its own writes; live can be turned off', async () => {
  const gw = new MemoryWorkbookGateway({ sheets: [sheetFromRows('表1', [['合计', 3], ['a', 1], ['b', 2]])] });
  const events: ChangeEvent[] = [];
  const stop = await gw.onChange((e) => events.push(e));
  await gw.applyPlan({ title: 't', edits: [{ sheet: '表1', cell: 'B1', before: 3, after: 4 }] });
  gw.editCell('表1', 1, 1, 2);
  gw.editCell('表1', 2, 1, 2);
  jest.advanceTimersByTime(LIVE_DEBOUNCE_MS);
  expect(events).toEqual([{ sheets: ['表1'], ranges: ['表1!B2', '表1!B3'] }]);
  await stop();
  gw.editCell('表1', 2, 1, 5);
  jest.advanceTimersByTime(LIVE_DEBOUNCE_MS);
  expect(events).toHaveLength(1);
});
