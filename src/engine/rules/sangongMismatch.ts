/**
 * sangong-mismatch / rounding-tail — 三公经费合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行维护费；
 * 车小计 = 购置费 + 运行维护费；部门合计 = 各单位之和（每年、每项）.
 * The 三公 total must be the sum of its items, the vehicles subtotal the sum of purchase and operation,
 * and the department's figures the sum of its units', within rounding.
 */
import Decimal from 'decimal.js';
import { SANGONG_ITEM_NAMES, SANGONG_ITEMS } from '../sangong/items';
import { readSangongTables, type SangongCell, type SangongSource } from '../sangong/read';
import { checkIdentity, itemChange, sangongExact, yearPair } from '../sangong/compute';
import type { SangongUnit, SangongYear } from '../sangong/read';
import { compareTotal, decimalString, type Figure } from '../tolerance';
import type { CheckOptions, Finding } from '../types';
import type { Sheet } from '../workbook';
import type { RecognizedTable } from '../types';
import { finding, show } from './context';

function yearName(year: number | null): string {
  return year === null ? '' : `${year}年`;
}

/** When the printed 增减 fits the sum of the parts and not the printed total, say so: the total is the wrong figure. */
function changeWitness(unit: SangongUnit, year: SangongYear, item: 'total' | 'vehicles', exact: boolean): string {
  const printed = unit.change?.figures[item];
  if (!printed || printed.value === null || yearPair(unit)?.current !== year) return '';
  const ch = itemChange(unit, item, exact);
  if (!ch || !ch.corrected || ch.change === null || !ch.change.equals(printed.value)) return '';
  return ` 增减栏 ${printed.text.trim()}（${printed.cell}）与各项之和相符，说明有误的是本单元格。The printed change in ${printed.cell} agrees with the parts: this cell is the wrong one.`;
}

function identityFindings(src: SangongSource, exact: boolean): Finding[] {
  const out: Finding[] = [];
  for (const unit of src.sangong.units) {
    for (const y of unit.years) {
      for (const item of ['vehicles', 'total'] as const) {
        const c = checkIdentity(item, y.figures, exact);
        if (!c || c.agreement === 'equal') continue;
        const tail = c.agreement === 'rounding-tail';
        const what = `「${unit.name}」${yearName(y.year)}${SANGONG_ITEM_NAMES[item].zh}`;
        const shown = c.cell.value === null ? '空白' : show(c.printed, c.cell.decimals);
        const parts = c.parts.map((p) => show(p.value!, p.decimals)).join(' + ') || '0';
        const sum = show(c.sum, c.decimals);
        out.push(
          finding(tail ? 'rounding-tail' : 'sangong-mismatch', src.table, src.index, c.cell.row, c.cell.col, {
            expected: decimalString(c.sum, c.decimals),
            ...(c.cell.value !== null ? { actual: decimalString(c.printed, c.cell.decimals) } : {}),
            related: c.parts.map((p) => p.cell),
            message: tail
              ? `${what}为 ${shown}，各项之和 ${parts} = ${sum}，在尾数误差范围内（±${c.tolerance.toFixed()}）。Rounding tail: the 三公 ${SANGONG_ITEM_NAMES[item].en} ${shown} vs its parts ${sum}.`
              : `${what}为 ${shown}，但各项之和 ${parts} = ${sum}。三公 ${SANGONG_ITEM_NAMES[item].en} ${shown} is not the sum of its parts (${sum}).${changeWitness(unit, y, item, exact)}`,
          }),
        );
      }
    }
  }
  return out;
}

/** The department's figure of each year and item against the sum of its units'. */
function departmentFindings(src: SangongSource, exact: boolean): Finding[] {
  const [dept, ...units] = src.sangong.units;
  if (!dept || dept.role !== 'department' || !units.length) return [];
  const out: Finding[] = [];
  for (const y of dept.years) {
    for (const item of SANGONG_ITEMS) {
      const own = y.figures[item];
      if (!own || own.invalid) continue;
      const parts = units.map((u) => u.years.find((x) => x.year === y.year)?.figures[item]);
      if (parts.some((p) => p?.invalid)) continue;
      const numbers = parts.filter((p): p is SangongCell => !!p && p.value !== null);
      if (own.value === null && !numbers.length) continue;
      const decimals = Math.max(own.decimals, ...numbers.map((p) => p.decimals));
      const total: Figure = own.value !== null ? { value: own.value, decimals: own.decimals } : { value: new Decimal(0), decimals };
      const r = compareTotal(total, numbers.map((p) => ({ value: p.value!, decimals: p.decimals })), exact);
      if (r.agreement === 'equal') continue;
      const tail = r.agreement === 'rounding-tail';
      const what = `部门「${dept.name}」${yearName(y.year)}${SANGONG_ITEM_NAMES[item].zh}`;
      const shown = own.value === null ? '空白' : show(own.value, own.decimals);
      const sum = show(r.sum, decimals);
      const list = numbers.map((p) => show(p.value!, p.decimals)).join(' + ');
      out.push(
        finding(tail ? 'rounding-tail' : 'sangong-mismatch', src.table, src.index, own.row, own.col, {
          expected: decimalString(r.sum, decimals),
          ...(own.value !== null ? { actual: decimalString(own.value, own.decimals) } : {}),
          related: numbers.map((p) => p.cell),
          message: tail
            ? `${what}为 ${shown}，各单位之和 ${list} = ${sum}，差 ${show(r.difference.abs(), decimals)}，在尾数误差范围内（±${r.tolerance.toFixed()}）。Rounding tail: the department's ${SANGONG_ITEM_NAMES[item].en} ${shown} vs the sum of its ${numbers.length} units ${sum}.`
            : `${what}为 ${shown}，但各单位之和 ${list} = ${sum}。The department's ${SANGONG_ITEM_NAMES[item].en} ${shown} is not the sum of its units (${sum}).`,
        }),
      );
    }
  }
  return out;
}

export function checkSangongMismatch(tables: RecognizedTable[], workbook: { sheets: Sheet[] }, options: CheckOptions = {}): Finding[] {
  return readSangongTables(tables, workbook).flatMap((src) => {
    const exact = sangongExact(src.sangong, options.roundedYuan);
    return [...identityFindings(src, exact), ...departmentFindings(src, exact)];
  });
}
