/**
 * Debug aid for the narrative engine on TSV fixtures (tables: `A.tsv[,B.tsv]`, one workbook):
 *   node dist-dev/scripts/dumpNarrative.js facts TABLES               facts read from the tables
 *   node dist-dev/scripts/dumpNarrative.js scan TEXT.txt TABLES       figures found in a text, and what each was read as
 *   node dist-dev/scripts/dumpNarrative.js check TEXT.txt TABLES [PREVIOUS]   narrative-mismatch issues
 *   node dist-dev/scripts/dumpNarrative.js paragraphs TABLES [PREVIOUS] [-f]   generated paragraphs (-f: with figures)
 */
import { readFileSync } from 'fs';
import { workbookFromTsv } from './tsvWorkbook';
import { checkWorkbook } from '../src/engine';
import { checkNarrativeText, collectFacts, generateNarrative, linesOfText, scanNarrative } from '../src/engine/narrative';

const load = (arg: string) => {
  const files = arg.split(',');
  return workbookFromTsv(files.map((f) => readFileSync(f, 'utf8')).join('\n'), files.join('+'));
};
const previousOf = (arg?: string) => {
  if (!arg) return undefined;
  const wb = load(arg);
  return { report: checkWorkbook(wb), workbook: wb };
};
const [mode, ...rest] = process.argv.slice(2).filter((a) => !a.startsWith('-'));

if (mode === 'facts') {
  const wb = load(rest[0]);
  const book = collectFacts(checkWorkbook(wb).tables, wb);
  console.log(`year=${book.year} department=${book.department.join(' / ')} units=${book.units.join(' / ')}`);
  for (const f of book.facts) console.log(`${f.scope || '(dept)'}\t${f.key}\t${f.value.toFixed(f.decimals)}\t${f.label}\t${f.kind}\t${f.cells.join(' ')}${f.previous ? `\tprev=${f.previous.value.toFixed()}` : ''}`);
} else if (mode === 'scan') {
  const wb = load(rest[1]);
  const book = collectFacts(checkWorkbook(wb).tables, wb);
  scanNarrative(linesOfText(readFileSync(rest[0], 'utf8')), book).forEach((f, i) =>
    console.log(`${i}\tL${f.line + 1}\t${f.role}\t${f.raw}\t${f.label ?? ''}\t${f.keys?.join(',') ?? ''}\t${f.scope || '(dept)'}${f.year ? ' y' + f.year : ''}${f.level !== undefined ? ' of ' + f.level : ''}${f.base !== undefined ? ' base ' + f.base : ''}${f.unchanged ? ' 持平' : ''}`),
  );
} else if (mode === 'check') {
  const wb = load(rest[1]);
  for (const i of checkNarrativeText(readFileSync(rest[0], 'utf8'), checkWorkbook(wb).tables, wb, previousOf(rest[2])))
    console.log(`L${i.figure.line + 1} ${i.kind} exp=${i.expected} act=${i.actual} related=${i.related.join(' ')}\n   ${i.message}`);
} else if (mode === 'paragraphs') {
  const wb = load(rest[0]);
  for (const p of generateNarrative(checkWorkbook(wb), wb, { previous: previousOf(rest[1]) })) {
    console.log(`## ${p.id} ${p.title}\n${p.text}`);
    if (process.argv.includes('-f')) for (const f of p.figures) console.log(`   ${f.label} = ${f.value} ${f.unit}  [${f.cells.join(' ')}]`);
  }
} else {
  console.error('usage: dumpNarrative.js facts|scan|check|paragraphs …');
  process.exitCode = 2;
}
