/** When a table has no title, its headings say what it is. */
import type { TableColumn, TableKind } from '../types';
import { mapPacked } from '../packed';

export function kindFromHeader(columns: TableColumn[]): TableKind | undefined {
  const words = columns.flatMap((c) => c.path).join('|');
  const tops = mapPacked(columns, (c) => c.path[0] ?? '');
  const has = (re: RegExp) => re.test(words);
  if (has(/因公出国/) && has(/公务接待/)) return 'sangong';
  if (has(/绩效/)) return 'performance-targets';
  if (has(/采购品目|采购项目|采购金额/)) return 'procurement';
  if (tops.some((t) => /^收入/.test(t)) && tops.some((t) => /^支出/.test(t))) {
    return has(/一般公共预算|政府性基金预算/) && !has(/事业收入|单位资金/) ? 'fiscal-appropriation-summary' : 'income-expenditure-summary';
  }
  if (has(/人员经费|公用经费|人员支出|公用支出/)) return 'basic-expenditure';
  if (has(/本年收入|上年结转|上年结余|收入总计/) && has(/拨款|收入/)) return 'income-summary';
  if (has(/基本支出/) && has(/项目支出/)) {
    return has(/上缴上级|对附属单位|经营支出/) ? 'expenditure-summary' : 'general-budget-expenditure';
  }
  if (has(/经济分类/)) return 'economic-expenditure';
  return undefined;
}
