/**
 * The code catalogs: 支出功能分类 (类/款/项, names by year) and 支出经济分类 (部门 301… / 政府 501…).
 * The bundled catalog is partial (see README.md); `catalogFromRows` builds a complete one from the
 * user's official catalog spreadsheet. Free functions default to the bundled catalog.
 */
import economicJson from './data/economic.json';
import functionalJson from './data/functional.json';
import { Catalog } from './catalog';
import type { CatalogEntry, CatalogRow, NameMatch } from './types';

export { Catalog, parentCode, systemOfCode } from './catalog';
export type { CatalogOrigin } from './catalog';
export { catalogFromRows, catalogCodeRows } from './fromRows';
export { CatalogFileError, catalogCodeCount, catalogRowsFromFile, catalogSheetRows, compactCatalogRows, csvRows, decodeText, sheetRows } from './rows';
export type { ReadWorkbook } from './rows';
export type { CatalogFromRowsOptions } from './fromRows';
export { normalizeSubjectName, stripCodePrefix } from './normalize';
export type * from './types';

/** Years any bundled row was observed in: the span a table's year is read against. */
function evidenceYears(rows: CatalogRow[]): number[] {
  const years = new Set<number>();
  for (const row of rows) {
    if (!row.seen) continue;
    for (let y = row.seen[0]; y <= row.seen[1]; y++) years.add(y);
  }
  return [...years];
}

let bundled: Catalog | undefined;

/** The catalog shipped with the project, built on first use. */
export function bundledCatalog(): Catalog {
  if (!bundled) {
    // JSON rows are written by scripts/build-catalog.js to the CatalogRow shape; test/catalog checks them.
    const functional = functionalJson as unknown as CatalogRow[];
    const economic = economicJson as unknown as CatalogRow[];
    bundled = new Catalog(functional, economic, 'bundled', evidenceYears([...functional, ...economic]));
  }
  return bundled;
}

export function functionalEntry(code: string, year?: number | null, catalog: Catalog = bundledCatalog()): CatalogEntry | undefined {
  return catalog.functionalEntry(code, year);
}

export function economicEntry(code: string, year?: number | null, catalog: Catalog = bundledCatalog()): CatalogEntry | undefined {
  return catalog.economicEntry(code, year);
}

export function classByName(name: string, year?: number | null, catalog: Catalog = bundledCatalog()): NameMatch | undefined {
  return catalog.classByName(name, year);
}

export function childrenByName(parentCode: string, name: string, year?: number | null, catalog: Catalog = bundledCatalog()): NameMatch[] {
  return catalog.childrenByName(parentCode, name, year);
}

export function isKuanComplete(kuanCode: string, year?: number | null, catalog: Catalog = bundledCatalog()): boolean {
  return catalog.isKuanComplete(kuanCode, year);
}

export function catalogYears(catalog: Catalog = bundledCatalog()): readonly number[] {
  return catalog.catalogYears();
}
