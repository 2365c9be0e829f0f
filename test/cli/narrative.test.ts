/** `budget-check narrative FILE.xlsx [--previous PREV.xlsx] [--json]` and `budget-check --narrative TEXT.txt FILE.xlsx` on the bundled samples. */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLE = (name: string) => path.join(ROOT, 'samples', name);
const SEED = (name: string) => path.join(ROOT, 'test', 'fixtures', 'seeds', name);
const S000 = SAMPLE('seed000-shenzhen-kexie-2021.xlsx');
const S002 = SAMPLE('seed002-keji-jiaoliu-2022.xlsx');
const S004 = SAMPLE('seed004-chenghua-kexie-2023.xlsx');
const S004_2022 = SAMPLE('seed004-chenghua-kexie-2022-previous.xlsx');
const tmp = mkdtempSync(path.join(tmpdir(), 'budget-check-narrative-'));

interface Para {
  id: string;
  title: string;
  text: string;
  figures: { label: string; value: string; unit: string; cells: string[] }[];
}

describe('budget-check narrative', () => {
  test('--json: each paragraph with its figures and their cells; the previous year’s cells name its file', async () => {
    const r = await runCli(['narrative', S004, '--previous', S004_2022, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.file).toBe(S004);
    expect(doc.previous).toBe(S004_2022);
    const byId: Record<string, Para> = Object.fromEntries(doc.paragraphs.map((p: Para) => [p.id, p]));
    expect(byId['general-budget-scale'].text).toBe('成都市成华区科学技术协会本级 2023 年一般公共预算当年拨款 350.22 万元，比 2022 年预算数 522.55 万元减少 172.33 万元，下降 32.98%。');
    expect(byId['general-budget-scale'].figures[1]).toEqual({
      label: '一般公共预算当年拨款（2022年）',
      value: '522.55',
      unit: '万元',
      cells: ['[seed004-chenghua-kexie-2022-previous.xlsx]2022年一般公共预算支出预算表!G6'],
    });
    expect(byId['general-budget-structure'].figures[0]).toEqual({ label: '科学技术（206）支出', value: '308.86', unit: '万元', cells: ['2023年部门预算表!E85'] });
  });

  test('text for people, with --department', async () => {
    const r = await runCli(['narrative', '--department', '成华区科学技术协会', S004]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('【一般公共预算当年拨款结构情况】\n科学技术（206）支出 308.86 万元，占 88.19%；社会保障和就业（208）支出 20.98 万元，占 5.99%；卫生健康（210）支出 7.93 万元，占 2.26%；住房保障（221）支出 12.45 万元，占 3.55%。');
    expect(r.stdout).toContain('【基本支出情况】\n成华区科学技术协会 2023 年一般公共预算基本支出 200.22 万元');
  });

  test('wrong arguments or an unreadable file: exit 2 and one line', async () => {
    const noFile = await runCli(['narrative', '--json']);
    expect([noFile.code, noFile.stderr]).toEqual([2, expect.stringMatching(/^budget-check: 应给出一个文件/)]);
    const missing = await runCli(['narrative', S004, '--previous', path.join(tmp, 'nope.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.xlsx: 文件不存在/);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('budget-check --narrative TEXT.txt', () => {
  test('seed 002: 人员支出 1,144 万元 against 1,114 — an error, exit 1', async () => {
    const r = await runCli(['--json', '--narrative', SEED('seed002-narrative.txt'), S002]);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).files[0].findings.filter((f: { rule: string }) => f.rule === 'narrative-mismatch');
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', sheet: '', cell: 'L142', line: 142, expected: '1114', actual: '1144', related: ["'seed002-t4'!B7"] })]);
  });

  test('seed 000: the two unit slips, shown by line', async () => {
    const r = await runCli(['--narrative', SEED('seed000-narrative.txt'), S000]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l.includes('narrative-mismatch'));
    expect(lines).toEqual([
      expect.stringMatching(/^\s+\[错误\] 说明文字（narrative text） L71 narrative-mismatch: 说明中「项目支出 4,866 元」单位有误/),
      expect.stringMatching(/^\s+\[错误\] 说明文字（narrative text） L121 narrative-mismatch: 说明中「人员支出 176 元」单位有误/),
    ]);
  });

  test('a text saved as GB18030 (Chinese Windows) reads the same', async () => {
    // 包括人员支出 1,144 万元、公用支出 73 万元。 in GB18030.
    const file = path.join(tmp, 'gb.txt');
    writeFileSync(file, Buffer.from('b0fcc0a8c8cbd4b1d6a7b3f620312c31343420cdf2d4aaa1a2b9abd3c3d6a7b3f620373320cdf2d4aaa1a3', 'hex'));
    const doc = JSON.parse((await runCli(['--json', '--narrative', file, S002])).stdout);
    expect(doc.files[0].findings.filter((f: { rule: string }) => f.rule === 'narrative-mismatch').map((f: { cell: string; actual: string }) => [f.cell, f.actual])).toEqual([['L1', '1144']]);
  });

  test('a missing text file: exit 2', async () => {
    const r = await runCli(['--narrative', path.join(tmp, 'none.txt'), S002]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/none\.txt: 文件不存在/);
  });
});
