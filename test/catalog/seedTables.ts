/**
 * Seed tables transcribed by hand (codes, names and amounts as printed), and builders that turn them
 * into the RecognizedTable + Workbook pair the code rules read — the shape the lead's recognizer
 * produces: one code column (深圳, seeds 000/002) or 类 | 款 | 项 split columns (成都, seed 004).
 */
import type { Panel, RecognizedTable, RowKind, TableColumn, TableKind, TableRow } from '../../src/engine/types';
import { sheetFromRows, type CellValue, type Workbook } from '../../src/engine/workbook';

export interface Built {
  tables: RecognizedTable[];
  workbook: Workbook;
}

/** Seed 000 (深圳市科学技术协会 2021), 表7 一般公共预算支出表, all four units (page-break headers dropped). */
export const SEED000_T7 = `group:深圳市科学技术协会	7,632	2,766	4,866
unit:深圳市科学技术协会本级	4,519	912	3,607
206	科学技术支出	4,097	491	3,607
20607	科学技术普及	4,097	491	3,607
2060701	机构运行	491	491
2060702	科普活动	2,858		2,858
2060703	青少年科技活动	70		70
2060704	学术交流活动	300		300
2060705	科技馆站	80		80
2060799	其他科学技术普及支出	298		298
208	社会保障和就业支出	126	126
20805	行政事业单位养老支出	126	126
2080501	行政单位离退休	64	64
2080505	机关事业单位基本养老保险缴费支出	42	42
2080506	机关事业单位职业年金缴费支出	20	20
210	卫生健康支出	19	19
21011	行政事业单位医疗	19	19
2101101	行政单位医疗	19	19
221	住房保障支出	277	277
22102	住房改革支出	277	277
2210201	住房公积金	61	61
2210203	购房补贴	215	215
unit:深圳市科技专家委员会办公室	445	254	191
206	科学技术支出	333	142	191
20605	科技条件与服务	333	142	191
2060501	机构运行	142	142
2060599	其他科技条件与服务支出	191		191
208	社会保障和就业支出	32	32
20805	行政事业单位养老支出	32	32
2080502	事业单位离退休	13	13
2080505	机关事业单位基本养老保险缴费支出	13	13
2080506	机关事业单位职业年金缴费支出	6	6
210	卫生健康支出	6	6
21011	行政事业单位医疗	6	6
2101102	事业单位医疗	6	6
221	住房保障支出	74	74
22102	住房改革支出	74	74
2210201	住房公积金	17	17
2210203	购房补贴	57	57
unit:深圳市科技开发交流中心	1,463	1,017	446
206	科学技术支出	1,016	570	446
20608	科技交流与合作	1,016	570	446
2060899	其他科技交流与合作支出	1,016	570	446
208	社会保障和就业支出	123	123
20805	行政事业单位养老支出	123	123
2080502	事业单位离退休	31	31
2080505	机关事业单位基本养老保险缴费支出	61	61
2080506	机关事业单位职业年金缴费支出	31	31
210	卫生健康支出	26	26
21011	行政事业单位医疗	26	26
2101102	事业单位医疗	26	26
221	住房保障支出	297	297
22102	住房改革支出	297	297
2210201	住房公积金	76	76
2210203	购房补贴	222	222
unit:深圳市科学馆	1,205	582	623
206	科学技术支出	1,198	576	623
20607	科学技术普及	1,198	576	623
2060701	机构运行	378	378
2060705	科技馆站	820	198	623
208	社会保障和就业支出	6	6
20805	行政事业单位养老支出	6	6
2080502	事业单位离退休	6	6`;

/** Seed 002 (深圳市科技交流服务中心 2022), 表7, without the doubtful 20609 / 2060999 rows. */
export const SEED002_T7_SOUND = `unit:深圳市科技交流服务中心	2,099	1,337	762
206	科学技术支出	1,512	751	761
20605	科技条件与服务	175	0	175
2060599	其他科技条件与服务支出	175	0	175
20608	科技交流与合作	1,331	751	580
2060899	其他科技交流与合作支出	1,331	751	580
208	社会保障和就业支出	151	151	0
20805	行政事业单位养老支出	151	151	0
2080502	事业单位离退休	31	31	0
2080505	机关事业单位基本养老保险缴费支出	80	80	0
2080506	机关事业单位职业年金缴费支出	40	40	0
210	卫生健康支出	34	34	0
21011	行政事业单位医疗	34	34	0
2101102	事业单位医疗	34	34	0
221	住房保障支出	402	402	0
22102	住房改革支出	402	402	0
2210201	住房公积金	113	113	0
2210203	购房补贴	289	289	0`;

