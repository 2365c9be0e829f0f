/**
 * Amounts as budget staff really type them, read into exact decimals.
 * `8,281`, `1,368.18`, full-width `８，２８１`, `(12.5)`, `-12.5`, text-formatted numbers,
 * and the blanks of published tables (empty, `-`, `—`, `/`). Anything else is reported, never zeroed.
 */
import Decimal from 'decimal.js';
import type { Cell } from './workbook';

export type Amount =
  | { kind: 'blank' }
  | {
      kind: 'number';
      value: Decimal;
      /** decimals as shown: rounding checks need them */
      decimals: number;
      /**
       * The same figure as a whole number of its last shown unit (12.34 -> 1234), when that is a safe
       * integer: sums of such integers are exact, so large tables are added without a Decimal per step.
       */
      units?: number;
    }
  | { kind: 'invalid'; text: string; reason: string };

export const BLANK: Amount = Object.freeze({ kind: 'blank' }) as Amount;

const BLANK_MARKS = new Set(['', '-', '--', '—', '——', '–', '－', '/', '／', '\\', '…', '...']);

/** Full-width digits, signs and punctuation to their ASCII forms; spaces of every kind removed. */
export function normalizeNumberText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else if (ch === '，') out += ',';
    else if (ch === '．' || ch === '。') out += '.';
    else if (ch === '（') out += '(';
    else if (ch === '）') out += ')';
    else if (ch === '－' || ch === '−' || ch === '﹣') out += '-';
    else if (ch === '＋') out += '+';
    else if (/\s/.test(ch) || ch === '\u3000' || ch === '\u00a0') continue;
    else out += ch;
  }
  return out;
}

const NUMBER_RE = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;
/** ASCII or full-width digits: what every readable figure has. */
const HAS_DIGIT_RE = /[0-9０-９]/;
/** Every character parseAmountText can read as part of a number (see normalizeNumberText). */
const FIGURE_CHARS_RE = /^[\s\u3000\u00a00-9０-９,，.．。()（）+＋\-－−﹣]+$/;

/** `units` from the digits as printed: exact up to 15 digits, otherwise left out (Decimal only). */
function unitsOf(negative: boolean, intDigits: string, fracDigits: string): number | undefined {
  const digits = intDigits + fracDigits;
  if (digits.length > 15) return undefined;
  const n = Number(digits);
  return negative && n !== 0 ? -n : n;
}

/**
 * A plainly printed number (`4,097`, `-12.50`). Its Decimal is built when first asked for: the
 * subtotal and row-sum checks add `units` and need no Decimal unless a sum disagrees, and a large
 * table has hundreds of thousands of figures. It keeps the text it was read from (no copy).
 */
class PlainNumber {
  readonly kind = 'number' as const;
  private exact: Decimal | undefined;
  constructor(
    private readonly text: string,
    private readonly grouped: boolean,
    readonly decimals: number,
    readonly units: number | undefined,
  ) {}

  get value(): Decimal {
    return (this.exact ??= new Decimal(this.grouped ? this.text.replace(/,/g, '') : this.text));
  }

  /** Serialized as an eagerly read amount would be. */
  toJSON(): { kind: 'number'; value: Decimal; decimals: number; units: number | undefined } {
    return { kind: 'number', value: this.value, decimals: this.decimals, units: this.units };
  }
}

/**
 * A figure kept as its units and decimals (1031.69 as 103169 and 2), made into an Amount when asked
 * for: a large table's figures live in typed arrays (recognize/rowAmounts.ts), not as objects.
 */
class UnitsNumber {
  readonly kind = 'number' as const;
  private exact: Decimal | undefined;
  constructor(
    readonly units: number,
    readonly decimals: number,
  ) {}

  get value(): Decimal {
    // Exponent notation: Decimal reads every digit, no rounding to its precision.
    return (this.exact ??= new Decimal(`${this.units}e-${this.decimals}`));
  }

  toJSON(): { kind: 'number'; value: Decimal; decimals: number; units: number } {
    return { kind: 'number', value: this.value, decimals: this.decimals, units: this.units };
  }
}

