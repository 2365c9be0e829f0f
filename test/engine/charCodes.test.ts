/**
 * The character-code tests that replaced regex calls on the hot paths must answer exactly as the
 * regexes they replaced, for every character.
 */
import { compact, hasVisibleText, isSpaceCode } from '../../src/engine/text';
import { hasValidShape } from '../../src/engine/rules/codeRows';

describe('character codes instead of regex calls', () => {
  test('isSpaceCode is /\\s/ for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  test.each([
    ['合 计', '合计'],
    ['\u3000\u3000机构运行', '机构运行'],
    ['收\u00a0入', '收入'],
    ['4,097', '4,097'],
    ['', ''],
  ])('compact(%j) = %j; hasVisibleText as before', (text, out) => {
    expect(compact(text)).toBe(out);
    expect(hasVisibleText(text)).toBe(/[^\s\u3000\u00a0]/.test(text));
  });

  test.each(['206', '20607', '2060701', '30217', '3019908', '2060', '206070', '20607011', '2O6', '', ' 206', '２０６'])('hasValidShape(%j) is /^\\d{3}(?:\\d{2}){0,2}$/', (code) => {
    expect(hasValidShape(code)).toBe(/^\d{3}(?:\d{2}){0,2}$/.test(code));
  });
});