/** Seed 002 表7 as printed, with `20609 / 2060999 其他科学技术支出` (reference README: doubtful). */
export const SEED002_T7 = SEED002_T7_SOUND.replace(
  '2060899	其他科技交流与合作支出	1,331	751	580',
  '2060899	其他科技交流与合作支出	1,331	751	580\n20609	其他科学技术支出	6	0	6\n2060999	其他科学技术支出	6	0	6',
);

/** Seed 004 (成都市成华区科学技术协会 2023), 一般公共预算支出预算表: 类 | 款 | 项 split, only 项 rows, unsorted. */
export const SEED004_GENERAL = `total:合 计	350.22	350.22
group:	350.22	350.22
unit:成都市成华区科学技术协会本级	350.22	350.22
210	11	99	345	其他行政事业单位医疗支出	0.08	0.08
221	02	01	345	住房公积金	12.45	12.45
208	05	06	345	机关事业单位职业年金缴费支出	6.93	6.93
206	01	01	345	行政运行	158.86	158.86
208	99	99	345	其他社会保障和就业支出	0.17	0.17
210	11	03	345	公务员医疗补助	0.48	0.48
210	11	01	345	行政单位医疗	7.37	7.37
206	07	02	345	科普活动	150.00	150.00
208	05	05	345	机关事业单位基本养老保险缴费支出	13.87	13.87`;

/** Seed 004 部门支出总表: the same 项 rows with unit code 345001. */
export const SEED004_SUMMARY = `total:合 计	350.22	200.22	150.00
unit:成都市成华区科学技术协会	350.22	200.22	150.00
210	11	99	345001	其他行政事业单位医疗支出	0.08	0.08
221	02	01	345001	住房公积金	12.45	12.45
208	05	06	345001	机关事业单位职业年金缴费支出	6.93	6.93
206	01	01	345001	行政运行	158.86	158.86
208	99	99	345001	其他社会保障和就业支出	0.17	0.17
210	11	03	345001	公务员医疗补助	0.48	0.48
210	11	01	345001	行政单位医疗	7.37	7.37
206	07	02	345001	科普活动	150.00		150.00
208	05	05	345001	机关事业单位基本养老保险缴费支出	13.87	13.87`;

/** Seed 004 一般公共预算项目支出预算表: the code row's label is the project's name. */
export const SEED004_PROJECT = `total:合 计	150.00
group:	150.00
unit:成都市成华区科学技术协会	150.00
item:科普活动	150.00
206	07	02	345001	2023年科普专项	150.00`;

/**
 * Seed 004 一般公共预算基本支出预算表 (economic): 类 rows carry the code in the unit-code column,
 * 款 rows print `301 | 14 | 30114`; 7-digit rows are local sub-items (3019908).
 */
export const SEED004_BASIC = `total:合 计	200.22	185.04	15.17
group:	200.22	185.04	15.17
unit:345001	成都市成华区科学技术协会	200.22	185.04	15.17
		301	工资福利支出	163.44	163.44
301	14	30114	医疗费	0.05	0.05
301	13	30113	住房公积金	12.45	12.45
301	09	30109	职业年金缴费	6.93	6.93
301	99	30199	其他工资福利支出	12.58	12.58
301	99	3019908	编制外专业技术人员工资	7.24	7.24
301	99	3019904	应休未休补贴	5.35	5.35
301	12	30112	其他社会保障缴费	0.17	0.17
301	12	3011201	工伤保险	0.17	0.17
301	03	30103	奖金	58.64	58.64
301	03	3010303	一个月基本工资	2.43	2.43
301	03	3010302	公务员年度绩效奖	20.61	20.61
301	03	3010301	公务员基础绩效奖	35.60	35.60
301	01	30101	基本工资	29.10	29.10
301	11	30111	公务员医疗补助缴费	0.30	0.30
301	10	30110	职工基本医疗保险缴费	7.37	7.37
301	02	30102	津贴补贴	21.97	21.97
301	08	30108	机关事业单位基本养老保险缴费	13.87	13.87
		303	对个人和家庭的补助	16.30	16.30
303	99	30399	其他对个人和家庭的补助	16.08	16.08
303	07	30307	医疗费补助	0.21	0.21
303	07	3030702	退休人员医疗风险金	0.03	0.03
303	07	3030701	退休人员医疗补助	0.18	0.18
303	09	30309	奖励金	0.01	0.01
		302	商品和服务支出	20.48	5.30	15.17
302	31	30231	公务用车运行维护费	2.00		2.00
302	17	30217	公务接待费	0.66		0.66
302	28	30228	工会经费	2.30		2.30
302	01	30201	办公费	9.34		9.34
302	39	30239	其他交通费用	5.30	5.30
302	29	30229	福利费	0.87		0.87`;

