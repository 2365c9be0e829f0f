/**
 * npm run bench [-- --json] [-- --quick]
 *
 * 1. Generated department budgets of 1k, 10k and 100k table rows, in one sheet and across 50 sheets:
 *    exceljs' load of the .xlsx alone, the engine's recognition + check, peak memory (each case in
 *    its own processes, one fork of every case per round: bench/case.ts), and the ratio engine / load.
 * 2. Live re-check of one 1,000-row table after one edit: the task pane's path on a worksheet change
 *    (the changed sheet replaces its old copy, then the engine checks the workbook: App.tsx, services.ts).
 * 3. The CLI over 200 department workbooks (the seed samples with figures changed), one process per core.
 * --json prints one document: {"cases":[{rows,sheets,loadMs,engineMs,peakMB,ratio}],"liveRecheckMs","batch":{files,seconds,filesPerSecond}}.
 * Timings are medians of repeated runs; they vary with the machine and its load, so no test asserts them.
 */
import { spawn, spawnSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { cpus, tmpdir } from 'os';
import * as path from 'path';
import { departmentWorkbook, prng } from '../scripts/generateWorkbook';
import { workbookFromTsv } from '../scripts/tsvWorkbook';
import ExcelJS from 'exceljs';
import { workbookToBuffer, workbookToExcel } from '../src/cli/writeXlsx';
import { checkWorkbook } from '../src/engine';
import { applyEditPlan } from '../src/engine/fixes';
import { a1, type Workbook } from '../src/engine/workbook';
import { replaceSheets } from '../src/taskpane/services';
import { median, now, round } from './measure';

const ROOT = path.join(__dirname, '..', '..');
const HERE = __dirname;
const CACHE = path.join(tmpdir(), 'budget-check-bench-v1');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const quick = args.includes('--quick');
/** Untimed runs of each phase before the timed ones, at least (the engine's first is its reported first check). */
const WARMUP = 3;
/** Seconds each phase's warm-up and its timed runs last, at least (both phases alike). */
const SECONDS = 1;
/** The engine's warm-up and timed checks, at least each (see bench/case.ts: the JIT settles by count). */
const CHECKS = 15;
/** Processes per case (JMH's forks): the figures pool their timed runs. */
const FORKS = 5;

const log = (line: string) => {
  if (!asJson) process.stdout.write(line + '\n');
  else process.stderr.write(line + '\n');
};

interface CaseResult {
  rows: number;
  sheets: number;
  loadMs: number;
  engineMs: number;
  peakMB: number;
  ratio: number;
  convertMs: number;
  firstEngineMs: number;
  /** The second and third checks (untimed: the JIT still at work). */
  warmupEngineMs: number[];
  /** How many untimed checks each fork ran (median), the first included, and timed ones. */
  warmupChecks: number;
  timedChecks: number;
  /** Each fork's own engine median. */
  forkEngineMs: number[];
  tables: number;
  findings: number;
}

/**
 * A generated budget as published tables are written: every table cell with a thin border and the
 * 宋体 font, the header bold and centred, figures with their number format. (Unstyled, exceljs loads
 * the same rows about twice as fast; the engine's time does not change.)
 */
async function generatedFile(rows: number, sheets: number): Promise<string> {
  const file = path.join(CACHE, `department-${rows}-${sheets}-styled.xlsx`);
  if (existsSync(file)) return file;
  const excel = workbookToExcel(departmentWorkbook({ rows, sheets }));
  const thin: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  for (const ws of excel.worksheets) {
    ws.eachRow((row, r) => {
      if (r < 3) return;
      for (let c = 1; c <= 6; c++) {
        const cell = row.getCell(c);
        cell.border = thin;
        cell.font = { name: '宋体', size: 10, bold: r === 3 };
        if (r === 3) cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      }
    });
  }
  await excel.xlsx.writeFile(file);
  return file;
}

/**
 * One process of a case (a fork): both phases alike. Untimed warm-up runs (the JIT at work on the
 * code as it runs it) for at least WARMUP runs and SECONDS, then timed runs for at least `repeats`
 * runs and SECONDS. A count of runs alone was not enough: in a 50-sheet workbook the code run once
 * per table is optimized only after a few hundred tables, and the engine's 4th to 12th checks
 * (the timed ones) still took up to 1.7x its later ones while the JIT compiled beside them. Timed
 * for a second, a phase's median is taken over tens of runs at 10,000 rows, not 9, so one slow run
 * on a busy machine moves it less. Each figure is the median of the timed runs of all forks: one
 * process's JIT may settle on slower code than another's, and the forks sample that as JMH's do.
 * The engine also warms up for at least CHECKS checks and is timed for at least CHECKS: a second is
 * tens of checks at 10,000 rows but 5 at 100,000, where the JIT had not settled yet (bench/case.ts).
 * The engine's first check is reported on its own.
 */
function runFork(file: string, rows: number, sheets: number): CaseRun {
  const repeats = rows <= 1000 ? 15 : rows <= 10000 ? 9 : 5;
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', '--expose-gc', path.join(HERE, 'case.js'), file, String(repeats), String(WARMUP), String(SECONDS), String(CHECKS)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`case ${rows}×${sheets} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as CaseRun;
}

/** A case's figures from its forks. */
function summarize(rows: number, sheets: number, forks: CaseRun[]): CaseResult {
  const loadMs = median(forks.flatMap((m) => m.loads));
  const engineMs = median(forks.flatMap((m) => m.engineRuns));
  return {
    rows,
    sheets,
    loadMs: round(loadMs),
    engineMs: round(engineMs),
    peakMB: round(Math.max(...forks.map((m) => m.peakMB))),
    ratio: round(engineMs / loadMs, 3),
    convertMs: round(median(forks.map((m) => m.convertMs))),
    firstEngineMs: round(median(forks.map((m) => m.firstEngineMs))),
    // The second and third checks, as the first, are the JIT's early work: what a short session sees.
    warmupEngineMs: [0, 1].map((i) => round(median(forks.map((m) => m.warmupEngineMs[i] ?? NaN)))),
    warmupChecks: round(median(forks.map((m) => m.warmupEngineMs.length + 1)), 0),
    timedChecks: round(median(forks.map((m) => m.engineRuns.length)), 0),
    forkEngineMs: forks.map((m) => round(m.engineMs)),
    tables: forks[0].tables,
    findings: forks[0].findings,
  };
}

/** What one case process prints (bench/case.ts). */
interface CaseRun {
  loads: number[];
  engineRuns: number[];
  engineMs: number;
  convertMs: number;
  firstEngineMs: number;
  warmupEngineMs: number[];
  peakMB: number;
  tables: number;
  findings: number;
}

/** One edit in a 1,000-row table, then what the pane does: replace the changed sheet, check the workbook. */
function liveRecheck(): { ms: number; findings: number } {
  let workbook: Workbook = departmentWorkbook({ rows: 1000, seed: 7 });
  const sheet = workbook.sheets[0];
  checkWorkbook(workbook); // warm: the catalog is built on first use
  const runs: number[] = [];
  let findings = 0;
  for (let i = 0; i < 25; i++) {
    // A leaf figure (基本支出 of a 项 row near the bottom), changed by the user.
    const row = sheet.cells.length - 2 - (i % 50);
    const before = sheet.cells[row]?.[4]?.value ?? null;
    const edited = applyEditPlan(workbook, { title: 'user edit', edits: [{ sheet: sheet.name, cell: a1(row, 4), before, after: 1000 + i }] });
    const fresh: Workbook = { ...edited, sheets: edited.sheets.filter((s) => s.name === sheet.name) };
    const t0 = now();
    const report = checkWorkbook(replaceSheets(workbook, fresh));
    runs.push(now() - t0);
    findings = report.findings.length;
    workbook = edited;
  }
  return { ms: round(median(runs), 2), findings };
}

/** 200 department workbooks: the seed samples, each copy with a few figures changed (so findings vary). */
async function batchFiles(count: number): Promise<string[]> {
  const dir = path.join(CACHE, 'departments');
  mkdirSync(dir, { recursive: true });
  const seeds = [['seed000.tsv'], ['seed004.tsv'], ['seed002-t1.tsv', 'seed002-t4.tsv', 'seed002-t7.tsv', 'seed002-t8.tsv'], ['seed003-sangong.tsv']];
  const texts = seeds.map((files) => files.map((f) => readFileSync(path.join(ROOT, 'test', 'fixtures', 'seeds', f), 'utf8')).join('\n'));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `department-${String(i).padStart(3, '0')}.xlsx`);
    files.push(file);
    if (existsSync(file)) continue;
    const wb = workbookFromTsv(texts[i % texts.length], `department-${i}.xlsx`);
    const random = prng(1000 + i);
    for (let k = 0; k < 3; k++) {
      const sheet = wb.sheets[Math.floor(random() * wb.sheets.length)];
      const numeric: [number, number][] = [];
      sheet.cells.forEach((row, r) => row.forEach((c, col) => typeof c?.value === 'number' && c.numberFormat !== 'General' && numeric.push([r, col])));
      if (!numeric.length) continue;
      const [r, col] = numeric[Math.floor(random() * numeric.length)];
      const cell = sheet.cells[r][col]!;
      const value = (cell.value as number) + Math.floor(random() * 20) + 1;
      sheet.cells[r][col] = { ...cell, value, text: String(value) };
    }
    writeFileSync(file, await workbookToBuffer(wb));
  }
  return files;
}

