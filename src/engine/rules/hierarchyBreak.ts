/**
 * hierarchy-break: the 类 → 款 → 项 structure of the code rows is broken.
 *  - a code of the wrong shape (not 3/5/7 digits);
 *  - 类 | 款 | 项 split cells that do not join into a code (项 without 款, a 1-digit 款 …);
 *  - a 项 (or 款) whose parent row is missing above it, or that sits under another parent
 *    (2060701 right under 款 20605).
 * Parents come from the codes themselves (drop the last two digits), not from indentation, and are
 * only required where the table lists rows of the parent's level at all: seed 004's 支出总表 lists
 * only 项 rows, a legitimate layout.
 */
import { parentCode, type Catalog, type CatalogSystem } from '../catalog';
import type { Finding, RecognizedTable, RowKind, TableRow } from '../types';
import { a1 } from '../workbook';
import { codeCell, codeRows, hasValidShape, levelWord, shownCode, splitCodeParts, type CodeRowList, type CodeRowRef, type CodeRowRun, type CodeRuleOptions } from './codeRows';

/** Rows that start a new block (a unit, a group, a total): the 类/款 above no longer apply. */
const BLOCK_BREAKS: ReadonlySet<RowKind> = new Set(['unit', 'group', 'total']);

/**
 * The open rows of one code system by code length (类 3, 款 5, 项 7): arrays by length, not a Map,
 * and no object per row, since every code row of a large table opens one and closes those below it.
 * A level is open with the entry (of the code-row list) that opened it, or with a parent reported
 * missing (its code and the entry that found it missing: later siblings are not reported again).
 */
class OpenLevels {
  private readonly codes: (string | undefined)[] = [];
  private readonly entries: number[] = [];
  private readonly missing: boolean[] = [];

  /** The code open at this length, if any. */
  codeAt(length: number): string | undefined {
    return this.codes[length];
  }

  /** The entry that opened the level (for a missing parent: the entry that found it missing). */
  entryAt(length: number): number {
    return this.entries[length];
  }

  isMissing(length: number): boolean {
    return this.missing[length] === true;
  }

  /** A parent reported missing holds its level, so its later children are not reported again. */
  openMissing(code: string, foundBy: number): void {
    this.codes[code.length] = code;
    this.entries[code.length] = foundBy;
    this.missing[code.length] = true;
  }

  /** A row opens its level and closes its level's former row and every level below. */
  open(code: string, entry: number): void {
    const length = code.length;
    for (let l = length + 1; l < this.codes.length; l++) this.codes[l] = undefined;
    this.codes[length] = code;
    this.entries[length] = entry;
    this.missing[length] = false;
  }

  /** The length of the nearest open row of a shorter code (the row a code of this length sits under), or -1. */
  nearestAbove(length: number): number {
    for (let l = Math.min(length, this.codes.length) - 1; l >= 0; l--) if (this.codes[l] !== undefined) return l;
    return -1;
  }

  clear(): void {
    this.codes.length = 0;
  }
}

function finding(ref: CodeRowRef, cell: string, zh: string, en: string, related?: string[]): Finding {
  return {
    rule: 'hierarchy-break',
    severity: 'error',
    sheet: ref.table.sheet,
    cell,
    message: `${zh} / ${en}`,
    ...(related && related.length > 0 ? { related } : {}),
    table: ref.tableIndex,
  };
}

function shapeFinding(list: CodeRowList, i: number, options: CodeRuleOptions): Finding | undefined {
  if (hasValidShape(list.code(i))) return undefined;
  const ref = list.ref(i);
  const cell = codeCell(ref.table, ref.row, options.workbook);
  const digits = /^\d+$/.test(ref.code);
  return finding(
    ref,
    cell,
    digits ? `编码“${ref.code}”有 ${ref.code.length} 位，科目编码应为 3 位（类）、5 位（款）或 7 位（项）。` : `编码“${ref.code}”含非数字字符。`,
    digits ? `Code ${ref.code} has ${ref.code.length} digits; codes have 3 (类), 5 (款) or 7 (项).` : `Code “${ref.code}” contains characters other than digits.`,
  );
}

