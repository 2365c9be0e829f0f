/**
 * Codes inferred from names in the 收支总表 and 财政拨款收支总表 (seeds 000, 002, 004), row by row:
 * every expenditure-side row's label cell, label, the code expected from the catalog (written by hand),
 * and the row it adds up into (↑). Rows that are no functional subject carry no code (—).
 */
import { workbookFromTsv } from '../../scripts/tsvWorkbook';
import { checkWorkbook } from '../../src/engine';
import type { Finding, RecognizedTable, TableKind } from '../../src/engine/types';
import { a1, parseA1, type Workbook } from '../../src/engine/workbook';
import { seedText, seedWorkbook } from '../helpers/fixtures';

/** `C13 机构运行 2060501 ↑C12`: the row's label cell, label, inferred code (and how, unless by name), parent's label cell. */
function expenditureRows(table: RecognizedTable): string[] {
  const panel = table.panels.find((p) => p.side === 'expenditure')!;
  return panel.rows.map((r, i) => {
    const code = r.inferredCode ? `${r.inferredCode}${r.inferredFrom && r.inferredFrom !== 'name' ? ` ${r.inferredFrom}` : ''}${r.inferredUnsure ? ' unsure' : ''}` : '—';
    const p = panel.parent[i];
    const up = p >= 0 ? ` ↑${a1(panel.rows[p].row, panel.rows[p].labelCol)}` : '';
    return `${a1(r.row, r.labelCol)} ${r.label.replace(/\s+/g, '')} ${code}${up}`;
  });
}

function table(tables: RecognizedTable[], sheet: string, kind: TableKind): RecognizedTable {
  const t = tables.find((x) => x.sheet === sheet && x.kind === kind);
  if (!t) throw new Error(`no ${kind} in ${sheet}`);
  return t;
}

/** Empty the expenditure half of a printed line (the income half shares the row): the row is gone from that side. */
function clearCells(wb: Workbook, sheet: string, cells: string[]): void {
  const s = wb.sheets.find((x) => x.name === sheet)!;
  for (const c of cells) {
    const p = parseA1(c)!;
    if (s.cells[p.row]) s.cells[p.row][p.col] = undefined;
  }
}

function setText(wb: Workbook, sheet: string, cell: string, text: string): void {
  const s = wb.sheets.find((x) => x.name === sheet)!;
  const p = parseA1(cell)!;
  s.cells[p.row][p.col] = { value: text, text };
}

const brief = (f: Finding) => `${f.rule} ${f.sheet}!${f.cell}`;
/** A sheet's findings about its figures and codes (table-set-incomplete is about the workbook). */
const onSheet = (fs: Finding[], sheet: string) => fs.filter((f) => f.sheet === sheet && f.rule !== 'table-set-incomplete');

