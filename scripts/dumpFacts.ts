/** Debug aid: print the narrative facts read from TSV fixtures. `node dist-dev/scripts/dumpFacts.js A.tsv [B.tsv]` */
import { readFileSync } from 'fs';
import { workbookFromTsv } from './tsvWorkbook';
import { recognizeWorkbook } from '../src/engine/recognize';
import { collectFacts } from '../src/engine/narrative/facts';

const files = process.argv.slice(2);
const wb = workbookFromTsv(files.map((f) => readFileSync(f, 'utf8')).join('\n'), files.join('+'));
const book = collectFacts(recognizeWorkbook(wb), wb);
console.log(`year=${book.year} department=${book.department.join(' / ')} units=${book.units.join(' / ')}`);
for (const f of book.facts)
  console.log(`${f.scope || '(dept)'}\t${f.key}\t${f.value.toFixed(f.decimals)}${f.thousands ? ',' : ''}\t${f.label}\t${f.kind}\t${f.cells.join(' ')}${f.previous ? `\tprev=${f.previous.value.toFixed()}` : ''}`);
