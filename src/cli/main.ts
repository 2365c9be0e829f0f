/**
 * budget-check: the engine on .xlsx files, for batch review (`budget-check fix …`: src/cli/fixCommand.ts).
 *   budget-check [--json] [--year YYYY] [--fail-on error|warning|never] FILE.xlsx...
 * Exit 0: no finding reaches --fail-on; 1: one does; 2: a file cannot be read or the arguments are wrong.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { checkWorkbook, ENGINE_VERSION } from '../engine';
import type { Finding, Report, Severity } from '../engine/types';
import { rangeA1 } from '../engine/workbook';
import { oleKind, UnreadableFileError, workbookFromBuffer } from './readXlsx';
import { runFix } from './fixCommand';
import { findingPlace, readNarrativeText, runNarrativeCommand } from './narrativeCommand';
import { readCatalogFile } from './catalogFile';
import { readArgs, UsageError, yearArg } from './args';
import type { Catalog } from '../engine/catalog';

export interface CliOptions {
  json: boolean;
  year?: number;
  failOn: Severity | 'never';
  /** The official 政府收支分类科目 (.xlsx/.csv), used in place of the bundled catalog. */
  catalog?: string;
  files: string[];
  /** A narrative text checked against the tables (narrative-mismatch). */
  narrative?: string;
}

export { UsageError };

const USAGE = `用法 Usage: budget-check [--json] [--year YYYY] [--fail-on error|warning|never] [--catalog CATALOG.xlsx|csv] [--narrative TEXT.txt] FILE.xlsx...\n       budget-check narrative FILE.xlsx [--previous PREV.xlsx] [--json]\n       budget-check fix FILE.xlsx -o OUT.xlsx [--subtotals] [--deltas] [--format] [--balance-rounding]`;

export function parseArgs(argv: string[]): CliOptions {
  const { values, positionals } = readArgs(
    argv,
    { json: { type: 'boolean' }, year: { type: 'string' }, 'fail-on': { type: 'string' }, catalog: { type: 'string' }, narrative: { type: 'string' }, version: { type: 'boolean' } },
    USAGE,
  );
  if (values.help) throw new UsageError(USAGE);
  if (values.version) throw new UsageError(`budget-check ${ENGINE_VERSION}`);
  const failOn = values['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') throw new UsageError(`--fail-on 只能是 error、warning 或 never（got ${failOn}）`);
  if (!positionals.length) throw new UsageError(`没有给出文件（no file given）\n${USAGE}`);
  return { json: !!values.json, year: yearArg(values.year), failOn, catalog: values.catalog, narrative: values.narrative, files: positionals };
}

export async function readWorkbookFile(file: string) {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xls') throw new UnreadableFileError('.xls（Excel 97-2003）格式不支持，请另存为 .xlsx（save as .xlsx）');
  if (ext === '.csv') throw new UnreadableFileError('.csv 不含格式与合并单元格，请用 .xlsx（use the .xlsx workbook）');
  if (ext !== '.xlsx' && ext !== '.xlsm') throw new UnreadableFileError(`不是 .xlsx 文件（not an .xlsx file）`);
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnreadableFileError(code === 'ENOENT' ? '文件不存在（file not found）' : code === 'EISDIR' ? '这是一个文件夹（a directory）' : `无法读取（cannot read: ${code}）`);
  }
  const ole = oleKind(buffer);
  if (ole === 'encrypted') throw new UnreadableFileError('文件有密码保护，无法读取：请在 Excel 中取消密码后另存（password-protected: remove the password in Excel and save again）');
  if (ole === 'xls') throw new UnreadableFileError('这是旧版 .xls（Excel 97-2003）文件，请在 Excel 中另存为 .xlsx（an old .xls workbook: save it as .xlsx）');
  if (ole === 'other-ole') throw new UnreadableFileError('文件有密码保护或是旧版 Office 格式，无法读取（password-protected, or an old Office format）');
  return workbookFromBuffer(buffer, path.basename(file));
}

const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

export function reaches(findings: Finding[], failOn: CliOptions['failOn']): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

