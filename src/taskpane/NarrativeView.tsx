/**
 * The 说明 tab: the paragraphs the engine generates from the tables (generateNarrative), 复制 to the
 * clipboard, 插入到工作表 (a new sheet), each paragraph's figures with the cells they came from, and
 * optionally the year before from another workbook. Display and events only.
 */
import * as React from 'react';
import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { NarrativeParagraph } from '../engine/narrative';
import type { Strings } from './strings';
import { FilePickerButton } from './FilePickerButton';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  title: { fontWeight: tokens.fontWeightSemibold, margin: 0, overflowWrap: 'anywhere' },
  text: { whiteSpace: 'pre-line', overflowWrap: 'anywhere', lineHeight: tokens.lineHeightBase400, margin: 0 },
  help: { color: tokens.colorNeutralForeground3 },
  sources: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  summary: { cursor: 'pointer' },
  figures: { listStyleType: 'none', margin: '4px 0 0', padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  figure: { minWidth: 0, height: 'auto', padding: '1px 4px', justifyContent: 'flex-start', textAlign: 'left', whiteSpace: 'normal', overflowWrap: 'anywhere', fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200 },
});

export interface NarrativeViewProps {
  t: Strings;
  paragraphs: NarrativeParagraph[];
  busy: boolean;
  previousFile?: string;
  onCopy: () => void;
  onInsert: () => void;
  onSelect: (sheet: string, cell: string) => void;
  onPreviousFile: (file: File) => void;
  onClearPrevious: () => void;
}

/** `表1!B3` → its sheet and cell; a previous-year workbook's `[file]表1!B3` is not in this workbook. */
function place(ref: string): { sheet: string; cell: string } | undefined {
  if (ref.startsWith('[')) return undefined;
  const at = ref.lastIndexOf('!');
  return at > 0 ? { sheet: ref.slice(0, at).replace(/^'(.*)'$/, '$1'), cell: ref.slice(at + 1) } : undefined;
}

const unitText = (unit: string) => (unit === '%' ? '%' : ` ${unit}`);
/** `8281` → `8,281` (the integer part grouped, as the paragraphs print figures). */
const grouped = (value: string) => value.replace(/^(-?)(\d+)/, (_, sign: string, int: string) => sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ','));

export function NarrativeView({ t, paragraphs, busy, previousFile, onCopy, onInsert, onSelect, onPreviousFile, onClearPrevious }: NarrativeViewProps): React.ReactElement {
  const styles = useStyles();
  return (
    <>
      <section className={styles.section}>
        <div className={styles.row}>
          <Button appearance="primary" onClick={onCopy} disabled={busy || !paragraphs.length}>
            {t.copyNarrative}
          </Button>
          <Button onClick={onInsert} disabled={busy || !paragraphs.length}>
            {t.insertNarrative}
          </Button>
        </div>
        <Caption1 className={styles.help} data-testid="previous-year">
          {previousFile ? t.previousFrom(previousFile) : t.previousOwn}
        </Caption1>
        <div className={styles.row}>
          <FilePickerButton size="small" accept=".xlsx,.xlsm" inputTestId="previous-input" onFile={onPreviousFile} disabled={busy}>
            {t.loadPrevious}
          </FilePickerButton>
          {previousFile && (
            <Button size="small" appearance="subtle" onClick={onClearPrevious} disabled={busy}>
              {t.clearPrevious}
            </Button>
          )}
        </div>
      </section>
      {!paragraphs.length && <Text>{t.noNarrative}</Text>}
      {paragraphs.map((p) => (
        <section key={p.id} className={styles.section} aria-labelledby={`para-${p.id}`} data-testid="narrative-paragraph" data-id={p.id}>
          <Text as="h2" size={300} id={`para-${p.id}`} className={styles.title}>
            {p.title}
          </Text>
          <Text as="p" className={styles.text}>
            {p.text}
          </Text>
          {p.figures.length > 0 && (
            <details className={styles.sources}>
              <summary className={styles.summary}>{t.sources(p.figures.length)}</summary>
              <ul className={styles.figures}>
                {p.figures.map((f, i) => {
                  const at = f.cells.map(place).find(Boolean);
                  const label = `${f.label} ${grouped(f.value)}${unitText(f.unit)}${f.cells.length ? ` · ${f.cells.join('、')}` : ''}`;
                  return (
                    <li key={i}>
                      {at ? (
                        <Button appearance="subtle" size="small" className={styles.figure} onClick={() => onSelect(at.sheet, at.cell)} title={t.goTo(`${at.sheet}!${at.cell}`)}>
                          {label}
                        </Button>
                      ) : (
                        <span>{label}</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </details>
          )}
        </section>
      ))}
    </>
  );
}
