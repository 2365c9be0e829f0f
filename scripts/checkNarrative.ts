/** Debug aid: narrative-mismatch findings of a text against TSV fixtures. `node dist-dev/scripts/checkNarrative.js TEXT.txt A.tsv[,B.tsv]` */
import { readFileSync } from 'fs';
import { workbookFromTsv } from './tsvWorkbook';
import { checkWorkbook } from '../src/engine';

const [text, tsv] = process.argv.slice(2);
const files = tsv.split(',');
const wb = workbookFromTsv(files.map((f) => readFileSync(f, 'utf8')).join('\n'), files.join('+'));
for (const f of checkWorkbook(wb, { narrativeText: readFileSync(text, 'utf8') }).findings.filter((x) => x.rule === 'narrative-mismatch'))
  console.log(`${f.sheet}!${f.cell} exp=${f.expected} act=${f.actual} related=${f.related?.join(' ')}\n   ${f.message}`);
