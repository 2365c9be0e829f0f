/**
 * The arrays recognition keeps stay packed once the JIT has optimized the code that builds them.
 *
 * An optimized Array.prototype.map returns a holey array where the unoptimized one returns a packed
 * one; every reader optimized for packed arrays was then thrown away partway through a session (a
 * multi-sheet workbook's checks went from 3 ms to 8 ms at the median, with 100 ms ones among them).
 * V8's own test (%HasHoleyElements) tells the kinds apart; recognition runs until its builders are
 * optimized, then the kept arrays are looked at.
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

  test('a panel’s columns, figure columns and parents are packed after hundreds of tables', () => {
    const workbook = departmentWorkbook({ rows: 400, sheets: 40 });
    let tables = recognizeWorkbook(workbook);
    // 40 tables a run: the per-table builders (makePanels, buildHierarchy …) pass V8's optimization thresholds.
    for (let i = 0; i < 60; i++) tables = recognizeWorkbook(workbook);
    const holey: string[] = [];
    for (const table of tables) {
      if (hasHoleyElements(table.columns)) holey.push(`${table.sheet} columns`);
      if (hasHoleyElements(table.panels)) holey.push(`${table.sheet} panels`);
      for (const panel of table.panels) {
        if (hasHoleyElements(panel.amountCols)) holey.push(`${table.sheet} amountCols`);
        if (hasHoleyElements(panel.parent)) holey.push(`${table.sheet} parent`);
        if (hasHoleyElements(panel.rows)) holey.push(`${table.sheet} rows`);
      }
    }
    expect(tables.length).toBe(40);
    expect(holey).toEqual([]);
  });
});
