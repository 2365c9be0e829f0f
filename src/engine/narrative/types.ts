/** The narrative's vocabulary: facts read from the tables, generated paragraphs, figures found in text. */
import type Decimal from 'decimal.js';
import type { MoneyUnit, RecognizedTable, Report } from '../types';
import type { Workbook } from '../workbook';

/**
 * What a figure is, independent of the table it was read from:
 *  income-total 收入总计 · expenditure-total 支出总计 · current-income 本年收入合计 · current-expenditure 本年支出合计
 *  basic 基本支出 · project 项目支出 · personnel 人员经费/人员支出 · public 公用经费/公用支出 · subsidy 对个人和家庭的补助
 *  general-budget 一般公共预算当年拨款 · fiscal-total 财政拨款收支总计 · procurement 政府采购 · transfer 上级专项转移支付
 *  class:206 a 类 · item:2060101 a 项 · income:一般公共预算拨款 a row of the income side
 *  sangong 三公 total · sangong:abroad · sangong:reception · sangong:vehicle · sangong:vehicle-purchase · sangong:vehicle-operation
 */
export type FactKey = string;

/** '' is the whole department; otherwise a unit's name as its tables print it. */
export type Scope = string;

export interface Fact {
  key: FactKey;
  scope: Scope;
  /** The table's own name for it (a row or column heading), for messages. */
  label: string;
  value: Decimal;
  /** Decimals as printed (a sum: the most of its parts). */
  decimals: number;
  unit: MoneyUnit;
  /** Printed with thousands separators (#,##0). */
  thousands: boolean;
  /** Source cells, sheet-qualified (`表3!C11`); a sum lists every part. */
  cells: string[];
  kind: RecognizedTable['kind'];
  /** Title of the table it was read from. */
  title: string;
  /** The same figure for the year before, when the table prints it (上年 column, 2020年 row). */
  previous?: PreviousValue;
}

export interface PreviousValue {
  value: Decimal;
  decimals: number;
  cells: string[];
  year: number | null;
}

/** All facts of one workbook, with the year and names they were printed under. */
export interface FactBook {
  facts: Fact[];
  year: number | null;
  /** The department's names (部门名称 lines, department rows); the first is the one to print. */
  department: string[];
  /** Unit names of multi-unit tables (each its own scope). */
  units: string[];
}

export interface NarrativeFigure {
  label: string;
  /** A decimal string (`308.86`, `-172.33`, `88.19` for a percentage). */
  value: string;
  unit: MoneyUnit | '%';
  /** Sheet-qualified cells (`Sheet!A1`); cells of a previous-year workbook as `[file]Sheet!A1`. */
  cells: string[];
}

export interface NarrativeParagraph {
  id: string;
  title: string;
  text: string;
  figures: NarrativeFigure[];
}

/** The year before: another workbook (checked the same way) or its facts already read. */
export type PreviousYear = { report: Report; workbook: Workbook } | { facts: FactBook };

export interface NarrativeOptions {
  previous?: PreviousYear;
  /** Shares rounded so they add to 100.00% (largest remainder); default: each rounded half-up, as most budgets print. */
  sharesAddTo100?: boolean;
  /** A space between Chinese and figures (`拨款 350.22 万元`), as published texts show; default true. */
  spaces?: boolean;
  /** The department's name to print; default: the name the tables give. */
  department?: string;
}
