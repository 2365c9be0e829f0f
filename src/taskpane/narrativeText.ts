/** The generated 说明 as text for the clipboard and as lines for a new sheet: each title, its lines, a blank line. */
import type { NarrativeParagraph } from '../engine/narrative';
import type { TextLine } from '../office/gateway';

export function narrativePlainText(paragraphs: NarrativeParagraph[]): string {
  return paragraphs.map((p) => `${p.title}\n${p.text}`).join('\n\n');
}

export function narrativeSheetLines(paragraphs: NarrativeParagraph[]): TextLine[] {
  return paragraphs.flatMap((p, i) => [...(i ? [{ text: '' }] : []), { text: p.title, bold: true }, ...p.text.split('\n').map((text) => ({ text }))]);
}
