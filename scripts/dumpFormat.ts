/** Debug: print the format plan and chart specs for a TSV or .xlsx seed. `node dist-dev/scripts/dumpFormat.js FILE [-v]` */
import { readFileSync } from 'fs';
import { workbookFromTsv } from './tsvWorkbook';
import { recognizeWorkbook } from '../src/engine/recognize';
import { chartSpecs, describeFormat, formatPlanForWorkbook } from '../src/engine/format';

const file = process.argv[2];
const wb = workbookFromTsv(readFileSync(file, 'utf8'), file);
const tables = recognizeWorkbook(wb);
const plan = formatPlanForWorkbook(wb, tables);
for (const e of plan.edits) console.log(`edit  ${e.sheet}!${e.cell} ${JSON.stringify(e.before)} -> ${JSON.stringify(e.after)}`);
for (const m of plan.merges) console.log(`merge ${m.sheet}!${m.range}  ${m.reason}`);
for (const f of plan.formats) console.log(`fmt   ${f.sheet}!${f.range}  ${describeFormat(f.format)}`);
for (const w of plan.columnWidths) console.log(`width ${w.sheet}!${w.column} ${w.before ?? '-'} -> ${w.width}`);
for (const f of plan.freeze) console.log(`freeze ${f.sheet} ${f.rows}`);
console.log(JSON.stringify(chartSpecs(wb, tables), null, 1));
