/**
 * Debug aid: narrative-mismatch issues of a text against TSV fixtures.
 * `node dist-dev/scripts/checkNarrative.js TEXT.txt A.tsv[,B.tsv] [PREVIOUS.tsv]`
 */
import { readFileSync } from 'fs';
import { workbookFromTsv } from './tsvWorkbook';
import { checkWorkbook } from '../src/engine';
import { checkNarrativeText } from '../src/engine/narrative';

const load = (arg: string) => {
  const files = arg.split(',');
  return workbookFromTsv(files.map((f) => readFileSync(f, 'utf8')).join('\n'), files.join('+'));
};
const [text, tsv, prev] = process.argv.slice(2);
const wb = load(tsv);
const previous = prev ? load(prev) : undefined;
const issues = checkNarrativeText(readFileSync(text, 'utf8'), checkWorkbook(wb).tables, wb, previous ? { report: checkWorkbook(previous), workbook: previous } : undefined);
for (const i of issues) console.log(`L${i.figure.line + 1} ${i.kind} exp=${i.expected} act=${i.actual} related=${i.related.join(' ')}\n   ${i.message}`);
