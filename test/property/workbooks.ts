/**
 * Workbooks for property tests and the fuzz run (bench/fuzz.ts): random sheets built from the words
 * and figures budget tables are made of, and real workbooks (the seed transcriptions, generated
 * department budgets) mutated the way people and PDF pastes break them: cells blanked, shifted,
 * swapped, turned to text, merged; rows duplicated or deleted.
 */
import fc from 'fast-check';
import type { Cell, CellRange, Sheet, Workbook } from '../../src/engine/workbook';
import { departmentWorkbook } from '../../scripts/generateWorkbook';

const TITLES = [
  '一般公共预算支出表',
  '部门收支总表',
  '收入总表',
  '支出总表',
  '财政拨款收支总表',
  '一般公共预算基本支出表',
  '项目支出总表',
  '一般公共预算"三公"经费支出表',
  '政府性基金预算支出表',
  '国有资本经营预算支出表',
  '政府采购预算表',
  '绩效目标表',
  '收入支出决算总表',
  '表7',
  '2021年部门预算',
];
const META = ['单位：万元', '单位：元', '金额单位：万元', '单位名称：深圳市科学技术协会', '部门：某某局', '注：本表无数据', '说明：', '2023年'];
const HEADINGS = [
  '项目',
  '科目编码',
  '科目名称',
  '预算单位',
  '合计',
  '总计',
  '小计',
  '基本支出',
  '项目支出',
  '收入',
  '支出',
  '类',
  '款',
  '项',
  '金额',
  '本年收入',
  '上年结转',
  '财政拨款',
  '其中：政府采购',
  '出国',
  '接待',
  '公务用车购置及运行费',
  '购置',
  '运行',
  '2021年预算数',
  '2020年预算数',
  '增减',
  '支出功能分类科目',
  '经济分类科目',
];
const LABELS = [
  '合计',
  '总计',
  '小计',
  '其中：',
  '科学技术支出',
  '科学技术普及',
  '机构运行',
  '一、财政拨款收入',
  '二、上年结转',
  '1.基本支出',
  '（一）工资福利支出',
  '深圳市科学技术协会',
  '某某局本级',
  '机关服务中心',
  '收入总计',
  '支出总计',
  '本年收入合计',
  '本年支出合计',
  '社会保障和就业支出',
  '  行政运行',
  '\u3000\u3000科普活动',
];
const CODES = ['201', '20101', '2010101', '206', '20607', '2060701', '2060702', '208', '20805', '2080505', '301', '30101', '30199', '3019908', '302', 'A01', '999', '2069999', '21', '2060701行政运行', '[2060701]行政运行', '07', '01'];
const AMOUNT_TEXTS = ['1,234', '1,368.18', '(12.5)', '（12.5）', '８，２８１', '-', '—', '/', '#REF!', '#DIV/0!', '#N/A', '12万元', '1.2.3', '1,23', '15%', '1e5', '减少0.60', '增加1.00', ' 4.50 ', '0.08', '-0', '７６３２'];
const FORMATS = [undefined, 'General', '#,##0', '#,##0.00', '0.00', '0', '@', '0%', '#,##0.00;(#,##0.00)', '#,##0;[Red]-#,##0', '"¥"#,##0.00'];
const SHEET_NAMES = ['表1', '表2', '表7', 'Sheet1', '一般公共预算支出表', '2023年部门预算表', "O'Brien 表", '三公', '表 12', '收支总表'];

/** The text a number shows under a few common formats (what Excel and our readers put in `text`). */
function shown(value: number, format: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  const decimals = format === undefined || format === 'General' || format === '@' ? undefined : /\.(0+)/.exec(format)?.[1].length ?? 0;
  if (decimals === undefined) return String(value);
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = format!.includes('#,##') ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  const body = grouped + (frac ? '.' + frac : '');
  return value < 0 ? (format!.includes('(') ? `(${body})` : `-${body}`) : body;
}

const numberCell: fc.Arbitrary<Cell> = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: -5000, max: 200000 }) },
      { weight: 3, arbitrary: fc.integer({ min: -500000, max: 5000000 }).map((n) => n / 100) },
      { weight: 1, arbitrary: fc.double({ min: -1e12, max: 1e12 }) },
      { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e21, 0.1 + 0.2, Number.MAX_SAFE_INTEGER, Number.NaN, Infinity) },
    ),
    fc.constantFrom(...FORMATS),
    fc.boolean(),
  )
  .map(([value, numberFormat, formula]) => {
    const cell: Cell = { value, text: shown(value, numberFormat) };
    if (numberFormat !== undefined) cell.numberFormat = numberFormat;
    if (formula) cell.formula = 'SUM(D5:D9)';
    return cell;
  });

const textCell = (words: readonly string[]): fc.Arbitrary<Cell> =>
  fc.tuple(fc.constantFrom(...words), fc.nat({ max: 3 }), fc.boolean()).map(([text, indent, bold]) => {
    const cell: Cell = { value: text, text };
    if (indent) cell.indent = indent;
    if (bold) cell.bold = true;
    return cell;
  });

