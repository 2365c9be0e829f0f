/**
 * The 三公 items and the words tables use for them (因公出国(境)费, 公务接待费, 公务用车购置及运行维护费 …),
 * and the words of year, 增减 and 增减率 headings.
 */
import { normalizeLabel, splitOrdinal, yearsIn } from '../text';
import { isTotalLabel } from '../recognize/rows';

export type SangongItem = 'total' | 'abroad' | 'reception' | 'vehicles' | 'purchase' | 'operation';

/** In the order published tables print them: 合计, 出国, 接待, 车 (小计, 购置, 运行). */
export const SANGONG_ITEMS: readonly SangongItem[] = ['total', 'abroad', 'reception', 'vehicles', 'purchase', 'operation'];

export const SANGONG_ITEM_NAMES: Record<SangongItem, { zh: string; en: string }> = {
  total: { zh: '“三公”经费合计', en: 'total' },
  abroad: { zh: '因公出国（境）费', en: 'overseas trips' },
  reception: { zh: '公务接待费', en: 'official reception' },
  vehicles: { zh: '公务用车购置及运行维护费', en: 'official vehicles' },
  purchase: { zh: '公务用车购置费', en: 'vehicle purchase' },
  operation: { zh: '公务用车运行维护费', en: 'vehicle operation' },
};

function clean(words: string): string {
  return splitOrdinal(normalizeLabel(words)).rest.replace(/^其中[:：]?/, '');
}

/**
 * Which item a heading or row label names. `context` is the headings above it (a 小计 under
 * 公务用车… is the vehicles subtotal, a 合计 elsewhere is the total).
 */
export function itemOf(words: string, context = ''): SangongItem | undefined {
  const w = clean(words);
  if (!w) return undefined;
  if (/出国|出境/.test(w)) return 'abroad';
  if (/接待/.test(w)) return 'reception';
  if (/购置/.test(w) && /运行|运维|维护/.test(w)) return 'vehicles';
  if (/^(小计|合计)$/.test(w) && /公务用车|车辆/.test(context)) return 'vehicles';
  if (/购置/.test(w)) return 'purchase';
  if (/运行|维护/.test(w)) return 'operation';
  if (/^公务用车(费|经费)?$/.test(w)) return 'vehicles';
  if (isTotalLabel(w) || /^"?三公"?经费(合计|总计)?$/.test(w)) return 'total';
  return undefined;
}

/** What a year-axis label says: a year, the change (增减), or the rate (增减率). */
export type YearKey = { kind: 'year'; year: number | null } | { kind: 'change' } | { kind: 'rate' };

const RATE_RE = /增减率|增长率|变化率|变动率|增减幅度|增长幅度|幅度|百分比|%/;
const CHANGE_RE = /增减|变化|变动|差额|比上年|增加|减少/;

/** Read a year-axis label; undefined when it says none of these. `tableYear` stands for 本年/当年. */
export function yearKeyOf(words: string, tableYear: number | null): YearKey | undefined {
  const w = normalizeLabel(words);
  if (!w) return undefined;
  if (/原因|说明|备注/.test(w)) return undefined;
  if (RATE_RE.test(w)) return { kind: 'rate' };
  if (CHANGE_RE.test(w)) return { kind: 'change' };
  const ys = yearsIn(w);
  if (ys.length) return { kind: 'year', year: Math.max(...ys) };
  if (/^(20|19)\d{2}$/.test(w)) return { kind: 'year', year: Number(w) };
  if (/上年|去年/.test(w)) return { kind: 'year', year: tableYear === null ? null : tableYear - 1 };
  if (/本年|当年|今年/.test(w)) return { kind: 'year', year: tableYear };
  return undefined;
}

/** A heading of a label column, not a figure's (单位名称, 项目, 科目 …). */
export function isLabelHeading(words: string): boolean {
  return /单位名称|单位编码|项目名称|^项目$|科目|预算单位|^单位$/.test(normalizeLabel(words));
}