/**
 * Whether an amount read from text is exactly its units and decimals, so `figureOfUnits` gives it
 * back unchanged. Not a zero (−0.00 keeps its sign only as text) nor anything not read plainly.
 */
export function isUnitsFigure(a: Amount): a is Amount & { kind: 'number'; units: number } {
  return a instanceof PlainNumber && a.units !== undefined && a.units !== 0 && a.decimals < 100;
}

/** The figure units × 10^−decimals (see isUnitsFigure). */
export function figureOfUnits(units: number, decimals: number): Amount {
  return new UnitsNumber(units, decimals);
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/**
 * What most cells hold (`4,097`, `-12.50`): a plain number, /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/
 * (called PLAIN_NUMBER_RE below), read in one pass over the characters without the full normalization or
 * the match's strings: every figure of a large table comes here, and the regex's substrings were a
 * good part of the garbage.
 */
function readPlainNumber(raw: string): PlainNumber | undefined {
  return scanPlainNumber(raw) ? new PlainNumber(raw, scanned.grouped, scanned.decimals, Number.isNaN(scanned.units) ? undefined : scanned.units) : undefined;
}

/**
 * What the last successful scanPlainNumber read: a scratch record, so that the scan allocates nothing.
 * `units` is NaN past 15 digits (not undefined: a field that only ever holds numbers is written in
 * place, one that may hold undefined boxes every non-small number it is given).
 */
const scanned: { grouped: boolean; decimals: number; units: number } = { grouped: false, decimals: 0, units: Number.NaN };

/** Whether `raw` is a plain number (PLAIN_NUMBER_RE); when it is, `scanned` holds what it says. */
function scanPlainNumber(raw: string): boolean {
  const n = raw.length;
  const negative = raw.charCodeAt(0) === 45; // '-'
  let i = negative ? 1 : 0;
  const intStart = i;
  let digits = 0;
  let value = 0; // exact while digits <= 15
  let commas = 0;
  let group = 0; // digits since the last comma
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (isDigitCode(c)) {
      value = value * 10 + (c - 48);
      digits++;
      group++;
    } else if (c === 44) {
      // ','
      if (commas === 0 ? group < 1 || group > 3 : group !== 3) return false;
      commas++;
      group = 0;
    } else break;
  }
  if (i === intStart || (commas > 0 && group !== 3)) return false;
  let decimals = 0;
  if (i < n) {
    if (raw.charCodeAt(i) !== 46) return false; // '.'
    for (i++; i < n; i++) {
      const c = raw.charCodeAt(i);
      if (!isDigitCode(c)) return false;
      value = value * 10 + (c - 48);
      digits++;
      decimals++;
    }
    if (decimals === 0) return false;
  }
  scanned.units = digits > 15 ? Number.NaN : negative && value !== 0 ? -value : value;
  scanned.grouped = commas > 0;
  scanned.decimals = decimals;
  return true;
}

/** Parse a typed amount. Returns blank, a number with its shown decimals, or invalid with the reason. */
export function parseAmountText(raw: string): Amount {
  const plain = readPlainNumber(raw);
  if (plain) return plain;
  const trimmed = raw.trim();
  if (BLANK_MARKS.has(trimmed)) return BLANK;
  let s = normalizeNumberText(trimmed);
  if (BLANK_MARKS.has(s)) return BLANK;
  if (/^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)/i.test(s)) {
    return { kind: 'invalid', text: raw, reason: `Excel 错误值 ${s}（error value）` };
  }
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  const m = NUMBER_RE.exec(s);
  if (!m || (m[2] === undefined && m[3] === undefined)) {
    return { kind: 'invalid', text: raw, reason: describeUnreadable(s) };
  }
  if (m[1] === '-') negative = !negative;
  const intPart = (m[2] ?? '0').replace(/,/g, '');
  const frac = m[3] ?? '';
  let value = new Decimal(`${intPart}${frac ? '.' + frac : ''}`);
  if (negative) value = value.negated();
  return { kind: 'number', value, decimals: frac.length, units: unitsOf(negative, intPart, frac) };
}

