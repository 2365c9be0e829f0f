/**
 * code-name-mismatch: the name printed next to a code differs from the catalog's name for the year,
 * after normalizing (spaces, full-width forms, brackets, quotes, 其它, a trailing 支出).
 * A former official name says the year it changed; a name that only later became official says so.
 */
import { parentCode, type Catalog, type CatalogEntry } from '../catalog';
import { normalizeSubjectName, stripCodePrefix } from '../catalog/normalize';
import type { Finding, RecognizedTable, TableKind } from '../types';
import { codeCell, codeRows, isWellFormed, labelCell, levelWord, tableYear, type CodeRowRef, type CodeRuleOptions } from './codeRows';

/**
 * In these tables the text next to a code may be a project's name (seed 004's 项目支出表 prints
 * `206 07 02 … 2023年科普专项`), so only a label that is some subject's name is compared.
 */
const PROJECT_NAME_KINDS: ReadonlySet<TableKind> = new Set(['project-expenditure', 'procurement', 'transfer-expenditure', 'performance-targets']);

/** Grades whose row the reader should weigh: the name or code was not printed together by a source. */
function evidenceNote(entry: CatalogEntry): { zh: string; en: string } {
  const grade = entry.row.confidence;
  if (grade !== 'C' && grade !== 'W' && grade !== 'U') return { zh: '', en: '' };
  return { zh: `（目录此行证据等级 ${grade}，较弱）`, en: ` (the catalog row's evidence is weak: grade ${grade})` };
}

function sameName(a: string, b: string): boolean {
  return normalizeSubjectName(a) === normalizeSubjectName(b);
}

/** The message for a name that is this code's name in another year, or undefined. */
function datedNameMessage(entry: CatalogEntry, label: string, year: number | null): { zh: string; en: string } | undefined {
  const current = entry.name ?? '';
  const former = entry.formerNames.find((f) => sameName(f.name, label));
  if (former && former.changedIn !== null) {
    const unsure = former.yearsVerified ? { zh: '', en: '' } : { zh: `（改名年份未核实：${former.yearNote ?? ''}）`, en: ' (the switch year is not verified)' };
    return {
      zh: `“${label}”是 ${entry.code} 的旧称，${former.changedIn} 年起改为“${current}”${unsure.zh}。`,
      en: `“${label}” is the former name of ${entry.code}, renamed “${current}” from ${former.changedIn}${unsure.en}.`,
    };
  }
  const later = entry.laterNames.find((l) => sameName(l.name, label));
  if (later) {
    return {
      zh: `“${label}”是 ${entry.code} 自 ${later.from} 年起的名称，${year ?? ''} 年应为“${current}”。`,
      en: `“${label}” is the name of ${entry.code} only from ${later.from}; in ${year ?? 'that year'} it is “${current}”.`,
    };
  }
  return undefined;
}

/** Another code under the same parent that has this name (2080505 labelled as 2080506's name). */
function siblingWithName(catalog: Catalog, entry: CatalogEntry, label: string, year: number | null): string | undefined {
  const parent = parentCode(entry.code);
  const hits = catalog.childrenByName(parent ?? '', label, year).filter((m) => m.entry.code !== entry.code);
  return hits[0]?.entry.code;
}

function mismatchFinding(ref: CodeRowRef, catalog: Catalog, entry: CatalogEntry, label: string, year: number | null, options: CodeRuleOptions): Finding {
  const level = levelWord(entry.code, ref.system);
  const note = evidenceNote(entry);
  let text = datedNameMessage(entry, label, year);
  if (!text) {
    text = {
      zh: `${level} ${entry.code} 的名称应为“${entry.name}”，表中为“${label}”${note.zh}。`,
      en: `The name of ${entry.code} is “${entry.name}” in the catalog, the table says “${label}”${note.en}.`,
    };
    const other = siblingWithName(catalog, entry, label, year);
    if (other) {
      text.zh += ` “${label}”是 ${other} 的名称，编码或名称有误。`;
      text.en += ` “${label}” is the name of ${other}: the code or the name is wrong.`;
    }
  }
  return {
    rule: 'code-name-mismatch',
    severity: 'warning',
    sheet: ref.table.sheet,
    cell: codeCell(ref.table, ref.row, options.workbook),
    message: `${text.zh} / ${text.en}`,
    related: [labelCell(ref.row)],
    table: ref.tableIndex,
  };
}

/** Whether `label` is not a name of the entry (nothing to say for an unnamed code or an empty label). */
function isMismatch(catalog: Catalog, entry: CatalogEntry, label: string, projectNames: boolean): boolean {
  if (entry.validNames.length === 0) return false; // a code no source names
  if (!label) return false;
  if (projectNames && !catalog.isKnownName(label)) return false;
  return !entry.validNames.some((n) => sameName(n, label));
}

export function codeNameMismatch(tables: RecognizedTable[], catalog: Catalog, options: CodeRuleOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const list = options.codeRows ?? codeRows(tables);
  // Verdicts by catalog entry (code and year), kind of table and printed label: every unit repeats
  // the same rows, and comparing names is the costly part. Keyed by objects and the cell's own
  // string, so a look-up builds no key.
  const verdicts = [new Map<CatalogEntry, Map<string, boolean>>(), new Map<CatalogEntry, Map<string, boolean>>()];
  for (let i = 0; i < list.length; i++) {
    if (list.isInferred(i)) continue; // an inferred code has the catalog's name by construction
    const { table } = list.run(i);
    const row = list.row(i);
    const code = list.code(i);
    if (!isWellFormed(table, row, code, options)) continue; // hierarchy-break reports it
    const year = tableYear(table, catalog, options);
    const entry = catalog.entry(code, list.system(i), year);
    if (!entry) continue; // unknown-code's
    const projectNames = PROJECT_NAME_KINDS.has(table.kind);
    const byEntry = verdicts[projectNames ? 1 : 0];
    let byLabel = byEntry.get(entry);
    if (!byLabel) byEntry.set(entry, (byLabel = new Map()));
    let differs = byLabel.get(row.label);
    if (differs === false) continue;
    const label = stripCodePrefix(row.label, code).trim();
    if (differs === undefined) byLabel.set(row.label, (differs = isMismatch(catalog, entry, label, projectNames)));
    if (differs) findings.push(mismatchFinding(list.ref(i), catalog, entry, label, year, options));
  }
  return findings;
}
