/**
 * Find the figures in narrative text and say what each is: a level (人员支出 1,114 万元) with its label
 * and scope (the department or a unit), or what qualifies a level — the year before (比2022年预算数
 * 522.55 万元), a change (减少 172.33 万元), a rate (下降 32.98%), a share (占 88.19%), 与上年持平.
 * Text broken over lines (PDF extracts: `2,099 万\n元`) is read as one stream; only amounts with a
 * money unit and percentages are figures.
 */
import Decimal from 'decimal.js';
import type { MoneyUnit } from '../types';
import { compact } from '../text';
import type { NarrativeLine } from './textSource';
import type { FactBook, FactKey, Scope } from './types';
import { buildVocabulary, labelAtEnd, scopeNames, type LabelEntry } from './vocabulary';

export type FigureRole = 'level' | 'previous' | 'change' | 'rate' | 'share';

export interface TextFigure {
  /** Index of the line (text-file line or text cell) the figure starts on. */
  line: number;
  /** As written, spaces removed: `4,866元`. */
  raw: string;
  value: Decimal;
  decimals: number;
  unit: MoneyUnit | '%';
  role: FigureRole;
  /** For a level: the label as written and what it may refer to; none when no label was recognized. */
  label?: string;
  keys?: FactKey[];
  scope: Scope;
  /** A level stated for another year than the tables' (2020年公务接待费 …). */
  year?: number;
  /** For previous/change/rate/share: index of the level it qualifies. */
  level?: number;
  /** For a share: index of the total it is a share of (the level before 其中). */
  base?: number;
  /** A level followed by 与上年持平. */
  unchanged?: boolean;
}

interface Stream {
  text: string;
  /** Line index of each character of text. */
  lineOf: number[];
}

/** Full-width digits and signs to ASCII, ⒈ to `1.`; everything else as is. */
function normalizeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
  if (code >= 0x2488 && code <= 0x249b) return `${code - 0x2487}.`;
  if (ch === '％') return '%';
  if (ch === '．') return '.';
  if (ch === '\u3000' || ch === '\u00a0') return ' ';
  return ch;
}

/** Spaces and line breaks dropped (kept as one space between two digits); a new sheet ends a sentence. */
function streamOf(lines: NarrativeLine[]): Stream {
  let text = '';
  const lineOf: number[] = [];
  let space = false;
  lines.forEach((l, li) => {
    if (li > 0 && lines[li - 1].sheet !== l.sheet) {
      text += '。';
      lineOf.push(li);
    }
    for (const raw of l.text) {
      for (const ch of normalizeChar(raw)) {
        if (/\s/.test(ch)) {
          space = true;
          continue;
        }
        if (space && /\d/.test(ch) && /\d$/.test(text)) {
          text += ' ';
          lineOf.push(li);
        }
        space = false;
        text += ch;
        lineOf.push(li);
      }
    }
    space = true;
  });
  return { text, lineOf };
}

const FIGURE = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(亿元|万元|千元|元|%)/g;
const SENTENCE_END = /[。！？!?]/;
const CLAUSE_END = /[。！？!?；;]/;

const CHANGE_END = /(增加|减少|增长|下降|降低|上升|新增|压减|核减|调增|调减|减|增)了?(?:[（(](?:增加|减少|增长|下降)[）)])?(?:幅度)?(?:为|是|达)?$/;
const NEGATIVE_CHANGE = /^(减少|下降|降低|压减|核减|调减|减)/;
const PREVIOUS_END = /(?:比|较|与)(?:上年度?|上一年度?|\d{4}年度?)?(?:的)?(?:年初)?(?:预算数?|预算执行数|执行数|决算数?)?(?:为|是)?$/;
const SHARE_END = /占(?:比)?(?:为|是|达)?$|占[^，。；]{0,12}的(?:比例|比重)?(?:为|是)?$/;
const COMPARE = /比|较|同比/;
const UNCHANGED = /^[^。；;]{0,4}?与[^，。；;]{0,16}持平/;
const CHANGE_BEFORE_LABEL = /(增加|减少|新增|压减|核减|调增|调减|节约|节省|增|减)了?$/;
const FILLERS = [/(?:预算数为|预算数是|预算数|预算安排|预算总额|预算额|年初预算|预算|财政拨款|安排|总额|共计|合计|总计|金额|数额|为|是|达到|达|约|计|了|：|:)$/, /(\d{4})年度?$/];
const ORDINAL = /^(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．])/;

