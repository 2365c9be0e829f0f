/**
 * Marks: the fill colour (and, with ExcelApi 1.18, a note) the add-in paints on finding cells.
 * Each mark remembers the cell's previous fill, so clearing restores exactly that, and touches a
 * cell only if it still shows the add-in's colour (a fill the user changed afterwards is left).
 *   paint: sync 1 loads previous fills (and whether a note exists), sync 2 writes.
 *   clear: sync 1 loads current fills, sync 2 restores.
 */
import type { Mark } from './gateway';
import type { Supports } from './requirements';

export interface MarkRecord {
  sheet: string;
  cell: string;
  color: string;
  /** The fill before: `#RRGGBB`, or null for no fill. */
  previous: string | null;
  /** The add-in added a note (and must delete it on clear). */
  noteAdded: boolean;
}

const key = (m: { sheet: string; cell: string }) => `${m.sheet}!${m.cell}`;
const upper = (c: unknown) => (typeof c === 'string' ? c.toUpperCase() : c);

/** Excel's address for a note key: `'My sheet'!B3`. */
function noteAddress(m: { sheet: string; cell: string }): string {
  return `'${m.sheet.replace(/'/g, "''")}'!${m.cell}`;
}

export async function paintMarksInContext(context: Excel.RequestContext, marks: Mark[], existing: MarkRecord[], supports: Supports): Promise<MarkRecord[]> {
  const seen = new Set(existing.map(key));
  const todo = marks.filter((m) => !seen.has(key(m)) && (seen.add(key(m)), true));
  if (!todo.length) return [];
  const withPattern = supports(9);
  const withNotes = supports(18);
  const reads = todo.map((mark) => {
    const range = context.workbook.worksheets.getItem(mark.sheet).getRange(mark.cell);
    range.load('format/fill/color');
    const props = withPattern ? range.getCellProperties({ format: { fill: { color: true, pattern: true } } }) : undefined;
    // A *OrNullObject's isNullObject is known after the sync; nothing needs loading.
    const note = withNotes && mark.note ? context.workbook.notes.getItemOrNullObject(noteAddress(mark)) : undefined;
    return { mark, range, props, note };
  });
  await context.sync();
  const records: MarkRecord[] = reads.map(({ mark, range, props, note }) => {
    const pattern = props?.value?.[0]?.[0]?.format?.fill?.pattern;
    const color = String(upper(range.format.fill.color) ?? '');
    // Without ExcelApi 1.9 "no fill" reads as white: restore it as no fill.
    const previous = pattern ? (pattern === 'None' ? null : color) : color === '#FFFFFF' || color === '' ? null : color;
    const noteAdded = !!(note && note.isNullObject);
    range.format.fill.color = mark.color;
    if (noteAdded) context.workbook.notes.add(noteAddress(mark), mark.note);
    return { sheet: mark.sheet, cell: mark.cell, color: String(upper(mark.color)), previous, noteAdded };
  });
  await context.sync();
  return records;
}

export async function clearMarksInContext(context: Excel.RequestContext, records: MarkRecord[], supports: Supports): Promise<void> {
  if (!records.length) return;
  const reads = records.map((record) => {
    const range = context.workbook.worksheets.getItem(record.sheet).getRange(record.cell);
    range.load('format/fill/color');
    const note = record.noteAdded && supports(18) ? context.workbook.notes.getItemOrNullObject(noteAddress(record)) : undefined;
    return { record, range, note };
  });
  await context.sync();
  for (const { record, range, note } of reads) {
    if (upper(range.format.fill.color) === record.color) {
      if (record.previous === null) range.format.fill.clear();
      else range.format.fill.color = record.previous;
    }
    if (note && !note.isNullObject) note.delete();
  }
  await context.sync();
}
