/**
 * Who adds up to whom. A row's parent comes from what the table shows: 合计 over the department,
 * department over its units (预算单位 rows), units over 类, 类 over 款 over 项 (by code prefix),
 * and, where rows carry names only, list ordinals (一、 / 1.) and indentation.
 */
import type { Panel, RecognizedTable, TableKind, TableRow } from '../types';
import { normalizeLabel, splitOrdinal } from '../text';
import { mapPacked } from '../packed';

const SUMMARY_KINDS = new Set<TableKind>(['income-expenditure-summary', 'fiscal-appropriation-summary']);
/** Tables whose figures are not a sum hierarchy, or are checked by their own rules. */
const UNSUMMED_KINDS = new Set<TableKind>(['performance-targets', 'sangong']);
const UNIT_LIST_KINDS = new Set<TableKind>(['income-summary', 'expenditure-summary']);

const UNIT_NAME_RE = /(本级|局|委|办|会|院|所|中心|馆|站|队|部|处|室|厅|校|学|园|社|台|公司|集团|机关|政府|委员会|办公室|团|署|庭|监狱|医院|小学|中学|幼儿园)$/;

/** Income rows that group the rows below them in 收支总表 (政府预算拨款 over 一般公共预算拨款 …). */
const INCOME_PARENTS = /^(政府预算拨款|财政拨款|财政拨款收入|单位资金|本年收入|上年结转|上年结余|上年结转结余|上年结余结转|上年结余、结转|上年结转、结余|本年支出|财政专户管理资金收入)$/;

export function isUnitName(label: string): boolean {
  return UNIT_NAME_RE.test(normalizeLabel(label));
}

/** Turn label rows into unit or department rows where the table's layout says so. */
export function classifyRowKinds(panel: Panel, kind: TableKind, department?: string): void {
  if (SUMMARY_KINDS.has(kind) || UNSUMMED_KINDS.has(kind)) return;
  const hasCodes = panel.rows.some((r) => r.kind === 'code');
  const unitList = UNIT_LIST_KINDS.has(kind) || (!hasCodes && panel.rows.filter((r) => r.kind === 'item' && isUnitName(r.label)).length >= 2 && panel.rows.every((r) => r.kind !== 'item' || r.indent === 0));
  for (let i = 0; i < panel.rows.length; i++) {
    const r = panel.rows[i];
    if (r.kind !== 'item') continue;
    if (unitList || (hasCodes && isUnitName(r.label))) r.kind = 'unit';
  }
  // The first unit row is the department's total when it names the department, or when more
  // units follow it before any code row.
  const units = panel.rows.filter((r) => r.kind === 'unit');
  if (units.length >= 2) {
    const first = units[0];
    const firstIdx = panel.rows.indexOf(first);
    const next = panel.rows[firstIdx + 1];
    const namesDept = department && normalizeLabel(first.label) === normalizeLabel(department);
    if (namesDept || (hasCodes && next?.kind === 'unit')) first.kind = 'group';
  }
}

/** A code inferred from the row's name, when its place is sure enough to sum by (see inferCodes). */
export function inferredCodeOf(row: TableRow): string | undefined {
  return row.kind === 'item' && !row.inferredUnsure ? row.inferredCode : undefined;
}

/** The code that places a row: printed, else inferred from its name. */
function placingCode(row: TableRow): string | undefined {
  return row.kind === 'code' ? row.code : inferredCodeOf(row);
}

/**
 * Ranks with inferred codes: 类 / 款 / 项 one step apart, the 类 level where the table's own layout
 * (ordinal, indentation, a 本年支出 line above) puts the first inferred row. A row whose code is
 * unsure keeps its layout rank: its indentation, or out of the sums where the table has none.
 */
function ranks(panel: Panel, kind: TableKind): Float64Array {
  const natural = layoutRanks(panel, kind);
  const levels = rankList(panel.rows, (r) => {
    const code = inferredCodeOf(r);
    return code ? (code.length - 3) / 2 : undefined;
  });
  let first = 0; // (a loop: findIndex on a Float64Array boxes each entry it passes to its callback)
  while (first < levels.length && Number.isNaN(levels[first])) first++;
  if (first === levels.length) return natural;
  const base = !Number.isNaN(natural[first]) ? natural[first] - levels[first] : 3;
  const indented = new Set(mapPacked(panel.rows.filter((r) => r.kind === 'item'), (r) => r.indent)).size > 1;
  return rankList(panel.rows, (r, i) => (!Number.isNaN(levels[i]) ? base + levels[i] : r.inferredUnsure && !indented ? undefined : natural[i]));
}

/**
 * A rank per row, NaN for a row out of the sums. A typed array, not a JS array: at 100,000 rows a
 * JS array of one entry per row is a new large object each check (page faults and all), and the
 * hierarchy made three.
 */
function rankList(rows: readonly TableRow[], rankOf: (row: TableRow, i: number) => number | undefined): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = rankOf(rows[i], i) ?? NaN;
  return out;
}

