/**
 * Writes the .xlsx and .csv files of test/bad-inputs/ (the encrypted workbook and the .xls are made
 * with Debian's python3-msoffcrypto-tool and python3-xlwt: see test/bad-inputs/README.md).
 *   npx tsc -p tsconfig.json --outDir dist-dev && node dist-dev/scripts/buildBadInputs.js
 * Each workbook is a small 一般公共预算支出表 whose figures add up, written one way people break it.
 */
import { writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';

const OUT = path.join(__dirname, '..', '..', 'test', 'bad-inputs');

/** code, name, 合计, 基本支出, 项目支出 (万元): 206 = 20607 = Σ 项; 合计 = Σ 类. */
const ROWS: [string, string, number, number | null, number | null][] = [
  ['', '合计', 4223, 617, 3606],
  ['206', '科学技术支出', 4097, 491, 3606],
  ['20607', '科学技术普及', 4097, 491, 3606],
  ['2060701', '机构运行', 491, 491, null],
  ['2060702', '科普活动', 2858, null, 2858],
  ['2060703', '青少年科技活动', 70, null, 70],
  ['2060704', '学术交流活动', 678, null, 678],
  ['208', '社会保障和就业支出', 126, 126, null],
  ['20805', '行政事业单位养老支出', 126, 126, null],
  ['2080505', '机关事业单位基本养老保险缴费支出', 126, 126, null],
];
/** Sheet row (1-based) of ROWS[i]: title, unit line and header above. */
const rowOf = (i: number) => i + 4;

type Put = (ws: ExcelJS.Worksheet, row: number, col: number, value: number | null) => void;

const asNumber: Put = (ws, row, col, value) => {
  if (value === null) return;
  const c = ws.getCell(row, col);
  c.value = value;
  c.numFmt = '#,##0';
};

function budgetSheet(wb: ExcelJS.Workbook, put: Put = asNumber, name = '表7'): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.getCell('A1').value = '2021年一般公共预算支出表';
  ws.getCell('A2').value = '单位名称：某某科学技术协会';
  ws.getCell('E2').value = '单位：万元';
  ['科目编码', '科目名称', '合计', '基本支出', '项目支出'].forEach((h, i) => (ws.getCell(3, i + 1).value = h));
  ROWS.forEach(([code, name, total, basic, project], i) => {
    const r = rowOf(i);
    if (code) ws.getCell(r, 1).value = code;
    ws.getCell(r, 2).value = name;
    put(ws, r, 3, total);
    put(ws, r, 4, basic);
    put(ws, r, 5, project);
  });
  return ws;
}

async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  await wb.xlsx.writeFile(path.join(OUT, file));
}

const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/,/g, '，');
const grouped = (n: number) => String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

async function main(): Promise<void> {
  // Excel error values where figures should be.
  {
    const wb = new ExcelJS.Workbook();
    const ws = budgetSheet(wb);
    ws.getCell('C7').value = { error: '#REF!' };
    ws.getCell('E8').value = { error: '#DIV/0!' };
    ws.getCell('E9').value = { error: '#N/A' };
    await save(wb, 'error-values.xlsx');
  }
  // Totals as formulas: cached results right, one stale, one never calculated.
  {
    const wb = new ExcelJS.Workbook();
    const ws = budgetSheet(wb);
    ws.getCell('C6').value = { formula: 'SUM(C7:C10)', result: 4097 };
    ws.getCell('C5').value = { formula: 'C6', result: 4000 }; // stale: saved before C6 changed
    ws.getCell('C4').value = { formula: 'C5+C11', result: 4223 };
    ws.getCell('D11').value = { formula: 'D12' } as ExcelJS.CellFormulaValue; // no cached result
    await save(wb, 'formulas.xlsx');
  }
  // One figure merged across the 基本支出 and 项目支出 columns.
  {
    const wb = new ExcelJS.Workbook();
    const ws = budgetSheet(wb);
    ws.mergeCells('D8:E8'); // 科普活动: 2,858 now stands under both columns
    ws.getCell('D8').value = 2858;
    await save(wb, 'merged-amounts.xlsx');
  }
  // Hidden rows and columns still count.
  {
    const wb = new ExcelJS.Workbook();
    const ws = budgetSheet(wb);
    ws.getRow(8).hidden = true;
    ws.getColumn(5).hidden = true;
    await save(wb, 'hidden-rows-columns.xlsx');
  }
  // Numbers stored as text (the green triangle in Excel).
  {
    const wb = new ExcelJS.Workbook();
    budgetSheet(wb, (ws, row, col, value) => {
      if (value === null) return;
      const c = ws.getCell(row, col);
      c.value = grouped(value);
      c.numFmt = '@';
    });
    await save(wb, 'numbers-as-text.xlsx');
  }
  // Full-width digits and commas typed with a Chinese input method.
  {
    const wb = new ExcelJS.Workbook();
    budgetSheet(wb, (ws, row, col, value) => {
      if (value !== null) ws.getCell(row, col).value = FULL(grouped(value));
    });
    await save(wb, 'fullwidth-digits.xlsx');
  }
  // Negative amounts: a refund row written (1,200) as text and -1,200 shown as (1,200) by its format.
  {
    const wb = new ExcelJS.Workbook();
    const ws = budgetSheet(wb);
    ws.getCell(rowOf(10), 1).value = '2080506';
    ws.getCell(rowOf(10), 2).value = '机关事业单位职业年金缴费支出';
    ws.getCell(rowOf(10), 3).value = '(26)';
    ws.getCell(rowOf(10), 4).value = -26;
    ws.getCell(rowOf(10), 4).numFmt = '#,##0;(#,##0)';
    for (const [row, total, basic] of [[4, 4197, 591], [11, 100, 100], [12, 100, 100]] as const) {
      ws.getCell(row, 3).value = total;
      ws.getCell(row, 4).value = basic;
    }
    await save(wb, 'negative-parentheses.xlsx');
  }
  // A used range down to the last row Excel has (A1:Z1048576): one stray mark at Z1048576.
  {
    const wb = new ExcelJS.Workbook();
    const ws = budgetSheet(wb);
    ws.getCell('Z1048576').value = '.';
    await save(wb, 'million-row-used-range.xlsx');
  }
  // A workbook with one empty sheet.
  {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    await save(wb, 'empty.xlsx');
  }
  // A workbook with no budget table: a staff list.
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('通讯录');
    ws.addRow(['姓名', '科室', '电话', '工号']);
    ws.addRow(['张三', '办公室', '028-12345678', 1001]);
    ws.addRow(['李四', '财务科', '028-87654321', 1002]);
    await save(wb, 'no-budget-table.xlsx');
  }
  // Not a zip at all, and a zip cut short.
  {
    const wb = new ExcelJS.Workbook();
    budgetSheet(wb);
    const whole = Buffer.from(await wb.xlsx.writeBuffer());
    writeFileSync(path.join(OUT, 'corrupt-truncated.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
    writeFileSync(path.join(OUT, 'not-a-workbook.xlsx'), '这不是 Excel 文件。This is not a workbook.\n');
  }
  // The table exported as .csv.
  writeFileSync(path.join(OUT, 'table.csv'), ['科目编码,科目名称,合计', ...ROWS.map(([c, n, t]) => `${c},${n},${t}`)].join('\n') + '\n');
  // The source of the encrypted copy (see README.md); not itself part of the corpus.
  {
    const wb = new ExcelJS.Workbook();
    budgetSheet(wb);
    await wb.xlsx.writeFile(path.join(OUT, 'source', 'plain.xlsx'));
  }
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