interface Labelled {
  label: string;
  keys: FactKey[];
  scope?: Scope;
  year?: number;
  afterChangeWord: boolean;
}

/** The label a clause ends with, fillers (预算数为, 2021年) stripped one at a time. */
function labelOf(ctx: string, vocabulary: LabelEntry[], names: { alias: string }[], startsLine: (index: number) => boolean): Labelled | undefined {
  let s = ctx;
  let year: number | undefined;
  for (let i = 0; i < 8; i++) {
    const m = labelAtEnd(s, vocabulary, names, startsLine);
    if (m) {
      const before = s.slice(0, m.start).replace(/的$/, '');
      const y = /(\d{4})年度?$/.exec(before);
      return { label: m.text, keys: m.entry.keys, scope: m.entry.scope, year: year ?? (y ? Number(y[1]) : undefined), afterChangeWord: CHANGE_BEFORE_LABEL.test(before) };
    }
    let stripped = s;
    for (const f of FILLERS) {
      const fm = f.exec(stripped);
      if (fm) {
        if (fm[1] && /^\d{4}$/.test(fm[1])) year ??= Number(fm[1]);
        stripped = stripped.slice(0, stripped.length - fm[0].length);
        break;
      }
    }
    if (stripped === s) return undefined;
    s = stripped;
  }
  return undefined;
}

/** Block scope of each line: a heading naming a unit opens its block; 第X部分 or another 一、 heading closes it. */
function blockScopes(lines: NarrativeLine[], names: { alias: string; scope: Scope }[]): Scope[] {
  let scope: Scope = '';
  return lines.map((l, i) => {
    if (i > 0 && lines[i - 1].sheet !== l.sheet) scope = '';
    const t = compact(l.text);
    if (/^第[一二三四五六七八九十]+部分/.test(t) || /^[一二三四五六七八九十]+[、.．]/.test(t)) scope = '';
    const rest = t.replace(ORDINAL, '');
    const hit = names.find((n) => rest === n.alias);
    if (hit) scope = hit.scope;
    return scope;
  });
}