describe('seed 000 (深圳市科协 2021)', () => {
  const report = checkWorkbook(seedWorkbook('seed000.tsv'));

  test('表1 收支总表: every row of the expenditure side', () => {
    expect(expenditureRows(table(report.tables, '表1', 'income-expenditure-summary'))).toEqual([
      'C11 一、科学技术支出 206 ↑C54',
      'C12 科技条件与服务 20605 ↑C11',
      'C13 机构运行 2060501 ↑C12', // 机构运行 under 20605 …
      'C14 其他科技条件与服务支出 2060599 ↑C12',
      'C15 科学技术普及 20607 ↑C11',
      'C16 机构运行 2060701 ↑C15', // … and under 20607: the row above decides
      'C17 科普活动 2060702 ↑C15',
      'C18 青少年科技活动 2060703 ↑C15',
      'C19 学术交流活动 2060704 ↑C15',
      'C20 科技馆站 2060705 ↑C15',
      'C21 其他科学技术普及支出 2060799 ↑C15',
      'C22 科技交流与合作 20608 ↑C11',
      'C23 其他科技交流与合作支出 2060899 ↑C22',
      'C24 二、社会保障和就业支出 208 ↑C54',
      'C25 行政事业单位养老支出 20805 ↑C24',
      'C26 行政单位离退休 2080501 ↑C25',
      'C27 事业单位离退休 2080502 ↑C25',
      'C28 机关事业单位基本养老保险缴费支出 2080505 ↑C25',
      'C29 机关事业单位职业年金缴费支出 2080506 ↑C25',
      'C30 三、卫生健康支出 210 ↑C54',
      'C31 行政事业单位医疗 21011 ↑C30',
      'C32 行政单位医疗 2101101 ↑C31',
      'C33 事业单位医疗 2101102 ↑C31',
      'C34 财政对基本医疗保险基金的补助 21012 ↑C30',
      'C35 财政对其他基本医疗保险基金的补助 2101299 catch-all ↑C34', // not in the bundled catalog: the 款's 99 item
      'C36 四、住房保障支出 221 ↑C54',
      'C48 住房改革支出 22102 ↑C36', // after the repeated page header
      'C49 住房公积金 2210201 ↑C48',
      'C50 购房补贴 2210203 ↑C48',
      'C51 上缴上级支出 —',
      'C52 对附属单位补助支出 —',
      'C54 本年支出合计 —',
      'C55 结转下年 —',
      'C56 支出总计 —',
    ]);
  });

  test('表6 政府预算拨款收支总表: every row of the expenditure side', () => {
    expect(expenditureRows(table(report.tables, '表6', 'fiscal-appropriation-summary'))).toEqual([
      'C11 一、科学技术支出 206 ↑C49',
      'C12 科技条件与服务 20605 ↑C11',
      'C13 机构运行 2060501 ↑C12',
      'C14 其他科技条件与服务支出 2060599 ↑C12',
      'C15 科学技术普及 20607 ↑C11',
      'C16 机构运行 2060701 ↑C15',
      'C17 科普活动 2060702 ↑C15',
      'C18 青少年科技活动 2060703 ↑C15',
      'C19 学术交流活动 2060704 ↑C15',
      'C20 科技馆站 2060705 ↑C15',
      'C21 其他科学技术普及支出 2060799 ↑C15',
      'C22 科技交流与合作 20608 ↑C11',
      'C23 其他科技交流与合作支出 2060899 ↑C22',
      'C24 二、社会保障和就业支出 208 ↑C49',
      'C25 行政事业单位养老支出 20805 ↑C24',
      'C26 行政单位离退休 2080501 ↑C25',
      'C27 事业单位离退休 2080502 ↑C25',
      'C28 机关事业单位基本养老保险缴费支出 2080505 ↑C25',
      'C29 机关事业单位职业年金缴费支出 2080506 ↑C25',
      'C30 三、卫生健康支出 210 ↑C49',
      'C31 行政事业单位医疗 21011 ↑C30',
      'C32 行政单位医疗 2101101 ↑C31',
      'C33 事业单位医疗 2101102 ↑C31',
      'C34 四、住房保障支出 221 ↑C49',
      'C35 住房改革支出 22102 ↑C34',
      'C36 住房公积金 2210201 ↑C35',
      'C48 购房补贴 2210203 ↑C35',
      'C49 本年支出合计 —',
      'C50 结转下年 —',
      'C51 支出总计 —',
    ]);
  });

  test('no code on the income side, nor in tables that are not name-only summaries', () => {
    const inferred = report.tables.flatMap((t) => t.panels.filter((p) => p.side !== 'expenditure').flatMap((p) => p.rows.filter((r) => r.inferredCode)));
    expect(inferred).toEqual([]);
  });

  test('with the codes, 类 = Σ款 = Σ项 is checked: two 款 are rounding tails, nothing is an error', () => {
    const summaries = [...onSheet(report.findings, '表1'), ...onSheet(report.findings, '表6')];
    expect(summaries.map((f) => `${brief(f)} ${f.expected}/${f.actual}`)).toEqual([
      'rounding-tail 表1!D15 5474/5475', // 20607: 1,031+2,858+70+300+917+298
      'rounding-tail 表6!D11 6644/6645', // cross-table (表7), as before
      'rounding-tail 表6!D15 5295/5296', // 20607: 869+2,858+70+300+900+298
      'rounding-tail 表6!D24 287/288', // cross-table (表7), as before
      'rounding-tail 表6!D25 287/288', // 20805: 64+50+116+57
    ]);
    expect(summaries.find((f) => f.cell === 'D15')!.message).toContain('「科学技术普及」(20607)');
  });
});

