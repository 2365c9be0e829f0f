/** 出错说明: dismissals match findings by rule, cell and figures (or the code's text), and export as CSV / text. */
import { checkWorkbook } from '../../src/engine';
import { dismiss, dismissalsByFinding, dismissalsCsv, dismissalsText, validDismissals, withDismissal, withoutDismissal } from '../../src/engine/dismissals';
import type { Finding } from '../../src/engine/types';
import { seedWorkbook, setNumber } from '../helpers/fixtures';

const DAY = new Date('2026-03-02T08:00:00Z');
const at = (findings: Finding[], cell: string, rule: string) => findings.findIndex((f) => f.cell === cell && f.rule === rule);

test('a dismissal covers its finding until the figures change', () => {
  const wb = seedWorkbook('seed000.tsv');
  setNumber(wb, '表1', 'B11', 7642);
  const { findings } = checkWorkbook(wb);
  const b11 = findings[at(findings, 'B11', 'subtotal-mismatch')];
  const d = dismiss(b11, wb, '  含待分配的专项资金 10 万元  ', DAY);
  expect(d).toMatchObject({ rule: 'subtotal-mismatch', sheet: '表1', cell: 'B11', expected: '7632', actual: '7642', explanation: '含待分配的专项资金 10 万元', date: '2026-03-02' });
  expect(d.seen).toBeUndefined();
  const covered = dismissalsByFinding(findings, wb, [d]);
  expect(covered.filter(Boolean)).toHaveLength(1);
  expect(covered[at(findings, 'B11', 'subtotal-mismatch')]).toBe(d);
  // Stored and read back as JSON (document settings), it still matches.
  const stored = validDismissals(JSON.parse(JSON.stringify([d])));
  expect(dismissalsByFinding(findings, wb, stored)[at(findings, 'B11', 'subtotal-mismatch')]).toEqual(d);

  // B11 typed wrong in another way: a new figure, a new problem, shown again.
  setNumber(wb, '表1', 'B11', 7652);
  const again = checkWorkbook(wb).findings;
  expect(again[at(again, 'B11', 'subtotal-mismatch')].actual).toBe('7652');
  expect(dismissalsByFinding(again, wb, [d]).filter(Boolean)).toHaveLength(0);
});

test('a code finding (no figures) is matched with the code the cell shows', () => {
  const wb = seedWorkbook('seed002-t1.tsv', 'seed002-t4.tsv', 'seed002-t7.tsv', 'seed002-t8.tsv');
  const { findings } = checkWorkbook(wb);
  const i = findings.findIndex((f) => f.rule === 'unknown-code' && f.cell === 'B11');
  expect(i).toBeGreaterThanOrEqual(0);
  const d = dismiss(findings[i], wb, '2022年新增科目', DAY);
  expect(d.seen).toBe('20609');
  expect(dismissalsByFinding(findings, wb, [d])[i]).toBe(d);
  // Another code typed into the cell: the explanation no longer applies.
  const sheet = wb.sheets.find((s) => s.name === findings[i].sheet)!;
  sheet.cells[10][1] = { value: '20698', text: '20698' };
  const after = checkWorkbook(wb).findings;
  const j = after.findIndex((f) => f.rule === 'unknown-code' && f.cell === 'B11');
  expect(j).toBeGreaterThanOrEqual(0);
  expect(dismissalsByFinding(after, wb, [d])[j]).toBeUndefined();
});

test('a new explanation replaces the old one; restore removes it; bad stored entries are dropped', () => {
  const f: Finding = { rule: 'balance-mismatch', severity: 'error', sheet: '表1', cell: 'B56', expected: '8291', actual: '8,281', message: '收支不平衡' };
  const a = dismiss(f, undefined, '旧说明', DAY);
  const b = dismiss({ ...f, actual: '8281' }, undefined, '新说明', DAY);
  const list = withDismissal(withDismissal([], a), b);
  expect(list).toEqual([b]); // 8,281 and 8281 are the same figure
  expect(withoutDismissal(list, a)).toEqual([]);
  expect(validDismissals([b, { rule: 'x' }, null, 'text', { ...b, expected: 5 }])).toEqual([b]);
  expect(validDismissals({ not: 'a list' })).toEqual([]);
});

test('export: CSV with a BOM, quoted where needed; numbered text for the clipboard', () => {
  const f: Finding = { rule: 'subtotal-mismatch', severity: 'error', sheet: '表1', cell: 'B11', expected: '7632', actual: '7642', message: '「一、政府预算拨款」为 7,642，但下级各行合计为 7,632' };
  const d = dismiss(f, undefined, '含"待分配"资金,已报备', DAY);
  expect(dismissalsCsv([d])).toBe('\uFEFF工作表,单元格,规则,问题,出错说明\r\n' + '表1,B11,subtotal-mismatch,"「一、政府预算拨款」为 7,642，但下级各行合计为 7,632","含""待分配""资金,已报备"\r\n');
  expect(dismissalsText([d])).toBe('1. 表1!B11（subtotal-mismatch）「一、政府预算拨款」为 7,642，但下级各行合计为 7,632\n   出错说明：含"待分配"资金,已报备');
});
