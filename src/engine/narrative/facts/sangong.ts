/**
 * 三公 facts, read with the 三公 reader (src/engine/sangong.ts) in every layout: the total and each
 * item of the table's year, for the department and each unit, with the year before when the table
 * prints it. A blank item is 0 (texts say 因公出国（境）费 0 万元). The 政府性基金 三公 table is left out:
 * narratives mean the 一般公共预算 one.
 */
import Decimal from 'decimal.js';
import { readSangong, type SangongCell, type SangongItem, type SangongUnit, type SangongYear } from '../../sangong';
import { compact } from '../../text';
import type { RecognizedTable } from '../../types';
import { qualifiedA1 } from '../../workbook';
import type { Fact } from '../types';
import type { Ctx } from './rows';

const KEYS: Record<SangongItem, [string, string]> = {
  total: ['sangong', '“三公”经费'],
  abroad: ['sangong:abroad', '因公出国（境）费'],
  reception: ['sangong:reception', '公务接待费'],
  vehicles: ['sangong:vehicle', '公务用车购置及运行维护费'],
  purchase: ['sangong:vehicle-purchase', '公务用车购置费'],
  operation: ['sangong:vehicle-operation', '公务用车运行维护费'],
};

function yearsOf(unit: SangongUnit, tableYear: number | null): { current?: SangongYear; previous?: SangongYear } {
  const years = unit.years;
  const at = tableYear !== null ? years.findIndex((y) => y.year === tableYear) : -1;
  const i = at >= 0 ? at : years.length - 1;
  return { current: years[i], previous: i > 0 ? years[i - 1] : undefined };
}

function valueOf(cell: SangongCell): { value: Decimal; decimals: number } {
  return { value: cell.value ?? new Decimal(0), decimals: cell.decimals };
}

export function sangongFacts(table: RecognizedTable, ctx: Ctx, push: (f: Fact | undefined) => void): void {
  if (/政府性基金|国有资本/.test(table.title)) return;
  const sheet = ctx.workbook.sheets.find((s) => s.name === table.sheet);
  const sangong = sheet ? readSangong(table, sheet) : null;
  if (!sangong) return;
  const units = sangong.units.filter((u) => u.role === 'unit');
  for (const unit of sangong.units) {
    if (unit.role === 'unit' && units.length < 2) continue;
    const scope = unit.role === 'department' ? '' : compact(unit.name);
    const { current, previous } = yearsOf(unit, table.year);
    if (!current) continue;
    for (const item of Object.keys(KEYS) as SangongItem[]) {
      const cell = current.figures[item];
      if (!cell || cell.invalid) continue;
      const before = previous?.figures[item];
      const [key, label] = KEYS[item];
      push({
        key,
        scope,
        label,
        ...valueOf(cell),
        unit: table.unit ?? '万元',
        thousands: (cell.numberFormat ?? '').includes(',') || cell.text.includes(','),
        cells: [qualifiedA1(table.sheet, cell.row, cell.col)],
        kind: 'sangong',
        title: table.title,
        previous: before && !before.invalid ? { ...valueOf(before), cells: [qualifiedA1(table.sheet, before.row, before.col)], year: previous!.year } : undefined,
      });
    }
  }
}
