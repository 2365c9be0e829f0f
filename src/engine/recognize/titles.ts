/**
 * Which standard table a title names. Budget (预算) and final-account (决算) tables, national and
 * regional namings alike: 收支总表, 部门财务收支预算总表, 收入支出决算总表, 一般公共预算财政拨款支出决算表 …
 */
import type { Stage, TableKind } from '../types';
import { normalizeLabel } from '../text';
import { TextCache } from '../textCache';

/** Most specific first: a 政府性基金 三公 table is a 三公 table, a 项目支出绩效 table a performance table. */
const TITLE_PATTERNS: [RegExp, TableKind][] = [
  [/三公/, 'sangong'],
  [/绩效/, 'performance-targets'],
  [/政府采购/, 'procurement'],
  [/转移支付/, 'transfer-expenditure'],
  [/国有资本经营预算.*支出|国有资本经营.*支出.*表/, 'state-capital-expenditure'],
  [/政府性基金(预算)?.*支出/, 'government-fund-expenditure'],
  [/(财政拨款|政府预算拨款|财政性资金).*收[入]?支.*总表|财政拨款收入支出|财政拨款收支/, 'fiscal-appropriation-summary'],
  [/经济分类/, 'economic-expenditure'],
  [/基本支出/, 'basic-expenditure'],
  [/项目支出/, 'project-expenditure'],
  [/一般公共预算.*支出/, 'general-budget-expenditure'],
  [/收支.*总表|收入支出.*总表|收支.*总体|财务收支/, 'income-expenditure-summary'],
  [/收入(预算|决算)?(总)?表$|收入总表|收入决算表|收入预算表/, 'income-summary'],
  [/支出(预算|决算)?(总)?表$|支出总表|支出决算表|支出预算表/, 'expenditure-summary'],
];

const MAX_TITLE_LENGTH = 40;

export interface TitleMatch {
  kind: TableKind;
  stage: Stage;
  title: string;
}

/** Every sheet of a workbook asks of its name and its few text rows. */
const TITLES = new TextCache<Readonly<TitleMatch> | undefined>(10000);

/** The table kind a text names, when it reads as a table title (short, no sentence punctuation). */
export function classifyTitle(text: string): Readonly<TitleMatch> | undefined {
  return TITLES.get(text, readTitle);
}

function readTitle(text: string): TitleMatch | undefined {
  const t = normalizeLabel(text).replace(/^(附)?表[0-9一二三四五六七八九十]+[-－—:：、.]?/, '').replace(/^[0-9一二三四五六七八九十]+[、.]/, '');
  if (!t || t.length > MAX_TITLE_LENGTH || /[，。；]/.test(t)) return undefined;
  if (!/表|情况/.test(t)) return undefined;
  if (/^单位|^部门[:：]|目录/.test(t)) return undefined;
  for (const [re, kind] of TITLE_PATTERNS) {
    if (re.test(t)) return { kind, stage: /决算/.test(t) ? 'final' : 'budget', title: text.trim() };
  }
  return undefined;
}

/** `表7`, `表 7`, `附表3`: the printed table number above a title. */
export function isTableMarker(text: string): boolean {
  return /^(附)?表[0-9一二三四五六七八九十]+$/.test(normalizeLabel(text));
}
