/**
 * What the task pane and the ribbon commands may ask of a workbook. Two implementations: the Office
 * one (officeGateway.ts, the only code that calls Office.js) and an in-memory one (memoryGateway.ts,
 * for the browser harness and tests). Neither holds domain logic: plans and findings come from the
 * engine; the gateway reads cells, writes edit plans, paints marks and selects cells.
 */
import type { EditPlan } from '../engine/fixes';
import type { ChartSpec } from '../engine/format/charts';
import type { FormatPlan } from '../engine/format/plan';
import type { Workbook } from '../engine/workbook';

/** A highlight the add-in paints on a finding's cell, with an optional note. */
export interface Mark {
  sheet: string;
  cell: string;
  /** Fill colour, `#RRGGBB`. */
  color: string;
  note?: string;
}

/** Worksheets changed by someone else than the add-in (the user, another add-in, a recalculation). */
export interface ChangeEvent {
  /** Sheet names; empty when the host could not say which sheet changed (check everything). */
  sheets: string[];
  /** A1 addresses of the changed ranges, sheet-qualified, when known. */
  ranges: string[];
}

export interface AppliedPlan {
  title: string;
  cells: number;
}

/** Refused because a cell no longer holds what the plan expected to replace. */
export class StaleEditError extends Error {
  constructor(public readonly cells: string[]) {
    super(`单元格已被修改，未写入：${cells.join('、')}（cells changed since the check: ${cells.join(', ')}）`);
    this.name = 'StaleEditError';
  }
}

export interface WorkbookGateway {
  /** Every sheet (or only the named ones) as the engine's Workbook. */
  snapshot(sheetNames?: string[]): Promise<Workbook>;
  /** Write a plan's values and number formats in one batch; it goes on the undo log. */
  applyPlan(plan: EditPlan): Promise<AppliedPlan>;
  /**
   * Apply a format plan (edits, merges, cell formats, column widths, frozen header) in one batch;
   * it goes on the same undo log, and undo restores the exact previous formats.
   */
  applyFormatPlan(plan: FormatPlan): Promise<AppliedPlan>;
  /** Draw native charts beside their tables from the engine's specs (their data blocks written first); undoable. */
  addCharts(charts: ChartSpec[]): Promise<AppliedPlan>;
  /** Restore the exact previous values and formats of the last applied plan (or format plan, or charts). False when nothing to undo. */
  undo(): Promise<boolean>;
  undoDepth(): number;
  /** Paint marks (fill colour, note) on cells, remembering what each cell had before. */
  mark(marks: Mark[]): Promise<void>;
  /** Remove every mark the add-in painted, restoring each cell's previous fill; nothing else is touched. */
  clearMarks(): Promise<void>;
  markCount(): number;
  /** The active cell (the top-left of the selection), or undefined when there is none. */
  activeCell(): Promise<{ sheet: string; cell: string } | undefined>;
  /** Select a cell or range (A1) and scroll to it, activating its sheet. */
  select(sheet: string, cell: string): Promise<void>;
  /** Call back on changes made by others; returns a function that stops listening. */
  onChange(callback: (change: ChangeEvent) => void): Promise<() => Promise<void>>;
}
