import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { workbookToBuffer } from '../../src/cli/writeXlsx';
import { onlySheet, seedWorkbook, setNumber } from '../helpers/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLE000 = path.join(ROOT, 'samples', 'seed000-shenzhen-kexie-2021.xlsx');
const SAMPLE004 = path.join(ROOT, 'samples', 'seed004-chenghua-kexie-2023.xlsx');
const tmp = mkdtempSync(path.join(tmpdir(), 'budget-check-'));

describe('budget-check --json on the bundled samples', () => {
  test('seed 000: every table with kind and range; the 科技馆站 rounding tail; exit 0', async () => {
    const r = await runCli(['--json', SAMPLE000]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const file = doc.files[0];
    expect(file.file).toBe(SAMPLE000);
    expect(file.tables.map((t: { sheet: string; kind: string; range: string }) => `${t.sheet} ${t.kind} ${t.range}`)).toEqual([
      '表1 income-expenditure-summary A3:D56',
      '表2 income-summary A3:P14',
      '表3 expenditure-summary A3:G15',
      '表4 basic-expenditure A3:M20',
      '表6 fiscal-appropriation-summary A3:D51',
      '表7 general-budget-expenditure A3:F96',
      '表8 government-fund-expenditure A3:F14',
      '表9 state-capital-expenditure A3:F14',
      '表10 transfer-expenditure A3:E17',
      '表11 procurement A3:D13',
      '表12 sangong A3:H20',
      '表13 performance-targets A3:F27',
    ]);
    expect(file.tables[5]).toEqual({ sheet: '表7', kind: 'general-budget-expenditure', stage: 'budget', range: 'A3:F96', title: '一般公共预算支出表', unit: '万元', year: 2021 });
    const tail = file.findings.find((f: { cell: string; sheet: string }) => f.sheet === '表7' && f.cell === 'D83');
    expect(tail).toMatchObject({ rule: 'rounding-tail', severity: 'info', expected: '821', actual: '820', related: ['E83', 'F83'] });
    expect(file.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
  });

  test('seed 004: the 208 社会保障和就业支出 20.98 vs 20.97 rounding tail', async () => {
    const doc = JSON.parse((await runCli(['--json', SAMPLE004])).stdout);
    expect(doc.files[0].findings).toContainEqual(expect.objectContaining({ rule: 'rounding-tail', cell: 'D22', expected: '20.97', actual: '20.98' }));
  });

  test('text output for people', async () => {
    const r = await runCli([SAMPLE004]);
    expect(r.stdout).toMatch(/识别到 8 张表/);
    expect(r.stdout).toMatch(/0 个错误/);
  });
});

describe('exit status and --fail-on', () => {
  const broken = path.join(tmp, 'broken.xlsx');
  beforeAll(async () => {
    const wb = onlySheet(seedWorkbook('seed000.tsv'), '表7');
    setNumber(wb, '表7', 'E23', 50);
    writeFileSync(broken, await workbookToBuffer(wb));
  });
  test('an error finding exits 1; --fail-on never exits 0', async () => {
    expect((await runCli([broken])).code).toBe(1);
    expect((await runCli(['--fail-on', 'never', broken])).code).toBe(0);
  });
  test('--fail-on warning and info-only findings', async () => {
    expect((await runCli(['--fail-on=warning', SAMPLE004])).code).toBe(0);
  });
  test('the findings of a written .xlsx read back the same (likely cause included)', async () => {
    const doc = JSON.parse((await runCli(['--json', broken])).stdout);
    expect(doc.files[0].findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([
      expect.objectContaining({ rule: 'subtotal-mismatch', cell: 'E21', expected: '134', actual: '126', likelyCause: 'E23' }),
      expect.objectContaining({ rule: 'row-sum-mismatch', cell: 'D23', expected: '50', actual: '42', likelyCause: 'E23' }),
    ]);
  });
});

describe('files it cannot read: exit 2 and one clear line', () => {
  const cases: [string, () => string, RegExp][] = [
    ['missing file', () => path.join(tmp, 'nope.xlsx'), /文件不存在/],
    ['a .csv', () => { const p = path.join(tmp, 'a.csv'); writeFileSync(p, 'a,b\n1,2\n'); return p; }, /\.csv/],
    ['a .xls', () => { const p = path.join(tmp, 'old.xls'); writeFileSync(p, 'x'); return p; }, /\.xls/],
    ['a corrupt .xlsx', () => { const p = path.join(tmp, 'corrupt.xlsx'); writeFileSync(p, 'this is not a zip'); return p; }, /不是有效的 \.xlsx/],
    ['an encrypted (OLE) .xlsx', () => { const p = path.join(tmp, 'locked.xlsx'); writeFileSync(p, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])); return p; }, /密码保护/],
  ];
  test.each(cases)('%s', async (_name, make, message) => {
    const r = await runCli([make()]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
  test('bad arguments', async () => {
    expect((await runCli([])).code).toBe(2);
    expect((await runCli(['--fail-on', 'sometimes', SAMPLE000])).stderr).toMatch(/--fail-on/);
    expect((await runCli(['--year', '21', SAMPLE000])).code).toBe(2);
    expect((await runCli(['--bogus', SAMPLE000])).code).toBe(2);
  });
});

test('the installed bin runs (built by npm ci through prepare)', () => {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'budget-check.js'), '--json', SAMPLE004], { encoding: 'utf8' });
  expect(JSON.parse(out).files[0].tables).toHaveLength(8);
  const bad = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'budget-check.js'), path.join(tmp, 'nope.xlsx')], { encoding: 'utf8' });
  expect(bad.status).toBe(2);
  expect(bad.stderr).not.toMatch(/at .*\.js/); // no stack trace
});
