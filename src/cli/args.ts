/**
 * Command-line arguments, read with Node's own `util.parseArgs` (strict: an unknown option or a
 * missing value is an error), its messages put in the CLI's bilingual words. Shared by the check,
 * `fix` and `narrative` commands.
 */
import { parseArgs, type ParseArgsConfig } from 'util';

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export function readArgs<O extends Options>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const option = /'(-[^' ,]+)/.exec((e as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`未知选项 unknown option ${option}\n${usage}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${option} 缺少取值（${option} needs a value）`);
    throw new UsageError(`${(e as Error).message}\n${usage}`);
  }
}

/** `--year 2021`: a four-digit year, or undefined when not given. */
export function yearArg(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^(19|20)\d{2}$/.test(value)) throw new UsageError(`--year 应为四位年份（--year must be a four-digit year）: ${value}`);
  return Number(value);
}
