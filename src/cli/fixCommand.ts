/**
 * budget-check fix FILE.xlsx -o OUT.xlsx [--subtotals] [--deltas] [--format] [--balance-rounding] [--year YYYY] [--json]
 * Writes a fixed copy: recomputed subtotals, filled 三公 deltas, the published format (all three
 * when no step is named); 舍位平衡 only when asked (--balance-rounding), since it moves published
 * figures. Never overwrites its input. Prints every change (cell, before, after), then re-checks
 * OUT.xlsx. Exit 0 when the re-check has none of the findings the steps run fix (subtotal-mismatch,
 * row-sum-mismatch; sangong-delta) left, 1 when it has, 2 when a file cannot be read or written or
 * the arguments are wrong.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { checkWorkbook } from '../engine';
import { applyFormatPlanToWorkbook } from '../engine/applyToWorkbook';
import { applyEditPlan, type EditPlan } from '../engine/fixes';
import { describeFormat, formatPlanForWorkbook, type FormatPlan } from '../engine/format';
import { roundingBalancePlan } from '../engine/roundingBalance';
import { sangongDeltaPlan } from '../engine/sangong';
import { subtotalPlan } from '../engine/subtotalPlan';
import type { Finding, RuleId } from '../engine/types';
import type { CellValue, Workbook } from '../engine/workbook';
import { applyEditPlanToExcel, applyFormatPlanToExcel } from './applyPlans';
import { readWorkbookFile, type CliResult } from './main';
import { readArgs, UsageError, yearArg } from './args';
import { loadExcel, UnreadableFileError } from './readXlsx';

export const FIX_USAGE = '用法 Usage: budget-check fix FILE.xlsx -o OUT.xlsx [--subtotals] [--deltas] [--format] [--balance-rounding] [--year YYYY] [--json]';

type Step = 'balance-rounding' | 'subtotals' | 'deltas' | 'format';
/** The order steps run in: balance first (it moves leaves), totals next, the format last. */
const ORDER: Step[] = ['balance-rounding', 'subtotals', 'deltas', 'format'];
const DEFAULT_STEPS: Step[] = ['subtotals', 'deltas', 'format'];
/** What a fixed copy must not have left, by the step that fixes it. */
const FIXED_BY: Partial<Record<Step, RuleId[]>> = { subtotals: ['subtotal-mismatch', 'row-sum-mismatch'], deltas: ['sangong-delta'] };
const RECHECKED: RuleId[] = ['subtotal-mismatch', 'row-sum-mismatch', 'sangong-delta'];

export interface FixOptions {
  input: string;
  output: string;
  steps: Step[];
  year?: number;
  json: boolean;
}

export function parseFixArgs(argv: string[]): FixOptions {
  const { values, positionals: files } = readArgs(
    argv,
    {
      output: { type: 'string', short: 'o' },
      subtotals: { type: 'boolean' },
      deltas: { type: 'boolean' },
      format: { type: 'boolean' },
      'balance-rounding': { type: 'boolean' },
      year: { type: 'string' },
      json: { type: 'boolean' },
    },
    FIX_USAGE,
  );
  if (values.help) throw new UsageError(FIX_USAGE);
  const steps = new Set<Step>(ORDER.filter((s) => values[s]));
  const output = values.output;
  const year = yearArg(values.year);
  const json = !!values.json;
  if (files.length !== 1) throw new UsageError(`fix 需要一个输入文件（fix takes one FILE.xlsx）\n${FIX_USAGE}`);
  if (!output) throw new UsageError(`缺少 -o OUT.xlsx（no output file given）\n${FIX_USAGE}`);
  if (path.extname(output).toLowerCase() !== '.xlsx') throw new UsageError(`输出文件应为 .xlsx（OUT must be an .xlsx file）: ${output}`);
  if (path.resolve(output) === path.resolve(files[0])) throw new UsageError('输出文件不能与输入文件相同，fix 从不覆盖输入（OUT must differ from FILE: fix never overwrites its input）');
  const chosen = steps.size ? ORDER.filter((s) => steps.has(s)) : DEFAULT_STEPS;
  return { input: files[0], output, steps: chosen, year, json };
}

/** One step's outcome, for the text and JSON reports. */
interface StepReport {
  step: Step;
  title: string;
  edits: EditPlan['edits'];
  format?: FormatPlan;
  unresolved?: Finding[];
}

const shown = (v: CellValue) => (v === null ? '空白' : typeof v === 'string' ? `"${v}"` : String(v));

