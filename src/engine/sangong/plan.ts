/**
 * The plan that fills a 三公 table's year-over-year figures: for each unit and item, the change
 * (本年 − 上年) and the rate ((本年 − 上年) / 上年, `—` where 上年 is 0 or blank).
 * - Into the table's own 增减 row or column when it has one, in its style (numbers, or words such
 *   as 减少0.60); a printed figure that already agrees (exactly or within rounding) is left alone.
 * - Otherwise as new lines laid out like the table's: years as rows get a 增减变化金额 row and a
 *   增减率 row per unit (seed 002's wording) in a block right below the table; items as rows get
 *   增减金额 and 增减率 columns right of it. An edit plan writes cells and cannot insert rows, so the
 *   block goes below the table, and only where every cell it needs is empty.
 * Rates are written as text (`-38.89%`, format `@`): the line mixes them with `—`, the text is the
 *   figure the engine rounded (half-up, 2 decimals) rather than a float behind a percent format, and
 *   it reads back exactly, so re-planning finds nothing to do.
 */
import Decimal from 'decimal.js';
import { decimalsOfFormat } from '../amount';
import type { CellEdit, EditPlan } from '../fixes';
import { recognizeWorkbook } from '../recognize';
import { compact } from '../text';
import type { CheckOptions, RecognizedTable } from '../types';
import { a1, cellAt, type Sheet, type Workbook } from '../workbook';
import { itemChange, judgeChange, rateText, rateTo, sangongExact, yearPair, type ItemChange } from './compute';
import { SANGONG_ITEM_NAMES, type SangongItem } from './items';
import { readSangongTables, type SangongCell, type SangongTable, type SangongUnit } from './read';

export const CHANGE_LABEL = '增减变化金额';
export const CHANGE_COLUMN_LABEL = '增减金额';
export const RATE_LABEL = '增减率';

/** A change in words, as 三公 tables write it: 减少0.60, 增加1.00; no change as 0.00. */
export function changeInWords(value: Decimal, decimals: number): string {
  if (value.isZero()) return value.abs().toFixed(decimals);
  return `${value.isNegative() ? '减少' : '增加'}${value.abs().toFixed(decimals)}`;
}

function plainFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** The number format of the more precise year cell, if it shows the change's decimals. */
function formatFor(ch: ItemChange, table: SangongTable): string {
  const cells = [ch.current, ch.previous].filter((c): c is SangongCell => !!c && c.value !== null).sort((x, y) => y.decimals - x.decimals);
  for (const f of [cells[0]?.numberFormat, table.numberFormat]) {
    if (f && (decimalsOfFormat(f) ?? -1) >= ch.decimals) return f;
  }
  return plainFormat(ch.decimals);
}

function looksNumeric(text: string): boolean {
  return /^[+-]?[\d,.]+%?$/.test(text);
}

function show(c: SangongCell | undefined): string {
  return c && c.value !== null ? c.value.toFixed(c.decimals) : '0';
}

function changeReason(unit: SangongUnit, ch: ItemChange, years: [number | null, number | null]): string {
  const name = `「${unit.name}」${SANGONG_ITEM_NAMES[ch.item].zh}`;
  const fixed = ch.corrected ? `（合计与各项之和不符，按各项之和计）` : '';
  return `${name}增减 = ${years[1]}年 ${show(ch.current)} − ${years[0]}年 ${show(ch.previous)} = ${ch.change!.toFixed(ch.decimals)}${fixed}。Change = current − previous.`;
}

function rateReason(unit: SangongUnit, ch: ItemChange): string {
  const name = `「${unit.name}」${SANGONG_ITEM_NAMES[ch.item].zh}增减率`;
  return ch.rate === null
    ? `${name}：上年为 0 或空白，记“—”。No rate: the previous year is 0 or blank.`
    : `${name} = ${ch.change!.toFixed(ch.decimals)} / ${ch.base.toFixed(Math.max(ch.previous?.decimals ?? 0, ch.base.decimalPlaces()))} = ${rateText(ch)}。Rate = change / previous.`;
}

interface Ctx {
  sheet: Sheet;
  table: SangongTable;
  exact: boolean;
  words: boolean;
  edits: CellEdit[];
}

