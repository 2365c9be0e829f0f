/** The format plan for real seed tables, written out by hand; a formatted table gets an empty plan. */
import { checkWorkbook } from '../../src/engine';
import { applyFormatPlanToWorkbook } from '../../src/engine/applyToWorkbook';
import { formatPlanForTable, formatPlanForWorkbook, isEmptyFormatPlan, tableAt } from '../../src/engine/format';
import { textWidth, sameAmountFormat } from '../../src/engine/format/style';
import { recognizeWorkbook } from '../../src/engine/recognize';
import type { Workbook } from '../../src/engine/workbook';
import { workbookFromTsv } from '../../scripts/tsvWorkbook';
import { cell, onlySheet, seedText, seedWorkbook } from '../helpers/fixtures';

function planForTitle(wb: Workbook, title: string) {
  const tables = recognizeWorkbook(wb);
  const table = tables.find((t) => t.title === title)!;
  return formatPlanForTable(wb.sheets.find((s) => s.name === table.sheet)!, table, tables);
}

const ops = (plan: ReturnType<typeof planForTitle>) => plan.formats.map((f) => `${f.range} ${JSON.stringify(f.format)}`);

describe('seed 004 一般公共预算支出预算表 (A108:I128, 类/款/项 in three columns, on a sheet shared with 7 other tables)', () => {
  const plan = planForTitle(seedWorkbook('seed004.tsv'), '一般公共预算支出预算表');

  test('title and 单位 line merged over the table; the header merged by its hierarchy', () => {
    expect(plan.merges.map((m) => m.range)).toEqual([
      'A108:I108', // 一般公共预算支出预算表
      'A112:I112', // 金额单位：万元, right-aligned across the table
      'A114:D114', // 项 目 over 科目编码 and the blank column after it
      'E114:E116', // 单位代码: nothing under it
      'F114:F116', // 单位名称(科目)
      'G114:G116', // 合计
      'H114:H116', // 当年财政拨款安排
      'I114:I116', // 上年结转安排
      'A115:D115', // 科目编码 over 类 | 款 | 项
    ]);
    expect(plan.edits).toEqual([]); // codes are text already
  });

  test('cell formats: title, unit line, header, bold 合计/department/unit rows, text codes, amounts', () => {
    const header = { bold: true, horizontalAlignment: 'center', wrapText: true, thinBorder: true, fill: '#F2F2F2' };
    expect(ops(plan)).toEqual([
      `A108 ${JSON.stringify({ bold: true, fontSize: 16, horizontalAlignment: 'center' })}`,
      `A112 ${JSON.stringify({ horizontalAlignment: 'right' })}`,
      `A114:I116 ${JSON.stringify(header)}`,
      // 合 计, the department row, the unit row: bold across; figures right-aligned.
      `A117:F119 ${JSON.stringify({ bold: true, thinBorder: true })}`,
      `G117:H119 ${JSON.stringify({ bold: true, horizontalAlignment: 'right', thinBorder: true })}`,
      `I117:I119 ${JSON.stringify({ numberFormat: '#,##0.00', bold: true, horizontalAlignment: 'right', thinBorder: true })}`,
      // 类 | 款 | 项 stored as text.
      `A120:C128 ${JSON.stringify({ numberFormat: '@', thinBorder: true })}`,
      `D120:E128 ${JSON.stringify({ thinBorder: true })}`,
      `F120:F128 ${JSON.stringify({ thinBorder: true })}`,
      // 合计 and 当年 already #,##0.00; the blank 上年结转 column gets it too.
      `G120:H128 ${JSON.stringify({ horizontalAlignment: 'right', thinBorder: true })}`,
      `I120:I128 ${JSON.stringify({ numberFormat: '#,##0.00', horizontalAlignment: 'right', thinBorder: true })}`,
    ]);
  });

  test('columns widened to their longest text (a Chinese character counts two), never frozen on a shared sheet', () => {
    // F: 机关事业单位基本养老保险缴费支出 (16 characters) + 2; H: the heading 当年财政拨款安排 wraps at 16 + 2;
    // E: 单位代码 + 2; I: 上年结转安排 + 2. G (合计, 158.86) fits the default 8.43.
    expect(plan.columnWidths.map((w) => `${w.column}=${w.width}`)).toEqual(['E=10', 'F=34', 'H=18', 'I=14']);
    expect(plan.freeze).toEqual([]);
  });
});

