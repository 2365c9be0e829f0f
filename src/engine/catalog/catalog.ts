/**
 * A code catalog with Map look-ups built once: by code, by (parent, normalized name), by name.
 * Rules call these per row, so nothing here scans the rows.
 */
import { normalizeSubjectName } from './normalize';
import type { CatalogEntry, CatalogRow, CatalogSystem, DatedName, FormerName, LaterName, NameMatch } from './types';

export type CatalogOrigin = 'bundled' | 'user';

/** Stands for "no particular year" where only undated names exist. */
const ANY_YEAR = 9999;

/** 2xx functional, 3xx (部门预算) and 5xx (政府预算) economic; anything else is no expenditure code. */
export function systemOfCode(code: string): CatalogSystem | undefined {
  if (code.startsWith('2')) return 'functional';
  if (code.startsWith('3') || code.startsWith('5')) return 'economic';
  return undefined;
}

/** Parent = drop the last two digits (206 → 20607 → 2060701); a 类 has none. */
export function parentCode(code: string): string | null {
  return code.length > 3 ? code.slice(0, code.length - 2) : null;
}

function validIn(name: DatedName, year: number): boolean {
  return (name.from === undefined || year >= name.from) && (name.until === undefined || year <= name.until);
}

/** The next name's start year is when a name was replaced. */
function formerNamesIn(names: DatedName[], year: number): FormerName[] {
  const out: FormerName[] = [];
  names.forEach((n, i) => {
    if (n.name === null || n.until === undefined || year <= n.until) return;
    const successor = names[i + 1];
    out.push({
      name: n.name,
      until: n.until,
      changedIn: successor?.from ?? n.until + 1,
      yearsVerified: n.yearsVerified ?? true,
      yearNote: n.yearNote,
    });
  });
  return out;
}

function laterNamesIn(names: DatedName[], year: number): LaterName[] {
  return names
    .filter((n): n is DatedName & { name: string; from: number } => n.name !== null && n.from !== undefined && year < n.from)
    .map((n) => ({ name: n.name, from: n.from, yearNote: n.yearNote }));
}

function entryFor(row: CatalogRow, system: CatalogSystem, year: number): CatalogEntry {
  const valid = row.names.filter((n) => n.name !== null && validIn(n, year)).map((n) => n.name as string);
  // Outside every span (a year before a name's `from` with no older name on record): the nearest name.
  const fallback = row.names[row.names.length - 1]?.name ?? null;
  return {
    system,
    code: row.code,
    level: row.level,
    parent: row.parent,
    name: valid.length > 0 ? valid[valid.length - 1] : fallback,
    validNames: valid.length > 0 ? valid : fallback === null ? [] : [fallback],
    formerNames: formerNamesIn(row.names, year),
    laterNames: laterNamesIn(row.names, year),
    row,
  };
}