function edit(ctx: Ctx, row: number, col: number, after: string | number, reason: string, numberFormat?: string): CellEdit {
  const before = cellAt(ctx.sheet, row, col).value;
  return { sheet: ctx.sheet.name, cell: a1(row, col), before, after, ...(numberFormat ? { numberFormat } : {}), reason };
}

/** What the change cell should receive, or undefined when it is right as it is. */
function changeValue(ctx: Ctx, ch: ItemChange, cell: SangongCell | undefined): { after: string | number; numberFormat?: string } | undefined {
  if (ch.change === null) return undefined;
  if (cell) {
    if (cell.formula || cell.invalid) return undefined;
    const blank = cell.value === null;
    if (!blank && judgeChange(cell, ch, ctx.exact) !== 'mismatch') return undefined;
    if (blank && ch.change.isZero() && ctx.words) return undefined; // seed 003 leaves no change blank
  }
  if (ctx.words) {
    const text = changeInWords(ch.change, ch.decimals);
    return { after: text, ...(looksNumeric(text) ? { numberFormat: '@' } : {}) };
  }
  return { after: Number(ch.change.toFixed(ch.decimals)), numberFormat: formatFor(ch, ctx.table) };
}

/** Does a printed rate already say what the plan would write? */
function rateAgrees(cell: SangongCell, ch: ItemChange): boolean {
  if (cell.value === null) return ch.rate === null && compact(cell.text) !== '';
  const want = rateTo(ch, Math.min(cell.decimals, 2));
  return want !== null && want.equals(cell.value);
}

function rateEdit(ctx: Ctx, unit: SangongUnit, ch: ItemChange, row: number, col: number, cell?: SangongCell): CellEdit | undefined {
  if (cell && (cell.formula || rateAgrees(cell, ch))) return undefined;
  const text = rateText(ch);
  return edit(ctx, row, col, text, rateReason(unit, ch), looksNumeric(text) ? '@' : undefined);
}

function changesOf(ctx: Ctx, unit: SangongUnit): ItemChange[] {
  const items = (Object.keys(ctx.table.itemLines) as SangongItem[]).sort((x, y) => ctx.table.itemLines[x]! - ctx.table.itemLines[y]!);
  return items.map((item) => itemChange(unit, item, ctx.exact)).filter((c): c is ItemChange => !!c);
}

/** Fill the 增减 and 增减率 cells the table already has. */
function fillExisting(ctx: Ctx, unit: SangongUnit, years: [number | null, number | null]): void {
  for (const ch of changesOf(ctx, unit)) {
    const cell = unit.change?.figures[ch.item];
    if (cell) {
      const v = changeValue(ctx, ch, cell);
      if (v) ctx.edits.push(edit(ctx, cell.row, cell.col, v.after, changeReason(unit, ch, years), v.numberFormat));
    }
    const rate = unit.rate?.figures[ch.item];
    if (rate) {
      const e = rateEdit(ctx, unit, ch, rate.row, rate.col, rate);
      if (e) ctx.edits.push(e);
    }
  }
}

function isEmpty(sheet: Sheet, row: number, col: number): boolean {
  const c = cellAt(sheet, row, col);
  return c.value === null && compact(c.text) === '' && !c.formula;
}

/** Years as rows: a 增减变化金额 row and a 增减率 row per unit that lacks them, in a block below the table. */
function addRows(ctx: Ctx, units: SangongUnit[], yearsOf: (u: SangongUnit) => [number | null, number | null]): void {
  const t = ctx.table;
  const ordered = [...units].sort((x, y) => (x.rows[0] ?? 0) - (y.rows[0] ?? 0));
  const needy = ordered.filter((u) => !u.change || !u.rate);
  if (!needy.length) return;
  if (t.yearCol === undefined && t.units.length > 1) return; // no column to say which line is which
  const lines: { unit: SangongUnit; kind: 'change' | 'rate' }[] = [];
  for (const u of needy) {
    if (!u.change) lines.push({ unit: u, kind: 'change' });
    if (!u.rate) lines.push({ unit: u, kind: 'rate' });
  }
  const top = t.range.bottom + 1;
  for (let i = 0; i < lines.length; i++) for (let c = t.range.left; c <= t.range.right; c++) if (!isEmpty(ctx.sheet, top + i, c)) return;
  // A line without a name belongs to the unit above it: name the unit only where it changes.
  let attached = ordered[ordered.length - 1];
  lines.forEach((line, i) => {
    const row = top + i;
    const label = line.kind === 'change' ? CHANGE_LABEL : RATE_LABEL;
    if (line.unit !== attached && line.unit.labelCell) ctx.edits.push(edit(ctx, row, t.labelCol, line.unit.name, `「${line.unit.name}」的增减行。The unit's change lines.`));
    attached = line.unit;
    ctx.edits.push(edit(ctx, row, t.yearCol ?? t.labelCol, label, `${label}行（row）。`));
    for (const ch of changesOf(ctx, line.unit)) {
      const col = t.itemLines[ch.item]!;
      if (line.kind === 'change') {
        const v = changeValue(ctx, ch, undefined);
        if (v) ctx.edits.push(edit(ctx, row, col, v.after, changeReason(line.unit, ch, yearsOf(line.unit)), v.numberFormat));
      } else {
        const e = rateEdit(ctx, line.unit, ch, row, col);
        if (e) ctx.edits.push(e);
      }
    }
  });
}