/** Data rows start below a title, a unit line, a 单位 line and the header: Excel row 5 (index 4). */
export const FIRST_DATA_ROW = 4;

interface Spec {
  sheet: string;
  kind: TableKind;
  title: string;
  year: number | null;
  columns: TableColumn[];
  header: string[];
  amountCols: number[];
  /** Turn one transcribed line into cells and a row (without its row index). */
  parseLine: (line: string) => { cells: CellValue[]; row: Omit<TableRow, 'row'> };
}

function namedRow(kind: RowKind, label: string, labelCol: number): Omit<TableRow, 'row'> {
  return { kind, label, labelCol, indent: 0, ordinal: 0, amounts: new Map() };
}

/** `unit:名称\t…` / `group:` / `total:` / `item:` lines: a named row with its amounts after the label. */
function prefixed(line: string): { kind: RowKind; rest: string[] } | undefined {
  const m = /^(unit|group|total|item):(.*)$/s.exec(line);
  return m ? { kind: m[1] as RowKind, rest: m[2].split('\t') } : undefined;
}

function build(spec: Spec, text: string): Built {
  const grid: CellValue[][] = [[spec.title], ['单位名称：（略）'], ['单位：万元'], spec.header];
  const rows: TableRow[] = [];
  for (const line of text.split('\n')) {
    const { cells, row } = spec.parseLine(line);
    rows.push({ ...row, row: grid.length });
    grid.push(cells);
  }
  const panel: Panel = { side: 'single', labelCol: spec.columns.find((c) => c.role === 'label')!.col, amountCols: spec.amountCols, rows, parent: new Int32Array(rows.length).fill(-1) };
  const table: RecognizedTable = {
    sheet: spec.sheet,
    kind: spec.kind,
    stage: 'budget',
    title: spec.title,
    unit: '万元',
    year: spec.year,
    range: { top: 0, left: 0, bottom: grid.length - 1, right: spec.header.length - 1 },
    headerRows: [3],
    repeatedHeaders: [],
    columns: spec.columns,
    panels: [panel],
  };
  return { tables: [table], workbook: { name: spec.sheet, sheets: [sheetFromRows(spec.sheet, grid)] } };
}

const SHENZHEN_COLUMNS: TableColumn[] = [
  { col: 0, path: ['预算单位'], role: 'text' },
  { col: 1, path: ['科目编码'], role: 'code' },
  { col: 2, path: ['科目名称'], role: 'label' },
  { col: 3, path: ['支出总计'], role: 'amount' },
  { col: 4, path: ['基本支出'], role: 'amount' },
  { col: 5, path: ['项目支出'], role: 'amount' },
];

/** 深圳 layout: 预算单位 | 科目编码 | 科目名称 | 支出总计 | 基本支出 | 项目支出. */
export function shenzhenTable(text: string, year: number | null, sheet = '表7'): Built {
  return build(
    {
      sheet,
      kind: 'general-budget-expenditure',
      title: '一般公共预算支出表',
      year,
      columns: SHENZHEN_COLUMNS,
      header: ['预算单位', '科目编码', '科目名称', '支出总计', '基本支出', '项目支出'],
      amountCols: [3, 4, 5],
      parseLine: (line) => {
        const named = prefixed(line);
        if (named) return { cells: [named.rest[0], null, null, ...named.rest.slice(1)], row: namedRow(named.kind, named.rest[0], 0) };
        const [code, name, ...amounts] = line.split('\t');
        return {
          cells: [null, code, name, ...amounts],
          row: { ...namedRow('code', name, 2), code, codeSystem: 'functional', codeCols: [1] },
        };
      },
    },
    text,
  );
}

