/**
 * Body rows kept as columns (recognize/rowStore.ts): each row a view over its slot must read back
 * what the sheet prints, take the kind and inferred code later steps give it, and keep rows of one
 * panel apart. The table is seed 000's 表7 (深圳市科协 2021, 一般公共预算支出表), whose rows are the
 * department, its units, and 类/款/项 codes.
 */
import { recognizeWorkbook } from '../../src/engine/recognize';
import { RowAmounts } from '../../src/engine/recognize/rowAmounts';
import { cellAt } from '../../src/engine/workbook';
import { seedWorkbook } from '../helpers/fixtures';

const workbook = seedWorkbook('seed000.tsv');
const table = recognizeWorkbook(workbook).find((t) => t.sheet === '表7')!;
const sheet = workbook.sheets.find((s) => s.name === '表7')!;
const rows = table.panels[0].rows;

describe('a panel of seed 000 表7 as columns', () => {
  test('each row reads back its label, code and figures as printed', () => {
    for (const r of rows) {
      expect(cellAt(sheet, r.row, r.labelCol).text.trim()).toContain(r.label);
      if (r.code !== undefined) {
        expect(r.codeCols!.map((c) => cellAt(sheet, r.row, c).text).join('')).toBe(r.code);
        expect(r.codeSystem).toBe('functional');
      } else expect(r.codeSystem).toBeUndefined();
      for (const col of table.panels[0].amountCols) {
        const shown = cellAt(sheet, r.row, col).text;
        const a = r.amounts.get(col)!;
        if (a.kind === 'number') expect(a.value.toFixed(a.decimals)).toBe(shown.replace(/,/g, ''));
        else expect(shown.trim()).toBe('');
      }
    }
  });

  test('a row 2080501 行政单位离退休, and its figures view is the row itself', () => {
    const r = rows.find((x) => x.code === '2080501')!;
    expect([r.kind, r.label, r.indent, r.ordinal]).toEqual(['code', '行政单位离退休', 0, 0]);
    expect(r.amounts).toBe(r);
    expect(r.amounts).toBeInstanceOf(RowAmounts);
  });

  test('kinds set later are kept per row', () => {
    const [a, b] = rows.filter((x) => x.kind === 'unit');
    a.kind = 'item';
    expect([a.kind, b.kind]).toEqual(['item', 'unit']);
    a.kind = 'unit';
    expect(a.kind).toBe('unit');
  });

  test('inferred codes: none until set, then only on the row given one', () => {
    const fresh = recognizeWorkbook(workbook).find((t) => t.sheet === '表7')!.panels[0].rows;
    const [a, b] = fresh.filter((x) => x.kind === 'code');
    expect([a.inferredCode, a.inferredFrom, a.inferredUnsure]).toEqual([undefined, undefined, undefined]);
    a.inferredCode = '2080501';
    a.inferredFrom = 'catch-all';
    a.inferredUnsure = true;
    expect([a.inferredCode, a.inferredFrom, a.inferredUnsure]).toEqual(['2080501', 'catch-all', true]);
    expect([b.inferredCode, b.inferredFrom, b.inferredUnsure]).toEqual([undefined, undefined, undefined]);
    a.inferredUnsure = false;
    expect(a.inferredUnsure).toBe(false);
  });

  test('a row serializes as a row object did: its fields, the figures as {}', () => {
    const r = rows.find((x) => x.code === '2080501')!;
    expect(JSON.parse(JSON.stringify(r))).toEqual({ row: r.row, kind: 'code', label: '行政单位离退休', labelCol: r.labelCol, code: '2080501', codeSystem: 'functional', codeCols: r.codeCols, indent: 0, ordinal: 0, amounts: {} });
  });
});
