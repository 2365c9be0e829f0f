/**
 * What the add-in keeps in the workbook itself, by key: Office's document settings, saved into the
 * file with it (the marks log, the 出错说明, the loaded catalog). The memory store is the harness's
 * and the tests': values go through JSON as Office stores them, so what comes back is a copy.
 */
import { validDismissals, type Dismissal } from '../engine/dismissals';

export interface SettingsStore {
  get(key: string): unknown;
  /** Set a value (undefined removes it) and save the settings into the document. */
  set(key: string, value: unknown): Promise<void>;
}

/** The part of Office.Settings the store uses. */
export interface OfficeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

export const SETTING_KEYS = {
  marks: 'budgetChecker.marks',
  dismissals: 'budgetChecker.dismissals',
  catalog: 'budgetChecker.catalog',
} as const;

/** Office's document settings; `settings` is looked up when used (outside Office there are none). */
export function documentSettingsStore(settings: () => OfficeSettings | undefined = () => Office.context.document.settings): SettingsStore {
  return {
    get(key) {
      try {
        return settings()?.get(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      let s: OfficeSettings | undefined;
      try {
        s = settings();
      } catch {
        s = undefined; // outside Office
      }
      if (!s) throw new Error('无法保存到工作簿：请在 Excel 中打开本加载项（document settings unavailable outside Excel）');
      if (value === undefined) s.remove(key);
      else s.set(key, value);
      const store = s;
      return new Promise((resolve, reject) =>
        store.saveAsync((result) => {
          if (String(result.status) === 'failed') reject(new Error(`无法保存到工作簿：${result.error?.message ?? ''}（saving document settings failed）`));
          else resolve();
        }),
      );
    },
  };
}

/** Settings in memory, as JSON like Office keeps them. `saved` counts the saves. */
export class MemorySettingsStore implements SettingsStore {
  private readonly values = new Map<string, string>();
  saved = 0;

  get(key: string): unknown {
    const raw = this.values.get(key);
    return raw === undefined ? undefined : JSON.parse(raw);
  }

  async set(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, JSON.stringify(value));
    this.saved++;
  }
}

/** The official catalog a user loaded for this workbook: its file name and the compact code | name rows. */
export interface StoredCatalog {
  fileName: string;
  rows: string[][];
  /** ISO date it was loaded. */
  date: string;
}

export function storedCatalogOf(raw: unknown): StoredCatalog | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const c = raw as Record<string, unknown>;
  const rows = c.rows;
  if (typeof c.fileName !== 'string' || typeof c.date !== 'string' || !Array.isArray(rows)) return undefined;
  if (!rows.every((r) => Array.isArray(r) && r.every((x) => typeof x === 'string'))) return undefined;
  return { fileName: c.fileName, rows: rows as string[][], date: c.date };
}

/** What both gateways keep in the workbook's settings: 出错说明 and the loaded catalog, read back checked. */
/**
 * The gateway methods for what the workbook keeps of the pane's own (出错说明, the loaded catalog),
 * over the gateway's settings store: both gateways extend this, so the keys and their checks are
 * written once.
 */
export abstract class WorkbookSettings {
  protected abstract readonly settings: SettingsStore;

  async loadDismissals(): Promise<Dismissal[]> {
    return validDismissals(this.settings.get(SETTING_KEYS.dismissals));
  }

  saveDismissals(dismissals: Dismissal[]): Promise<void> {
    return this.settings.set(SETTING_KEYS.dismissals, dismissals.length ? dismissals : undefined);
  }

  async loadCatalog(): Promise<StoredCatalog | undefined> {
    return storedCatalogOf(this.settings.get(SETTING_KEYS.catalog));
  }

  saveCatalog(catalog: StoredCatalog | undefined): Promise<void> {
    return this.settings.set(SETTING_KEYS.catalog, catalog);
  }
}
