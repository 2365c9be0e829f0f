/**
 * The text Excel shows for a number under a number format, for the formats budget tables use
 * (`#,##0`, `#,##0.00`, `0.00`, `0%`, General). exceljs gives values, not displayed text; the engine needs it for the text of cells its plans change.
 */
export function formatNumber(value: number, numberFormat?: string): string {
  const sections = (numberFormat ?? '').split(';');
  // A third section is for zero: `#,##0.00;-#,##0.00;` shows zero as blank.
  if (value === 0 && sections.length >= 3) {
    const zero = sections[2].replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
    if (!/[0#?]/.test(zero)) return zero.replace(/_.|\*./g, '').trim();
  }
  const fmt = (numberFormat ?? 'General').split(';')[value < 0 ? 1 : 0] ?? numberFormat ?? 'General';
  if (!numberFormat || /^general$/i.test(fmt.trim()) || fmt.trim() === '@') return String(value);
  const clean = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  const percent = clean.includes('%');
  const m = /\.([0#]+)/.exec(clean);
  const decimals = m ? m[1].replace(/#/g, '').length : 0;
  const grouped = /#,##|0,0/.test(clean);
  const n = percent ? value * 100 : value;
  let s = Math.abs(n).toFixed(decimals);
  if (grouped) {
    const [int, frac] = s.split('.');
    s = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
  }
  const negInOwnSection = value < 0 && (numberFormat.split(';').length > 1);
  const sign = value < 0 && !negInOwnSection ? '-' : '';
  const wrapped = negInOwnSection && /\(/.test(fmt) ? `(${s})` : negInOwnSection ? `-${s}` : s;
  return sign + wrapped + (percent ? '%' : '');
}
