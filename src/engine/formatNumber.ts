/**
 * The text Excel shows for a number under a number format, for the formats budget tables use
 * (`#,##0`, `#,##0.00`, `0.00`, `0%`, General). exceljs gives values, not displayed text; the engine needs it for the text of cells its plans change.
 */

/** What one section of a format asks for (read once per format: every figure of a sheet comes here). */
interface SectionPlan {
  /** General or text (`@`): the number as JavaScript prints it. */
  general: boolean;
  percent: boolean;
  decimals: number;
  grouped: boolean;
  /** The section wraps the figure in parentheses (`(#,##0.00)`). */
  parens: boolean;
}

interface FormatPlan {
  /** The text of a zero when a third section shows no digits (`#,##0.00;-#,##0.00;` shows blank). */
  zero: string | undefined;
  /** The format has a section of its own for negative numbers. */
  negativeSection: boolean;
  positive: SectionPlan;
  negative: SectionPlan;
}

function sectionPlan(fmt: string): SectionPlan {
  const general = /^general$/i.test(fmt.trim()) || fmt.trim() === '@';
  const clean = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  const m = /\.([0#]+)/.exec(clean);
  return { general, percent: clean.includes('%'), decimals: m ? m[1].replace(/#/g, '').length : 0, grouped: /#,##|0,0/.test(clean), parens: /\(/.test(fmt) };
}

function formatPlan(numberFormat: string): FormatPlan {
  const sections = numberFormat.split(';');
  let zero: string | undefined;
  if (sections.length >= 3) {
    const text = sections[2].replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
    if (!/[0#?]/.test(text)) zero = text.replace(/_.|\*./g, '').trim();
  }
  // A format of one section shows negative numbers by it too, with a minus sign.
  return { zero, negativeSection: sections.length > 1, positive: sectionPlan(sections[0]), negative: sectionPlan(sections[1] ?? numberFormat) };
}

const PLANS = new Map<string, FormatPlan>();

function planOf(numberFormat: string): FormatPlan {
  let plan = PLANS.get(numberFormat);
  if (!plan) {
    plan = formatPlan(numberFormat);
    if (PLANS.size < 1000) PLANS.set(numberFormat, plan);
  }
  return plan;
}

export function formatNumber(value: number, numberFormat?: string): string {
  if (!numberFormat) return String(value);
  const plan = planOf(numberFormat);
  if (value === 0 && plan.zero !== undefined) return plan.zero;
  const section = value < 0 ? plan.negative : plan.positive;
  if (section.general) return String(value);
  const n = section.percent ? value * 100 : value;
  let s = Math.abs(n).toFixed(section.decimals);
  if (section.grouped) {
    const [int, frac] = s.split('.');
    s = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
  }
  const negInOwnSection = value < 0 && plan.negativeSection;
  const sign = value < 0 && !negInOwnSection ? '-' : '';
  const wrapped = negInOwnSection && section.parens ? `(${s})` : negInOwnSection ? `-${s}` : s;
  return sign + wrapped + (section.percent ? '%' : '');
}
