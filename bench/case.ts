/**
 * One benchmark case, in its own process so its peak memory is its own:
 *   node dist-bench/bench/case.js FILE.xlsx REPEATS [WARMUP]
 * Each phase, exceljs' load and the engine's recognition + check, runs WARMUP times untimed (the JIT
 * optimizing the code as it runs it), then REPEATS times timed; each figure is the median of the
 * timed runs. Prints one JSON line: load (ms), conversion to the engine's Workbook (ms), the engine's
 * first check (ms, the first warm-up run: what one CLI run on one file pays), the engine (ms), the
 * warm-up checks after the first (ms each), peak RSS (MB), tables and findings found. Run with
 * --expose-gc: the loads' garbage is collected (untimed) before the engine runs.
 */
import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { worksheetToSheet } from '../src/cli/readXlsx';
import { checkWorkbook } from '../src/engine';
import type { Workbook } from '../src/engine/workbook';
import { median, now, peakMB } from './measure';

/** A full collection when node runs with --expose-gc (run.ts starts the case so). */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

async function main(): Promise<void> {
  const [file, repeatsArg, warmupArg] = process.argv.slice(2);
  const repeats = Math.max(1, Number(repeatsArg) || 1);
  const warmup = Math.max(1, Number(warmupArg) || 1);
  const buffer = readFileSync(file);
  const loads: number[] = [];
  let excel: ExcelJS.Workbook | undefined;
  for (let i = 0; i < warmup + repeats; i++) {
    excel = new ExcelJS.Workbook();
    const t0 = now();
    await excel.xlsx.load(buffer as unknown as ArrayBuffer);
    if (i >= warmup) loads.push(now() - t0);
  }
  const t1 = now();
  const workbook: Workbook = { name: file, sheets: excel!.worksheets.map(worksheetToSheet) };
  const convertMs = now() - t1;
  excel = undefined; // as in the CLI, exceljs' model is garbage once converted
  // Each phase pays for its own garbage: the loads' (a few hundred MB at 100k rows) is collected
  // here, untimed, rather than by the engine's first allocations (V8 marks a heap that large
  // incrementally, and every engine run during the marking paid for it).
  collectGarbage();
  const t2 = now();
  let report = checkWorkbook(workbook); // the first check: code not yet optimized by the JIT, catalog being built
  const firstEngineMs = now() - t2;
  const warmupEngineMs: number[] = [];
  for (let i = 1; i < warmup; i++) {
    const t = now();
    report = checkWorkbook(workbook);
    warmupEngineMs.push(now() - t);
  }
  const engineRuns: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = now();
    report = checkWorkbook(workbook);
    engineRuns.push(now() - t);
  }
  process.stdout.write(
    JSON.stringify({ loadMs: median(loads), engineMs: median(engineRuns), loads, engineRuns, convertMs, firstEngineMs, warmupEngineMs, peakMB: peakMB(), tables: report.tables.length, findings: report.findings.length }) + '\n',
  );
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
