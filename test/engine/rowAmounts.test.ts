/**
 * A panel's figures kept flat (recognize/rowAmounts.ts) must read back exactly as parseAmount reads
 * the cell: same kind, value, decimals and units, whichever way the figure was stored. The cells are
 * the forms the seed budgets and the bad-input corpus hold.
 */
import { parseAmount, plainFigure, readPlainFigure, type Amount } from '../../src/engine/amount';
import { addFigure, figureKind, PanelFigures, RowAmounts, sumEqualsFigure } from '../../src/engine/recognize/rowAmounts';
import { UnitsSum } from '../../src/engine/tolerance';
import type { Cell } from '../../src/engine/workbook';

const CELLS: Cell[] = [
  { value: 4097, text: '4,097', numberFormat: '#,##0' }, // seed 000 表6
  { value: 1368.18, text: '1,368.18', numberFormat: '#,##0.00' },
  { value: 820.4, text: '820', numberFormat: '#,##0' }, // shown text decides
  { value: 4.5, text: '4.50', numberFormat: '0.00' }, // seed 000 表12
  { value: 0.08, text: '0.08', numberFormat: '0.00' },
  { value: -12.5, text: '-12.50', numberFormat: '0.00' },
  { value: 0, text: '0.00', numberFormat: '0.00' }, // a zero: kept as its units (0) and decimals
  { value: -0, text: '-0.00', numberFormat: '0.00' }, // −0.00: kept as read (its sign is only in the text)
  { value: '8,281', text: '8,281' }, // a number stored as text
  { value: '(12.5)', text: '(12.5)' }, // negative in brackets
  { value: '８，２８１', text: '８，２８１' }, // full-width
  { value: '1234567890123456.78', text: '1234567890123456.78' }, // past 15 digits: Decimal only
  { value: '#REF!', text: '#REF!' },
  { value: '—', text: '—' },
  { value: null, text: '' },
  { value: 350.22, text: '350.22', numberFormat: '#,##0.0' }, // format and text disagree
  { value: 12, text: '12', numberFormat: 'General' },
];

function same(stored: Amount | undefined, read: Amount): void {
  expect(stored?.kind).toBe(read.kind);
  if (read.kind === 'number' && stored?.kind === 'number') {
    expect(stored.value.toFixed()).toBe(read.value.toFixed());
    expect(stored.value.isNegative()).toBe(read.value.isNegative());
    expect(stored.decimals).toBe(read.decimals);
    expect(stored.units).toBe(read.units);
  }
  if (read.kind === 'invalid' && stored?.kind === 'invalid') {
    expect(stored.text).toBe(read.text);
    expect(stored.reason).toBe(read.reason);
  }
}

describe('PanelFigures / RowAmounts', () => {
  const cols = [3, 4, 5];
  const figures = new PanelFigures(cols, CELLS.length);
  CELLS.forEach((cell, slot) => {
    // As parseBodyRows stores them: plain figures without an object, the rest as read.
    if (readPlainFigure(cell)) figures.putUnits(slot, 0, plainFigure.units, plainFigure.decimals);
    else figures.put(slot, 0, parseAmount(cell));
    figures.put(slot, 1, parseAmount(cell));
  });

  test.each(CELLS.map((cell, slot) => [cell.text || '(blank)', slot] as const))('%s reads back as parseAmount reads it', (_, slot) => {
    const row = new RowAmounts(figures, slot);
    const read = parseAmount(CELLS[slot]);
    same(row.get(3), read);
    same(row.get(4), read);
    expect(figureKind(row, 3)).toBe(read.kind);
    expect(row.get(5)?.kind).toBe('blank'); // never stored
    expect(row.get(6)).toBeUndefined(); // not a figure column
  });

  test('the plain path is the one most figures take, and only for what parseAmount reads plainly', () => {
    const plain = CELLS.map((c) => readPlainFigure(c));
    expect(plain).toEqual([true, true, true, true, true, true, true, false, true, false, false, false, false, false, false, false, true]);
  });

  test('a row is a read-only Map over its columns', () => {
    const row = new RowAmounts(figures, 1);
    expect(row.size).toBe(3);
    expect([...row.keys()]).toEqual(cols);
    expect([...row.entries()].map(([c, a]) => [c, a.kind])).toEqual([
      [3, 'number'],
      [4, 'number'],
      [5, 'blank'],
    ]);
    expect(JSON.stringify(row)).toBe('{}');
  });

  test('sums read from the store agree with sums of the Amounts', () => {
    // 4,097 + 1,368.18 = 5,465.18 in hundredths; 820 is the shown figure of 820.4.
    const parts = new PanelFigures([3], 3);
    parts.putUnits(0, 0, 4097, 0);
    parts.putUnits(1, 0, 136818, 2);
    parts.put(2, 0, parseAmount({ value: null, text: '' }));
    const sum = new UnitsSum();
    for (let slot = 0; slot < 3; slot++) addFigure(sum, new RowAmounts(parts, slot), 3);
    const total = new PanelFigures([3], 2);
    total.putUnits(0, 0, 546518, 2);
    total.putUnits(1, 0, 546519, 2);
    expect(sumEqualsFigure(sum, new RowAmounts(total, 0), 3)).toBe(true);
    expect(sumEqualsFigure(sum, new RowAmounts(total, 1), 3)).toBe(false);
    // An invalid part makes the sum unsure: the long way decides.
    const broken = new PanelFigures([3], 1);
    broken.put(0, 0, parseAmount({ value: '#REF!', text: '#REF!' }));
    addFigure(sum, new RowAmounts(broken, 0), 3);
    expect(sumEqualsFigure(sum, new RowAmounts(total, 0), 3)).toBe(false);
  });
});