describe('seed 004 (成华区科协 2023, all tables on one sheet)', () => {
  const report = checkWorkbook(seedWorkbook('seed004.tsv'));
  const sheet = '2023年部门预算表';

  test('部门收支总表: the 30 类 of 2023 by name, each into 本年支出合计', () => {
    expect(expenditureRows(table(report.tables, sheet, 'income-expenditure-summary'))).toEqual([
      'C15 一、一般公共服务支出 201 ↑C45',
      'C16 二、外交支出 202 ↑C45',
      'C17 三、国防支出 203 ↑C45',
      'C18 四、公共安全支出 204 ↑C45',
      'C19 五、教育支出 205 ↑C45',
      'C20 六、科学技术支出 206 ↑C45',
      'C21 七、文化旅游体育与传媒支出 207 ↑C45',
      'C22 八、社会保障和就业支出 208 ↑C45',
      'C23 九、社会保险基金支出 209 ↑C45',
      'C24 十、卫生健康支出 210 ↑C45',
      'C25 十一、节能环保支出 211 ↑C45',
      'C26 十二、城乡社区支出 212 ↑C45',
      'C27 十三、农林水支出 213 ↑C45',
      'C28 十四、交通运输支出 214 ↑C45',
      'C29 十五、资源勘探工业信息等支出 215 ↑C45',
      'C30 十六、商业服务业等支出 216 ↑C45',
      'C31 十七、金融支出 217 ↑C45',
      'C32 十八、援助其他地区支出 219 ↑C45',
      'C33 十九、自然资源海洋气象等支出 220 ↑C45',
      'C34 二十、住房保障支出 221 ↑C45',
      'C35 二十一、粮油物资储备支出 222 ↑C45',
      'C36 二十二、国有资本经营预算支出 223 ↑C45',
      'C37 二十三、灾害防治及应急管理支出 224 ↑C45',
      'C38 二十四、预备费 227 ↑C45',
      'C39 二十五、其他支出 229 ↑C45',
      'C40 二十六、转移性支出 230 ↑C45',
      'C41 二十七、债务还本支出 231 ↑C45',
      'C42 二十八、债务付息支出 232 ↑C45',
      'C43 二十九、债务发行费用支出 233 ↑C45',
      'C44 三十、抗疫特别国债安排的支出 234 ↑C45',
      'C45 本年支出合计 — ↑C49',
      'C46 三十一、事业单位结余分配 — ↑C49',
      'C47 其中：转入事业基金 —',
      'C48 三十二、结转下年 — ↑C49',
      'C49 支出总计 —',
    ]);
  });

  test('财政拨款收支预算总表: 类 without ordinals, under 一、本年支出', () => {
    expect(expenditureRows(table(report.tables, sheet, 'fiscal-appropriation-summary'))).toEqual([
      'C79 一、本年支出 —',
      'C80 一般公共服务支出 201 ↑C79',
      'C81 外交支出 202 ↑C79',
      'C82 国防支出 203 ↑C79',
      'C83 公共安全支出 204 ↑C79',
      'C84 教育支出 205 ↑C79',
      'C85 科学技术支出 206 ↑C79',
      'C86 文化旅游体育与传媒支出 207 ↑C79',
      'C87 社会保障和就业支出 208 ↑C79',
      'C88 社会保险基金支出 209 ↑C79',
      'C89 卫生健康支出 210 ↑C79',
      'C90 节能环保支出 211 ↑C79',
      'C91 城乡社区支出 212 ↑C79',
      'C92 农林水支出 213 ↑C79',
      'C93 交通运输支出 214 ↑C79',
      'C94 资源勘探工业信息等支出 215 ↑C79',
      'C95 商业服务业等支出 216 ↑C79',
      'C96 金融支出 217 ↑C79',
      'C97 援助其他地区支出 219 ↑C79',
      'C98 自然资源海洋气象等支出 220 ↑C79',
      'C99 住房保障支出 221 ↑C79',
      'C100 粮油物资储备支出 222 ↑C79',
      'C101 国有资本经营预算支出 223 ↑C79',
      'C102 灾害防治及应急管理支出 224 ↑C79',
      'C103 其他支出 229 ↑C79',
      'C104 债务付息支出 232 ↑C79',
      'C105 债务发行费用支出 233 ↑C79',
      'C106 抗疫特别国债安排的支出 234 ↑C79',
    ]);
  });

  test('no new finding in the summaries: the 类 rows have no 款 rows to add up', () => {
    const summaryRows = (f: Finding) => f.sheet === sheet && /^[CDEFG]\d+$/.test(f.cell) && (Number(f.cell.slice(1)) <= 49 || (Number(f.cell.slice(1)) >= 79 && Number(f.cell.slice(1)) <= 106));
    expect(report.findings.filter((f) => f.rule !== 'table-set-incomplete' && summaryRows(f)).map((f) => `${brief(f)} ${f.expected}/${f.actual}`)).toEqual([
      'rounding-tail 2023年部门预算表!D22 20.97/20.98', // cross-table: 208 vs 部门支出总表 6.93+0.17+13.87
      'rounding-tail 2023年部门预算表!E87 20.97/20.98', // the same in the 财政拨款 scope (一般公共预算支出预算表)
    ]);
  });
});

