/**
 * One benchmark case, in its own process so its peak memory is its own:
 *   node dist-bench/bench/case.js FILE.xlsx REPEATS WARMUP SECONDS [CHECKS]
 * Each phase, exceljs' load and the engine's recognition + check, runs the same way: untimed warm-up
 * runs (the JIT optimizing the code as it runs it) until both WARMUP runs and SECONDS have passed,
 * then timed runs until both REPEATS runs and SECONDS have passed; each figure is the median of the
 * timed runs. The engine runs at least CHECKS warm-up and CHECKS timed checks besides: the JIT
 * settles after a number of checks, not of seconds (at 100,000 rows a second is 5 checks, and
 * checks 5-10 still took 1.2x checks 15-30), and a major collection comes every ~15 checks there.
 * Prints one JSON line: load (ms), conversion to the engine's Workbook (ms), the engine's
 * first check (ms, the first warm-up run: what one CLI run on one file pays), the engine (ms), the
 * warm-up checks after the first (ms each), peak RSS (MB), tables and findings found. Run with
 * --expose-gc: the loads' garbage is collected (untimed) before the engine runs.
 */
import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { worksheetToSheet } from '../src/cli/readXlsx';
import { checkWorkbook } from '../src/engine';
import type { Report } from '../src/engine/types';
import type { Workbook } from '../src/engine/workbook';
import { median, now, peakMB } from './measure';

/** A full collection when node runs with --expose-gc (run.ts starts the case so). */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/** Runs of `run` (each timed) until both `runs` runs and `ms` milliseconds have passed. */
async function runFor(run: () => Promise<unknown> | unknown, runs: number, ms: number): Promise<number[]> {
  const times: number[] = [];
  const start = now();
  while (times.length < runs || now() - start < ms) {
    const t = now();
    await run();
    times.push(now() - t);
  }
  return times;
}

async function main(): Promise<void> {
  const [file, repeatsArg, warmupArg, secondsArg, checksArg] = process.argv.slice(2);
  const repeats = Math.max(1, Number(repeatsArg) || 1);
  const warmup = Math.max(1, Number(warmupArg) || 1);
  const checks = Math.max(1, Number(checksArg) || 1);
  const ms = Math.max(0, Number(secondsArg) || 0) * 1000;
  const buffer = readFileSync(file);
  let excel: ExcelJS.Workbook | undefined;
  const load = async () => {
    excel = new ExcelJS.Workbook();
    await excel.xlsx.load(buffer as unknown as ArrayBuffer);
  };
  await runFor(load, warmup, ms);
  const loads = await runFor(load, repeats, ms);
  const t1 = now();
  const workbook: Workbook = { name: file, sheets: excel!.worksheets.map(worksheetToSheet) };
  const convertMs = now() - t1;
  excel = undefined; // as in the CLI, exceljs' model is garbage once converted
  // Each phase pays for its own garbage: the loads' (a few hundred MB at 100k rows) is collected
  // here, untimed, rather than by the engine's first allocations (V8 marks a heap that large
  // incrementally, and every engine run during the marking paid for it).
  collectGarbage();
  // The last report is kept while the next check runs, as the task pane keeps what it shows.
  let report: Report | undefined;
  const check = () => {
    report = checkWorkbook(workbook);
  };
  // The first warm-up run is the first check: code not yet optimized by the JIT, catalog being built.
  const [firstEngineMs, ...warmupEngineMs] = await runFor(check, Math.max(warmup, checks), ms);
  const engineRuns = await runFor(check, Math.max(repeats, checks), ms);
  process.stdout.write(
    JSON.stringify({ loadMs: median(loads), engineMs: median(engineRuns), loads, engineRuns, convertMs, firstEngineMs, warmupEngineMs, peakMB: peakMB(), tables: report!.tables.length, findings: report!.findings.length }) + '\n',
  );
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