function stepText(r: StepReport): string[] {
  const lines = [`  ${r.title}`];
  for (const e of r.edits) lines.push(`    ${e.sheet}!${e.cell}  ${shown(e.before)} → ${shown(e.after)}${e.numberFormat ? `  [${e.numberFormat}]` : ''}`);
  if (r.format) {
    for (const m of r.format.merges) lines.push(`    ${m.sheet}!${m.range}  合并（merge）`);
    for (const op of r.format.formats) lines.push(`    ${op.sheet}!${op.range}  ${describeFormat(op.format)}`);
    for (const w of r.format.columnWidths) lines.push(`    ${w.sheet}!${w.column}:${w.column}  列宽 ${w.before ?? '默认'} → ${w.width}`);
    for (const f of r.format.freeze) lines.push(`    ${f.sheet}  冻结前 ${f.rows} 行（freeze ${f.rows} rows）${f.before ? `，原为 ${f.before} 行` : ''}`);
  }
  if (r.edits.length === 0 && (!r.format || (!r.format.merges.length && !r.format.formats.length && !r.format.columnWidths.length && !r.format.freeze.length))) lines.push('    无需修改（nothing to change）');
  for (const f of r.unresolved ?? []) lines.push(`    未修改 ${f.sheet}!${f.cell} ${f.rule}: ${f.message}`);
  return lines;
}

async function runSteps(opts: FixOptions, input: Workbook, excel: ExcelJS.Workbook): Promise<StepReport[]> {
  let model = input;
  const reports: StepReport[] = [];
  for (const step of opts.steps) {
    if (step === 'balance-rounding') {
      const plan = roundingBalancePlan(model);
      model = applyEditPlan(model, plan);
      applyEditPlanToExcel(excel, plan);
      reports.push({ step, title: plan.title, edits: plan.edits });
    } else if (step === 'subtotals') {
      const { plan, unresolved } = subtotalPlan(model, { year: opts.year });
      model = applyEditPlan(model, plan);
      applyEditPlanToExcel(excel, plan);
      reports.push({ step, title: plan.title, edits: plan.edits, unresolved });
    } else if (step === 'deltas') {
      const plan = sangongDeltaPlan(model, undefined, { year: opts.year });
      model = applyEditPlan(model, plan);
      applyEditPlanToExcel(excel, plan);
      reports.push({ step, title: plan.title, edits: plan.edits });
    } else {
      const plan = formatPlanForWorkbook(model);
      applyFormatPlanToWorkbook(model, plan);
      applyFormatPlanToExcel(excel, plan);
      reports.push({ step, title: plan.title, edits: plan.edits, format: plan });
    }
  }
  return reports;
}

export async function runFix(argv: string[]): Promise<CliResult> {
  let opts: FixOptions;
  try {
    opts = parseFixArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const isHelp = e.message === FIX_USAGE;
    return { code: isHelp ? 0 : 2, stdout: isHelp ? e.message + '\n' : '', stderr: isHelp ? '' : `budget-check fix: ${e.message}\n` };
  }
  let reports: StepReport[];
  try {
    const model = await readWorkbookFile(opts.input);
    const excel = await loadExcel(await fs.readFile(opts.input));
    reports = await runSteps(opts, model, excel);
    await fs.writeFile(opts.output, Buffer.from(await excel.xlsx.writeBuffer()));
  } catch (e) {
    const why = e instanceof UnreadableFileError ? e.message : `失败（failed: ${(e as Error).message.split('\n')[0]}）`;
    return { code: 2, stdout: '', stderr: `budget-check fix: ${opts.input}: ${why}\n` };
  }
  const recheck = checkWorkbook(await readWorkbookFile(opts.output), { year: opts.year });
  const fixed = new Set(opts.steps.flatMap((s) => FIXED_BY[s] ?? []));
  const left = recheck.findings.filter((f) => fixed.has(f.rule));
  const counts = Object.fromEntries(RECHECKED.map((rule) => [rule, recheck.findings.filter((f) => f.rule === rule).length]));
  const failed = left.length > 0;
  if (opts.json) {
    const doc = { input: opts.input, output: opts.output, steps: reports, recheck: { counts, findings: left } };
    return { code: failed ? 1 : 0, stdout: JSON.stringify(doc, null, 2) + '\n', stderr: '' };
  }
  const lines = [`${opts.input} → ${opts.output}`, ...reports.flatMap(stepText)];
  lines.push(`  复查 ${opts.output}（re-check）：${RECHECKED.map((r) => `${r} ${counts[r]}`).join('，')}`);
  for (const f of left) lines.push(`    [${f.rule}] ${f.sheet}!${f.cell}: ${f.message}`);
  return { code: failed ? 1 : 0, stdout: lines.join('\n') + '\n', stderr: '' };
}
