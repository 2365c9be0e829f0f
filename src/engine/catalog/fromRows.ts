/**
 * A catalog from the rows of a user's official catalog spreadsheet (finance bureaus send
 * 《政府收支分类科目》 as .xls/.xlsx), so `budget-check --catalog FILE` can replace the bundled one.
 * Layouts accepted:
 *   - one code column (科目编码 / 编码 / 代码) and a name column (科目名称 / 名称), codes 3/5/7 digits;
 *   - split columns 类 | 款 | 项 | 名称, with either the short parts (201 | 01 | 01) or full codes,
 *     and with the 类/款 cell filled on every row or only on the row that opens it;
 *   - no header at all: the column that mostly holds 3/5/7-digit codes, and the text column after it;
 *   - code and name in one cell (`2010101 行政运行`).
 * A loaded catalog counts as complete: a code missing from it is an error.
 */
import { Catalog, parentCode, systemOfCode } from './catalog';
import type { CatalogLevel, CatalogRow, EconomicSystem } from './types';

interface Layout {
  headerRow: number;
  /** Full-code column, or -1. */
  codeCol: number;
  /** 类 / 款 / 项 columns for split layouts, or -1. */
  splitCols: [number, number, number];
  nameCol: number;
}

const CODE_RE = /^\d{3}(?:\d{2}){0,2}$/;
const LEVEL_BY_LENGTH: Record<number, CatalogLevel> = { 3: '类', 5: '款', 7: '项' };

function cellText(rows: string[][], r: number, c: number): string {
  return c < 0 ? '' : (rows[r]?.[c] ?? '').normalize('NFKC').trim();
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** A header row names the code column (or 类/款/项) and the name column. */
function findHeaderLayout(rows: string[][]): Layout | undefined {
  for (let r = 0; r < Math.min(rows.length, 30); r++) {
    const cells = (rows[r] ?? []).map((c) => compact(c.normalize('NFKC')));
    const split: [number, number, number] = [cells.indexOf('类'), cells.indexOf('款'), cells.indexOf('项')];
    const codeCol = cells.findIndex((c) => /(编码|代码|编号)$/.test(c) && !/单位/.test(c));
    const nameCol = cells.findIndex((c) => /名称$/.test(c) && !/单位/.test(c));
    if (split[0] >= 0 && split[1] >= 0) return { headerRow: r, codeCol: -1, splitCols: split, nameCol: nameCol >= 0 ? nameCol : Math.max(...split) + 1 };
    if (codeCol >= 0) return { headerRow: r, codeCol, splitCols: [-1, -1, -1], nameCol: nameCol >= 0 ? nameCol : codeCol + 1 };
  }
  return undefined;
}

/** No header: the column where most cells are codes, and the next column that holds text. */
function guessLayout(rows: string[][]): Layout {
  const width = Math.max(0, ...rows.map((r) => r.length));
  let best = 0;
  let bestCount = -1;
  for (let c = 0; c < width; c++) {
    let count = 0;
    for (let r = 0; r < rows.length; r++) if (CODE_RE.test(leadingCode(cellText(rows, r, c)))) count++;
    if (count > bestCount) [best, bestCount] = [c, count];
  }
  return { headerRow: -1, codeCol: best, splitCols: [-1, -1, -1], nameCol: best + 1 };
}

/** `2010101 行政运行` → `2010101`; `2010101` → itself. */
function leadingCode(text: string): string {
  return /^(\d{3,7})(?:\D|$)/.exec(compact(text))?.[1] ?? '';
}

/** Name after a code in the same cell: `2010101 行政运行`, `2010101-行政运行`. */
function nameAfterCode(text: string): string {
  return text.replace(/^\s*\d{3,7}\s*[-－—:：、.]?\s*/, '').trim();
}

export interface ParsedRow {
  code: string;
  name: string;
}

function parseSingleColumn(rows: string[][], layout: Layout): ParsedRow[] {
  const out: ParsedRow[] = [];
  for (let r = layout.headerRow + 1; r < rows.length; r++) {
    const raw = cellText(rows, r, layout.codeCol);
    const code = leadingCode(raw);
    if (!CODE_RE.test(code)) continue;
    const name = cellText(rows, r, layout.nameCol) || nameAfterCode(raw);
    out.push({ code, name });
  }
  return out;
}

/** 类 | 款 | 项 parts: a 2-digit 款/项 joins the 类/款 last seen above; a full code stands alone. */
function parseSplitColumns(rows: string[][], layout: Layout): ParsedRow[] {
  const out: ParsedRow[] = [];
  let lei = '';
  let kuan = '';
  for (let r = layout.headerRow + 1; r < rows.length; r++) {
    const [l, k, x] = layout.splitCols.map((c) => compact(cellText(rows, r, c)));
    let code = '';
    if (/^\d{3}$/.test(l)) [lei, kuan, code] = [l, '', l];
    if (/^\d{2}$/.test(k) && lei) [kuan, code] = [lei + k, lei + k];
    else if (/^\d{5}$/.test(k)) [lei, kuan, code] = [k.slice(0, 3), k, k];
    if (/^\d{2}$/.test(x) && kuan) code = kuan + x;
    else if (/^\d{7}$/.test(x)) [lei, kuan, code] = [x.slice(0, 3), x.slice(0, 5), x];
    if (!code) continue;
    out.push({ code, name: cellText(rows, r, layout.nameCol) });
  }
  return out;
}

function economicSystemOf(code: string): EconomicSystem {
  return code.startsWith('5') ? 'government' : 'department';
}

function toRow(parsed: ParsedRow, year: number | undefined): CatalogRow {
  const economic = systemOfCode(parsed.code) === 'economic';
  return {
    code: parsed.code,
    level: LEVEL_BY_LENGTH[parsed.code.length],
    parent: parentCode(parsed.code),
    names: [{ name: parsed.name || null }],
    ...(economic ? { system: economicSystemOf(parsed.code) } : {}),
    seen: year === undefined ? null : [year, year],
    source: 'user catalog',
    confidence: 'L',
    complete: true,
    origin: 'user-catalog',
  };
}

export interface CatalogFromRowsOptions {
  /** The catalog's year (《2024年政府收支分类科目》); names are then read as that year's. */
  year?: number;
}

/** Every code and its name as the layout reads them, in sheet order (any system, duplicates kept). */
export function catalogCodeRows(rows: string[][]): ParsedRow[] {
  const layout = findHeaderLayout(rows) ?? guessLayout(rows);
  return layout.codeCol >= 0 ? parseSingleColumn(rows, layout) : parseSplitColumns(rows, layout);
}

/** Build a Catalog from spreadsheet rows; expenditure codes only (2xx, 3xx, 5xx; income 1xx is skipped). */
export function catalogFromRows(rows: string[][], options: CatalogFromRowsOptions = {}): Catalog {
  const parsed = catalogCodeRows(rows);
  const functional = new Map<string, CatalogRow>();
  const economic = new Map<string, CatalogRow>();
  for (const p of parsed) {
    const system = systemOfCode(p.code);
    if (!system || (system === 'economic' && p.code.length === 7)) continue;
    const target = system === 'functional' ? functional : economic;
    if (!target.has(p.code)) target.set(p.code, toRow(p, options.year));
  }
  return new Catalog([...functional.values()], [...economic.values()], 'user', options.year === undefined ? [] : [options.year]);
}