const CHENGDU_COLUMNS: TableColumn[] = [
  { col: 0, path: ['科目编码', '类'], role: 'code-lei' },
  { col: 1, path: ['科目编码', '款'], role: 'code-kuan' },
  { col: 2, path: ['科目编码', '项'], role: 'code-xiang' },
  { col: 3, path: ['单位代码'], role: 'unit-code' },
  { col: 4, path: ['单位名称(科目)'], role: 'label' },
  { col: 5, path: ['合计'], role: 'amount' },
  { col: 6, path: ['当年财政拨款安排'], role: 'amount' },
  { col: 7, path: ['上年结转安排'], role: 'amount' },
];

/** 成都 layout: 类 | 款 | 项 | 单位代码 | 单位名称(科目) | amounts…; the recognizer joins the parts. */
export function chengduTable(text: string, year: number | null, kind: TableKind = 'general-budget-expenditure', sheet = '一般公共预算支出预算表'): Built {
  return build(
    {
      sheet,
      kind,
      title: sheet,
      year,
      columns: CHENGDU_COLUMNS,
      header: ['类', '款', '项', '单位代码', '单位名称(科目)', '合计', '当年财政拨款安排', '上年结转安排'],
      amountCols: [5, 6, 7],
      parseLine: (line) => {
        const named = prefixed(line);
        if (named) return { cells: [null, null, null, null, named.rest[0], ...named.rest.slice(1)], row: namedRow(named.kind, named.rest[0], 4) };
        const [lei, kuan, xiang, unit, name, ...amounts] = line.split('\t');
        return {
          cells: [lei, kuan, xiang, unit, name, ...amounts],
          row: { ...namedRow('code', name, 4), code: lei + kuan + xiang, codeSystem: 'functional', codeCols: [0, 1, 2] },
        };
      },
    },
    text,
  );
}

const BASIC_COLUMNS: TableColumn[] = [
  { col: 0, path: ['科目编码', '类'], role: 'code-lei' },
  { col: 1, path: ['科目编码', '款'], role: 'code-kuan' },
  { col: 2, path: ['单位代码'], role: 'unit-code' },
  { col: 3, path: ['单位名称（科目）'], role: 'label' },
  { col: 4, path: ['合计'], role: 'amount' },
  { col: 5, path: ['人员经费'], role: 'amount' },
  { col: 6, path: ['公用经费'], role: 'amount' },
];

/** Seed 004 基本支出 layout: 类 | 款 | 单位代码 (holds the code) | 单位名称（科目） | 合计 | 人员经费 | 公用经费. */
export function basicTable(text: string, year: number | null): Built {
  return build(
    {
      sheet: '一般公共预算基本支出预算表',
      kind: 'basic-expenditure',
      title: '一般公共预算基本支出预算表',
      year,
      columns: BASIC_COLUMNS,
      header: ['类', '款', '单位代码', '单位名称（科目）', '合计', '人员经费', '公用经费'],
      amountCols: [4, 5, 6],
      parseLine: (line) => {
        const named = prefixed(line);
        if (named && named.kind === 'unit') {
          return { cells: [null, null, named.rest[0], named.rest[1], ...named.rest.slice(2)], row: namedRow('unit', named.rest[1], 3) };
        }
        if (named) return { cells: [null, null, null, named.rest[0], ...named.rest.slice(1)], row: namedRow(named.kind, named.rest[0], 3) };
        const [lei, kuan, code, name, ...amounts] = line.split('\t');
        const codeCols = lei ? [0, 1, 2] : [2];
        return {
          cells: [lei || null, kuan || null, code, name, ...amounts],
          row: { ...namedRow('code', name, 3), code, codeSystem: 'economic', codeCols },
        };
      },
    },
    text,
  );
}

/** Replace one transcribed line (exactly) — for the mutated copies. */
export function replaceLine(text: string, from: string, to: string | null): string {
  const lines = text.split('\n');
  const i = lines.indexOf(from);
  if (i < 0) throw new Error(`no line ${from}`);
  if (to === null) lines.splice(i, 1);
  else lines[i] = to;
  return lines.join('\n');
}
