/**
 * narrative-mismatch — 说明文字中的数字与报表不符.
 * Figures in the narrative (text cells outside the tables, or a text given with --narrative) that
 * disagree with the tables: a wrong amount, a 万元 figure written as 元, a wrong change, rate or share.
 * Findings in a text file are at sheet '' and cell `L<line>`; in a text cell, at that cell.
 */
import { checkNarrativeLines } from '../narrative';
import { linesOfText, textCellsOutsideTables } from '../narrative/textSource';
import type { CheckOptions, Finding, RecognizedTable } from '../types';
import { RULE_SEVERITY } from '../types';
import type { Workbook } from '../workbook';

export function narrativeMismatch(tables: RecognizedTable[], workbook: Workbook, options: CheckOptions = {}): Finding[] {
  const sources = [textCellsOutsideTables(workbook, tables)];
  if (options.narrativeText) sources.push(linesOfText(options.narrativeText));
  // No narrative line, nothing to check: the table facts are not gathered for nothing.
  return sources.filter((lines) => lines.length > 0).flatMap((lines) =>
    checkNarrativeLines(lines, tables, workbook).map((issue) => {
      const at = lines[issue.figure.line];
      const f: Finding = { rule: 'narrative-mismatch', severity: RULE_SEVERITY['narrative-mismatch'], sheet: at.sheet, cell: at.cell, expected: issue.expected, actual: issue.actual, message: issue.message };
      const related = [...issue.related, ...(issue.relatedLines ?? []).map((l) => lines[l].cell)];
      if (related.length) f.related = related;
      return f;
    }),
  );
}
