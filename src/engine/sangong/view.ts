/**
 * The 三公 figures as plain data for the task pane and the CLI: one row per unit and item with the
 * two years, the change and the rate, as strings, and the cells they come from.
 */
import type { RecognizedTable, Report } from '../types';
import type { Sheet } from '../workbook';
import { itemChange, rateText, sangongExact, yearPair } from './compute';
import { SANGONG_ITEM_NAMES, type SangongItem } from './items';
import { readSangongTables, type SangongCell } from './read';

export interface SangongViewRow {
  sheet: string;
  /** Index of the table in Report.tables. */
  table: number;
  unit: string;
  unitRole: 'department' | 'unit';
  item: SangongItem;
  /** The item's name, zh-CN (SANGONG_ITEM_NAMES has the English). */
  itemName: string;
  previousYear: number | null;
  currentYear: number | null;
  /** Decimal strings as the table shows them; null when blank or not shown. */
  previous: string | null;
  current: string | null;
  /** 本年 − 上年 (a total that disagrees with its parts counted as their sum); null with one year only or both blank. */
  change: string | null;
  /** `-38.89%`, or `—` where 上年 is 0 or blank; null with one year only. */
  rate: string | null;
  /** The 增减 figure the table prints, when it has a 增减 cell for this item. */
  printedChange: string | null;
  /** A1 addresses (on `sheet`) of the figures. */
  cells: { previous?: string; current?: string; change?: string; rate?: string };
}

function shown(c: SangongCell | undefined): string | null {
  return c && c.value !== null ? c.value.toFixed(c.decimals) : null;
}

export function sangongView(tables: RecognizedTable[] | Report, workbook: { sheets: Sheet[] }, options: { roundedYuan?: boolean } = {}): SangongViewRow[] {
  const list = Array.isArray(tables) ? tables : tables.tables;
  const rows: SangongViewRow[] = [];
  for (const { index, sangong } of readSangongTables(list, workbook)) {
    const exact = sangongExact(sangong, options.roundedYuan);
    const items = (Object.keys(sangong.itemLines) as SangongItem[]).sort((x, y) => sangong.itemLines[x]! - sangong.itemLines[y]!);
    for (const unit of sangong.units) {
      const pair = yearPair(unit);
      const latest = unit.years[unit.years.length - 1];
      for (const item of items) {
        const ch = pair ? itemChange(unit, item, exact) : undefined;
        const previous = pair?.previous.figures[item];
        const current = pair ? pair.current.figures[item] : latest?.figures[item];
        const printed = unit.change?.figures[item];
        const rate = unit.rate?.figures[item];
        rows.push({
          sheet: sangong.sheet,
          table: index,
          unit: unit.name,
          unitRole: unit.role,
          item,
          itemName: SANGONG_ITEM_NAMES[item].zh,
          previousYear: pair?.previous.year ?? null,
          currentYear: pair ? pair.current.year : latest?.year ?? null,
          previous: shown(previous),
          current: shown(current),
          change: ch && ch.change !== null ? ch.change.toFixed(ch.decimals) : null,
          rate: ch ? rateText(ch) : null,
          printedChange: shown(printed),
          cells: {
            ...(previous ? { previous: previous.cell } : {}),
            ...(current ? { current: current.cell } : {}),
            ...(printed ? { change: printed.cell } : {}),
            ...(rate ? { rate: rate.cell } : {}),
          },
        });
      }
    }
  }
  return rows;
}
