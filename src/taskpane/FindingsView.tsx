/**
 * The 问题 tab: the summary (tables found, errors / warnings / info as filters, the catalog in use),
 * the findings grouped by table (click one to select its cell; 修正 when the engine has a plan;
 * 忽略 with an 出错说明; 全部修正 per table), dismissed findings on request, and the export of the
 * 出错说明. Display and events only: the App holds the state and calls the engine and the gateway.
 */
import * as React from 'react';
import { Badge, Button, Caption1, Field, makeStyles, mergeClasses, Switch, Text, Textarea, ToggleButton, tokens } from '@fluentui/react-components';
import type { Dismissal } from '../engine/dismissals';
import type { EditPlan } from '../engine/fixes';
import type { Finding, Report, Severity } from '../engine/types';
import type { Strings } from './strings';

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  group: { display: 'flex', flexDirection: 'column', gap: '4px', margin: 0, padding: 0 },
  groupHead: { display: 'flex', flexWrap: 'wrap', gap: '4px', alignItems: 'baseline', justifyContent: 'space-between', marginTop: '6px' },
  groupTitle: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: '4px',
  },
  itemerror: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  itemwarning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  iteminfo: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  itemDismissed: { borderLeftColor: tokens.colorNeutralStroke1, opacity: 0.75 },
  findingButton: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    overflowWrap: 'anywhere',
    height: 'auto',
    paddingTop: '4px',
    paddingBottom: '4px',
  },
  findingText: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  where: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '4px', justifyContent: 'flex-end' },
  explained: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere', paddingLeft: '8px' },
  form: { display: 'flex', flexDirection: 'column', gap: '4px', padding: '4px 0 4px 8px' },
  muted: { color: tokens.colorNeutralForeground3 },
  linkish: { minWidth: 0, padding: '0 4px', height: 'auto' },
});

export interface FindingsViewProps {
  t: Strings;
  report: Report;
  busy: boolean;
  /** The dismissal covering each finding of the report, by index. */
  covered: (Dismissal | undefined)[];
  planFor: (finding: Finding) => EditPlan | undefined;
  catalogLabel: string;
  onChangeCatalog: () => void;
  onSelect: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  onFixTable: (tableIndex: number, title: string) => void;
  onDismiss: (finding: Finding, explanation: string) => Promise<boolean>;
  onRestore: (dismissal: Dismissal) => void;
  onCopyExplanations: () => void;
  onDownloadExplanations: () => void;
}