describe('seed 002 (深圳市科技交流服务中心 2022)', () => {
  test('t1 收支总表, indented by spaces: 其他科学技术支出 is the 款 20699 at one indent and the 项 2069999 at the next', () => {
    const { tables } = checkWorkbook(seedWorkbook('seed002-t1.tsv'));
    expect(expenditureRows(table(tables, 'seed002-t1', 'income-expenditure-summary'))).toEqual([
      'C6 一、科学技术支出 206 ↑C25',
      'C7 科技条件与服务 20605 ↑C6',
      'C8 其他科技条件与服务支出 2060599 ↑C7',
      'C9 科技交流与合作 20608 ↑C6',
      'C10 其他科技交流与合作支出 2060899 ↑C9',
      'C11 其他科学技术支出 20699 ↑C6',
      'C12 其他科学技术支出 2069999 ↑C11',
      'C13 二、社会保障和就业支出 208 ↑C25',
      'C14 行政事业单位养老支出 20805 ↑C13',
      'C15 事业单位离退休 2080502 ↑C14',
      'C16 机关事业单位基本养老保险缴费支出 2080505 ↑C14',
      'C17 机关事业单位职业年金缴费支出 2080506 ↑C14',
      'C18 三、卫生健康支出 210 ↑C25',
      'C19 行政事业单位医疗 21011 ↑C18',
      'C20 事业单位医疗 2101102 ↑C19',
      'C21 四、住房保障支出 221 ↑C25',
      'C22 住房改革支出 22102 ↑C21',
      'C23 住房公积金 2210201 ↑C22',
      'C24 购房补贴 2210203 ↑C22',
      'C25 本年支出合计 — ↑C27',
      'C26 结转下年 — ↑C27',
      'C27 支出总计 —',
    ]);
  });

  test('t4 is the 基本支出总表 (by economic class), not a 财政拨款收支总表: 住房公积金 there gets no functional code', () => {
    const { tables } = checkWorkbook(seedWorkbook('seed002-t4.tsv'));
    expect(tables.map((t) => t.kind)).toEqual(['basic-expenditure']);
    expect(tables[0].panels.flatMap((p) => p.rows).filter((r) => r.inferredCode)).toEqual([]);
  });

  test('the four seed 002 tables together: no error, and no finding on t1', () => {
    const r = checkWorkbook(seedWorkbook('seed002-t1.tsv', 'seed002-t4.tsv', 'seed002-t7.tsv', 'seed002-t8.tsv'));
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(onSheet(r.findings, 'seed002-t1')).toEqual([]);
  });
});

