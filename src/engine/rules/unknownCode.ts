/**
 * unknown-code: a code the catalog does not list for the table's year.
 * The bundled catalog is partial, so a missing code is an error only where the catalog is known
 * complete (a 款 whose whole 项 list a source shows, or a catalog the user loaded); elsewhere it is
 * a warning that says the bundled catalog may be incomplete.
 */
import { parentCode, type Catalog, type CatalogSystem } from '../catalog';
import { stripCodePrefix } from '../catalog/normalize';
import type { Finding, RecognizedTable, Severity } from '../types';
import { codeCell, codeRows, isWellFormed, labelCell, levelWord, systemWords, tableYear, type CodeRowRef, type CodeRuleOptions } from './codeRows';

/** A local economic sub-item (3019908) is known when its 款 is: only the 款 is looked up. */
function lookupCode(code: string, system: CatalogSystem): string {
  return system === 'economic' && code.length === 7 ? code.slice(0, 5) : code;
}

function isKnown(catalog: Catalog, code: string, system: CatalogSystem, year: number | null): boolean {
  return catalog.entry(code, system, year) !== undefined;
}

/** A code the row's name points to: a sibling under the same parent first, else a row of the same 类. */
function codeForName(catalog: Catalog, ref: CodeRowRef, code: string, year: number | null): string | undefined {
  const label = stripCodePrefix(ref.row.label, ref.code).trim();
  if (!label) return undefined;
  const parent = parentCode(code);
  const sibling = parent ? catalog.childrenByName(parent, label, year)[0] : undefined;
  if (sibling) return sibling.entry.code;
  const sameClass = catalog.rowsNamed(label, ref.system, year).filter((m) => m.entry.code.startsWith(code.slice(0, 3)));
  return sameClass.sort((a, b) => b.entry.code.length - a.entry.code.length)[0]?.entry.code;
}

function yearWords(year: number | null): { zh: string; en: string } {
  return year === null ? { zh: '', en: '' } : { zh: ` ${year} 年`, en: `${year} ` };
}

function findingFor(ref: CodeRowRef, catalog: Catalog, code: string, year: number | null, options: CodeRuleOptions): Finding {
  const parent = parentCode(code);
  const complete = catalog.isUserLoaded || (parent !== null && catalog.isKuanComplete(parent, year));
  const severity: Severity = complete ? 'error' : 'warning';
  const words = systemWords(ref.system);
  const y = yearWords(year);
  const level = levelWord(code, ref.system);
  const shown = code === ref.code ? code : `${ref.code}（${level} ${code}）`;
  let zh = `科目编码 ${shown} 不在${y.zh}${words.zh}中`;
  let en = `Code ${ref.code}${code === ref.code ? '' : ` (its ${level} ${code})`} is not in the ${y.en}${words.en}`;
  if (catalog.isUserLoaded) {
    zh += '（所载入的科目目录）。';
    en += ' (the catalog you loaded).';
  } else if (complete) {
    zh += `（内置目录列有${levelWord(parent ?? '', ref.system)} ${parent} 下的全部${levelWord(code, ref.system)}）。`;
    en += ` (the bundled catalog lists every item under ${parent}).`;
  } else {
    zh += '；内置目录不完整，该编码可能有效，请对照当年《政府收支分类科目》核实。';
    en += '; the bundled catalog may be incomplete, so the code may be valid: check it against the year’s official catalog.';
  }
  const hint = codeForName(catalog, ref, code, year);
  if (hint && hint !== code) {
    zh += ` 名称“${stripCodePrefix(ref.row.label, ref.code).trim()}”在目录中对应 ${hint}。`;
    en += ` The name matches ${hint} in the catalog.`;
  }
  return {
    rule: 'unknown-code',
    severity,
    sheet: ref.table.sheet,
    cell: codeCell(ref.table, ref.row, options.workbook),
    message: `${zh} / ${en}`,
    related: [labelCell(ref.row)],
    table: ref.tableIndex,
  };
}

export function unknownCode(tables: RecognizedTable[], catalog: Catalog, options: CodeRuleOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const list = options.codeRows ?? codeRows(tables);
  for (let i = 0; i < list.length; i++) {
    if (list.isInferred(i)) continue; // a code inferred from the catalog is in it
    const { table } = list.run(i);
    const printed = list.code(i);
    if (!isWellFormed(table, list.row(i), printed, options)) continue; // hierarchy-break reports it
    const year = tableYear(table, catalog, options);
    const system = list.system(i);
    const code = lookupCode(printed, system);
    if (!isKnown(catalog, code, system, year)) findings.push(findingFor(list.ref(i), catalog, code, year, options));
  }
  return findings;
}