function describeUnreadable(s: string): string {
  if (/%$/.test(s)) return `百分数不是金额：${s}（a percentage, not an amount）`;
  if (/(万元|元|千元|亿元)$/.test(s)) return `金额中含单位：${s}（unit inside the amount; put the unit in the header）`;
  if (/^[+-]?[\d,]*\.?\d*e[+-]?\d+$/i.test(s)) return `科学计数法：${s}（scientific notation）`;
  if (/\d,\d{1,2}(\D|$)|\d,\d{4,}/.test(s)) return `千分位逗号位置不对：${s}（misplaced thousands separator）`;
  if (/\d\.\d*\./.test(s)) return `多个小数点：${s}（more than one decimal point）`;
  if (/\d/.test(s)) return `数字中夹有文字：${s}（text mixed into the number）`;
  return `不是数字：${s}（not a number）`;
}

const FORMAT_DECIMALS = new Map<string, number | undefined>();
let lastFormat: string | undefined;
let lastFormatDecimals: number | undefined;

/** Decimals a number format shows: `#,##0.00` -> 2, `0` -> 0; undefined for General or text. */
export function decimalsOfFormat(numberFormat: string | undefined): number | undefined {
  if (!numberFormat) return undefined;
  // The cells of a column share one format string: the last answer is most often the one asked for.
  if (numberFormat === lastFormat) return lastFormatDecimals;
  if (FORMAT_DECIMALS.has(numberFormat)) {
    lastFormat = numberFormat;
    lastFormatDecimals = FORMAT_DECIMALS.get(numberFormat);
    return lastFormatDecimals;
  }
  const decimals = readFormatDecimals(numberFormat);
  if (FORMAT_DECIMALS.size < 1000) FORMAT_DECIMALS.set(numberFormat, decimals);
  lastFormat = numberFormat;
  lastFormatDecimals = decimals;
  return decimals;
}

