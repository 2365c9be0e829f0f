/**
 * Debug aid: the generated 说明 paragraphs for TSV fixtures.
 * `node dist-dev/scripts/dumpParagraphs.js TABLES.tsv[,MORE.tsv] [PREVIOUS.tsv] [-f]` (-f: with figures)
 */
import { readFileSync } from 'fs';
import { workbookFromTsv } from './tsvWorkbook';
import { checkWorkbook } from '../src/engine';
import { generateNarrative } from '../src/engine/narrative';

const load = (arg: string) => {
  const files = arg.split(',');
  return workbookFromTsv(files.map((f) => readFileSync(f, 'utf8')).join('\n'), files.join('+'));
};
const [tables, prev] = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const wb = load(tables);
const previous = prev ? load(prev) : undefined;
const paragraphs = generateNarrative(checkWorkbook(wb), wb, previous ? { previous: { report: checkWorkbook(previous), workbook: previous } } : {});
for (const p of paragraphs) {
  console.log(`## ${p.id} ${p.title}\n${p.text}`);
  if (process.argv.includes('-f')) for (const f of p.figures) console.log(`   ${f.label} = ${f.value} ${f.unit}  [${f.cells.join(' ')}]`);
}
