/**
 * The published style, in one place: what the seed budgets' tables look like when printed
 * (title centred, bold and larger; header bold, centred, wrapped, on a light fill; a thin grid;
 * amounts right-aligned with thousands separators; codes as text; 类, unit and 合计 rows bold).
 */
import { decimalsOfFormat } from '../amount';

export const TITLE_FONT_SIZE = 16;
export const DEFAULT_FONT_SIZE = 11;
export const HEADER_FILL = '#F2F2F2';
export const TEXT_FORMAT = '@';
/** Column widths (character units) a plan sets: never below, never above. */
export const MIN_COLUMN_WIDTH = 6;
export const MAX_COLUMN_WIDTH = 60;
/** A header heading wraps, so it asks for at most this much width. */
export const MAX_HEADING_WIDTH = 16;
/** Freeze the header only when it ends this near the top of the sheet. */
export const MAX_FROZEN_ROWS = 15;

/** `#,##0`, `#,##0.00`, and with `zeroAsBlank` a third, empty section: `#,##0.00;-#,##0.00;`. */
export function amountFormat(decimals: number, zeroAsBlank: boolean): string {
  const base = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  return zeroAsBlank ? `${base};-${base};` : base;
}

/** The format hides zeros: it has a third section with no digit placeholder. */
export function hidesZero(numberFormat: string | undefined): boolean {
  const sections = (numberFormat ?? '').split(';');
  return sections.length >= 3 && !/[0#?]/.test(sections[2].replace(/"[^"]*"/g, ''));
}

function groups(numberFormat: string): boolean {
  return /#,##|0,0/.test(numberFormat.split(';')[0].replace(/"[^"]*"|\[[^\]]*\]/g, ''));
}

/**
 * Does a cell's format already show amounts as `desired` does? Same decimals, thousands separators,
 * same treatment of zero; padding (`_ `), colours and the negative section may differ.
 */
export function sameAmountFormat(current: string | undefined, desired: string): boolean {
  if (!current || current === TEXT_FORMAT || /^general$/i.test(current)) return false;
  if (current === desired) return true;
  return decimalsOfFormat(current) === decimalsOfFormat(desired) && groups(current) === groups(desired) && hidesZero(current) === hidesZero(desired);
}

/** Width of text in Excel's character units: a Chinese character (or full-width sign) takes two. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const wide = (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x3000 && code <= 0x303f) || code >= 0x20000;
    w += wide ? 2 : 1;
  }
  return w;
}