function splitFinding(list: CodeRowList, i: number, options: CodeRuleOptions): Finding | undefined {
  const split = splitCodeParts(list.run(i).table, list.row(i), options.workbook);
  if (!split) return undefined;
  const ref = list.ref(i);
  const shown = split.parts.map((p) => p.text || '（空）').join(' | ');
  if (split.joined === undefined) {
    return finding(
      ref,
      a1(ref.row.row, split.badCol ?? split.parts[0].col),
      `类/款/项分列编码“${shown}”不能拼成有效的科目编码（类 3 位，款、项各 2 位，且不能跳级）。`,
      `The split code cells “${shown}” do not join into a valid code (类 3 digits, 款 and 项 2 digits each, no level skipped).`,
    );
  }
  if (split.joined !== ref.code) {
    return finding(
      ref,
      codeCell(ref.table, ref.row, options.workbook),
      `类/款/项分列编码“${shown}”拼成 ${split.joined}，与识别出的编码 ${ref.code} 不一致。`,
      `The split code cells “${shown}” join into ${split.joined}, not ${ref.code}.`,
    );
  }
  return undefined;
}

/** Which levels (by code length) a panel lists, per code system (the run's well-formed entries). */
function listedLevels(list: CodeRowList, run: CodeRowRun, broken: Uint8Array): Record<CatalogSystem, Set<number>> {
  const out: Record<CatalogSystem, Set<number>> = { functional: new Set(), economic: new Set() };
  for (let i = run.start; i < run.end; i++) if (!broken[i] && hasValidShape(list.code(i))) out[list.system(i)].add(list.code(i).length);
  return out;
}

/** The first entry from `i` on that is not broken (run.end when none is). */
function nextWellFormed(run: CodeRowRun, broken: Uint8Array, i: number): number {
  while (i < run.end && broken[i]) i++;
  return i;
}

/**
 * Walk a panel's rows top-down keeping the open 类 and 款 (per system). A row's parent must be the
 * open row of the parent's level, when the panel lists that level at all. The run's entries are the
 * panel's code rows in order; a broken one (malformed code) says nothing about its parent. Cells and
 * block codes are worked out only for a finding: every row of a large table passes here.
 */
function panelParentFindings(list: CodeRowList, run: CodeRowRun, broken: Uint8Array, options: CodeRuleOptions): Finding[] {
  const panel = run.panel;
  const listed = listedLevels(list, run, broken);
  const open: Record<CatalogSystem, OpenLevels> = { functional: new OpenLevels(), economic: new OpenLevels() };
  const expectedParents = { functional: parentsFor('functional', listed.functional), economic: parentsFor('economic', listed.economic) };
  const findings: Finding[] = [];
  const reported = new Map<string, Finding>();
  let next = nextWellFormed(run, broken, run.start); // the next entry to meet in the rows
  let blockStart = 0;
  const blockHas = (code: string) => blockCodes(list, run, blockStart).has(code);
  for (let r = 0; r < panel.rows.length; r++) {
    const row = panel.rows[r];
    if (BLOCK_BREAKS.has(row.kind)) {
      open.functional.clear();
      open.economic.clear();
      blockStart = r + 1;
      continue;
    }
    if (next >= run.end || list.row(next) !== row) continue; // a malformed code says nothing about its parent
    const i = next;
    next = nextWellFormed(run, broken, next + 1);
    const system = list.system(i);
    const code = list.code(i);
    const levels = open[system];
    // The expected parent depends on the code alone within a panel: worked out once per code.
    const parents = expectedParents[system];
    let expected = parents.get(code);
    if (expected === undefined) parents.set(code, (expected = expectedParent(code, listed[system])));
    const problem = parentProblem(list, i, levels, expected, run, broken, options, blockHas, reported);
    if (problem) findings.push(problem);
    // This row opens its level and closes the levels below it.
    levels.open(code, i);
  }
  return findings;
}

/** The codes listed in the block (between unit/group/total rows) that starts at row `start`, broken ones included. */
function blockCodes(list: CodeRowList, run: CodeRowRun, start: number): Set<string> {
  const panel = run.panel;
  const codes = new Set<string>();
  const codeOf = new Map<TableRow, string>();
  for (let i = run.start; i < run.end; i++) codeOf.set(list.row(i), list.code(i));
  for (let r = start; r < panel.rows.length && !BLOCK_BREAKS.has(panel.rows[r].kind); r++) {
    const code = codeOf.get(panel.rows[r]);
    if (code !== undefined) codes.add(code);
  }
  return codes;
}
/**
 * Expected parents by code, shared by every panel that lists the same levels (a table set repeats
 * one layout in every sheet): the parent depends on the code and the listed levels alone.
 */
const PARENTS = new Map<string, Map<string, string | null>>();

