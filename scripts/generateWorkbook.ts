/**
 * Generated department budgets for benchmarks and property tests: a 一般公共预算支出表 of many
 * 预算单位 × many functional codes (类/款/项 from the bundled catalog), every parent row and every
 * 合计 column the exact sum of its parts, so a correct table has no error finding. Deterministic:
 * the same options give the same workbook.
 */
import functionalJson from '../src/engine/catalog/data/functional.json';
import type { Cell, Sheet, Workbook } from '../src/engine/workbook';

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same sequence. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface CodeNode {
  code: string;
  name: string;
  children: CodeNode[];
}

/** 类 → 款 → 项 from the bundled catalog; 款 without 项 are leaves. */
function functionalTree(): CodeNode[] {
  const rows = functionalJson as { code: string; level: string; parent: string | null; names: { name: string | null }[] }[];
  const nodes = new Map<string, CodeNode>();
  for (const r of rows) nodes.set(r.code, { code: r.code, name: r.names[r.names.length - 1]?.name ?? r.code, children: [] });
  const roots: CodeNode[] = [];
  for (const r of rows) {
    const node = nodes.get(r.code)!;
    const parent = r.parent ? nodes.get(r.parent) : undefined;
    if (r.parent && !parent) continue; // an orphan row: left out, the table stays consistent
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Code rows of one unit, depth first: 类 then its 款 then their 项, `target` rows (the last 类 cut short). */
function pickCodes(tree: CodeNode[], target: number, random: () => number): { node: CodeNode; depth: number }[] {
  const order = tree.map((n, i) => ({ n, k: random() + i * 1e-9 })).sort((a, b) => a.k - b.k).map((x) => x.n);
  const out: { node: CodeNode; depth: number }[] = [];
  const walk = (node: CodeNode, depth: number) => {
    if (out.length >= target) return;
    out.push({ node, depth });
    for (const child of node.children) walk(child, depth + 1);
  };
  for (const lei of order) walk(lei, 0);
  return out;
}

export interface DepartmentOptions {
  /** Body rows of the table(s): units × codes, about this many in all. */
  rows: number;
  /** Spread the rows over this many sheets, one table each (default 1). */
  sheets?: number;
  seed?: number;
  /** Decimals of the figures (万元 with 2 decimals by default). */
  decimals?: 0 | 2;
}

const UNIT_SUFFIXES = ['本级', '服务中心', '研究所', '监测站', '信息中心', '培训中心', '档案馆', '科技馆'];

function amountCell(cents: number, decimals: number): Cell {
  const value = decimals === 0 ? cents : cents / 100;
  const format = decimals === 0 ? '#,##0' : '#,##0.00';
  const fixed = value.toFixed(decimals);
  const [int, frac] = fixed.split('.');
  return { value, text: int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : ''), numberFormat: format };
}

const textCell = (text: string): Cell => ({ value: text, text });

/** One sheet: title, meta lines, header, the department row, then each unit with its code rows. */
function departmentSheet(name: string, department: string, bodyRows: number, random: () => number, decimals: number): Sheet {
  const tree = functionalTree();
  const codesPerUnit = Math.max(5, Math.min(100, Math.round(Math.sqrt(bodyRows) * 1.5)));
  type Row = { label: string; unit?: string; code?: string; basic: number; project: number; children: Row[] };
  const dept: Row = { label: department, basic: 0, project: 0, children: [] };
  const flat: Row[] = [dept];
  for (let u = 0; flat.length < bodyRows; u++) {
    const unit: Row = { label: `${department}${u >= UNIT_SUFFIXES.length ? `${u + 1}号` : ''}${UNIT_SUFFIXES[u % UNIT_SUFFIXES.length]}`, basic: 0, project: 0, children: [] };
    dept.children.push(unit);
    flat.push(unit);
    const stack: Row[] = [unit];
    for (const { node, depth } of pickCodes(tree, Math.min(codesPerUnit, bodyRows - flat.length), random)) {
      const row: Row = { label: node.name, code: node.code, basic: 0, project: 0, children: [] };
      stack.length = depth + 1;
      stack[depth].children.push(row);
      stack.push(row);
      flat.push(row);
    }
  }
  // Leaves get figures in units of the last decimal shown (integers); parents are their exact sums.
  const fill = (row: Row): void => {
    if (!row.children.length) {
      row.basic = random() < 0.3 ? 0 : Math.floor(random() * 50000);
      row.project = random() < 0.5 ? 0 : Math.floor(random() * 80000);
      return;
    }
    for (const c of row.children) fill(c);
    row.basic = row.children.reduce((s, c) => s + c.basic, 0);
    row.project = row.children.reduce((s, c) => s + c.project, 0);
  };
  fill(dept);
  const cells: (Cell | undefined)[][] = [
    [textCell('一般公共预算支出表')],
    [textCell(`单位名称：${department}`), undefined, undefined, undefined, undefined, textCell('单位：万元')],
    ['预算单位', '科目编码', '科目名称', '合计', '基本支出', '项目支出'].map(textCell),
  ];
  const figure = (n: number) => (n === 0 ? undefined : amountCell(n, decimals));
  for (const row of flat) {
    cells.push([
      row.code ? undefined : textCell(row.label),
      row.code ? textCell(row.code) : undefined,
      row.code ? textCell(row.label) : undefined,
      amountCell(row.basic + row.project, decimals),
      figure(row.basic),
      figure(row.project),
    ]);
  }
  return { name, cells, merges: [] };
}

/** A department budget of about `rows` table rows, in one sheet or spread over `sheets` sheets. */
export function departmentWorkbook(options: DepartmentOptions): Workbook {
  const random = prng(options.seed ?? 1);
  const sheets = Math.max(1, options.sheets ?? 1);
  const per = Math.max(2, Math.round(options.rows / sheets));
  const decimals = options.decimals ?? 2;
  return {
    name: `generated-${options.rows}-${sheets}.xlsx`,
    sheets: Array.from({ length: sheets }, (_, i) => departmentSheet(sheets === 1 ? '一般公共预算支出表' : `表${i + 1}`, `第${i + 1}局`, per, random, decimals)),
  };
}

/** Body rows a generated workbook holds (what the benchmarks report). */
export function tableRowCount(workbook: Workbook): number {
  return workbook.sheets.reduce((n, s) => n + s.cells.length - 3, 0);
}
