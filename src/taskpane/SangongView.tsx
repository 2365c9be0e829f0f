/**
 * The 三公 tab: each 三公 table's units with the two years, the change and the rate the engine
 * computed (sangongView), and 填入增减, which applies the engine's delta plan (one undo step).
 * Display and events only.
 */
import * as React from 'react';
import { Button, Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { SANGONG_ITEM_NAMES, type SangongViewRow } from '../engine/sangong';
import type { Report } from '../engine/types';
import type { Strings } from './strings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  title: { fontWeight: tokens.fontWeightSemibold, margin: 0, overflowWrap: 'anywhere' },
  unit: { fontWeight: tokens.fontWeightSemibold, margin: '4px 0 0', overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200 },
  help: { color: tokens.colorNeutralForeground3 },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'auto' },
  th: { textAlign: 'right', fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, padding: '2px 3px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, whiteSpace: 'nowrap' },
  thItem: { textAlign: 'left' },
  td: { textAlign: 'right', verticalAlign: 'top', padding: '2px 3px', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  tdItem: { textAlign: 'left', whiteSpace: 'normal', overflowWrap: 'anywhere', padding: 0 },
  sub: { paddingLeft: '10px' },
  itemButton: { minWidth: 0, height: 'auto', padding: '2px 3px', justifyContent: 'flex-start', textAlign: 'left', whiteSpace: 'normal', fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  differs: { color: tokens.colorPaletteRedForeground1 },
});

export interface SangongViewProps {
  t: Strings;
  report: Report;
  rows: SangongViewRow[];
  busy: boolean;
  onFill: () => void;
  onSelect: (sheet: string, cell: string) => void;
}

const SUB_ITEMS = new Set(['purchase', 'operation']);
const dash = (v: string | null) => v ?? '—';

/** Rows by table, then by unit, in the order the table prints them. */
function grouped(rows: SangongViewRow[]): { table: number; units: { unit: string; rows: SangongViewRow[] }[] }[] {
  const out: { table: number; units: { unit: string; rows: SangongViewRow[] }[] }[] = [];
  for (const r of rows) {
    let t = out.find((x) => x.table === r.table);
    if (!t) out.push((t = { table: r.table, units: [] }));
    let u = t.units.find((x) => x.unit === r.unit);
    if (!u) t.units.push((u = { unit: r.unit, rows: [] }));
    u.rows.push(r);
  }
  return out;
}

export function SangongView({ t, report, rows, busy, onFill, onSelect }: SangongViewProps): React.ReactElement {
  const styles = useStyles();
  if (!rows.length) return <Text>{t.noSangong}</Text>;
  const twoYears = rows.some((r) => r.previousYear !== null);
  return (
    <>
      <section className={styles.section}>
        <div className={styles.row}>
          <Button appearance="primary" onClick={onFill} disabled={busy || !twoYears}>
            {t.fillDeltas}
          </Button>
        </div>
        <Caption1 className={styles.help}>{twoYears ? t.fillDeltasHelp : t.oneYear}</Caption1>
      </section>
      {grouped(rows).map(({ table, units }) => {
        const info = report.tables[table];
        const title = info ? `${info.title || info.kind}（${info.sheet}）` : '';
        return (
          <section key={table} className={styles.section} aria-label={title} data-testid="sangong-table">
            <Text as="h2" size={300} className={styles.title}>
              {title}
            </Text>
            {units.map(({ unit, rows: unitRows }) => {
              const shown = unitRows.filter((r) => r.previous !== null || r.current !== null || r.change !== null);
              const { previousYear, currentYear } = unitRows[0];
              return (
                <div key={unit}>
                  <Text as="h3" className={styles.unit}>
                    {unit}
                  </Text>
                  <table className={styles.table} data-testid="sangong-unit" data-unit={unit}>
                    <thead>
                      <tr>
                        <th className={mergeClasses(styles.th, styles.thItem)} scope="col">
                          {t.sangongItem}
                        </th>
                        {previousYear !== null && (
                          <th className={styles.th} scope="col">
                            {t.year(previousYear)}
                          </th>
                        )}
                        <th className={styles.th} scope="col">
                          {currentYear !== null ? t.year(currentYear) : t.currentYear}
                        </th>
                        {previousYear !== null && (
                          <>
                            <th className={styles.th} scope="col">
                              {t.change}
                            </th>
                            <th className={styles.th} scope="col">
                              {t.rate}
                            </th>
                          </>
                        )}
                      </tr>
                    </thead>
                    <tbody>
                      {shown.map((r) => {
                        const name = t.lang === 'zh-CN' ? r.itemName : SANGONG_ITEM_NAMES[r.item].en;
                        const target = r.cells.current ?? r.cells.previous;
                        const differs = r.printedChange !== null && r.change !== null && Number(r.printedChange) !== Number(r.change);
                        return (
                          <tr key={r.item} data-item={r.item}>
                            <th scope="row" className={mergeClasses(styles.td, styles.tdItem, SUB_ITEMS.has(r.item) && styles.sub)}>
                              {target ? (
                                <Button appearance="subtle" size="small" className={styles.itemButton} onClick={() => onSelect(r.sheet, target)} title={t.goTo(`${r.sheet}!${target}`)}>
                                  {name}
                                </Button>
                              ) : (
                                name
                              )}
                            </th>
                            {previousYear !== null && <td className={styles.td}>{dash(r.previous)}</td>}
                            <td className={styles.td}>{dash(r.current)}</td>
                            {previousYear !== null && (
                              <>
                                <td className={mergeClasses(styles.td, differs && styles.differs)} data-testid="sangong-change" title={differs ? t.printedDiffers(r.printedChange!) : undefined}>
                                  {dash(r.change)}
                                  {differs && ' *'}
                                </td>
                                <td className={styles.td}>{dash(r.rate)}</td>
                              </>
                            )}
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                  {shown
                    .filter((r) => r.printedChange !== null && r.change !== null && Number(r.printedChange) !== Number(r.change))
                    .map((r) => (
                      <Caption1 key={r.item} className={styles.differs}>
                        * {t.lang === 'zh-CN' ? r.itemName : SANGONG_ITEM_NAMES[r.item].en}：{t.printedDiffers(r.printedChange!)}
                      </Caption1>
                    ))}
                </div>
              );
            })}
          </section>
        );
      })}
    </>
  );
}
