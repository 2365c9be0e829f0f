/**
 * What the task pane is given: a workbook gateway, the engine's functions and the browser's
 * clipboard and downloads. Components call only these; the Office entry (index.tsx), the harness and
 * the UI tests pass different ones.
 */
import type { Catalog } from '../engine/catalog';
import type { EditPlan } from '../engine/fixes';
import type { ChartSpec, FormatPlan } from '../engine/format';
import type { NarrativeParagraph } from '../engine/narrative';
import type { SangongViewRow } from '../engine/sangong';
import type { Finding, RecognizedTable, Report } from '../engine/types';
import type { Workbook } from '../engine/workbook';
import type { WorkbookGateway } from '../office/gateway';

export interface CheckOptionsForPane {
  /** The official catalog the user loaded; the bundled one when absent. */
  catalog?: Catalog;
}

export interface TablePlanRequest {
  report: Report;
  catalog?: Catalog;
  /** Findings to leave alone (dismissed). */
  skip: (finding: Finding, workbook: Workbook) => boolean;
  title: string;
}

export interface CheckServices {
  gateway: WorkbookGateway;
  check: (workbook: Workbook, options?: CheckOptionsForPane) => Report;
  /** `findings`: the whole report's, so that a cell two findings disagree on gets no one-cell plan. */
  planFor: (finding: Finding, workbook: Workbook, findings?: readonly Finding[]) => EditPlan | undefined;
  /** 全部修正: every one-cell plan of a table's findings as one plan. */
  planForTable: (workbook: Workbook, table: RecognizedTable, request: TablePlanRequest) => EditPlan | undefined;
  /** A catalog file's rows, compacted to code | name (what the workbook keeps); throws with a message for the user. */
  readCatalogFile: (fileName: string, bytes: Uint8Array) => Promise<string[][]>;
  /** The catalog those rows make, and how many expenditure codes it holds. */
  catalogFromRows: (rows: string[][]) => { catalog: Catalog; codes: number };
  /** The 三公 tables' figures, changes and rates. */
  sangongView: (report: Report, workbook: Workbook) => SangongViewRow[];
  /** The plan that fills the 三公 changes and rates (empty when they are all there). */
  sangongDeltaPlan: (report: Report, workbook: Workbook) => EditPlan;
  /** The 说明 paragraphs, with the year before from another workbook when the user gave one. */
  narrative: (report: Report, workbook: Workbook, previous?: { report: Report; workbook: Workbook }) => NarrativeParagraph[];
  /** An .xlsx the user picked (the year before), read by the exceljs chunk loaded on demand. */
  readWorkbookFile: (fileName: string, bytes: Uint8Array) => Promise<Workbook>;
  /** The published style for one table (by its index in the report), or for every table. Empty when already so. */
  formatPlan: (report: Report, workbook: Workbook, tableIndex?: number) => FormatPlan;
  isEmptyFormatPlan: (plan: FormatPlan) => boolean;
  /** The index of the table a cell stands in. */
  tableAt: (report: Report, sheet: string, cell: string) => number | undefined;
  /** The native charts the tables support (一般公共预算 by 类, 三公 by year). */
  chartSpecs: (report: Report, workbook: Workbook) => ChartSpec[];
  copyText: (text: string) => Promise<void>;
  download: (fileName: string, text: string, mimeType: string) => void;
  engineVersion: string;
}

/** Replace the named sheets of a workbook with fresh copies (after a live re-snapshot), keeping order. */
export function replaceSheets(workbook: Workbook, fresh: Workbook): Workbook {
  const byName = new Map(fresh.sheets.map((s) => [s.name, s]));
  const sheets = workbook.sheets.map((s) => byName.get(s.name) ?? s);
  for (const s of fresh.sheets) if (!workbook.sheets.some((x) => x.name === s.name)) sheets.push(s);
  return { ...workbook, sheets };
}