/** `functional:20607`, `economic:301`; 类 rows hang under `functional:` / `economic:`. */
function parentKey(system: CatalogSystem, parent: string | null): string {
  return `${system}:${parent ?? ''}`;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class Catalog {
  readonly origin: CatalogOrigin;
  readonly years: readonly number[];
  private readonly rowsBySystem: Record<CatalogSystem, Map<string, CatalogRow>>;
  /** parentKey -> normalized name (any dated name) -> rows. */
  private readonly childNames = new Map<string, Map<string, CatalogRow[]>>();
  /** normalized name -> rows, across levels and systems (for hints like "this name belongs to 2069999"). */
  private readonly allNames = new Map<string, CatalogRow[]>();
  /** Entries already built, by system, year and code: rules ask for the same codes row after row. */
  private readonly entries = new Map<number, Map<string, CatalogEntry | undefined>>();

  constructor(functional: CatalogRow[], economic: CatalogRow[], origin: CatalogOrigin, years: number[]) {
    this.origin = origin;
    this.years = [...new Set(years)].sort((a, b) => a - b);
    this.rowsBySystem = {
      functional: new Map(functional.map((r) => [r.code, r])),
      economic: new Map(economic.map((r) => [r.code, r])),
    };
    for (const [system, rows] of [['functional', functional], ['economic', economic]] as const) {
      for (const row of rows) this.indexNames(system, row);
    }
  }

  private indexNames(system: CatalogSystem, row: CatalogRow): void {
    const key = parentKey(system, row.parent);
    let byName = this.childNames.get(key);
    if (!byName) this.childNames.set(key, (byName = new Map()));
    const seen = new Set<string>();
    for (const n of row.names) {
      if (n.name === null) continue;
      const norm = normalizeSubjectName(n.name);
      if (seen.has(norm)) continue;
      seen.add(norm);
      pushTo(byName, norm, row);
      pushTo(this.allNames, norm, row);
    }
  }

  /** True for a catalog the user loaded (the official one for the year): its absences are errors. */
  get isUserLoaded(): boolean {
    return this.origin === 'user';
  }

  /** Newest year the catalog covers; null for a user catalog loaded without a year. */
  get newestYear(): number | null {
    return this.years.length > 0 ? this.years[this.years.length - 1] : null;
  }

  /**
   * The year to read names in: the table's year when known, else the newest the catalog covers.
   * A user catalog without a year has undated names, valid whatever year is used.
   */
  resolveYear(year?: number | null): number {
    return year ?? this.newestYear ?? ANY_YEAR;
  }

  entry(code: string, system: CatalogSystem, year?: number | null): CatalogEntry | undefined {
    const resolved = this.resolveYear(year);
    const key = system === 'functional' ? resolved : -resolved;
    let built = this.entries.get(key);
    if (!built) this.entries.set(key, (built = new Map()));
    if (built.has(code)) return built.get(code);
    const row = this.rowsBySystem[system].get(code);
    const entry = row ? entryFor(row, system, resolved) : undefined;
    if (row || built.size < 10000) built.set(code, entry); // unknown codes: bounded, a fuzzed sheet may hold many
    return entry;
  }

  functionalEntry(code: string, year?: number | null): CatalogEntry | undefined {
    return this.entry(code, 'functional', year);
  }

  economicEntry(code: string, year?: number | null): CatalogEntry | undefined {
    return this.entry(code, 'economic', year);
  }

  /** Rows whose name (current, former or later) normalizes to `name`, under one parent. */
  private matchesUnder(key: string, system: CatalogSystem, name: string, year?: number | null): NameMatch[] {
    const rows = this.childNames.get(key)?.get(normalizeSubjectName(name)) ?? [];
    return rows.map((row) => this.toMatch(row, system, name, year));
  }

  private toMatch(row: CatalogRow, system: CatalogSystem, name: string, year?: number | null): NameMatch {
    const entry = entryFor(row, system, this.resolveYear(year));
    const norm = normalizeSubjectName(name);
    const same = (n: string) => normalizeSubjectName(n) === norm;
    const matched = entry.validNames.some(same) ? 'current' : entry.formerNames.some((f) => same(f.name)) ? 'former' : 'later';
    const printed = [...entry.validNames, ...entry.formerNames.map((f) => f.name), ...entry.laterNames.map((l) => l.name)].find(same) ?? name;
    return { entry, matched, name: printed };
  }

  /** The functional 类 with this name (一、科学技术支出 → 206); a former name matches too, and says so. */
  classByName(name: string, year?: number | null): NameMatch | undefined {
    const hits = this.matchesUnder(parentKey('functional', null), 'functional', name, year);
    return hits.find((h) => h.matched === 'current') ?? hits[0];
  }

  /**
   * Children of `parentCode` with this name: 机构运行 is 2060501 under 20605 and 2060701 under 20607,
   * so a name only identifies a code together with its parent. `parentCode` '' asks for functional 类.
   */
  childrenByName(parentCode: string, name: string, year?: number | null): NameMatch[] {
    const system = parentCode === '' ? 'functional' : systemOfCode(parentCode);
    if (!system) return [];
    const hits = this.matchesUnder(parentKey(system, parentCode === '' ? null : parentCode), system, name, year);
    return hits.sort((a, b) => Number(b.matched === 'current') - Number(a.matched === 'current'));
  }

  /** Every row (any level) with this name, in one system: for hints, never for deciding a code. */
  rowsNamed(name: string, system: CatalogSystem, year?: number | null): NameMatch[] {
    const rows = this.allNames.get(normalizeSubjectName(name)) ?? [];
    return rows.filter((r) => systemOfRow(r) === system).map((r) => this.toMatch(r, system, name, year));
  }

  /** Whether any catalog row has this name: tells a subject label from a project name. */
  isKnownName(name: string): boolean {
    return this.allNames.has(normalizeSubjectName(name));
  }

  /**
   * Whether every child of this code (a 款's 项, an economic 类's 款) is known for the year — so a
   * code missing under it is an error, not a gap in the bundled catalog. A user catalog is complete.
   */
  isKuanComplete(code: string, year?: number | null): boolean {
    if (this.isUserLoaded) return true;
    const system = systemOfCode(code);
    const row = system ? this.rowsBySystem[system].get(code) : undefined;
    if (!row || !row.complete) return false;
    if (!row.completeYears) return true;
    return row.completeYears.includes(this.resolveYear(year));
  }

  /** Years with evidence in the catalog (bundled) or the catalog's own year (user). */
  catalogYears(): readonly number[] {
    return this.years;
  }

  /** Row counts per system and level, for the README and the closing note. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const system of ['functional', 'economic'] as const) {
      for (const row of this.rowsBySystem[system].values()) {
        const key = `${system} ${row.system ? row.system + ' ' : ''}${row.level}`;
        out[key] = (out[key] ?? 0) + 1;
      }
    }
    return out;
  }
}

function systemOfRow(row: CatalogRow): CatalogSystem {
  return row.system ? 'economic' : 'functional';
}
