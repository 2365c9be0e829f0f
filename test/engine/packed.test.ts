/**
 * The arrays recognition keeps are of the same kind before and after the JIT optimizes the code
 * that builds them.
 *
 * An optimized Array.prototype.map returns a holey array where the unoptimized one returns a packed
 * one; every reader optimized for packed arrays was then thrown away partway through a session (a
 * multi-sheet workbook's checks went from 3 ms to 8 ms at the median, with 100 ms ones among them).
 * V8's own test (%HasHoleyElements) tells the kinds apart; the kinds of the first recognition (code
 * not yet optimized) are compared with those after the builders are optimized.
 */
import { setFlagsFromString } from 'v8';
import { departmentWorkbook } from '../../scripts/generateWorkbook';
import { recognizeWorkbook } from '../../src/engine/recognize';
import { mapPacked, pickPacked } from '../../src/engine/packed';

setFlagsFromString('--allow-natives-syntax');
// (A function compiled after the flag is set may use V8's natives syntax.)
const hasHoleyElements = new Function('a', 'return %HasHoleyElements(a)') as (a: unknown[]) => boolean;

describe('packed arrays', () => {
  test('mapPacked and pickPacked answer as map and filter + map', () => {
    const items = [3, 1, 4, 1, 5, 9, 2, 6];
    expect(mapPacked(items, (x, i) => x * 10 + i)).toEqual(items.map((x, i) => x * 10 + i));
    expect(pickPacked(items, (x) => x % 2 === 1, (x) => `#${x}`)).toEqual(items.filter((x) => x % 2 === 1).map((x) => `#${x}`));
    expect(mapPacked([], (x) => x)).toEqual([]);
  });

  test('a panel’s columns, figure columns and rows keep their kind after hundreds of tables', () => {
    const workbook = departmentWorkbook({ rows: 400, sheets: 40 });
    const kinds = (tables: ReturnType<typeof recognizeWorkbook>): string[] => {
      const out: string[] = [];
      const kind = (what: string, a: unknown[]) => out.push(`${what} ${hasHoleyElements(a) ? 'holey' : 'packed'}`);
      for (const table of tables) {
        kind(`${table.sheet} columns`, table.columns);
        kind(`${table.sheet} panels`, table.panels);
        for (const panel of table.panels) {
          kind(`${table.sheet} amountCols`, panel.amountCols);
          kind(`${table.sheet} rows`, panel.rows);
        }
      }
      return out;
    };
    let tables = recognizeWorkbook(workbook);
    const first = kinds(tables);
    // 40 tables a run: the per-table builders (makePanels, buildHierarchy …) pass V8's optimization thresholds.
    for (let i = 0; i < 60; i++) tables = recognizeWorkbook(workbook);
    expect(tables.length).toBe(40);
    expect(kinds(tables)).toEqual(first);
    // The lists of columns a panel is read by are packed (pushed). (Its parents are an Int32Array.)
    expect(first.filter((k) => / (columns|amountCols) /.test(k)).every((k) => k.endsWith('packed'))).toBe(true);
    expect(tables.every((t) => t.panels.every((p) => p.parent instanceof Int32Array && p.parent.length === p.rows.length))).toBe(true);
  });
});