/** Positions where a unit or the department is named, longest names first, not overlapping. */
function mentions(text: string, names: { alias: string; scope: Scope }[]): { at: number; end: number; scope: Scope }[] {
  const out: { at: number; end: number; scope: Scope }[] = [];
  for (const n of names) {
    let from = 0;
    for (let at = text.indexOf(n.alias, from); at >= 0; at = text.indexOf(n.alias, from)) {
      from = at + n.alias.length;
      if (!out.some((o) => at < o.end && from > o.at)) out.push({ at, end: from, scope: n.scope });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

function lastIndexBefore(text: string, re: RegExp, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) if (re.test(text[i])) return i;
  return -1;
}

export function scanNarrative(lines: NarrativeLine[], book: FactBook): TextFigure[] {
  const names = scopeNames(book);
  const vocabulary = buildVocabulary(book);
  const { text, lineOf } = streamOf(lines);
  const blocks = blockScopes(lines, names);
  const named = mentions(text, names);
  const out: TextFigure[] = [];

  let clauseStart = -1;
  let sentenceStart = -1;
  let current: number | undefined; // the level of the clause
  let base: number | undefined; // the total before 其中 in the sentence
  let lastLevel: number | undefined;
  let lastRole: FigureRole | undefined;
  let prevEnd = 0;

  for (const m of text.matchAll(FIGURE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const sStart = lastIndexBefore(text, SENTENCE_END, start) + 1;
    const cStart = lastIndexBefore(text, CLAUSE_END, start) + 1;
    if (sStart !== sentenceStart) {
      sentenceStart = sStart;
      base = undefined;
      lastLevel = undefined;
    }
    if (cStart !== clauseStart) {
      clauseStart = cStart;
      current = undefined;
      lastRole = undefined;
    }
    const ctxStart = Math.max(prevEnd, cStart);
    const ctx = text.slice(ctxStart, start);
    prevEnd = end;
    const unit = m[3] as MoneyUnit | '%';
    const figure: TextFigure = {
      line: lineOf[start],
      raw: m[0],
      value: new Decimal(`${m[1].replace(/,/g, '')}${m[2] ? '.' + m[2] : ''}`),
      decimals: m[2]?.length ?? 0,
      unit,
      role: 'level',
      scope: named.filter((n) => n.at >= sentenceStart && n.end <= start).pop()?.scope ?? blocks[lineOf[start]],
    };
    const attachable = current !== undefined && (COMPARE.test(ctx) || lastRole === 'previous' || lastRole === 'change' || lastRole === 'rate');

    if (unit === '%') {
      if (SHARE_END.test(ctx) && current !== undefined) {
        out.push({ ...figure, role: 'share', level: current, base });
        lastRole = 'share';
      } else if (CHANGE_END.test(ctx) && attachable) {
        out.push({ ...figure, role: 'rate', value: signed(figure.value, ctx), level: current });
        lastRole = 'rate';
      }
      continue;
    }
    if (CHANGE_END.test(ctx)) {
      if (attachable) {
        out.push({ ...figure, role: 'change', value: signed(figure.value, ctx), level: current });
        lastRole = 'change';
      }
      continue;
    }
    if (PREVIOUS_END.test(ctx)) {
      if (current !== undefined) {
        out.push({ ...figure, role: 'previous', level: current });
        lastRole = 'previous';
      }
      continue;
    }
    let labelled = labelOf(ctx, vocabulary, names, (i) => ctxStart + i === 0 || lineOf[ctxStart + i] !== lineOf[ctxStart + i - 1]);
    if (!labelled && ctxStart === sStart) labelled = headingLabel(text, sStart, ctx, vocabulary, names);
    const level: TextFigure = { ...figure };
    if (labelled && !labelled.afterChangeWord) {
      level.label = labelled.label;
      level.keys = labelled.keys;
      if (labelled.scope !== undefined) level.scope = labelled.scope;
      if (labelled.year !== undefined && labelled.year !== book.year) level.year = labelled.year;
    }
    if (/其中/.test(ctx) && lastLevel !== undefined) base = lastLevel;
    out.push(level);
    current = out.length - 1;
    lastLevel = current;
    lastRole = 'level';
    if (UNCHANGED.test(text.slice(end))) level.unchanged = true;
  }
  return out;
}

function signed(value: Decimal, ctx: string): Decimal {
  const word = CHANGE_END.exec(ctx)?.[1] ?? '';
  return NEGATIVE_CHANGE.test(word) ? value.negated() : value;
}

/**
 * `1.因公出国（境）费用。2021年预算数0万元`: the label is the whole previous sentence (a heading
 * followed by 。), the figure's own clause holding only fillers.
 */
function headingLabel(text: string, sentenceStart: number, ctx: string, vocabulary: LabelEntry[], names: { alias: string }[]): Labelled | undefined {
  if (!/^(\d{4}年度?)?(预算数为|预算数|预算安排|预算|安排)?(为)?$/.test(ctx) || sentenceStart === 0) return undefined;
  const prevStart = lastIndexBefore(text, SENTENCE_END, sentenceStart - 1) + 1;
  const heading = text.slice(prevStart, sentenceStart - 1).replace(ORDINAL, '');
  const m = labelAtEnd(heading, vocabulary, names);
  if (!m || m.start !== 0) return undefined;
  const y = /^(\d{4})年/.exec(ctx);
  return { label: m.text, keys: m.entry.keys, scope: m.entry.scope, year: y ? Number(y[1]) : undefined, afterChangeWord: false };
}
