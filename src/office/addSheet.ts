/**
 * A new worksheet holding lines of text in column A (the 说明 paragraphs the pane generated), after
 * the last sheet, activated. Two syncs: the existing names (the new name must be unique, compared
 * without case as Excel does), then add, write as text (`@`, so nothing is read as a number or a
 * formula), wrap, bold the headings, activate.
 */
export interface TextLine {
  text: string;
  bold?: boolean;
}

const MAX_NAME = 31;

/** `说明`, or `说明 (2)`, `说明 (3)` … when taken; characters Excel forbids in sheet names are dropped. */
export function uniqueSheetName(base: string, taken: string[]): string {
  const clean = base.replace(/[[\]:*?/\\]/g, '').replace(/^'+|'+$/g, '').trim().slice(0, MAX_NAME) || 'Sheet';
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, MAX_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Column A's width in points: about 60 Chinese characters at 11 pt. */
const COLUMN_WIDTH = 660;

export async function addTextSheetInContext(context: Excel.RequestContext, baseName: string, lines: TextLine[]): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const name = uniqueSheetName(
    baseName,
    sheets.items.map((s) => s.name),
  );
  const sheet = sheets.add(name);
  if (lines.length) {
    const range = sheet.getRange(`A1:A${lines.length}`);
    range.numberFormat = lines.map(() => ['@']);
    range.values = lines.map((l) => [l.text]);
    range.format.wrapText = true;
    range.format.verticalAlignment = 'Top';
    range.format.columnWidth = COLUMN_WIDTH;
    lines.forEach((l, i) => {
      if (l.bold) sheet.getRange(`A${i + 1}`).format.font.bold = true;
    });
  }
  sheet.activate();
  await context.sync();
  return name;
}
