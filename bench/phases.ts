/** node dist-bench/bench/phases.js ROWS RUNS: min ms of each phase of checkWorkbook (a profiling aid). */
import { departmentWorkbook } from '../scripts/generateWorkbook';
import { recognizeWorkbook } from '../src/engine/recognize';
import { inferCodes } from '../src/engine/recognize/inferCodes';
import { recomputeSubtotals } from '../src/engine/rules/subtotals';
import { recomputeRowSums } from '../src/engine/rules/rowSums';
import { checkBalance } from '../src/engine/rules/balance';
import { findInvalidAmounts } from '../src/engine/rules/invalidAmounts';
import { checkCrossTable } from '../src/engine/rules/crossTable';
import { unknownCode } from '../src/engine/rules/unknownCode';
import { codeNameMismatch } from '../src/engine/rules/codeNameMismatch';
import { hierarchyBreak } from '../src/engine/rules/hierarchyBreak';
import { mergedAmounts } from '../src/engine/rules/mergedAmounts';
import { checkSangongMismatch } from '../src/engine/rules/sangongMismatch';
import { checkSangongDelta } from '../src/engine/rules/sangongDelta';
import { tableSetIncomplete } from '../src/engine/rules/tableSetIncomplete';
import { narrativeMismatch } from '../src/engine/rules/narrativeMismatch';
import { bundledCatalog } from '../src/engine/catalog';
import { now } from './measure';

const [rows = '10000', runs = '5'] = process.argv.slice(2);
const wb = departmentWorkbook({ rows: Number(rows), sheets: Number(process.env.SHEETS ?? 1) });
const catalog = bundledCatalog();
const best = new Map<string, number>();
const last = new Map<string, number>();
for (let i = 0; i < Number(runs); i++) {
  const time = <T>(name: string, f: () => T): T => {
    const t0 = now();
    const r = f();
    const ms = now() - t0;
    best.set(name, Math.min(best.get(name) ?? Infinity, ms));
    last.set(name, ms);
    return r;
  };
  const tables = time('recognize', () => recognizeWorkbook(wb));
  time('inferCodes', () => inferCodes(tables, catalog, {}));
  time('invalidAmounts', () => findInvalidAmounts(tables));
  time('mergedAmounts', () => mergedAmounts(tables, wb));
  time('subtotals', () => recomputeSubtotals(tables, {}));
  time('rowSums', () => recomputeRowSums(tables, {}));
  time('balance', () => checkBalance(tables));
  time('crossTable', () => checkCrossTable(tables, {}, wb));
  time('unknownCode', () => unknownCode(tables, catalog, { workbook: wb }));
  time('codeNameMismatch', () => codeNameMismatch(tables, catalog, { workbook: wb }));
  time('hierarchyBreak', () => hierarchyBreak(tables, catalog, { workbook: wb }));
  time('sangong', () => [checkSangongMismatch(tables, wb, {}), checkSangongDelta(tables, wb, {})]);
  time('tableSet', () => tableSetIncomplete(tables));
  time('narrative', () => narrativeMismatch(tables, wb, {}));
  if (process.env.EACH) console.log(i, JSON.stringify(Object.fromEntries([...last].map(([k, v]) => [k, Math.round(v)]).filter(([, v]) => Number(v) > 0))));
}
let sum = 0;
for (const [k, v] of best) { sum += v; console.log(k.padEnd(18), v.toFixed(1)); }
console.log('sum'.padEnd(18), sum.toFixed(1));