const oddCell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.boolean().map((b): Cell => ({ value: b, text: b ? 'TRUE' : 'FALSE' })),
  fc.string({ maxLength: 12 }).map((s): Cell => ({ value: s, text: s })),
  fc.constant<Cell>({ value: null, text: '' }),
  fc.constant<Cell>({ value: null, text: '1,234' }),
  fc.constant<Cell>({ value: 12, text: '' }),
  fc.constant<Cell>({ value: '', text: '', formula: 'A1' }),
);

const anyCell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  { weight: 4, arbitrary: numberCell },
  { weight: 2, arbitrary: textCell(LABELS) },
  { weight: 2, arbitrary: textCell(CODES) },
  { weight: 2, arbitrary: textCell(AMOUNT_TEXTS) },
  { weight: 1, arbitrary: textCell(HEADINGS) },
  { weight: 2, arbitrary: oddCell },
);

/** Rows shaped like the parts of a budget table, and noise. */
const rowArb: fc.Arbitrary<(Cell | undefined)[]> = fc.oneof(
  { weight: 1, arbitrary: textCell(TITLES).map((c) => [c]) },
  { weight: 1, arbitrary: fc.array(textCell(META), { minLength: 1, maxLength: 2 }) },
  { weight: 2, arbitrary: fc.array(textCell(HEADINGS), { minLength: 2, maxLength: 8 }) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.option(textCell(CODES)), fc.option(textCell(LABELS)), fc.array(fc.oneof({ weight: 5, arbitrary: numberCell }, { weight: 1, arbitrary: anyCell }), { maxLength: 7 }))
      .map(([code, label, figures]) => [code ?? undefined, label ?? undefined, ...figures]),
  },
  { weight: 1, arbitrary: fc.constant([] as (Cell | undefined)[]).map((r) => [...r]) },
  { weight: 2, arbitrary: fc.array(anyCell, { maxLength: 10 }) },
);

const rangeArb: fc.Arbitrary<CellRange> = fc
  .tuple(fc.nat({ max: 40 }), fc.nat({ max: 10 }), fc.nat({ max: 3 }), fc.nat({ max: 3 }), fc.nat({ max: 20 }))
  .map(([top, left, h, w, odd]) => (odd === 0 ? { top: top + h, left: left + w, bottom: top, right: left } : { top, left, bottom: top + h, right: left + w })); // now and then a reversed one

const sheetArb = (name: string): fc.Arbitrary<Sheet> =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.nat({ max: 2 }), rowArb), { maxLength: 45 }),
      fc.array(rangeArb, { maxLength: 4 }),
      fc.array(fc.nat({ max: 50 }), { maxLength: 3 }),
      fc.array(fc.nat({ max: 12 }), { maxLength: 2 }),
    )
    .map(([rows, merges, hiddenRows, hiddenColumns]) => ({
      name,
      cells: rows.map(([offset, cells]) => [...Array<Cell | undefined>(offset).fill(undefined), ...cells]),
      merges,
      hiddenRows,
      hiddenColumns,
    }));

/** A random workbook of 0 to 3 sheets with distinct names. */
export const randomWorkbook: fc.Arbitrary<Workbook> = fc
  .uniqueArray(fc.constantFrom(...SHEET_NAMES), { maxLength: 3 })
  .chain((names) => fc.tuple(...names.map(sheetArb)))
  .chain((sheets) => fc.constantFrom<Workbook>({ name: 'random.xlsx', sheets }, { name: '2021年部门预算.xlsx', sheets }));

export type Mutation =
  | { op: 'blank' | 'text' | 'fullwidth'; at: [number, number] }
  | { op: 'number'; at: [number, number]; value: number }
  | { op: 'shift'; row: number; by: number }
  | { op: 'swap'; at: [number, number]; to: [number, number] }
  | { op: 'merge'; at: [number, number]; height: number; width: number }
  | { op: 'duplicate' | 'delete'; row: number };

/** A position as a fraction of the sheet's size (uniform: fc.double leans to the ends of its range). */
const fraction = fc.nat({ max: 9999 }).map((n) => n / 10000);
const spot = fc.tuple(fraction, fraction);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('blank' as const, 'text' as const, 'fullwidth' as const), at: spot }),
  fc.record({ op: fc.constant('number' as const), at: spot, value: fc.integer({ min: -1000, max: 100000 }) }),
  fc.record({ op: fc.constant('shift' as const), row: fraction, by: fc.integer({ min: -2, max: 2 }) }),
  fc.record({ op: fc.constant('swap' as const), at: spot, to: spot }),
  fc.record({ op: fc.constant('merge' as const), at: spot, height: fc.nat({ max: 2 }), width: fc.nat({ max: 2 }) }),
  fc.record({ op: fc.constantFrom('duplicate' as const, 'delete' as const), row: fraction }),
);

const FULL_WIDTH: Record<string, string> = { ',': '，', '.': '．', '-': '－', '(': '（', ')': '）' };

function copyWorkbook(wb: Workbook): Workbook {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => ({ ...s, cells: s.cells.map((r) => (r ?? []).map((c) => (c ? { ...c } : undefined))), merges: s.merges.map((m) => ({ ...m })) })),
  };
}

