/**
 * Live validation: listen to worksheet changes, drop the add-in's own writes, gather what changed
 * over a quiet period (debounce), then report the touched sheets once. The caller re-snapshots only
 * those sheets and re-checks. Handlers for every sheet are added in one batch:
 *   sync 1: the worksheet collection (ids and names); sync 2: every handler registered.
 * With ExcelApi 1.14 the event's triggerSource tells the add-in's own writes apart; before that,
 * the gateway keeps a flag while it writes (isOwnWrite).
 */
import type { ChangeEvent } from './gateway';
import { debounce, type Debounced } from './debounce';
import type { Supports } from './requirements';

export const LIVE_DEBOUNCE_MS = 800;

export interface RawChange {
  /** Sheet name, or undefined when the event's worksheet is not known (a sheet added since). */
  sheet?: string;
  address?: string;
  triggerSource?: string;
}

export interface ChangeCollector {
  push(change: RawChange): void;
  cancel(): void;
  flush(): void;
}

/** Pure: filter own writes, debounce, merge touched sheets and ranges into one ChangeEvent. */
export function createChangeCollector(options: {
  supports: Supports;
  isOwnWrite: () => boolean;
  onTouched: (change: ChangeEvent) => void;
  waitMs?: number;
  timers?: Parameters<typeof debounce>[2];
}): ChangeCollector {
  const flushed: Debounced<RawChange> = debounce<RawChange>(
    (changes) => {
      const unknown = changes.some((c) => !c.sheet);
      const sheets = unknown ? [] : [...new Set(changes.map((c) => c.sheet as string))];
      const ranges = [...new Set(changes.filter((c) => c.sheet && c.address).map((c) => `${c.sheet}!${c.address}`))];
      options.onTouched({ sheets, ranges });
    },
    options.waitMs ?? LIVE_DEBOUNCE_MS,
    options.timers,
  );
  return {
    push(change) {
      if (options.supports(14) && change.triggerSource !== undefined) {
        if (change.triggerSource === 'ThisLocalAddin') return;
      } else if (options.isOwnWrite()) return;
      flushed(change);
    },
    cancel: () => flushed.cancel(),
    flush: () => flushed.flush(),
  };
}

/** Register one onChanged handler per worksheet, all in one batch. Returns the handler results. */
export async function addChangeHandlers(context: Excel.RequestContext, push: (change: RawChange) => void): Promise<OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items');
  await context.sync();
  const names = new Map(worksheets.items.map((ws) => [ws.id, ws.name]));
  const results = worksheets.items.map((ws) =>
    ws.onChanged.add(async (args: Excel.WorksheetChangedEventArgs) => {
      push({ sheet: names.get(args.worksheetId), address: args.address, triggerSource: (args as { triggerSource?: string }).triggerSource });
    }),
  );
  await context.sync();
  return results;
}
