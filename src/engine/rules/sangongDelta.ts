/**
 * sangong-delta / rounding-tail — 三公增减数应等于本年减上年；表中有增减行（列）时不应缺项.
 * A printed 增减 figure must equal 本年 − 上年 (within rounding), and a table that prints 增减
 * figures must print them for every item that changed. 增减 written in words (减少0.60) counts.
 */
import { SANGONG_ITEM_NAMES, SANGONG_ITEMS } from '../sangong/items';
import { readSangongTables, type SangongSource } from '../sangong/read';
import { itemChange, judgeChange, sangongExact, yearPair, type ItemChange } from '../sangong/compute';
import { decimalString } from '../tolerance';
import type { CheckOptions, Finding, RecognizedTable } from '../types';
import type { Sheet } from '../workbook';
import { finding, show } from './context';

function describe(ch: ItemChange): string {
  const y = (c: ItemChange['current']) => (c && c.value !== null ? show(c.value, c.decimals) : '空白');
  const base = `${y(ch.current)} − ${y(ch.previous)}`;
  return ch.corrected ? `${base}（合计按各项之和计 ${show(ch.change!, ch.decimals)}）` : base;
}

function deltaFindings(src: SangongSource, exact: boolean): Finding[] {
  const out: Finding[] = [];
  const tableHasChange = src.sangong.units.some((u) => u.change);
  for (const unit of src.sangong.units) {
    const pair = yearPair(unit);
    if (!pair) continue;
    if (!unit.change) {
      if (tableHasChange && unit.rows.length) {
        out.push(
          finding('sangong-delta', src.table, src.index, unit.rows[0], src.sangong.labelCol, {
            message: `「${unit.name}」没有增减行，而表中其他单位有。This unit has no 增减 row while the others do.`,
          }),
        );
      }
      continue;
    }
    for (const item of SANGONG_ITEMS) {
      const cell = unit.change.figures[item];
      if (!cell || cell.invalid) continue;
      const ch = itemChange(unit, item, exact);
      if (!ch) continue;
      const agreement = judgeChange(cell, ch, exact);
      if (agreement === 'equal') continue;
      const what = `「${unit.name}」${SANGONG_ITEM_NAMES[item].zh}增减`;
      const expected = ch.change === null ? undefined : show(ch.change, ch.decimals);
      const related = [ch.current?.cell, ch.previous?.cell].filter((c): c is string => !!c);
      if (cell.value === null) {
        out.push(
          finding('sangong-delta', src.table, src.index, cell.row, cell.col, {
            ...(ch.change !== null ? { expected: decimalString(ch.change, ch.decimals) } : {}),
            related,
            message: `${what}空缺，应为 ${describe(ch)} = ${expected}。The 增减 figure is missing: ${expected}.`,
          }),
        );
        continue;
      }
      const shown = cell.words ? cell.text.trim() : show(cell.value, cell.decimals);
      const tail = agreement === 'rounding-tail';
      out.push(
        finding(tail ? 'rounding-tail' : 'sangong-delta', src.table, src.index, cell.row, cell.col, {
          ...(ch.change !== null ? { expected: decimalString(ch.change, ch.decimals) } : {}),
          actual: decimalString(cell.value, cell.decimals),
          related,
          message: tail
            ? `${what}为 ${shown}，本年减上年 ${describe(ch)} = ${expected}，在尾数误差范围内。Rounding tail: the 增减 figure ${shown} vs ${expected}.`
            : `${what}为 ${shown}，但本年减上年 ${describe(ch)} = ${expected}。The 增减 figure ${shown} is not 本年 − 上年 (${expected}).`,
        }),
      );
    }
  }
  return out;
}

export function checkSangongDelta(tables: RecognizedTable[], workbook: { sheets: Sheet[] }, options: CheckOptions = {}): Finding[] {
  return readSangongTables(tables, workbook).flatMap((src) => deltaFindings(src, sangongExact(src.sangong, options.roundedYuan)));
}
