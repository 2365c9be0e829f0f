/**
 * The per-row lists kept as typed arrays: a panel's children (hierarchy.ts ChildLists) and a table's
 * body rows as the scan finds them (bodyRows.ts). The panel is seed 000's 表7 (深圳市科协 2021,
 * 一般公共预算支出表): the department, its 本级 unit, then 类/款/项 codes.
 */
import { recognizeWorkbook } from '../../src/engine/recognize';
import { childrenOf } from '../../src/engine/recognize/hierarchy';
import { BodyRowList, widthWith } from '../../src/engine/recognize/bodyRows';
import type { Cell } from '../../src/engine/workbook';
import { seedWorkbook } from '../helpers/fixtures';

const panel = recognizeWorkbook(seedWorkbook('seed000.tsv')).find((t) => t.sheet === '表7')!.panels[0];
const at = (code: string) => panel.rows.findIndex((r) => r.code === code);
const codesOf = (kids: number[]) => kids.map((k) => panel.rows[k].code);

describe('children of seed 000 表7', () => {
  const children = childrenOf(panel);

  test('20607 科学技术普及 has its six 项 in printed order; 206 has 20607; a 项 has none', () => {
    expect(codesOf(children.of(at('20607')))).toEqual(['2060701', '2060702', '2060703', '2060704', '2060705', '2060799']);
    expect(codesOf(children.of(at('206')))).toEqual(['20607']);
    expect(children.count(at('2060701'))).toBe(0);
    expect(children.of(at('2060701'))).toEqual([]);
  });

  test('the 本级 unit holds the four 类 206, 208, 210, 221', () => {
    const unit = panel.rows.findIndex((r) => r.kind === 'unit');
    expect(codesOf(children.of(unit))).toEqual(['206', '208', '210', '221']);
  });

  test('every row’s list is the rows whose parent it is, in order', () => {
    panel.rows.forEach((_, i) => {
      const expected = [...panel.parent.keys()].filter((k) => panel.parent[k] === i);
      expect(children.of(i)).toEqual(expected);
      expect(children.count(i)).toBe(expected.length);
    });
  });
});

describe('a table’s body rows as found', () => {
  const cell = (text: string): Cell => ({ text, value: text });

  test('rows past the first capacity are kept in order', () => {
    const list = new BodyRowList();
    for (let r = 5; r < 105; r++) list.push(r, undefined);
    expect(Array.from(list.view())).toEqual(Array.from({ length: 100 }, (_, i) => 5 + i));
  });

  test('the width is one past the last column with visible text in any row (blanks and spaces do not count)', () => {
    const list = new BodyRowList();
    list.push(1, [cell('2060701'), cell('机构运行'), cell('491')]);
    list.push(2, [cell('2060702'), cell('科普活动'), undefined, cell('2,858'), cell(' '), cell('')]);
    expect(list.width).toBe(4);
    expect(widthWith([cell('x')], 4)).toBe(4);
  });
});
