/**
 * budget-check fix: the written copy, opened with exceljs, has what the plans promised; a second run
 * on it changes nothing; the input is never overwritten; every change is printed.
 */
import ExcelJS from 'exceljs';
import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { workbookFromBuffer } from '../../src/cli/readXlsx';
import { workbookToBuffer } from '../../src/cli/writeXlsx';
import { formatPlanForWorkbook, isEmptyFormatPlan } from '../../src/engine/format';
import { workbookFromTsv } from '../../scripts/tsvWorkbook';
import { onlySheet, seedText, seedWorkbook, setNumber } from '../helpers/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLE004 = path.join(ROOT, 'samples', 'seed004-chenghua-kexie-2023.xlsx');
const tmp = mkdtempSync(path.join(tmpdir(), 'budget-fix-'));
const out = (name: string) => path.join(tmp, name);
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function open(file: string): Promise<ExcelJS.Worksheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets;
}

describe('fix on the seed 004 sample (all steps by default)', () => {
  const OUT = out('seed004-fixed.xlsx');
  let first: Awaited<ReturnType<typeof runCli>>;
  let inputHash: string;
  beforeAll(async () => {
    inputHash = hash(SAMPLE004);
    first = await runCli(['fix', SAMPLE004, '-o', OUT]);
  });

  test('exit 0; the input is untouched; subtotals, 三公 deltas and the format are reported', () => {
    expect(first.code).toBe(0);
    expect(hash(SAMPLE004)).toBe(inputHash);
    expect(first.stdout).toMatch(/重算小计与合计（recompute 0 subtotals）\n {4}无需修改/);
    expect(first.stdout).toMatch(/填写“三公”经费增减数与增减率（0 处）.*\n {4}无需修改/); // one year printed: nothing to compare
    expect(first.stdout).toContain('2023年部门预算表!A108:I108  合并（merge）');
    expect(first.stdout).toContain('2023年部门预算表!A108  加粗、字号 16、居中');
    expect(first.stdout).toContain('2023年部门预算表!F:F  列宽 默认 → 34');
    expect(first.stdout).toMatch(/复查 .*subtotal-mismatch 0，row-sum-mismatch 0，sangong-delta 0/);
  });

  test('OUT.xlsx has the merged title, bold rows, header style, number formats and widths the plan promised', async () => {
    const [ws] = await open(OUT);
    const title = ws.getCell('A108');
    expect(title.value).toBe('一般公共预算支出预算表');
    expect(ws.getCell('I108').isMerged && ws.getCell('I108').master.address).toBe('A108');
    expect(title.font).toMatchObject({ bold: true, size: 16 });
    expect(title.alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('A112').alignment).toMatchObject({ horizontal: 'right' });
    expect(ws.getCell('I112').master.address).toBe('A112');
    // Header: 合计 merged down its three rows, bold, centred, wrapped, filled, thin borders.
    const header = ws.getCell('G114');
    expect(ws.getCell('G116').master.address).toBe('G114');
    expect(header.font?.bold).toBe(true);
    expect(header.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } });
    expect(header.border?.top?.style).toBe('thin');
    // 合 计 and the unit row bold, an item row not; amounts #,##0.00 and right-aligned, blank ones too.
    expect(ws.getCell('F117').font?.bold).toBe(true);
    expect(ws.getCell('G119').font?.bold).toBe(true);
    expect(ws.getCell('F120').font?.bold).toBeFalsy();
    expect(ws.getCell('G120').numFmt).toBe('#,##0.00');
    expect(ws.getCell('I120').numFmt).toBe('#,##0.00');
    expect(ws.getCell('G120').alignment).toMatchObject({ horizontal: 'right' });
    // Codes text, under @.
    expect(ws.getCell('B121').value).toBe('02');
    expect(ws.getCell('B121').numFmt).toBe('@');
    expect(ws.getColumn('F').width).toBe(34);
  });

  test('a second run on OUT.xlsx: an empty plan, nothing changed, the same findings', async () => {
    const again = formatPlanForWorkbook(await workbookFromBuffer(readFileSync(OUT)));
    expect(isEmptyFormatPlan(again)).toBe(true);
    const second = await runCli(['fix', OUT, '-o', out('seed004-fixed-twice.xlsx')]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/格式化全部表格（format 8 tables）\n {4}无需修改（nothing to change）/);
    const before = JSON.parse((await runCli(['--json', SAMPLE004])).stdout).files[0];
    const after = JSON.parse((await runCli(['--json', out('seed004-fixed-twice.xlsx')])).stdout).files[0];
    expect(after.tables).toEqual(before.tables);
    expect(after.findings.map((f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`)).toEqual(before.findings.map((f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`));
  });
});