export function FindingsView(props: FindingsViewProps): React.ReactElement {
  const { t, report, busy, covered, planFor } = props;
  const styles = useStyles();
  const [shown, setShown] = React.useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [showDismissed, setShowDismissed] = React.useState(false);
  const [dismissing, setDismissing] = React.useState<number>();
  const [draft, setDraft] = React.useState('');

  const dismissedCount = covered.filter(Boolean).length;
  const counts = React.useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    report.findings.forEach((f, i) => covered[i] || c[f.severity]++);
    return c;
  }, [report, covered]);

  const groups = React.useMemo(() => {
    const out = new Map<number, number[]>();
    report.findings.forEach((f, i) => {
      if (!shown[f.severity] || (covered[i] && !showDismissed)) return;
      const key = f.table ?? -1;
      out.set(key, [...(out.get(key) ?? []), i]);
    });
    return [...out.entries()].sort(([a], [b]) => (a < 0 ? 1 : b < 0 ? -1 : a - b));
  }, [report, shown, covered, showDismissed]);
  const filtered = report.findings.filter((f, i) => !shown[f.severity] && !covered[i]).length;
  const label = { error: t.errors, warning: t.warnings, info: t.infos };

  const openForm = (i: number) => {
    setDismissing(i);
    setDraft('');
  };
  const submit = async (f: Finding) => {
    if (!draft.trim()) return;
    if (await props.onDismiss(f, draft)) setDismissing(undefined);
  };

  return (
    <>
      <section className={styles.section} aria-label={t.tablesFound(report.tables.length)}>
        <Text weight="semibold" data-testid="tables-found">
          {t.tablesFound(report.tables.length)}
        </Text>
        <div className={styles.row} role="group" aria-label={t.severityFilter}>
          {SEVERITIES.map((s) => (
            <ToggleButton key={s} size="small" checked={shown[s]} onClick={() => setShown({ ...shown, [s]: !shown[s] })} data-testid={`count-${s}`}>
              {label[s]}&nbsp;
              <Badge appearance={shown[s] ? 'filled' : 'outline'} color={BADGE_COLOR[s]}>
                {counts[s]}
              </Badge>
            </ToggleButton>
          ))}
        </div>
        {dismissedCount > 0 && <Switch checked={showDismissed} onChange={(_, d) => setShowDismissed(d.checked)} label={t.showDismissed(dismissedCount)} data-testid="show-dismissed" />}
        <Caption1 className={styles.muted} data-testid="catalog-in-use">
          {t.catalogInUse(props.catalogLabel)}
          <Button appearance="transparent" size="small" className={styles.linkish} onClick={props.onChangeCatalog}>
            {t.changeCatalog}
          </Button>
        </Caption1>
      </section>
      {report.tables.length > 0 && report.findings.length === 0 && <Text>{t.noFindings}</Text>}
      {groups.map(([tableIndex, indexes]) => {
        const table = tableIndex >= 0 ? report.tables[tableIndex] : undefined;
        const title = table ? `${table.title || table.kind}（${table.sheet}）` : t.otherFindings;
        const fixable = table ? indexes.filter((i) => !covered[i] && planFor(report.findings[i])).length : 0;
        return (
          <section key={tableIndex} className={styles.group} aria-label={title} data-testid="table-group">
            <div className={styles.groupHead}>
              <Text as="h2" size={300} className={styles.groupTitle}>
                {title}
              </Text>
              {fixable > 0 && (
                <Button size="small" appearance="outline" onClick={() => props.onFixTable(tableIndex, title)} disabled={busy} title={t.fixTableTitle(title)}>
                  {t.fixTable(fixable)}
                </Button>
              )}
            </div>
            <ul className={styles.list}>
              {indexes.map((i) => {
                const f = report.findings[i];
                const where = `${f.sheet}!${f.cell}`;
                const dismissal = covered[i];
                const plan = dismissal ? undefined : planFor(f);
                return (
                  <li key={i} className={mergeClasses(styles.item, dismissal ? styles.itemDismissed : styles[`item${f.severity}`])} data-testid="finding" data-cell={where} data-rule={f.rule} data-dismissed={dismissal ? 'true' : undefined}>
                    <Button appearance="subtle" className={styles.findingButton} onClick={() => props.onSelect(f)} aria-label={`${t.severity[f.severity]} ${t.goTo(where)}：${f.message}`}>
                      <span className={styles.findingText}>
                        <span>
                          <Badge size="small" appearance="tint" color={dismissal ? 'subtle' : BADGE_COLOR[f.severity]}>
                            {t.severity[f.severity]}
                          </Badge>{' '}
                          <span className={styles.where}>{where}</span>
                          {f.expected !== undefined && f.actual !== undefined && <Caption1> · {t.expectedActual(f.expected, f.actual)}</Caption1>}
                        </span>
                        <Caption1>{f.message}</Caption1>
                      </span>
                    </Button>
                    {dismissal && <Caption1 className={styles.explained}>{t.dismissedAs(dismissal.explanation)}</Caption1>}
                    {dismissing === i ? (
                      <form
                        className={styles.form}
                        onSubmit={(e) => {
                          e.preventDefault();
                          void submit(f);
                        }}
                        onKeyDown={(e) => e.key === 'Escape' && setDismissing(undefined)}
                      >
                        <Field label={t.explanation} hint={t.explanationHint} size="small">
                          <Textarea value={draft} onChange={(_, d) => setDraft(d.value)} resize="vertical" autoFocus />
                        </Field>
                        <div className={styles.actions}>
                          <Button size="small" appearance="primary" type="submit" disabled={busy || !draft.trim()}>
                            {t.confirmDismiss}
                          </Button>
                          <Button size="small" onClick={() => setDismissing(undefined)}>
                            {t.cancel}
                          </Button>
                        </div>
                      </form>
                    ) : (
                      <div className={styles.actions}>
                        {plan && (
                          <Button size="small" onClick={() => props.onFix(f)} disabled={busy} title={t.fixTitle(plan.title)}>
                            {t.fix}
                          </Button>
                        )}
                        {dismissal ? (
                          <Button size="small" appearance="subtle" onClick={() => props.onRestore(dismissal)} disabled={busy}>
                            {t.restore}
                          </Button>
                        ) : (
                          <Button size="small" appearance="subtle" onClick={() => openForm(i)} disabled={busy} title={t.dismissTitle(where)}>
                            {t.dismiss}
                          </Button>
                        )}
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {filtered > 0 && <Caption1>{t.hidden(filtered)}</Caption1>}
      {dismissedCount > 0 && (
        <section className={styles.section} aria-label={t.explanations(dismissedCount)} data-testid="explanations">
          <Text as="h2" size={300} className={styles.groupTitle}>
            {t.explanations(dismissedCount)}
          </Text>
          <div className={styles.row}>
            <Button size="small" onClick={props.onCopyExplanations} disabled={busy}>
              {t.copyExplanations}
            </Button>
            <Button size="small" onClick={props.onDownloadExplanations} disabled={busy}>
              {t.downloadCsv}
            </Button>
          </div>
        </section>
      )}
    </>
  );
}
