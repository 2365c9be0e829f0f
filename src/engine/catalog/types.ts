/** The catalog's data shapes: rows as stored in data/*.json (or built from a user's catalog), and lookup results. */

export type CatalogSystem = 'functional' | 'economic';
/** 部门预算支出经济分类 (301…399) or 政府预算支出经济分类 (501…599). */
export type EconomicSystem = 'department' | 'government';
export type CatalogLevel = '类' | '款' | '项';

/**
 * Evidence grade, as in the reference notes: A ≥2 independent publishers, B one, C inferred from
 * structure, W third-party code only, U code unverified; L = loaded from the user's official catalog.
 */
export type Grade = 'A' | 'B' | 'C' | 'W' | 'U' | 'L';

/** A name and the years it is valid (inclusive; open when absent). */
export interface DatedName {
  /** null: the code is known (implied by a child) but no source names it. */
  name: string | null;
  from?: number;
  until?: number;
  /** false when the switch year comes from belief or a gap in the evidence, not from a dated source. */
  yearsVerified?: boolean;
  yearNote?: string;
}

export interface CatalogRow {
  code: string;
  level: CatalogLevel;
  parent: string | null;
  /** Oldest first; the last is the current name. */
  names: DatedName[];
  /** Economic rows only. */
  system?: EconomicSystem;
  /** Years the evidence was observed in (not the official validity window). */
  seen?: [number, number] | null;
  evidenceYears?: string;
  source: string;
  confidence: Grade;
  independentSources?: number;
  formerNamesText?: string;
  mapsToGovernment?: string;
  notes?: string;
  /** This row's children are all known (for the years in completeYears, or every year when absent). */
  complete: boolean;
  completeYears?: number[];
  completeWhy?: string;
  origin: 'reference-tsv' | 'inferred-parent' | 'user-catalog';
}

export interface FormerName {
  name: string;
  /** Last year the name was valid. */
  until: number | null;
  /** First year of the name that replaced it. */
  changedIn: number | null;
  yearsVerified: boolean;
  yearNote?: string;
}

export interface LaterName {
  name: string;
  /** First year the name is valid. */
  from: number;
  yearNote?: string;
}

/** A catalog row seen from one year: its valid name(s), and the names before and after. */
export interface CatalogEntry {
  system: CatalogSystem;
  code: string;
  level: CatalogLevel;
  parent: string | null;
  /** The name valid in the year asked (the newer one inside an uncertain switch window); null if unnamed. */
  name: string | null;
  /** Every name valid that year (two while the switch year is uncertain). */
  validNames: string[];
  formerNames: FormerName[];
  laterNames: LaterName[];
  row: CatalogRow;
}

/** A name look-up hit: `former` and `later` say the name is valid in another year than the one asked. */
export interface NameMatch {
  entry: CatalogEntry;
  matched: 'current' | 'former' | 'later';
  name: string;
}
