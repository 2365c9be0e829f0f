/** node dist-bench/bench/engineOnly.js ROWS SHEETS RUNS: the engine alone on a generated workbook (min and median ms). */
import { departmentWorkbook } from '../scripts/generateWorkbook';
import { checkWorkbook } from '../src/engine';
import { median, now, round } from './measure';

const [rows = '10000', sheets = '1', runs = '8'] = process.argv.slice(2);
const wb = departmentWorkbook({ rows: Number(rows), sheets: Number(sheets) });
const times: number[] = [];
const cpu: number[] = [];
let findings = 0;
for (let i = 0; i < Number(runs); i++) {
  const t0 = now();
  const c0 = process.cpuUsage();
  findings = checkWorkbook(wb).findings.length;
  const c = process.cpuUsage(c0);
  times.push(now() - t0);
  cpu.push((c.user + c.system) / 1000);
}
// CPU time is steadier than the wall clock on a shared machine (GC threads count too).
console.log(JSON.stringify({ rows: Number(rows), sheets: Number(sheets), minMs: round(Math.min(...times)), medianMs: round(median(times)), cpuMinMs: round(Math.min(...cpu)), findings }));