/** Apply mutations to a copy (the input is not changed); positions are fractions of the sheet's size. */
export function mutate(workbook: Workbook, sheetPick: number, mutations: Mutation[]): Workbook {
  const wb = copyWorkbook(workbook);
  if (!wb.sheets.length) return wb;
  const sheet = wb.sheets[Math.floor(sheetPick * wb.sheets.length)];
  const rows = () => sheet.cells.length;
  const width = () => Math.max(1, ...sheet.cells.map((r) => r.length));
  const pos = ([a, b]: [number, number]) => ({ row: Math.floor(a * rows()), col: Math.floor(b * width()) });
  const set = (row: number, col: number, cell: Cell | undefined) => {
    while (sheet.cells.length <= row) sheet.cells.push([]);
    sheet.cells[row][col] = cell;
  };
  for (const m of mutations) {
    if (!rows()) break;
    switch (m.op) {
      case 'blank': {
        const p = pos(m.at);
        set(p.row, p.col, undefined);
        break;
      }
      case 'text': {
        const p = pos(m.at);
        const c = sheet.cells[p.row]?.[p.col];
        if (c) set(p.row, p.col, { ...c, value: c.text || String(c.value ?? ''), numberFormat: '@' });
        break;
      }
      case 'fullwidth': {
        const p = pos(m.at);
        const c = sheet.cells[p.row]?.[p.col];
        if (c) {
          const t = (c.text || String(c.value ?? '')).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/[,.\-()]/g, (ch) => FULL_WIDTH[ch]);
          set(p.row, p.col, { ...c, value: t, text: t });
        }
        break;
      }
      case 'number': {
        const p = pos(m.at);
        const old = sheet.cells[p.row]?.[p.col];
        set(p.row, p.col, { value: m.value, text: shown(m.value, old?.numberFormat ?? '#,##0'), numberFormat: old?.numberFormat ?? '#,##0' });
        break;
      }
      case 'shift': {
        const r = Math.floor(m.row * rows());
        const line = sheet.cells[r] ?? [];
        sheet.cells[r] = m.by >= 0 ? [...Array<Cell | undefined>(m.by).fill(undefined), ...line] : line.slice(-m.by);
        break;
      }
      case 'swap': {
        const a = pos(m.at);
        const b = pos(m.to);
        const ca = sheet.cells[a.row]?.[a.col];
        const cb = sheet.cells[b.row]?.[b.col];
        set(a.row, a.col, cb);
        set(b.row, b.col, ca);
        break;
      }
      case 'merge': {
        const p = pos(m.at);
        sheet.merges.push({ top: p.row, left: p.col, bottom: p.row + m.height, right: p.col + m.width });
        break;
      }
      case 'duplicate': {
        const r = Math.floor(m.row * rows());
        sheet.cells.splice(r + 1, 0, (sheet.cells[r] ?? []).map((c) => (c ? { ...c } : undefined)));
        break;
      }
      case 'delete': {
        sheet.cells.splice(Math.floor(m.row * rows()), 1);
        break;
      }
    }
  }
  return wb;
}

/** A real workbook (by index into `bases`) with 1 to `max` mutations on one of its sheets. */
export function mutatedArb(bases: Workbook[], max = 6): fc.Arbitrary<{ base: number; sheet: number; mutations: Mutation[] }> {
  return fc.record({ base: fc.nat({ max: bases.length - 1 }), sheet: fraction, mutations: fc.array(mutationArb, { minLength: 1, maxLength: max }) });
}

/** Small generated department budgets (consistent: no error findings before mutation). */
export const generatedArb: fc.Arbitrary<Workbook> = fc
  .record({ rows: fc.integer({ min: 5, max: 120 }), sheets: fc.integer({ min: 1, max: 3 }), seed: fc.nat(), decimals: fc.constantFrom(0 as const, 2 as const) })
  .map((o) => departmentWorkbook(o));

/**
 * Cells of a generated budget (scripts/generateWorkbook.ts) that hold a total: every 合计 cell, and
 * the 基本/项目 cells of parent rows (the department, a unit with codes below it, a 类 or 款 with
 * children). Corrupting only these leaves every leaf right, so the engine's plans can restore them.
 */
export function totalCells(wb: Workbook): { sheet: string; row: number; col: number }[] {
  const out: { sheet: string; row: number; col: number }[] = [];
  const codeOf = (r: (Cell | undefined)[] | undefined) => (typeof r?.[1]?.value === 'string' ? (r[1]!.value as string) : '');
  for (const s of wb.sheets) {
    for (let row = 3; row < s.cells.length; row++) {
      const code = codeOf(s.cells[row]);
      const next = s.cells[row + 1];
      const nextCode = codeOf(next);
      const isParent = next !== undefined && (row === 3 ? true : code === '' ? nextCode !== '' : nextCode.length > code.length && nextCode.startsWith(code));
      for (const col of [3, 4, 5]) if (typeof s.cells[row][col]?.value === 'number' && (col === 3 || isParent)) out.push({ sheet: s.name, row, col });
    }
  }
  return out;
}
