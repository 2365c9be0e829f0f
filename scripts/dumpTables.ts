/** Debug aid: print what recognition found in a TSV fixture. `node dist-dev/scripts/dumpTables.js FILE.tsv` */
import { readFileSync } from 'fs';
import { workbookFromTsv } from './tsvWorkbook';
import { recognizeWorkbook } from '../src/engine/recognize';
import { rangeA1 } from '../src/engine/workbook';

const wb = workbookFromTsv(readFileSync(process.argv[2], 'utf8'), process.argv[2]);
for (const t of recognizeWorkbook(wb)) {
  console.log(`== ${t.sheet} ${t.kind} ${rangeA1(t.range)} "${t.title}" unit=${t.unit} year=${t.year} dept=${t.department} header=${t.headerRows} rep=${t.repeatedHeaders}`);
  console.log('   cols: ' + t.columns.map((c) => `${c.col}:${c.role}:${c.path.join('>')}`).join(' | '));
  if (process.argv[3] === '-v')
    for (const p of t.panels) {
      console.log(`   panel ${p.side} label=${p.labelCol} amounts=${p.amountCols}`);
      p.rows.forEach((r, i) => console.log(`     ${i} r${r.row + 1} ${r.kind} ${r.code ?? ''} "${r.label}" ind=${r.indent} ord=${r.ordinal} parent=${p.parent[i]} ${[...r.amounts.values()].map((a) => (a.kind === 'number' ? a.value.toString() : a.kind === 'blank' ? '_' : '!')).join(',')}`));
    }
}

import { checkWorkbook } from '../src/engine';
if (process.argv.includes('-f')) for (const f of checkWorkbook(wb).findings) console.log(`${f.severity} ${f.rule} ${f.sheet}!${f.cell} exp=${f.expected} act=${f.actual} ${f.message}`);
