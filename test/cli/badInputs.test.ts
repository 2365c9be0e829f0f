/**
 * The bad-input corpus (test/bad-inputs/manifest.json): the CLI on every file, in-process and once
 * through the real bin for the exit status; and a 1,048,576-row used range made here.
 */
import { spawn } from 'child_process';
import { readFileSync } from 'fs';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { checkWorkbook } from '../../src/engine';
import type { Cell, Workbook } from '../../src/engine/workbook';
import { onlySheet, seedWorkbook } from '../helpers/fixtures';

interface Entry {
  file: string;
  what: string;
  exit: 0 | 1 | 2;
  tables?: number;
  findings?: { rule: string; cell: string; message: string }[];
  stderr?: string;
}

const ROOT = path.join(__dirname, '..', '..');
const DIR = path.join(ROOT, 'test', 'bad-inputs');
const MANIFEST: Entry[] = JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8'));

test('the corpus covers what the issue lists', () => {
  expect(MANIFEST.map((e) => e.file)).toEqual(
    expect.arrayContaining([
      'error-values.xlsx',
      'formulas.xlsx',
      'merged-amounts.xlsx',
      'hidden-rows-columns.xlsx',
      'numbers-as-text.xlsx',
      'fullwidth-digits.xlsx',
      'negative-parentheses.xlsx',
      'million-row-used-range.xlsx',
      'empty.xlsx',
      'no-budget-table.xlsx',
      'corrupt-truncated.xlsx',
      'password-protected.xlsx',
      'old-format.xls',
      'table.csv',
    ]),
  );
});

describe.each(MANIFEST.map((e) => [e.file, e] as const))('%s', (file, entry) => {
  const target = path.join(DIR, file);

  test(`${entry.what}: exit ${entry.exit}`, async () => {
    const r = await runCli(['--json', target]);
    expect(r.code).toBe(entry.exit);
    if (entry.exit === 2) {
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`budget-check: ${target}: ${entry.stderr}`);
      return;
    }
    const doc = JSON.parse(r.stdout).files[0];
    expect(doc.tables).toHaveLength(entry.tables!);
    const shown = doc.findings.filter((f: { severity: string }) => f.severity !== 'info');
    expect(shown.map((f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`)).toEqual(entry.findings!.map((f) => `${f.rule} ${f.cell}`));
    entry.findings!.forEach((f, i) => expect(shown[i].message).toContain(f.message));
    expect(r.stderr).toBe(entry.stderr ? `budget-check: ${target}: ${entry.stderr}\n` : '');
  });
});

test('the text output says when no standard table was found', async () => {
  const r = await runCli([path.join(DIR, 'no-budget-table.xlsx')]);
  expect(r.stdout).toContain('识别到 0 张表');
  expect(r.stdout).toContain('未找到标准预算表（no standard budget table found）');
});

/** The real bin, as a user runs it: exit status and stderr. */
function runBin(file: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'budget-check.js'), file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

test('the installed bin exits as the manifest says, with one line and no stack trace for what it cannot read', async () => {
  const results = await Promise.all(MANIFEST.map((e) => runBin(path.join(DIR, e.file))));
  expect(results.map((r) => r.code)).toEqual(MANIFEST.map((e) => e.exit));
  results.forEach((r, i) => {
    if (MANIFEST[i].exit !== 2) return;
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
}, 60000);

test('a sheet whose used range reaches row 1,048,576 is checked like the table it holds', () => {
  const wb: Workbook = onlySheet(seedWorkbook('seed000.tsv'), '表7');
  const sheet = wb.sheets[0];
  const table = checkWorkbook(wb);
  const stray: Cell = { value: '.', text: '.' };
  while (sheet.cells.length < 1048575) sheet.cells.push([]);
  sheet.cells.push([...Array<Cell | undefined>(25).fill(undefined), stray]);
  const report = checkWorkbook(wb);
  expect(sheet.cells).toHaveLength(1048576);
  expect(report.tables.map((t) => `${t.kind} ${t.range.top}-${t.range.bottom}`)).toEqual(table.tables.map((t) => `${t.kind} ${t.range.top}-${t.range.bottom}`));
  expect(report.findings).toEqual(table.findings);
});