describe('seed 000 表7 (codes in one column, 类/款/项 rows under four units, continued over four pages)', () => {
  const plan = planForTitle(onlySheet(seedWorkbook('seed000.tsv'), '表7'), '一般公共预算支出表');
  const at = (range: string) => plan.formats.filter((f) => f.range === range).map((f) => f.format);

  test('款 names indented one level, 项 names two; 类 rows bold', () => {
    expect(at('C13')).toEqual([{ thinBorder: true, indentLevel: 1 }]); // 20607 科学技术普及
    expect(at('C14:C19')).toEqual([{ thinBorder: true, indentLevel: 2 }]); // 2060701 … 2060799
    expect(at('C12')).toEqual([{ bold: true, thinBorder: true }]); // 206 科学技术支出
    expect(at('A10:C11')).toEqual([{ bold: true, thinBorder: true }]); // the department and its first unit
  });

  test('every repeated page header is styled like the first; the header frozen (the table is alone on its sheet)', () => {
    const headers = plan.formats.filter((f) => f.format.fill).map((f) => f.range);
    expect(headers).toEqual(['A9:F9', 'A36:F36', 'A63:F63', 'A93:F93']);
    expect(plan.freeze).toEqual([{ sheet: '表7', rows: 9 }]);
  });

  test('codes typed as numbers become text: an edit per cell, before and after', () => {
    const text = seedText('seed000.tsv').replace('##sheet 表7', '##sheet 表7 codes-as-numbers');
    const wb = onlySheet(workbookFromTsv(text), '表7');
    expect(cell(wb, '表7', 'B12')?.value).toBe(206);
    const p = planForTitle(wb, '一般公共预算支出表');
    expect(p.edits.slice(0, 3)).toEqual([
      { sheet: '表7', cell: 'B12', before: 206, after: '206', numberFormat: '@', reason: '编码存为文本（codes stored as text）' },
      { sheet: '表7', cell: 'B13', before: 20607, after: '20607', numberFormat: '@', reason: '编码存为文本（codes stored as text）' },
      { sheet: '表7', cell: 'B14', before: 2060701, after: '2060701', numberFormat: '@', reason: '编码存为文本（codes stored as text）' },
    ]);
    expect(p.edits).toHaveLength(58); // every code row of the four units: 58 lines of 表7 start with a code
  });
});

test('split codes typed as numbers keep their two-digit 款 and 项: 2 -> "02", 1 -> "01"', () => {
  const wb = seedWorkbook('seed004.tsv');
  const sheet = wb.sheets[0];
  // Row 121: 221 | 02 | 01 住房公积金, as a budget system exports it when it drops the zeros.
  sheet.cells[120][0] = { value: 221, text: '221' };
  sheet.cells[120][1] = { value: 2, text: '2' };
  sheet.cells[120][2] = { value: 1, text: '1' };
  const plan = planForTitle(wb, '一般公共预算支出预算表');
  expect(plan.edits.map((e) => [e.cell, e.before, e.after])).toEqual([
    ['A121', 221, '221'],
    ['B121', 2, '02'],
    ['C121', 1, '01'],
  ]);
});

test('a title standing in another cell of its row is moved into the merged cell first', () => {
  const wb = onlySheet(seedWorkbook('seed000.tsv'), '表7');
  const s = wb.sheets[0];
  s.cells[2][2] = s.cells[2][0];
  s.cells[2][0] = undefined;
  const plan = planForTitle(wb, '一般公共预算支出表');
  expect(plan.edits.slice(0, 2).map((e) => [e.cell, e.before, e.after])).toEqual([
    ['A3', null, '一般公共预算支出表'],
    ['C3', '一般公共预算支出表', null],
  ]);
  expect(plan.merges[0].range).toBe('A3:F3');
});

test('a header merged already is left as it is; zero shown blank stays blank', () => {
  const wb = onlySheet(seedWorkbook('seed000.tsv'), '表12');
  const s = wb.sheets[0];
  s.merges.push({ top: 8, left: 5, bottom: 8, right: 7 }); // 公务用车购置及运行维护费 over its three columns
  s.cells[10][6] = { value: 0, text: '', numberFormat: '#,##0;-#,##0;' }; // 购置费 2020: zero shown blank
  const plan = planForTitle(wb, '一般公共预算“三公”经费支出表');
  expect(plan.merges.map((m) => m.range)).toEqual(['A3:H3', 'A7:H7']); // title and unit line only
  const amountFormats = [...new Set(plan.formats.map((f) => f.format.numberFormat).filter(Boolean))];
  // Integers shown as integers, 4.50 as 4.50: formatting never changes a published figure's precision.
  expect(amountFormats.sort()).toEqual(['#,##0.00;-#,##0.00;', '#,##0;-#,##0;']);
});

test.each(['seed000.tsv', 'seed004.tsv', 'seed002-t1.tsv+seed002-t4.tsv+seed002-t7.tsv+seed002-t8.tsv', 'seed003-sangong.tsv'])(
  '%s: applied once, the plan is empty the second time, and the findings are the same',
  (files) => {
    const wb = seedWorkbook(...files.split('+'));
    const before = checkWorkbook(wb);
    const plan = formatPlanForWorkbook(wb);
    expect(isEmptyFormatPlan(plan)).toBe(false);
    applyFormatPlanToWorkbook(wb, plan);
    expect(isEmptyFormatPlan(formatPlanForWorkbook(wb))).toBe(true);
    const after = checkWorkbook(wb);
    expect(after.tables.map((t) => [t.sheet, t.kind, t.range, t.columns.map((c) => c.path.join('>'))])).toEqual(before.tables.map((t) => [t.sheet, t.kind, t.range, t.columns.map((c) => c.path.join('>'))]));
    expect(after.findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual(before.findings.map((f) => [f.rule, f.cell, f.expected, f.actual]));
  },
);

test('helpers: table at a cell, text width, equivalent amount formats', () => {
  const wb = seedWorkbook('seed004.tsv');
  const tables = recognizeWorkbook(wb);
  expect(tableAt(tables, '2023年部门预算表', 'G125')?.title).toBe('一般公共预算支出预算表');
  expect(tableAt(tables, '2023年部门预算表', 'Z1')).toBeUndefined();
  expect(textWidth('合计 2,858')).toBe(10);
  expect(sameAmountFormat('#,##0.00_ ;[Red]-#,##0.00 ', '#,##0.00')).toBe(true);
  expect(sameAmountFormat('#,##0', '#,##0.00')).toBe(false);
  expect(sameAmountFormat('0.00', '#,##0.00')).toBe(false);
  expect(sameAmountFormat('General', '#,##0')).toBe(false);
});
