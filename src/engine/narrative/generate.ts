/**
 * The standard paragraphs of a budget's 说明, generated from the recognized tables (and the year
 * before, when given): each with the figures it quotes and the cells they came from. A paragraph whose
 * tables are missing is left out.
 */
import type { Report } from '../types';
import type { Workbook } from '../workbook';
import { composeContext, type Compose } from './compose';
import { collectFacts } from './facts';
import { basic } from './paragraphs/basic';
import { expenditure, income } from './paragraphs/composition';
import { generalBudgetItems, generalBudgetScale, generalBudgetStructure } from './paragraphs/generalBudget';
import { procurement } from './paragraphs/procurement';
import { sangong } from './paragraphs/sangong';
import { fiscalOverview, overview } from './paragraphs/totals';
import { previousBook } from './previous';
import type { NarrativeOptions, NarrativeParagraph } from './types';

/** In the order published budgets print them. */
const BUILDERS: ((c: Compose) => NarrativeParagraph | undefined)[] = [
  overview,
  fiscalOverview,
  income,
  expenditure,
  generalBudgetScale,
  generalBudgetStructure,
  generalBudgetItems,
  basic,
  sangong,
  procurement,
];

export function generateNarrative(report: Pick<Report, 'tables'>, workbook: Workbook, options: NarrativeOptions = {}): NarrativeParagraph[] {
  const book = collectFacts(report.tables, workbook);
  const c = composeContext(book, previousBook(options.previous), options);
  return BUILDERS.map((build) => build(c)).filter((p): p is NarrativeParagraph => !!p);
}
