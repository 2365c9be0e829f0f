/** `budget-check --catalog FILE`: the official catalog replaces the bundled one; its absences are errors. */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/main';
import { decodeText, readCatalogFile } from '../../src/cli/catalogFile';
import { workbookToBuffer } from '../../src/cli/writeXlsx';
import { seedWorkbook } from '../helpers/fixtures';

const tmp = mkdtempSync(path.join(tmpdir(), 'budget-catalog-'));
const GBK_CSV = path.join(__dirname, '..', 'fixtures', 'catalogs', 'kemu-2022-gbk.csv');

async function seed002Xlsx(): Promise<string> {
  const file = path.join(tmp, 'seed002.xlsx');
  writeFileSync(file, await workbookToBuffer(seedWorkbook('seed002-t1.tsv', 'seed002-t4.tsv', 'seed002-t7.tsv', 'seed002-t8.tsv')));
  return file;
}

type JsonFinding = { rule: string; severity: string; sheet: string; cell: string; message: string };
const codeFindings = (stdout: string) =>
  (JSON.parse(stdout).files[0].findings as JsonFinding[]).filter((f) => ['unknown-code', 'code-name-mismatch', 'hierarchy-break'].includes(f.rule)).map((f) => `${f.rule} ${f.severity} ${f.cell}`);

describe('--catalog', () => {
  test('a GBK-encoded CSV is decoded (Chinese Excel saves CSV as GB18030)', async () => {
    const catalog = await readCatalogFile(GBK_CSV);
    expect(catalog.isUserLoaded).toBe(true);
    expect(catalog.functionalEntry('2080505')?.name).toBe('机关事业单位基本养老保险缴费支出');
    expect(catalog.counts()).toMatchObject({ 'functional 类': 4, 'functional 款': 5, 'functional 项': 8 });
    expect(decodeText(Buffer.from('\uFEFF科目编码', 'utf8'))).toBe('科目编码');
  });

  test('without it, seed 002 codes 20609 / 2060999 are warnings (the bundled catalog may be incomplete)', async () => {
    const r = await runCli(['--json', '--fail-on', 'never', await seed002Xlsx()]);
    expect(codeFindings(r.stdout)).toEqual(['unknown-code warning B11', 'unknown-code warning B12']);
  });

  test('with the official catalog loaded, a code it lacks is an error; the other codes pass', async () => {
    const r = await runCli(['--json', '--catalog', GBK_CSV, await seed002Xlsx()]);
    expect(codeFindings(r.stdout)).toEqual(['unknown-code error B11', 'unknown-code error B12']);
    expect(r.code).toBe(1);
  });

  test('an .xlsx catalog in 类 | 款 | 项 | 名称 columns works the same', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('2022年支出功能分类科目');
    ws.addRow(['2022年政府收支分类科目（支出功能分类）']);
    ws.addRow(['类', '款', '项', '科目名称']);
    for (const [l, k, x, name] of [
      ['206', '', '', '科学技术支出'],
      ['', '05', '', '科技条件与服务'],
      ['', '', '99', '其他科技条件与服务支出'],
      ['', '08', '', '科技交流与合作'],
      ['', '', '99', '其他科技交流与合作支出'],
      ['', '09', '', '科技成果转化与扩散'],
      ['', '', '99', '其他科技成果转化与扩散支出'],
    ])
      ws.addRow([l, k, x, name]);
    const file = path.join(tmp, 'kemu.xlsx');
    await wb.xlsx.writeFile(file);
    const catalog = await readCatalogFile(file);
    expect(catalog.functionalEntry('2060999')?.name).toBe('其他科技成果转化与扩散支出');
    const r = await runCli(['--json', '--fail-on', 'never', '--catalog', file, await seed002Xlsx()]);
    // 20609 is in this catalog under another name: a code-name warning, not an unknown code; 208… are unknown to it.
    const found = codeFindings(r.stdout);
    expect(found).toContain('code-name-mismatch warning B11');
    expect(found).toContain('unknown-code error B14');
    expect(found).not.toContain('unknown-code error B11');
  });

  test('a missing or code-less catalog file is a clear one-line error, exit 2', async () => {
    const missing = await runCli(['--catalog', path.join(tmp, 'nope.csv'), await seed002Xlsx()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/科目目录文件不存在.*catalog file not found/);
    const empty = path.join(tmp, 'empty.csv');
    writeFileSync(empty, '名称,金额\n办公费,12\n');
    const none = await runCli(['--catalog', empty, await seed002Xlsx()]);
    expect(none.code).toBe(2);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    expect(none.stderr).toMatch(/no 3\/5\/7-digit expenditure codes/);
  });
});
