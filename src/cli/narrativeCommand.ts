/**
 * The narrative (说明) on the command line:
 *   budget-check narrative FILE.xlsx [--previous PREV.xlsx] [--json] [--department NAME] [--shares-100]
 * prints the standard paragraphs generated from the tables (JSON: each paragraph with its figures and
 * their source cells); and `budget-check --narrative TEXT.txt FILE.xlsx` reads the text checked by
 * the narrative-mismatch rule (UTF-8, or GB18030 as Chinese Windows saves .txt files).
 */
import { promises as fs } from 'fs';
import { checkWorkbook } from '../engine';
import { generateNarrative, type NarrativeParagraph } from '../engine/narrative';
import type { Finding } from '../engine/types';
import type { Workbook } from '../engine/workbook';
import type { CliResult } from './main';
import { UnreadableFileError } from './readXlsx';
import { decodeText } from '../engine/text';
import { readArgs, UsageError } from './args';

export const NARRATIVE_USAGE = '用法 Usage: budget-check narrative FILE.xlsx [--previous PREV.xlsx] [--json] [--department NAME] [--shares-100]';

export interface NarrativeArgs {
  file: string;
  previous?: string;
  json: boolean;
  department?: string;
  sharesAddTo100: boolean;
}

export function parseNarrativeArgs(argv: string[]): NarrativeArgs {
  const { values, positionals: files } = readArgs(
    argv,
    { json: { type: 'boolean' }, 'shares-100': { type: 'boolean' }, previous: { type: 'string' }, department: { type: 'string' } },
    NARRATIVE_USAGE,
  );
  if (values.help) throw new UsageError(NARRATIVE_USAGE);
  const out: Omit<NarrativeArgs, 'file'> = { json: !!values.json, sharesAddTo100: !!values['shares-100'], previous: values.previous, department: values.department };
  if (files.length !== 1) throw new UsageError(`应给出一个文件（give one FILE.xlsx）\n${NARRATIVE_USAGE}`);
  return { file: files[0], ...out };
}

export function paragraphsToText(file: string, paragraphs: NarrativeParagraph[]): string {
  const lines = [file];
  if (!paragraphs.length) lines.push('  未找到可生成说明的标准预算表（no standard table to write the narrative from）');
  for (const p of paragraphs) lines.push('', `【${p.title}】`, p.text);
  return lines.join('\n') + '\n';
}

export function paragraphsToJson(file: string, previous: string | undefined, paragraphs: NarrativeParagraph[]) {
  return { file, ...(previous ? { previous } : {}), paragraphs };
}

type ReadWorkbook = (file: string) => Promise<Workbook>;

async function readOrFail(file: string, read: ReadWorkbook): Promise<Workbook | CliResult> {
  try {
    return await read(file);
  } catch (e) {
    const why = e instanceof UnreadableFileError ? e.message : `读取失败（failed to read: ${(e as Error).message.split('\n')[0]}）`;
    return { code: 2, stdout: '', stderr: `budget-check: ${file}: ${why}\n` };
  }
}

/** `budget-check narrative …`: `read` is the CLI's .xlsx reader (passed in: main.ts imports this module). */
export async function runNarrativeCommand(argv: string[], read: ReadWorkbook): Promise<CliResult> {
  let args: NarrativeArgs;
  try {
    args = parseNarrativeArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const info = e.message === NARRATIVE_USAGE;
    return { code: info ? 0 : 2, stdout: info ? e.message + '\n' : '', stderr: info ? '' : `budget-check: ${e.message}\n` };
  }
  const wb = await readOrFail(args.file, read);
  if ('code' in wb) return wb;
  let previous: { report: ReturnType<typeof checkWorkbook>; workbook: Workbook } | undefined;
  if (args.previous) {
    const prev = await readOrFail(args.previous, read);
    if ('code' in prev) return prev;
    previous = { report: checkWorkbook(prev), workbook: prev };
  }
  const paragraphs = generateNarrative(checkWorkbook(wb), wb, { previous, department: args.department, sharesAddTo100: args.sharesAddTo100 });
  const stdout = args.json ? JSON.stringify(paragraphsToJson(args.file, args.previous, paragraphs), null, 2) + '\n' : paragraphsToText(args.file, paragraphs);
  return { code: 0, stdout, stderr: '' };
}

/** A narrative text file: UTF-8 (with or without BOM), else GB18030. */
export async function readNarrativeText(file: string): Promise<string> {
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnreadableFileError(code === 'ENOENT' ? '文件不存在（file not found）' : `无法读取（cannot read: ${code}）`);
  }
  return decodeText(buffer);
}

/** Where a finding is, for people: `表3!D11`, or `说明文字 L71` for a line of the --narrative text. */
export function findingPlace(f: Finding): string {
  return f.sheet ? `${f.sheet}!${f.cell}` : `说明文字（narrative text） ${f.cell}`;
}