/** The rank of a row from the table's layout: lower ranks are parents of higher ones. */
function layoutRanks(panel: Panel, kind: TableKind): Float64Array {
  const items = panel.rows.filter((r) => r.kind === 'item');
  const indents = [...new Set(mapPacked(items, (r) => r.indent))].sort((a, b) => a - b);
  const indented = indents.length > 1;
  const summary = SUMMARY_KINDS.has(kind);
  const hasCodes = panel.rows.some((x) => x.kind === 'code'); // once, not per item row
  let lastTopIsParent = false;
  return rankList(panel.rows, (r) => {
    switch (r.kind) {
      case 'total':
        return 0;
      case 'group':
        return 1;
      case 'unit':
        return 2;
      case 'memo':
      case 'year':
        return undefined;
      case 'code': {
        const len = r.code!.length;
        const first = r.code!.charCodeAt(0);
        if (first >= 65 && first <= 90) return 3 + Math.ceil((len - 1) / 2); // 采购品目 A…: a letter, then pairs
        return 3 + (len <= 3 ? 0 : len <= 5 ? 1 : 2);
      }
      case 'item': {
        if (indented) return 3 + indents.indexOf(r.indent);
        if (!summary) return hasCodes ? 2.5 : 3;
        const { ordinal, rest } = splitOrdinal(r.label);
        if (ordinal === 1) {
          lastTopIsParent = INCOME_PARENTS.test(rest);
          return 3;
        }
        if (ordinal === 2) return 4;
        if (INCOME_PARENTS.test(rest)) {
          lastTopIsParent = true;
          return 3;
        }
        if (lastTopIsParent) return 4;
        // A name-only row whose level the table does not show: left out of the sums.
        return undefined;
      }
    }
  });
}

/**
 * parent[i] for every row of a panel. A total printed below its rows adds up the top-level rows
 * above it since the previous total (and that total: 收入总计 = 本年收入合计 + 上年结转).
 */
export function buildHierarchy(panel: Panel, kind: TableKind): Int32Array {
  const parent = new Int32Array(panel.rows.length).fill(-1);
  if (UNSUMMED_KINDS.has(kind)) return parent;
  const rank = ranks(panel, kind);
  const stack: number[] = [];
  let segmentStart = 0;
  let previousTotal = -1;
  panel.rows.forEach((row, i) => {
    const k = rank[i];
    if (Number.isNaN(k)) return;
    const isBottomTotal = row.kind === 'total' && i > segmentStart && panel.rows.slice(segmentStart, i).some((r, j) => !Number.isNaN(rank[segmentStart + j]) && r.kind !== 'total');
    if (isBottomTotal) {
      const members: number[] = previousTotal >= 0 ? [previousTotal] : [];
      for (let j = segmentStart; j < i; j++) if (!Number.isNaN(rank[j]) && parent[j] === -1) members.push(j);
      const top = Math.min(...members.map((j) => (j === previousTotal ? Infinity : rank[j])));
      for (const j of members) if (j === previousTotal || rank[j] === top) parent[j] = i;
      previousTotal = i;
      segmentStart = i + 1;
      stack.length = 0;
      return;
    }
    while (stack.length && rank[stack[stack.length - 1]] >= k) stack.pop();
    const code = placingCode(row);
    if (code) {
      // Prefer the row whose code this one extends, wherever it stands in the open path.
      for (let s = stack.length - 1; s >= 0; s--) {
        const p = placingCode(panel.rows[stack[s]]);
        if (p && code.startsWith(p) && code !== p) {
          while (stack.length > s + 1) stack.pop(); // (not `stack.length = s + 1`: a slow builtin, and this runs per code row)
          break;
        }
      }
    }
    parent[i] = stack.length ? stack[stack.length - 1] : -1;
    stack.push(i);
  });
  return parent;
}

/**
 * Children of every row, in order, as one list: row i's are `list[start[i]]` up to `list[start[i + 1]]`
 * (offsets, as a sparse matrix's rows are kept). Two typed arrays, not a list per row: at 100,000
 * rows the array of lists and the lists were 5 MB a check of new objects, a large one among them.
 */
export class ChildLists {
  readonly start: Int32Array;
  readonly list: Int32Array;

  constructor(parent: Int32Array) {
    const n = parent.length;
    this.start = new Int32Array(n + 1);
    // Counted into start[p + 1], summed into offsets, then filled in row order (so each list is in order).
    for (let i = 0; i < n; i++) if (parent[i] >= 0) this.start[parent[i] + 1]++;
    for (let i = 0; i < n; i++) this.start[i + 1] += this.start[i];
    this.list = new Int32Array(this.start[n]);
    const filled = this.start.slice(0, n);
    for (let i = 0; i < n; i++) if (parent[i] >= 0) this.list[filled[parent[i]]++] = i;
  }

  count(i: number): number {
    return this.start[i + 1] - this.start[i];
  }

  /** Row i's children as an array (for a finding or a plan, not for every row). */
  of(i: number): number[] {
    const out: number[] = [];
    for (let k = this.start[i]; k < this.start[i + 1]; k++) out.push(this.list[k]);
    return out;
  }
}

export function childrenOf(panel: Panel): ChildLists {
  return new ChildLists(panel.parent);
}

export function findRow(table: RecognizedTable, predicate: (r: TableRow) => boolean): TableRow | undefined {
  for (const p of table.panels) for (const r of p.rows) if (predicate(r)) return r;
  return undefined;
}
