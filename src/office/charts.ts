/**
 * Native Excel charts from the engine's chart specs, beside their tables: each spec's data block
 * (a heading row, one row per category: name, one figure per series, and the share for a doughnut)
 * is written at its anchor and the chart drawn from it, to the right of the block.
 *   sync 1: read the data blocks' cells (refused unless blank: a chart never overwrites content);
 *   sync 2: write the blocks, add the charts (ExcelApi 1.1 charts; doughnut with percentage labels,
 *           clustered bars one series per year).
 * Undo deletes the charts and restores the blocks' cells exactly.
 */
import type { ChartSpec } from '../engine/format/charts';
import { a1, parseA1 } from '../engine/workbook';

export interface ChartUndoEntry {
  kind: 'charts';
  title: string;
  charts: { sheet: string; name: string }[];
  cells: { sheet: string; range: string; formulas: unknown[][]; numberFormat: unknown[][] }[];
}

export class OccupiedChartAreaError extends Error {
  constructor(public readonly ranges: string[]) {
    super(`图表数据区域不是空白，未添加图表：${ranges.join('、')}（the chart data area is not blank: ${ranges.join(', ')}）`);
    this.name = 'OccupiedChartAreaError';
  }
}

/** The data block's rows: heading, then category, figures (and share). */
export function chartBlock(spec: ChartSpec): (string | number)[][] {
  const heading = [spec.categoryHeading, ...spec.series.map((s) => s.name), ...(spec.shares ? ['占比（%）'] : [])];
  const rows = spec.categories.map((c, i) => [c, ...spec.series.map((s) => Number(s.values[i])), ...(spec.shares ? [Number(spec.shares[i])] : [])]);
  return [heading, ...rows];
}

function blockRange(spec: ChartSpec, rows: number, cols: number): { range: string; chartSource: string; top: number; left: number } {
  const at = parseA1(spec.anchor)!;
  const range = `${a1(at.row, at.col)}:${a1(at.row + rows - 1, at.col + cols - 1)}`;
  // The chart plots the categories and the series, not the share column.
  const chartSource = `${a1(at.row, at.col)}:${a1(at.row + rows - 1, at.col + spec.series.length)}`;
  return { range, chartSource, top: at.row, left: at.col };
}

const blank = (v: unknown) => v === '' || v === null || v === undefined;

export async function addChartsInContext(context: Excel.RequestContext, specs: ChartSpec[], title = '添加图表（add charts）'): Promise<ChartUndoEntry> {
  const blocks = specs.map((spec) => {
    const data = chartBlock(spec);
    const box = blockRange(spec, data.length, data[0].length);
    const range = context.workbook.worksheets.getItem(spec.sheet).getRange(box.range);
    range.load('formulas,numberFormat');
    return { spec, data, box, range };
  });
  await context.sync();
  const occupied = blocks.filter((b) => b.range.formulas.some((row) => row.some((v) => !blank(v)))).map((b) => `${b.spec.sheet}!${b.box.range}`);
  if (occupied.length) throw new OccupiedChartAreaError(occupied);
  const entry: ChartUndoEntry = { kind: 'charts', title, charts: [], cells: blocks.map((b) => ({ sheet: b.spec.sheet, range: b.box.range, formulas: b.range.formulas, numberFormat: b.range.numberFormat })) };
  blocks.forEach(({ spec, data, box, range }, n) => {
    const sheet = context.workbook.worksheets.getItem(spec.sheet);
    range.numberFormat = data.map((row, i) => row.map((_, j) => (i > 0 && j > 0 ? '#,##0.00' : '@')));
    range.values = data;
    const type = (spec.kind === 'doughnut' ? 'Doughnut' : 'BarClustered') as Excel.ChartType;
    const chart = sheet.charts.add(type, sheet.getRange(box.chartSource), 'Columns' as Excel.ChartSeriesBy);
    const name = `budgetChecker-${spec.kind}-${Date.now().toString(36)}-${n}`;
    chart.name = name;
    chart.title.text = spec.unit ? `${spec.title}（${spec.unit}）` : spec.title;
    if (spec.kind === 'doughnut') {
      chart.dataLabels.showPercentage = true;
      chart.dataLabels.showValue = false;
    }
    const right = box.left + data[0].length + 1;
    chart.setPosition(a1(box.top, right), a1(box.top + 17, right + 7));
    entry.charts.push({ sheet: spec.sheet, name });
  });
  await context.sync();
  return entry;
}

/** Two syncs: find the charts (the user may have deleted one), then delete them and restore the cells. */
export async function undoChartsInContext(context: Excel.RequestContext, entry: ChartUndoEntry): Promise<void> {
  const charts = entry.charts.map((c) => context.workbook.worksheets.getItem(c.sheet).charts.getItemOrNullObject(c.name));
  await context.sync();
  for (const chart of charts) if (!chart.isNullObject) chart.delete();
  for (const c of entry.cells) {
    const range = context.workbook.worksheets.getItem(c.sheet).getRange(c.range);
    range.numberFormat = c.numberFormat;
    range.formulas = c.formulas;
  }
  await context.sync();
}