function readFormatDecimals(numberFormat: string): number | undefined {
  const section = numberFormat.split(';')[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  if (/^general$/i.test(section.trim()) || section.trim() === '@') return undefined;
  const m = /\.([0#?]+)/.exec(section);
  if (m) return m[1].replace(/[^0]/g, '').length;
  return /[0#]/.test(section) ? 0 : undefined;
}

/** Decimals of a JS number as it would print in General format (e.g. 4.5 -> 1). */
function decimalsOfNumber(n: number): number {
  const s = new Decimal(n).toFixed();
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * Read an amount cell. A number keeps the decimals its format shows (the published figure);
 * a text cell is parsed from its text.
 */
export function parseAmount(cell: Cell): Amount {
  const v = cell.value;
  if (v === null || v === undefined) {
    // A formula saved without its result (written by a program, never opened in Excel): not a zero.
    if (!cell.text && cell.formula) return { kind: 'invalid', text: `=${cell.formula}`, reason: '公式没有计算结果，请在 Excel 中打开并保存后再检查（a formula with no computed value: open and save the file in Excel）' };
    return cell.text ? parseAmountText(cell.text) : BLANK;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'invalid', text: String(v), reason: '不是有限数字（not a finite number）' };
    // The shown text decides the published figure when it is a plain number (e.g. 820 shown for 820.4).
    const shown = cell.text ? parseAmountText(cell.text) : undefined;
    const fmtDecimals = decimalsOfFormat(cell.numberFormat);
    if (shown && shown.kind === 'number') {
      // A text that is the value itself reads the same as the value at the decimals it shows: when
      // the format shows as many (or says nothing), the text decides either way, and String(v), a
      // costly conversion, is needed only when format and text disagree.
      if ((fmtDecimals === undefined || fmtDecimals === shown.decimals) && !Object.is(v, -0)) return shown;
      if (cell.text !== String(v)) return shown;
    }
    const decimals = fmtDecimals ?? decimalsOfNumber(v);
    const exact = new Decimal(v);
    const value = fmtDecimals === undefined ? exact : exact.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
    const fixed = value.toFixed(decimals);
    const negative = fixed.startsWith('-');
    const [int, frac = ''] = (negative ? fixed.slice(1) : fixed).split('.');
    return { kind: 'number', value, decimals, units: unitsOf(negative, int, frac) };
  }
  if (typeof v === 'boolean') return { kind: 'invalid', text: String(v), reason: '逻辑值不是金额（a TRUE/FALSE value, not an amount）' };
  return parseAmountText(v);
}

/** What the last successful readPlainFigure read (a scratch record: the read allocates nothing). */
export const plainFigure: { units: number; decimals: number } = { units: Number.NaN, decimals: 0 }; // (NaN: a field of doubles from the start)

/**
 * parseAmount's common case without its object: true when the cell reads as a plain number that
 * isUnitsFigure would accept, or as a zero without a minus sign (0, 0.00: figureOfUnits gives the
 * same zero back; only −0.00 needs its text), its units and decimals then in `plainFigure`. False
 * says nothing but "ask parseAmount" (every figure of a large table comes here first; zeros are
 * common in budget tables, and kept as objects they were a tenth of what a large check kept).
 */
export function readPlainFigure(cell: Cell): boolean {
  const v = cell.value;
  let text: string;
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || Object.is(v, -0) || !cell.text) return false;
    text = cell.text;
  } else if (typeof v === 'string') text = v;
  else if (v === null || v === undefined) text = cell.text;
  else return false;
  if (!text || !scanPlainNumber(text) || Number.isNaN(scanned.units) || scanned.decimals >= 100) return false;
  if (scanned.units === 0 && text.charCodeAt(0) === 45) return false; // −0.00
  if (typeof v === 'number') {
    // As parseAmount: the shown text decides when the format shows as many decimals (or says nothing).
    const fmtDecimals = decimalsOfFormat(cell.numberFormat);
    if (fmtDecimals !== undefined && fmtDecimals !== scanned.decimals) return false;
  }
  plainFigure.units = scanned.units;
  plainFigure.decimals = scanned.decimals;
  return true;
}

/**
 * A signed change written in words, as 三公 tables do: `减少0.60` -> -0.60, `增加1.00` -> +1.00.
 * Plain numbers parse as usual.
 */
export function parseSignedChangeText(raw: string): Amount {
  const s = normalizeNumberText(raw);
  const m = /^(增加|增长|上升|减少|下降|降低|减)(.*)$/.exec(s);
  if (!m) return parseAmountText(raw);
  const rest = m[2].replace(/(万元|元)$/, '');
  const inner = parseAmountText(rest);
  if (inner.kind !== 'number') return inner.kind === 'blank' ? { kind: 'invalid', text: raw, reason: `增减文字后没有数字：${raw}` } : inner;
  const negative = /^(减少|下降|降低|减)$/.test(m[1]);
  const units = inner.units === undefined ? undefined : negative && inner.units !== 0 ? -inner.units : inner.units;
  return { kind: 'number', value: negative ? inner.value.negated() : inner.value, decimals: inner.decimals, units };
}

/**
 * Whether parseAmount would read the cell as a number, without building the Decimal: recognition
 * asks this of every cell of every row.
 */
export function readsAsNumber(cell: Cell): boolean {
  const v = cell.value;
  if (typeof v === 'number') return Number.isFinite(v);
  const text = typeof v === 'string' ? v : v === null || v === undefined ? cell.text : '';
  if (!text) return false;
  if (scanPlainNumber(text)) return true;
  if (!HAS_DIGIT_RE.test(text)) return false; // a label: no figure without a digit
  // A figure is digits, signs, separators, brackets and spaces (half- or full-width): a name with a
  // digit in it (第4局本级, 2021年) is not one, and reading it in full to say why costs far more.
  if (!FIGURE_CHARS_RE.test(text)) return false;
  return parseAmount(cell).kind === 'number';
}

export function isNumber(a: Amount): a is { kind: 'number'; value: Decimal; decimals: number } {
  return a.kind === 'number';
}

/** The value of an amount, blank as zero (for sums only; blanks are never reported as zero figures). */
export function valueOrZero(a: Amount): Decimal {
  return a.kind === 'number' ? a.value : new Decimal(0);
}