export function reportToJson(file: string, report: Report) {
  return {
    file,
    tables: report.tables.map((t) => ({ sheet: t.sheet, kind: t.kind, stage: t.stage, range: rangeA1(t.range), title: t.title, unit: t.unit, year: t.year })),
    findings: report.findings.map((f) => {
      const out: Record<string, unknown> = { rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell };
      if (f.expected !== undefined) out.expected = f.expected;
      if (f.actual !== undefined) out.actual = f.actual;
      out.message = f.message;
      if (f.related?.length) out.related = f.related;
      if (f.likelyCause) out.likelyCause = f.likelyCause;
      // A finding in a --narrative text file has no sheet: `cell` is `L<line>`; say the line plainly too.
      const line = f.sheet === '' ? /^L(\d+)$/.exec(f.cell) : null;
      if (line) out.line = Number(line[1]);
      return out;
    }),
  };
}

const LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
export const NO_TABLE = '未找到标准预算表（no standard budget table found）';

export function reportToText(file: string, report: Report): string {
  const lines = [`${file}`];
  lines.push(`  识别到 ${report.tables.length} 张表 (tables found):`);
  for (const t of report.tables) lines.push(`    ${t.sheet}!${rangeA1(t.range)}  ${t.title || '(无标题)'}  [${t.kind}]  ${t.unit ?? ''} ${t.year ?? ''}`);
  if (!report.tables.length) lines.push(`    ${NO_TABLE}`);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity]++;
  lines.push(`  发现 ${counts.error} 个错误、${counts.warning} 个警告、${counts.info} 个提示 (${counts.error} errors, ${counts.warning} warnings, ${counts.info} info):`);
  for (const f of report.findings) lines.push(`    [${LABEL[f.severity]}] ${findingPlace(f)} ${f.rule}: ${f.message}`);
  return lines.join('\n');
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[]): Promise<CliResult> {
  if (argv[0] === 'fix') return runFix(argv.slice(1));
  if (argv[0] === 'narrative') return runNarrativeCommand(argv.slice(1), readWorkbookFile);
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      const isInfo = /^用法|^budget-check \d/.test(e.message);
      return { code: isInfo ? 0 : 2, stdout: isInfo ? e.message + '\n' : '', stderr: isInfo ? '' : `budget-check: ${e.message}\n` };
    }
    throw e;
  }
  let catalog: Catalog | undefined;
  if (opts.catalog) {
    try {
      catalog = await readCatalogFile(opts.catalog);
    } catch (e) {
      const why = e instanceof UnreadableFileError ? e.message : `读取失败（failed to read: ${(e as Error).message.split('\n')[0]}）`;
      return { code: 2, stdout: '', stderr: `budget-check: ${opts.catalog}: ${why}\n` };
    }
  }
  let narrativeText: string | undefined;
  try {
    narrativeText = opts.narrative === undefined ? undefined : await readNarrativeText(opts.narrative);
  } catch (e) {
    return { code: 2, stdout: '', stderr: `budget-check: ${opts.narrative}: ${(e as Error).message}\n` };
  }
  const results: { file: string; report: Report }[] = [];
  for (const file of opts.files) {
    try {
      const wb = await readWorkbookFile(file);
      results.push({ file, report: checkWorkbook(wb, { year: opts.year, catalog, narrativeText }) });
    } catch (e) {
      if (e instanceof UnreadableFileError) return { code: 2, stdout: '', stderr: `budget-check: ${file}: ${e.message}\n` };
      return { code: 2, stdout: '', stderr: `budget-check: ${file}: 读取失败（failed to read: ${(e as Error).message.split('\n')[0]}）\n` };
    }
  }
  const stdout = opts.json
    ? JSON.stringify({ files: results.map((r) => reportToJson(r.file, r.report)) }, null, 2) + '\n'
    : results.map((r) => reportToText(r.file, r.report)).join('\n\n') + '\n';
  const failed = results.some((r) => reaches(r.report.findings, opts.failOn));
  // A workbook with nothing to check is said out loud, in --json mode too (stdout keeps the contract).
  const stderr = results
    .filter((r) => r.report.tables.length === 0)
    .map((r) => `budget-check: ${r.file}: ${NO_TABLE}\n`)
    .join('');
  return { code: failed ? 1 : 0, stdout, stderr };
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const r = await runCli(argv);
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  process.exitCode = r.code;
}
