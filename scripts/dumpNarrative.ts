/**
 * Debug aid: the figures found in a narrative text and what each was read as.
 * `node dist-dev/scripts/dumpNarrative.js TEXT.txt TABLES.tsv [MORE.tsv]`
 */
import { readFileSync } from 'fs';
import { workbookFromTsv } from './tsvWorkbook';
import { recognizeWorkbook } from '../src/engine/recognize';
import { collectFacts } from '../src/engine/narrative/facts';
import { scanNarrative } from '../src/engine/narrative/scan';
import { linesOfText } from '../src/engine/narrative/textSource';

const [textFile, ...tsvs] = process.argv.slice(2);
const wb = workbookFromTsv(tsvs.map((f) => readFileSync(f, 'utf8')).join('\n'), tsvs.join('+'));
const book = collectFacts(recognizeWorkbook(wb), wb);
const lines = linesOfText(readFileSync(textFile, 'utf8'));
scanNarrative(lines, book).forEach((f, i) =>
  console.log(`${i}\tL${f.line + 1}\t${f.role}\t${f.raw}\t${f.label ?? ''}\t${f.keys?.join(',') ?? ''}\t${f.scope || '(dept)'}${f.year ? ' y' + f.year : ''}${f.level !== undefined ? ' of ' + f.level : ''}${f.base !== undefined ? ' base ' + f.base : ''}${f.unchanged ? ' 持平' : ''}`),
);
