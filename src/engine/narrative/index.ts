/**
 * Narrative (说明) figures: generate the standard paragraphs from the tables, and check a narrative's
 * figures against them. Pure: the task pane and the CLI both call these.
 */
import type { RecognizedTable } from '../types';
import type { Workbook } from '../workbook';
import { checkFigures, type NarrativeIssue } from './check';
import { collectFacts } from './facts';
import { previousBook } from './previous';
import { scanNarrative } from './scan';
import { linesOfText, type NarrativeLine } from './textSource';
import type { PreviousYear } from './types';

/** The issues of narrative lines (text-file lines or text cells) against the tables. */
export function checkNarrativeLines(lines: NarrativeLine[], tables: RecognizedTable[], workbook: Workbook, previous?: PreviousYear): NarrativeIssue[] {
  const book = collectFacts(tables, workbook);
  return checkFigures(scanNarrative(lines, book), book, previousBook(previous));
}

/** The same for a whole text (a .txt file's content): issue.figure.line is the 0-based line. */
export function checkNarrativeText(text: string, tables: RecognizedTable[], workbook: Workbook, previous?: PreviousYear): NarrativeIssue[] {
  return checkNarrativeLines(linesOfText(text), tables, workbook, previous);
}

export { generateNarrative } from './generate';
export { collectFacts, factsFor, firstFact } from './facts';
export { previousBook } from './previous';
export { scanNarrative } from './scan';
export { linesOfText, textCellsOutsideTables } from './textSource';
export { sharesOf } from './shares';
export type { NarrativeIssue, IssueKind } from './check';
export type { TextFigure, FigureRole } from './scan';
export type { NarrativeLine } from './textSource';
export type { Fact, FactBook, FactKey, NarrativeFigure, NarrativeOptions, NarrativeParagraph, PreviousYear, PreviousValue, Scope } from './types';
