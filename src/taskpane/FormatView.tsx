/**
 * The 格式 tab: give tables the published style (the engine's format plan: title, header, amount
 * formats, indents, widths, frozen header), the one at the selection, one from the list, or all;
 * and the native charts the tables support. Each is one undo step. Display and events only.
 */
import * as React from 'react';
import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { RecognizedTable } from '../engine/types';
import { rangeA1 } from '../engine/workbook';
import type { Strings } from './strings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  title: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  help: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: { display: 'flex', gap: '6px', alignItems: 'center', justifyContent: 'space-between', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, padding: '2px 0' },
  name: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  where: { color: tokens.colorNeutralForeground3 },
});

export interface FormatViewProps {
  t: Strings;
  tables: RecognizedTable[];
  busy: boolean;
  charts: number;
  onFormatCurrent: () => void;
  onFormatAll: () => void;
  onFormatTable: (index: number) => void;
  onCharts: () => void;
}

export function FormatView({ t, tables, busy, charts, onFormatCurrent, onFormatAll, onFormatTable, onCharts }: FormatViewProps): React.ReactElement {
  const styles = useStyles();
  return (
    <>
      <section className={styles.section}>
        <div className={styles.row}>
          <Button appearance="primary" onClick={onFormatCurrent} disabled={busy || !tables.length}>
            {t.formatCurrent}
          </Button>
          <Button onClick={onFormatAll} disabled={busy || !tables.length}>
            {t.formatAll}
          </Button>
        </div>
        <Caption1 className={styles.help}>{t.formatHelp}</Caption1>
      </section>
      <section className={styles.section} aria-labelledby="format-tables">
        <Text as="h2" size={300} id="format-tables" className={styles.title}>
          {t.tablesFound(tables.length)}
        </Text>
        <ul className={styles.list}>
          {tables.map((table, i) => (
            <li key={i} className={styles.item} data-testid="format-table">
              <span className={styles.name}>
                <Text size={200}>{table.title || table.kind}</Text>
                <Caption1 className={styles.where}>
                  {table.sheet}!{rangeA1(table.range)}
                </Caption1>
              </span>
              <Button size="small" onClick={() => onFormatTable(i)} disabled={busy} aria-label={`${t.formatTable}：${table.title || table.kind}（${table.sheet}）`}>
                {t.formatTable}
              </Button>
            </li>
          ))}
        </ul>
      </section>
      <section className={styles.section} aria-labelledby="format-charts">
        <Text as="h2" size={300} id="format-charts" className={styles.title}>
          {t.charts}
        </Text>
        <Caption1 className={styles.help}>{charts ? t.chartsHelp(charts) : t.noCharts}</Caption1>
        <div className={styles.row}>
          <Button onClick={onCharts} disabled={busy || !charts}>
            {t.insertCharts}
          </Button>
        </div>
      </section>
    </>
  );
}