describe('copies of the seeds with a broken hierarchy', () => {
  test('seed 000 表1 without the 款 row 科学技术普及: one hierarchy-break at its first 项 (机构运行, C16), the others related', () => {
    const wb = seedWorkbook('seed000.tsv');
    clearCells(wb, '表1', ['C15', 'D15']);
    const r = checkWorkbook(wb);
    const t1 = onSheet(r.findings, '表1');
    expect(t1.map(brief)).toEqual(['rounding-tail 表1!D11', 'hierarchy-break 表1!C16']);
    const hb = t1[1];
    expect(hb.message).toBe(
      '项 2060701（按名称“机构运行”推断） 列在款 20605 之下，但其上级应为款 20607（本段未列出款 20607 的行）。 / 项 2060701 (inferred from the name “机构运行”) sits under 款 20605; its parent is 款 20607 (no 款 20607 row in this block).',
    );
    expect(hb.related).toEqual(['C12', 'C17', 'C18', 'C19', 'C20', 'C21']);
    // The orphaned 项 add up into 206 directly: 333 + (1,031+2,858+70+300+917+298) + 1,016 = 6,823 vs 6,824 printed.
    expect([t1[0].expected, t1[0].actual]).toEqual(['6823', '6824']);
    const rows = expenditureRows(table(r.tables, '表1', 'income-expenditure-summary'));
    expect(rows.slice(3, 6)).toEqual(['C14 其他科技条件与服务支出 2060599 ↑C12', 'C16 机构运行 2060701 ↑C11', 'C17 科普活动 2060702 ↑C11']);
  });

  test('seed 000 表6 without its first 款 row 科技条件与服务: the next row decides that 机构运行 is 2060501', () => {
    const wb = seedWorkbook('seed000.tsv');
    clearCells(wb, '表6', ['C12', 'D12']);
    const r = checkWorkbook(wb);
    const rows = expenditureRows(table(r.tables, '表6', 'fiscal-appropriation-summary'));
    expect(rows.slice(0, 3)).toEqual(['C11 一、科学技术支出 206 ↑C49', 'C13 机构运行 2060501 ↑C11', 'C14 其他科技条件与服务支出 2060599 ↑C11']);
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map(brief)).toEqual(['hierarchy-break 表6!C13']);
    expect(errors[0].message).toContain('项 2060501（按名称“机构运行”推断） 上方缺少款 20605 的行');
    expect(errors[0].related).toEqual(['C14']);
  });

  test('a misspelt 项 in a table without indentation: no code, and its 款 and 项 are left out of the sums (no false subtotal error)', () => {
    const wb = seedWorkbook('seed000.tsv');
    setText(wb, '表1', 'C17', '科普活功');
    const r = checkWorkbook(wb);
    const rows = expenditureRows(table(r.tables, '表1', 'income-expenditure-summary'));
    expect(rows.slice(0, 7)).toEqual([
      'C11 一、科学技术支出 206 ↑C54',
      'C12 科技条件与服务 20605 unsure',
      'C13 机构运行 2060501 unsure',
      'C14 其他科技条件与服务支出 2060599 unsure',
      'C15 科学技术普及 20607 unsure',
      'C16 机构运行 2060701 unsure',
      'C17 科普活功 —',
    ]);
    expect(rows[13]).toBe('C24 二、社会保障和就业支出 208 ↑C54'); // the next 类 block is sure again
    expect(onSheet(r.findings, '表1').map(brief)).toEqual([]);
  });

  test('a misspelt 项 in an indented table keeps its place by indentation (seed 002 t1: 事业单位医疗 → 事业单位医了)', () => {
    const text = seedText('seed002-t1.tsv').replace('    事业单位医疗\t34', '    事业单位医了\t34');
    const r = checkWorkbook(workbookFromTsv(text, 'seed002-t1.tsv'));
    const rows = expenditureRows(table(r.tables, 'seed002-t1', 'income-expenditure-summary'));
    // 21011 is unsure (not checked against the hierarchy) but still sums by its indentation: 34 = 34.
    expect(rows.slice(12, 15)).toEqual(['C18 三、卫生健康支出 210 ↑C25', 'C19 行政事业单位医疗 21011 unsure ↑C18', 'C20 事业单位医了 — ↑C19']);
    expect(onSheet(r.findings, 'seed002-t1')).toEqual([]);
  });

  test('a misspelt 类 (三、卫生建康支出): its 款 and 项 are unsure, so no hierarchy-break says the 类 row is missing', () => {
    const wb = seedWorkbook('seed000.tsv');
    setText(wb, '表1', 'C30', '三、卫生建康支出');
    const r = checkWorkbook(wb);
    const rows = expenditureRows(table(r.tables, '表1', 'income-expenditure-summary'));
    expect(rows.slice(19, 26)).toEqual([
      'C30 三、卫生建康支出 — ↑C54',
      'C31 行政事业单位医疗 21011 unsure',
      'C32 行政单位医疗 2101101 unsure',
      'C33 事业单位医疗 2101102 unsure',
      'C34 财政对基本医疗保险基金的补助 21012 unsure',
      'C35 财政对其他基本医疗保险基金的补助 2101299 catch-all unsure',
      'C36 四、住房保障支出 221 ↑C54',
    ]);
    expect(onSheet(r.findings, '表1').map(brief)).toEqual(['rounding-tail 表1!D15']); // 20607, as published
  });

  test('a 款 the bundled catalog knows only by its 项 (22101 保障性安居工程支出 over 2210105 农村危房改造) is read from the row below', () => {
    const text = seedText('seed002-t1.tsv')
      .replace('  住房改革支出\t402', '  保障性安居工程支出\t402')
      .replace('    住房公积金\t113', '    农村危房改造\t402')
      .replace('\t\t    购房补贴\t289\n', '');
    const r = checkWorkbook(workbookFromTsv(text, 'seed002-t1.tsv'));
    const rows = expenditureRows(table(r.tables, 'seed002-t1', 'income-expenditure-summary'));
    expect(rows.slice(15, 18)).toEqual(['C21 四、住房保障支出 221 ↑C24', 'C22 保障性安居工程支出 22101 children ↑C21', 'C23 农村危房改造 2210105 ↑C22']);
    expect(onSheet(r.findings, 'seed002-t1')).toEqual([]);
  });
});
