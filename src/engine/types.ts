/** The engine's shared vocabulary: table kinds, rule ids and findings, as fixed by docs/ARCHITECTURE.md. */
import type { Amount } from './amount';
import type { CellRange } from './workbook';

export const TABLE_KINDS = [
  'income-expenditure-summary',
  'income-summary',
  'expenditure-summary',
  'fiscal-appropriation-summary',
  'general-budget-expenditure',
  'basic-expenditure',
  'project-expenditure',
  'economic-expenditure',
  'sangong',
  'government-fund-expenditure',
  'state-capital-expenditure',
  'transfer-expenditure',
  'procurement',
  'performance-targets',
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export type Stage = 'budget' | 'final';
export type MoneyUnit = '元' | '千元' | '万元' | '亿元';

export type RuleId =
  | 'subtotal-mismatch'
  | 'rounding-tail'
  | 'row-sum-mismatch'
  | 'balance-mismatch'
  | 'cross-table-mismatch'
  | 'unknown-code'
  | 'code-name-mismatch'
  | 'hierarchy-break'
  | 'invalid-amount'
  | 'sangong-mismatch'
  | 'sangong-delta'
  | 'narrative-mismatch'
  | 'table-set-incomplete';

export type Severity = 'error' | 'warning' | 'info';

export const RULE_SEVERITY: Record<RuleId, Severity> = {
  'subtotal-mismatch': 'error',
  'rounding-tail': 'info',
  'row-sum-mismatch': 'error',
  'balance-mismatch': 'error',
  'cross-table-mismatch': 'error',
  'unknown-code': 'error',
  'code-name-mismatch': 'warning',
  'hierarchy-break': 'error',
  'invalid-amount': 'error',
  'sangong-mismatch': 'error',
  'sangong-delta': 'warning',
  'narrative-mismatch': 'error',
  'table-set-incomplete': 'info',
};

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell holding the wrong figure (for code rules, the code cell). */
  cell: string;
  expected?: string;
  actual?: string;
  message: string;
  /** Cells summed or compared, A1, sheet-qualified when in another sheet. */
  related?: string[];
  /** The one cell that explains this finding and others, when there is one. */
  likelyCause?: string;
  /** Index of the table in Report.tables the finding belongs to. */
  table?: number;
}

/** What a column holds, from its header and its content. */
export type ColumnRole = 'label' | 'code' | 'code-lei' | 'code-kuan' | 'code-xiang' | 'unit-code' | 'amount' | 'year' | 'text';

export interface TableColumn {
  col: number;
  /** Header words from the top header row down, merged and spread cells resolved. */
  path: string[];
  role: ColumnRole;
}

export type CodeSystem = 'functional' | 'economic' | 'procurement';

/** What a body row is, before the hierarchy is built. */
export type RowKind =
  | 'total' // 合计 / 总计 / 本年收入合计 ...
  | 'group' // an unnamed or department row above the units
  | 'unit' // a 预算单位 row
  | 'code' // a row carrying a 类/款/项 or economic code
  | 'item' // a named row without a code
  | 'memo' // 其中：… rows, a part shown for information, never summed
  | 'year'; // a year row of a 三公 table (years as rows)

export interface TableRow {
  row: number;
  kind: RowKind;
  label: string;
  /** Column of the label cell, for findings and edits. */
  labelCol: number;
  code?: string;
  codeSystem?: CodeSystem;
  /** Code inferred from the name, order and indentation (收支总表 rows carry names only). */
  inferredCode?: string;
  /** Cell(s) the code was read from. */
  codeCols?: readonly number[];
  /** Leading spaces or the cell's indent level, whichever shows. */
  indent: number;
  /** `一、` -> 1, `1.`/`（一）` -> 2, none -> 0. */
  ordinal: 0 | 1 | 2;
  amounts: ReadonlyMap<number, Amount>;
  /** How inferredCode was found (set by recognize/inferCodes.ts; `code` stays the printed code only). */
  inferredFrom?: InferredFrom;
  /**
   * The row's 类 block holds a name no code was found for: the inferred code is not checked against
   * the hierarchy, and where the table shows no indentation the row is left out of the sums.
   */
  inferredUnsure?: boolean;
}

/**
 * How a code was inferred: `name` — the catalog name under the 类/款 above the row; `catch-all` — the
 * 99 item of a 其他… name the catalog lacks (2101299 财政对其他基本医疗保险基金的补助); `children` — the
 * 款 that the 项 rows right below imply, for a 款 name the catalog does not give (20502 普通教育).
 */
export type InferredFrom = 'name' | 'catch-all' | 'children';

/** One side of a table: most tables have one; 收支总表 has 收入 and 支出 side by side. */
export interface Panel {
  side: 'single' | 'income' | 'expenditure';
  labelCol: number;
  amountCols: number[];
  rows: TableRow[];
  /** parent[i] is the index in rows of row i's parent, or -1. Built by the hierarchy. */
  parent: Int32Array;
}

export interface RecognizedTable {
  sheet: string;
  kind: TableKind;
  stage: Stage;
  title: string;
  unit: MoneyUnit | null;
  year: number | null;
  range: CellRange;
  /** Rows of the (first) header block; continuation headers are listed in `repeatedHeaders`. */
  headerRows: number[];
  repeatedHeaders: number[];
  columns: TableColumn[];
  panels: Panel[];
  /** The department named above the table (单位名称：… / 部门：…). */
  department?: string;
}

export interface Report {
  tables: RecognizedTable[];
  findings: Finding[];
}

export interface CheckOptions {
  /** Year to use when a table does not say. */
  year?: number;
  /** Treat amounts in 元 as rounded too (the user says the table was rounded). */
  roundedYuan?: boolean;
  /** A narrative (说明) given apart from the workbook, checked against the tables (narrative-mismatch). */
  narrativeText?: string;
}

export type { Amount };