/** Items as rows: 增减金额 and 增减率 columns right of the table, where it lacks them. */
function addColumns(ctx: Ctx, units: SangongUnit[], yearsOf: (u: SangongUnit) => [number | null, number | null]): void {
  const t = ctx.table;
  const needChange = !units.some((u) => u.change);
  const needRate = !units.some((u) => u.rate);
  if (!needChange && !needRate) return;
  const firstYear = units[0].years[units[0].years.length - 1];
  const yearCol = Object.values(firstYear.figures)[0]?.col ?? t.range.left + 1;
  const headerRow = [...t.headerRows].reverse().find((r) => !isEmpty(ctx.sheet, r, yearCol)) ?? t.headerRows[t.headerRows.length - 1];
  const cols: { kind: 'change' | 'rate'; col: number }[] = [];
  let col = t.range.right + 1;
  if (needChange) cols.push({ kind: 'change', col: col++ });
  if (needRate) cols.push({ kind: 'rate', col: col++ });
  for (const c of cols) for (let r = headerRow; r <= t.range.bottom; r++) if (!isEmpty(ctx.sheet, r, c.col)) return;
  for (const c of cols) {
    const label = c.kind === 'change' ? CHANGE_COLUMN_LABEL : RATE_LABEL;
    ctx.edits.push(edit(ctx, headerRow, c.col, label, `${label}列（column）。`));
    for (const u of units) {
      for (const ch of changesOf(ctx, u)) {
        const row = (ch.current ?? ch.previous)!.row;
        if (c.kind === 'change') {
          const v = changeValue(ctx, ch, undefined);
          if (v) ctx.edits.push(edit(ctx, row, c.col, v.after, changeReason(u, ch, yearsOf(u)), v.numberFormat));
        } else {
          const e = rateEdit(ctx, u, ch, row, c.col);
          if (e) ctx.edits.push(e);
        }
      }
    }
  }
}

function planTable(sheet: Sheet, table: SangongTable, options: CheckOptions): CellEdit[] {
  const units = table.units.filter((u) => yearPair(u));
  if (!units.length) return [];
  const words = table.units.some((u) => Object.values(u.change?.figures ?? {}).some((c) => c?.words));
  const ctx: Ctx = { sheet, table, exact: sangongExact(table, options.roundedYuan), words, edits: [] };
  const yearsOf = (u: SangongUnit): [number | null, number | null] => {
    const p = yearPair(u)!;
    return [p.previous.year, p.current.year];
  };
  for (const u of units) fillExisting(ctx, u, yearsOf(u));
  if (table.itemAxis === 'columns') addRows(ctx, units, yearsOf);
  else addColumns(ctx, units, yearsOf);
  return ctx.edits;
}

/**
 * The plan filling every 三公 table's 增减 and 增减率 figures. `tables` are the recognized tables
 * (Report.tables); recognized afresh when not given. Empty when everything is filled and right.
 */
export function sangongDeltaPlan(workbook: Workbook, tables?: RecognizedTable[], options: CheckOptions = {}): EditPlan {
  const edits: CellEdit[] = [];
  for (const src of readSangongTables(tables ?? recognizeWorkbook(workbook), workbook)) {
    const sheet = workbook.sheets.find((s) => s.name === src.table.sheet)!;
    edits.push(...planTable(sheet, src.sangong, options));
  }
  return { title: `填写“三公”经费增减数与增减率（${edits.length} 处）Fill the 三公 changes and rates`, edits };
}