test('seed 000 表7 with codes typed as numbers: text codes, indents by level, the header frozen', async () => {
  const IN = out('seed000-t7-numeric-codes.xlsx');
  const text = seedText('seed000.tsv').replace('##sheet 表7', '##sheet 表7 codes-as-numbers');
  writeFileSync(IN, await workbookToBuffer(onlySheet(workbookFromTsv(text), '表7')));
  const OUT = out('seed000-t7-formatted.xlsx');
  const r = await runCli(['fix', '--format', IN, '-o', OUT]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('表7!B12  206 → "206"  [@]');
  expect(r.stdout).not.toMatch(/重算小计|三公/); // only the step asked for
  const [ws] = await open(OUT);
  expect(ws.getCell('B12').value).toBe('206');
  expect(ws.getCell('B14').value).toBe('2060701');
  expect(ws.getCell('B14').numFmt).toBe('@');
  expect(ws.getCell('C12').font?.bold).toBe(true); // 206 科学技术支出, a 类
  expect(ws.getCell('C13').alignment?.indent).toBe(1); // 20607, a 款
  expect(ws.getCell('C14').alignment?.indent).toBe(2); // 2060701, a 项
  expect(ws.getCell('D14').numFmt).toBe('#,##0');
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 9 });
  expect(ws.getCell('F3').master.address).toBe('A3');
  const twice = await runCli(['fix', '--format', OUT, '-o', out('seed000-t7-twice.xlsx')]);
  expect(twice.stdout).toMatch(/格式化全部表格（format 1 tables）\n {4}无需修改/);
});

test('--subtotals prints each recomputed total (cell, before, after); the re-check has none left', async () => {
  const IN = out('broken.xlsx');
  const wb = onlySheet(seedWorkbook('seed000.tsv'), '表7');
  setNumber(wb, '表7', 'E23', 50);
  writeFileSync(IN, await workbookToBuffer(wb));
  const r = await runCli(['fix', IN, '--subtotals', '-o', out('broken-fixed.xlsx')]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('    表7!D23  42 → 50');
  expect(r.stdout).toContain('    表7!E21  126 → 134');
  expect(r.stdout).toMatch(/复查 .*subtotal-mismatch 0，row-sum-mismatch 0/);
  const checked = JSON.parse((await runCli(['--json', out('broken-fixed.xlsx')])).stdout).files[0];
  expect(checked.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
});

test('--balance-rounding only when asked: one-unit moves printed, the seed 004 unit row then foots', async () => {
  const r = await runCli(['fix', SAMPLE004, '--balance-rounding', '--json', '-o', out('balanced.xlsx')]);
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout);
  expect(doc.steps.map((s: { step: string }) => s.step)).toEqual(['balance-rounding']);
  const edits = doc.steps[0].edits.map((e: { cell: string; before: number; after: number }) => `${e.cell} ${e.before} -> ${e.after}`);
  expect(edits).toContain('G123 158.86 -> 158.87');
  const tails = JSON.parse((await runCli(['--json', out('balanced.xlsx')])).stdout).files[0].findings.filter((f: { rule: string; cell: string }) => f.rule === 'rounding-tail' && f.cell === 'G119');
  expect(tails).toEqual([]);
});

test('arguments: the input is never the output; -o is required', async () => {
  const copy = out('same.xlsx');
  writeFileSync(copy, readFileSync(SAMPLE004));
  const before = hash(copy);
  const same = await runCli(['fix', copy, '-o', copy]);
  expect(same.code).toBe(2);
  expect(same.stderr).toMatch(/fix never overwrites its input/);
  expect(hash(copy)).toBe(before);
  expect((await runCli(['fix', copy])).stderr).toMatch(/no output file given/);
  expect((await runCli(['fix', copy, '-o', out('x.csv')])).code).toBe(2);
  expect((await runCli(['fix', copy, '--colour', '-o', out('x.xlsx')])).stderr).toMatch(/unknown option --colour/);
  expect((await runCli(['fix', '--help'])).code).toBe(0);
  const missing = await runCli(['fix', out('nope.xlsx'), '-o', out('x.xlsx')]);
  expect(missing).toMatchObject({ code: 2, stderr: expect.stringMatching(/file not found/) });
});

test('--deltas fills the 三公 增减率 the seed 003 table leaves blank; the re-check has no sangong-delta left', async () => {
  const IN = path.join(ROOT, 'samples', 'seed003-baoding-kexie-2021-sangong.xlsx');
  const r = await runCli(['fix', IN, '--deltas', '-o', out('deltas.xlsx')]);
  expect(r.code).toBe(0);
  // 公务接待费 4.50 -> 4.00: -0.50 / 4.50 = -11.11 %
  expect(r.stdout).toContain('seed003-sangong!F7  空白 → "-11.11%"');
  expect(r.stdout).toMatch(/复查 .*sangong-delta 0/);
});

test('seed 000 sample, every default step, twice: the second run has nothing to change', async () => {
  const IN = path.join(ROOT, 'samples', 'seed000-shenzhen-kexie-2021.xlsx');
  const first = await runCli(['fix', IN, '-o', out('seed000-fixed.xlsx')]);
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/填写“三公”经费增减数与增减率（65 处）/); // 表12 has two years and no 增减 rows
  expect(first.stdout).toContain('表12!C:C  列宽 默认 → 9'); // written as 9.01: exceljs drops a width of exactly 9
  const second = await runCli(['fix', out('seed000-fixed.xlsx'), '-o', out('seed000-fixed-twice.xlsx')]);
  expect(second.code).toBe(0);
  expect(second.stdout.match(/无需修改/g)).toHaveLength(3);
  expect(second.stdout).toMatch(/subtotal-mismatch 0，row-sum-mismatch 0，sangong-delta 0/);
});
