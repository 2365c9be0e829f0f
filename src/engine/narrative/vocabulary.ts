/**
 * The words a narrative names its figures with, and what each refers to. A label counts only when it
 * ends right before the figure (fillers like 预算数为 or 2021年 aside) and starts at a word boundary:
 * 其他商品和服务支出 is not 商品和服务支出, 部门项目支出预算 is not 支出预算.
 */
import { functionalEntry } from '../catalog';
import type { FactBook, FactKey, Scope } from './types';

export interface LabelEntry {
  re: RegExp;
  keys: FactKey[];
  /** Set for a unit's or the department's name (`XX预算 4,519 万元`): the figure is that scope's total. */
  scope?: Scope;
}

const STATIC: [string, FactKey[]][] = [
  ['财政拨款收支总预算|财政拨款收支预算总额|财政拨款收支总计|财政拨款收支总额|财政拨款收支预算', ['fiscal-total', 'fiscal-current']],
  ['收支总预算|收支预算总额|收支总计|收支总额', ['income-total', 'expenditure-total']],
  ['收入总计|部门预算收入|预算收入|收入预算|总收入|收入合计|部门收入', ['income-total', 'current-income']],
  ['本年收入合计|本年收入', ['current-income', 'income-total']],
  ['支出总计|部门预算支出|预算支出|支出预算|总支出|支出合计|部门支出', ['expenditure-total', 'current-expenditure']],
  ['本年支出合计|本年支出总计|本年支出', ['current-expenditure', 'expenditure-total']],
  ['(一般公共预算)?基本支出', ['basic']],
  ['(一般公共预算)?项目支出', ['project']],
  ['人员支出|人员经费|工资福利支出', ['personnel']],
  ['公用支出|公用经费|商品和服务支出', ['public']],
  ['对个人和家庭的?补助(支出)?', ['subsidy']],
  ['一般公共预算(当年)?(财政)?拨款(收入)?|一般公共预算(财政拨款)?支出', ['general-budget']],
  ['政府性基金预算(拨款)?(支出)?', ['government-fund']],
  ['国有资本经营预算(拨款)?(支出)?', ['state-capital']],
  ['上级专项转移支付(支出)?', ['transfer']],
  ['政府采购(项目)?(纳入\\d{4}年度?部门预算)?', ['procurement']],
  ['货物采购', ['procurement:A']],
  ['工程采购', ['procurement:B']],
  ['服务采购', ['procurement:C']],
  ['机关运行经费', ['admin-operating']],
  ['["“”\'‘’]?三公["“”\'‘’]?经费', ['sangong']],
  ['因公出国[（(]境[）)](经)?费(用)?', ['sangong:abroad']],
  ['公务接待费(用)?', ['sangong:reception']],
  ['公务用车购置(费)?(和|及|与)运行(维护)?费(用)?', ['sangong:vehicle']],
  ['公务用车购置费(用)?', ['sangong:vehicle-purchase']],
  ['公务用车运行(维护)?费(用)?', ['sangong:vehicle-operation']],
];

const CLASS_CODES = Array.from({ length: 34 }, (_, i) => String(201 + i));

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** 科学技术支出, 科学技术（206）支出, 科学技术支出（206）: every name a 类 had or has. */
function classEntries(year: number | null): LabelEntry[] {
  const out: LabelEntry[] = [];
  for (const code of CLASS_CODES) {
    const e = functionalEntry(code, year);
    if (!e) continue;
    const names = new Set([...e.validNames, ...e.formerNames.map((f) => f.name), ...e.laterNames.map((l) => l.name)]);
    for (const name of names) {
      const stem = name.replace(/支出$/, '');
      const codePart = `(?:[（(]${code}[）)])?`;
      const re = name.endsWith('支出') ? `${escapeRe(stem)}${codePart}支出${codePart}` : `${escapeRe(name)}${codePart}`;
      out.push({ re: new RegExp(`(?:${re})$`), keys: [`class:${code}`] });
    }
  }
  return out;
}

/** 深圳市科技开发交流中心 is also written 市科技开发交流中心 or 科技开发交流中心: drop leading place names. */
export function nameAliases(name: string): string[] {
  const out = [name];
  let s = name;
  for (let i = 0; i < 3; i++) {
    const m = /^[\u4e00-\u9fff]{1,6}?(省|市|区|县|州|旗|盟)/.exec(s);
    if (!m) break;
    s = s.slice(m[0].length);
    if (s.length >= 5) out.push(s);
  }
  return out;
}

/** Every printed name of the department and its units, with the scope it stands for. */
export function scopeNames(book: FactBook): { alias: string; scope: Scope }[] {
  const out: { alias: string; scope: Scope }[] = [];
  const single = book.units.length === 0;
  for (const d of book.department) for (const a of nameAliases(d)) out.push({ alias: a, scope: '' });
  for (const u of book.units) for (const a of nameAliases(u)) out.push({ alias: a, scope: single ? '' : u });
  return out.sort((a, b) => b.alias.length - a.alias.length);
}

export function buildVocabulary(book: FactBook): LabelEntry[] {
  const entries: LabelEntry[] = STATIC.map(([re, keys]) => ({ re: new RegExp(`(?:${re})$`), keys }));
  entries.push(...classEntries(book.year));
  for (const f of book.facts) {
    if (!f.key.startsWith('income:') || f.scope !== '') continue;
    const name = f.key.slice('income:'.length);
    if (name.length < 4 || entries.some((e) => e.keys.includes(f.key))) continue;
    const body = escapeRe(name.replace(/收入$/, ''));
    entries.push({ re: new RegExp(`(?:${body}(?:收入)?)$`), keys: [f.key] });
  }
  for (const { alias, scope } of scopeNames(book)) {
    entries.push({ re: new RegExp(`(?:${escapeRe(alias)}(?:部门)?(?:年度)?(?:总预算|预算总额|预算))$`), keys: ['income-total', 'expenditure-total'], scope });
  }
  return entries;
}

/** Words that may stand right before a label: the start of a clause, a year, 其中, 包括, 安排 … */
const BOUNDARY = /(?:^|[，。；：:、（）()“”"'‘’\s\d,.]|年度?|其中|包括|安排|部门|本年|全年|单位|本级|为|是|的|及|和)$/;

export interface LabelMatch {
  entry: LabelEntry;
  /** Where the label starts in the text it was matched in. */
  start: number;
  text: string;
}

/**
 * The longest label the text ends with, starting at a word boundary (or where `startsLine` says a line
 * starts: a heading without 。 runs into the next line's text).
 */
export function labelAtEnd(text: string, vocabulary: LabelEntry[], names: { alias: string }[], startsLine: (index: number) => boolean = () => false): LabelMatch | undefined {
  let best: LabelMatch | undefined;
  for (const entry of vocabulary) {
    const m = entry.re.exec(text);
    if (!m) continue;
    const start = text.length - m[0].length;
    const before = text.slice(0, start);
    const boundary = entry.scope !== undefined || BOUNDARY.test(before) || startsLine(start) || names.some((n) => before.endsWith(n.alias));
    if (!boundary) continue;
    if (!best || m[0].length > best.text.length) best = { entry, start, text: m[0] };
  }
  return best;
}
