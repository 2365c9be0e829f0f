/**
 * npm run fuzz [-- --runs 10000] [-- --seed N]
 * The property tests' invariants (test/property/invariants.ts) on many more workbooks than `npm test`
 * runs: 40% random sheets, 40% seed budgets mutated (cells blanked, shifted, swapped, turned to text,
 * merged; rows duplicated or deleted), 20% generated budgets with overwritten totals, fixed by applying
 * every plan. Prints what was checked, what the engine found, and every failing case with how to
 * reproduce it (seed and index). Exit 1 when any invariant fails.
 */
import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { workbookFromTsv } from '../scripts/tsvWorkbook';
import { shownText } from '../src/engine/fixes';
import type { Report } from '../src/engine/types';
import { a1, type Workbook } from '../src/engine/workbook';
import { applyAllPlans, engineProblems, exactJson, planProblems } from '../test/property/invariants';
import { generatedArb, mutate, mutatedArb, randomWorkbook, totalCells } from '../test/property/workbooks';
import { now, round } from './measure';

const ROOT = path.join(__dirname, '..', '..');
const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const runs = opt('--runs', 10000);
const seed = opt('--seed', 20240607);

const seedFiles = [['seed000.tsv'], ['seed004.tsv'], ['seed002-t1.tsv', 'seed002-t4.tsv', 'seed002-t7.tsv', 'seed002-t8.tsv'], ['seed003-sangong.tsv'], ['seed004-sangong.tsv', 'seed004-prev-2022.tsv']];
const SEEDS: Workbook[] = seedFiles.map((files) => workbookFromTsv(files.map((f) => readFileSync(path.join(ROOT, 'test', 'fixtures', 'seeds', f), 'utf8')).join('\n'), files.join('+')));

interface Tally {
  workbooks: number;
  withTables: number;
  tables: number;
  findings: Record<string, number>;
  plansChecked: number;
  failures: string[];
}

const tally: Tally = { workbooks: 0, withTables: 0, tables: 0, findings: {}, plansChecked: 0, failures: [] };

/**
 * A digest of every report's findings in order (rule, cell, message, related …): two runs with the
 * same seed print the same digest exactly when the engine said the same thing, word for word, so
 * a change meant to keep behaviour can be checked over all 10,000 workbooks, not by counts alone.
 */
const digest = createHash('sha256');

function count(report: Report | undefined): void {
  tally.workbooks++;
  if (!report) return;
  if (report.tables.length) tally.withTables++;
  tally.tables += report.tables.length;
  for (const f of report.findings) tally.findings[f.rule] = (tally.findings[f.rule] ?? 0) + 1;
  digest.update(JSON.stringify(report.findings)).update('\n');
}

function fail(group: string, index: number, problems: string[], input: unknown): void {
  tally.failures.push(`${group} #${index} (seed ${seed}): ${problems.slice(0, 3).join(' | ')}\n    input: ${exactJson(input).slice(0, 600)}`);
}

function randomGroup(n: number): void {
  fc.sample(randomWorkbook, { numRuns: n, seed }).forEach((wb, i) => {
    const { report, problems } = engineProblems(wb);
    count(report);
    if (problems.length) fail('random', i, problems, wb);
  });
}

function mutatedGroup(n: number): void {
  fc.sample(mutatedArb(SEEDS, 8), { numRuns: n, seed: seed + 1 }).forEach((m, i) => {
    const wb = mutate(SEEDS[m.base], m.sheet, m.mutations);
    const { report, problems } = engineProblems(wb);
    count(report);
    if (report) {
      const planned = planProblems(wb, report, 2);
      tally.plansChecked += Math.min(2, report.findings.length);
      problems.push(...planned);
    }
    if (problems.length) fail('mutated seed', i, problems, m);
  });
}

function corruptedGroup(n: number): void {
  const arb = generatedArb.chain((wb) => {
    const cells = totalCells(wb);
    return fc.record({
      wb: fc.constant(wb),
      hits: fc.uniqueArray(fc.nat({ max: cells.length - 1 }), { minLength: 1, maxLength: 3 }).map((is) => is.map((k) => cells[k])),
      deltas: fc.array(fc.integer({ min: 1, max: 90000 }).chain((d) => fc.constantFrom(d, -d)), { minLength: 3, maxLength: 3 }),
    });
  });
  fc.sample(arb, { numRuns: n, seed: seed + 2 }).forEach(({ wb, hits, deltas }, i) => {
    const broken: Workbook = structuredClone(wb);
    hits.forEach((h, k) => {
      const line = broken.sheets.find((s) => s.name === h.sheet)!.cells[h.row];
      const old = line[h.col]!;
      const value = (Math.round((old.value as number) * 100) + deltas[k] * 100) / 100;
      line[h.col] = { ...old, value, text: shownText(value, old.numberFormat) };
    });
    const { report, problems } = engineProblems(broken);
    count(report);
    const fixed = applyAllPlans(broken);
    tally.plansChecked += fixed.rounds;
    const left = fixed.report.findings.filter((f) => f.rule === 'subtotal-mismatch' || f.rule === 'row-sum-mismatch');
    if (left.length) problems.push(`after ${fixed.rounds} rounds of plans, left: ${left.map((f) => `${f.sheet}!${f.cell} ${f.rule}`).join(', ')}`);
    if (problems.length) fail('overwritten totals', i, problems, { rows: wb.sheets.map((s) => s.cells.length), hits: hits.map((h) => `${h.sheet}!${a1(h.row, h.col)}`), deltas });
  });
}

function main(): void {
  fc.configureGlobal({ baseSize: 'medium' });
  const t0 = now();
  const random = Math.round(runs * 0.4);
  const mutated = Math.round(runs * 0.4);
  const corrupted = runs - random - mutated;
  randomGroup(random);
  mutatedGroup(mutated);
  corruptedGroup(corrupted);
  const seconds = round((now() - t0) / 1000, 1);
  const rules = Object.entries(tally.findings)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  console.log(`fuzz: ${tally.workbooks} workbooks (${random} random, ${mutated} mutated seed budgets, ${corrupted} generated budgets with overwritten totals), seed ${seed}, ${seconds} s`);
  console.log(`  recognized tables in ${tally.withTables} workbooks (${tally.tables} tables); findings: ${rules}`);
  console.log(`  findings digest (sha256 of every report's findings, in order): ${digest.digest('hex').slice(0, 16)}`);
  console.log(`  fix plans checked (twice = once, clears its finding; rounds of every plan): ${tally.plansChecked}`);
  console.log(`  failures: ${tally.failures.length}`);
  for (const f of tally.failures.slice(0, 20)) console.log(`  - ${f}`);
  process.exitCode = tally.failures.length ? 1 : 0;
}

main();
