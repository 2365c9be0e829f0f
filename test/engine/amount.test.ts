import { decimalsOfFormat, parseAmount, parseAmountText, parseSignedChangeText } from '../../src/engine/amount';

function num(text: string): [string, number] {
  const a = parseAmountText(text);
  if (a.kind !== 'number') throw new Error(`${text} did not parse: ${JSON.stringify(a)}`);
  return [a.value.toFixed(), a.decimals];
}

describe('parseAmountText: what people really type', () => {
  test.each([
    ['8,281', '8281', 0],
    ['1,368.18', '1368.18', 2],
    ['８，２８１', '8281', 0],
    ['１３６８．１８', '1368.18', 2],
    ['(12.5)', '-12.5', 1],
    ['（12.5）', '-12.5', 1],
    ['-12.5', '-12.5', 1],
    ['－12.50', '-12.5', 2],
    [' 4.50 ', '4.5', 2],
    ['0.08', '0.08', 2],
    ['7632', '7632', 0],
    ['.5', '0.5', 1],
  ])('%s -> %s (%d decimals)', (text, value, decimals) => {
    expect(num(text)).toEqual([value, decimals]);
  });

  test.each(['', '-', '—', '——', '/', '－', '   '])('%p is a blank, not zero', (text) => {
    expect(parseAmountText(text)).toEqual({ kind: 'blank' });
  });

  test.each([
    ['12万元', /单位/],
    ['#REF!', /错误值 #REF!/],
    ['#DIV/0!', /错误值/],
    ['1,23', /千分位/],
    ['1.2.3', /多个小数点/],
    ['12a', /夹有文字/],
    ['abc', /不是数字/],
    ['15%', /百分数/],
  ])('%p is invalid with a reason', (text, reason) => {
    const a = parseAmountText(text);
    expect(a.kind).toBe('invalid');
    if (a.kind === 'invalid') expect(a.reason).toMatch(reason);
  });
});

describe('parseAmount on cells', () => {
  test('a number keeps the decimals its format shows', () => {
    const a = parseAmount({ value: 4.5, text: '4.50', numberFormat: '#,##0.00' });
    expect(a.kind === 'number' && [a.value.toFixed(), a.decimals]).toEqual(['4.5', 2]);
  });
  test('the shown figure is the published one (820.4 shown as 820)', () => {
    const a = parseAmount({ value: 820.4, text: '820', numberFormat: '#,##0' });
    expect(a.kind === 'number' && [a.value.toFixed(), a.decimals]).toEqual(['820', 0]);
  });
  test('General format takes the decimals of the value', () => {
    const a = parseAmount({ value: 0.08, text: '' });
    expect(a.kind === 'number' && [a.value.toFixed(), a.decimals]).toEqual(['0.08', 2]);
  });
  test('a text-formatted number is read from its text', () => {
    const a = parseAmount({ value: '1,017', text: '1,017', numberFormat: '@' });
    expect(a.kind === 'number' && a.value.toFixed()).toBe('1017');
  });
  test('a boolean is not an amount', () => {
    expect(parseAmount({ value: true, text: 'TRUE' }).kind).toBe('invalid');
  });
});

test('decimalsOfFormat', () => {
  expect(decimalsOfFormat('#,##0.00')).toBe(2);
  expect(decimalsOfFormat('#,##0')).toBe(0);
  expect(decimalsOfFormat('0.0_);(0.0)')).toBe(1);
  expect(decimalsOfFormat('General')).toBeUndefined();
  expect(decimalsOfFormat('@')).toBeUndefined();
});

test('三公 changes written in words (seed 003)', () => {
  const minus = parseSignedChangeText('减少0.60');
  const plus = parseSignedChangeText('增加1.00');
  expect(minus.kind === 'number' && [minus.value.toFixed(), minus.decimals]).toEqual(['-0.6', 2]);
  expect(plus.kind === 'number' && [plus.value.toFixed(), plus.decimals]).toEqual(['1', 2]);
  expect(parseSignedChangeText('减少').kind).toBe('invalid');
});