function parentsFor(system: CatalogSystem, listed: Set<number>): Map<string, string | null> {
  const key = `${system}:${[...listed].sort((a, b) => a - b).join(',')}`;
  let parents = PARENTS.get(key);
  if (!parents || parents.size >= 50000) PARENTS.set(key, (parents = new Map()));
  return parents;
}

/** The nearest listed ancestor level of a code: 款 for a 项 when 款 rows are listed, else 类. */
function expectedParent(code: string, listed: Set<number>): string | null {
  for (let p = parentCode(code); p !== null; p = parentCode(p)) if (listed.has(p.length)) return p;
  return null;
}

function parentProblem(
  list: CodeRowList,
  i: number,
  levels: OpenLevels,
  expected: string | null,
  run: CodeRowRun,
  broken: Uint8Array,
  options: CodeRuleOptions,
  blockHas: (code: string) => boolean,
  reported: Map<string, Finding>,
): Finding | undefined {
  if (expected === null) return undefined;
  if (levels.codeAt(expected.length) === expected) return undefined;
  const ref = list.ref(i);
  const cell = codeCell(ref.table, ref.row, options.workbook);
  const level = levelWord(ref.code, ref.system);
  const shown = shownCode(ref);
  const parentLevel = levelWord(expected, ref.system);
  // The nearest open row above, of any shorter level: the parent this row wrongly sits under.
  const underLength = levels.nearestAbove(ref.code.length);
  const underCode = underLength >= 0 ? levels.codeAt(underLength)! : undefined;
  if (underCode !== undefined && !levels.isMissing(underLength) && !ref.code.startsWith(underCode)) {
    // The siblings of a row already reported (a 款 row missing, its 项 under the 款 above) join that finding.
    const key = `${underCode}>${expected}`;
    const earlier = reported.get(key);
    if (earlier) {
      earlier.related = [...(earlier.related ?? []), cell];
      return undefined;
    }
    const underLevel = levelWord(underCode, ref.system);
    const under = list.ref(levels.entryAt(underLength));
    const unlisted = blockHas(expected) ? { zh: '', en: '' } : { zh: `（本段未列出${parentLevel} ${expected} 的行）`, en: ` (no ${parentLevel} ${expected} row in this block)` };
    const f = finding(
      ref,
      cell,
      `${level} ${shown.zh} 列在${underLevel} ${underCode} 之下，但其上级应为${parentLevel} ${expected}${unlisted.zh}。`,
      `${level} ${shown.en} sits under ${underLevel} ${underCode}; its parent is ${parentLevel} ${expected}${unlisted.en}.`,
      [codeCell(under.table, under.row, options.workbook)],
    );
    reported.set(key, f);
    return f;
  }
  levels.openMissing(expected, i);
  const siblings = laterSiblingCells(list, i, expected, run, broken, options);
  return finding(
    ref,
    cell,
    `${level} ${shown.zh} 上方缺少${parentLevel} ${expected} 的行（本表列有${parentLevel}级行）。`,
    `${level} ${shown.en} has no ${parentLevel} ${expected} row above it, while the table lists ${parentLevel} rows.`,
    siblings,
  );
}

/** The other rows that share the missing parent, up to the next row of the parent's level. */
function laterSiblingCells(list: CodeRowList, i: number, parent: string, run: CodeRowRun, broken: Uint8Array, options: CodeRuleOptions): string[] {
  const cells: string[] = [];
  const system = list.system(i);
  const length = list.code(i).length;
  for (let j = nextWellFormed(run, broken, i + 1); j < run.end; j = nextWellFormed(run, broken, j + 1)) {
    const code = list.code(j);
    if (list.system(j) !== system || code.length <= parent.length) break;
    if (code.startsWith(parent) && code.length === length) cells.push(codeCell(run.table, list.row(j), options.workbook));
  }
  return cells;
}

export function hierarchyBreak(tables: RecognizedTable[], _catalog: Catalog, options: CodeRuleOptions = {}): Finding[] {
  const list = options.codeRows ?? codeRows(tables, { inferred: true });
  const findings: Finding[] = [];
  const broken = new Uint8Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const f = splitFinding(list, i, options) ?? shapeFinding(list, i, options); // split cells say more than the joined code
    if (!f) continue;
    findings.push(f);
    broken[i] = 1;
  }
  for (const run of list.runs) findings.push(...panelParentFindings(list, run, broken, options));
  return findings;
}
