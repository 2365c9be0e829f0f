/** Text normalization shared by recognition and rules: what counts as "the same words" in a table. */
import { TextCache } from './textCache';

/** Remove every kind of space (PDF pastes put spaces inside words: `收 入`, `合 计`). */
export function compact(text: string): string {
  // Most cells hold no space at all: a look at the characters is cheaper than a replace that finds
  // nothing (and than a regex call: every cell of a large table comes here).
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return text.replace(SPACES_RE, '');
  return text;
}

const SPACES_RE = /[\s\u3000\u00a0]+/g;

/** What `\s` matches in a JavaScript regex (which includes U+3000 and U+00A0), by character code. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether a text has anything but spaces: `compact(text) !== ''` without building the string. */
export function hasVisibleText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

const NORMALIZED = new TextCache<string>(50000);

/** Full-width ASCII to half-width, Chinese brackets and quotes unified; spaces removed. */
export function normalizeLabel(text: string): string {
  return NORMALIZED.get(text, foldLabel);
}

function foldLabel(text: string): string {
  let out = '';
  for (const ch of compact(text)) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (ch === '【' || ch === '〔') out += '[';
    else if (ch === '】' || ch === '〕') out += ']';
    else if ('“”„‟"'.includes(ch) || ch === '「' || ch === '」') out += '"';
    else if ('‘’\''.includes(ch)) out += "'";
    else out += ch;
  }
  return out;
}

const CN_NUMERAL = '一二三四五六七八九十百零〇';

export interface OrdinalSplit {
  /** 1 for `一、`, 2 for `1.`, `1、`, `(一)`, `(1)`; 0 when the label has no ordinal. */
  ordinal: 0 | 1 | 2;
  rest: string;
}

const CN_ORDINAL_RE = new RegExp(`^[${CN_NUMERAL}]+[、.．]`);
const CN_PAREN_ORDINAL_RE = new RegExp(`^\\([${CN_NUMERAL}]+\\)`);

const ORDINAL_SPLITS = new TextCache<Readonly<OrdinalSplit>>(50000);

/** Split a leading list ordinal off a label: `一、科学技术支出` -> {1, 科学技术支出}. */
export function splitOrdinal(label: string): Readonly<OrdinalSplit> {
  return ORDINAL_SPLITS.get(label, readOrdinal);
}

function readOrdinal(label: string): OrdinalSplit {
  const s = normalizeLabel(label);
  let m = CN_ORDINAL_RE.exec(s);
  if (m) return { ordinal: 1, rest: s.slice(m[0].length) };
  m = CN_PAREN_ORDINAL_RE.exec(s);
  if (m) return { ordinal: 2, rest: s.slice(m[0].length) };
  m = /^\d{1,2}(?:[、.．](?!\d)|\))|^\(\d{1,2}\)/.exec(s);
  if (m) return { ordinal: 2, rest: s.slice(m[0].length) };
  return { ordinal: 0, rest: s };
}

/** Leading spaces of a label, full-width spaces counting as two: PDF pastes indent with spaces. */
export function leadingSpaces(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === ' ' || ch === '\u00a0') n += 1;
    else if (ch === '\u3000') n += 2;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
}

/** The first four-digit year written as `2021年` or `2021 年` in a text. */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  const re = /(20\d{2}|19\d{2})\s*年/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(Number(m[1]));
  return out;
}

/**
 * Text file bytes as text: UTF-8 when they decode as UTF-8 (with or without BOM), else GB18030 (a superset
 * of GBK and GB2312: what Chinese Windows and Excel save .txt and .csv files in). TextDecoder is a global
 * in browsers and Node alike.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