function runCli(files: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(HERE, 'cli.js'), '--json', '--fail-on', 'never', ...files], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(code) : reject(new Error(`CLI exit ${code}: ${err}`))));
  });
}

async function batch(files: string[], processes: number): Promise<{ seconds: number; processes: number }> {
  const chunks: string[][] = Array.from({ length: processes }, () => []);
  files.forEach((f, i) => chunks[i % processes].push(f));
  const t0 = now();
  await Promise.all(chunks.filter((c) => c.length).map(runCli));
  return { seconds: round((now() - t0) / 1000, 2), processes };
}

async function main(): Promise<void> {
  mkdirSync(CACHE, { recursive: true });
  const sizes = quick ? [1000, 10000] : [1000, 10000, 100000];
  // The forks run in rounds, each round one fork of every case: a machine whose load drifts over
  // the minutes the bench takes then weighs on every size alike, and the sizes' ratio is read
  // round by round from forks run minutes apart at most (run one size after the other, this
  // machine's drift alone moved the 10k→100k ratio from ×8 to ×13 between runs).
  const specs = sizes.flatMap((rows) => [1, 50].map((sheets) => ({ rows, sheets })));
  const files = new Map<string, string>();
  for (const { rows, sheets } of specs) files.set(`${rows}×${sheets}`, await generatedFile(rows, sheets));
  const forks = new Map<string, CaseRun[]>(specs.map(({ rows, sheets }) => [`${rows}×${sheets}`, []]));
  for (let f = 0; f < FORKS; f++) for (const { rows, sheets } of specs) forks.get(`${rows}×${sheets}`)!.push(runFork(files.get(`${rows}×${sheets}`)!, rows, sheets));
  const cases = specs.map(({ rows, sheets }) => summarize(rows, sheets, forks.get(`${rows}×${sheets}`)!));
  log(`| rows | sheets | exceljs load (ms) | engine (ms) | engine / load | engine: 1st, 2nd, 3rd check (ms) | checks: warm-up, timed | engine per fork (ms) | to Workbook (ms) | peak RSS (MB) |`);
  log(`| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const c of cases) {
    log(`| ${c.rows} | ${c.sheets} | ${c.loadMs} | ${c.engineMs} | ${(c.ratio * 100).toFixed(1)}% | ${[c.firstEngineMs, ...c.warmupEngineMs].join(', ')} | ${c.warmupChecks}, ${c.timedChecks} | ${c.forkEngineMs.join(', ')} | ${c.convertMs} | ${c.peakMB} |`);
  }
  for (const sheets of [1, 50]) {
    const of = (rows: number) => cases.find((c) => c.rows === rows && c.sheets === sheets)!;
    const steps = sizes.slice(1).map((rows) => {
      const small = of(rows / 10).forkEngineMs;
      const rounds = of(rows).forkEngineMs.map((ms, f) => round(ms / small[f], 1));
      return `${rows / 10}→${rows}: ×${round(of(rows).engineMs / of(rows / 10).engineMs, 1)} (round by round: ×${rounds.join(', ×')})`;
    });
    log(`engine scaling, ${sheets} sheet(s): ${steps.join('; ')}`);
  }
  const live = liveRecheck();
  log(`live re-check, one 1,000-row table after one edit: ${live.ms} ms (median of 25; ${live.findings} findings)`);
  const departments = await batchFiles(200);
  const single = await batch(departments, 1);
  const parallel = cpus().length > 1 ? await batch(departments, Math.min(cpus().length, 8)) : single;
  const best = parallel.seconds < single.seconds ? parallel : single;
  log(`CLI, 200 department workbooks: ${single.seconds} s in 1 process (${round(200 / single.seconds, 1)} files/s); ${parallel.seconds} s in ${parallel.processes} processes (${round(200 / parallel.seconds, 1)} files/s)`);
  if (asJson) {
    process.stdout.write(
      JSON.stringify({
        cases: cases.map(({ rows, sheets, loadMs, engineMs, peakMB, ratio }) => ({ rows, sheets, loadMs, engineMs, peakMB, ratio })),
        liveRecheckMs: live.ms,
        batch: { files: departments.length, seconds: best.seconds, filesPerSecond: round(departments.length / best.seconds, 1) },
      }) + '\n',
    );
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
