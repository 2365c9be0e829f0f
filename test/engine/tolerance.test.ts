import Decimal from 'decimal.js';
import { compareTotal, roundingTolerance, UnitsSum } from '../../src/engine/tolerance';
import { BLANK, parseAmountText } from '../../src/engine/amount';

const f = (v: string, d: number) => ({ value: new Decimal(v), decimals: d });

test('interval tolerance is ½·10^-d per figure (XBRL Calculations 1.1)', () => {
  expect(roundingTolerance([f('820', 0), f('198', 0), f('623', 0)]).toFixed()).toBe('1.5');
  expect(roundingTolerance([f('20.98', 2), f('13.87', 2), f('6.93', 2), f('0.17', 2)]).toFixed()).toBe('0.02');
});

test('seed 000 表7 科技馆站: 820 vs 198 + 623 = 821 is a rounding tail', () => {
  expect(compareTotal(f('820', 0), [f('198', 0), f('623', 0)], false).agreement).toBe('rounding-tail');
});

test('seed 004: 208 社会保障和就业支出 20.98 vs 13.87 + 6.93 + 0.17 = 20.97 is a rounding tail', () => {
  expect(compareTotal(f('20.98', 2), [f('13.87', 2), f('6.93', 2), f('0.17', 2)], false).agreement).toBe('rounding-tail');
});

test('seed 003 三公: 10.50 vs 5.40 + 4.00 = 9.40 is beyond rounding', () => {
  expect(compareTotal(f('10.50', 2), [f('5.40', 2), f('4.00', 2)], false).agreement).toBe('mismatch');
});

test('in 元 a 1 元 gap is an error: no tolerance', () => {
  expect(compareTotal(f('821', 0), [f('198', 0), f('622', 0)], true).agreement).toBe('mismatch');
  expect(compareTotal(f('820', 0), [f('198', 0), f('622', 0)], true).agreement).toBe('equal');
});

test('a running sum knows when only blanks went in: a blank parent over blank parts has nothing to compare', () => {
  const sum = new UnitsSum();
  sum.add(BLANK);
  sum.add(undefined);
  expect(sum.holdsOnlyBlanks()).toBe(true);
  sum.add(parseAmountText('0.00')); // a zero is a figure
  expect(sum.holdsOnlyBlanks()).toBe(false);
  sum.reset();
  sum.add(parseAmountText('#REF!')); // so is a cell that cannot be read
  expect(sum.holdsOnlyBlanks()).toBe(false);
  expect(sum.reset().holdsOnlyBlanks()).toBe(true);
});
