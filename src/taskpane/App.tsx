/**
 * The task pane: a summary (tables, errors / warnings / info, which double as filters), the
 * findings grouped by table (click one to select its cell; 修正 when the engine has a plan), undo,
 * highlight / clear highlights, and live checking. State and wiring only: the engine decides what is
 * wrong and how to fix it; the gateway reads and writes the workbook.
 */
import * as React from 'react';
import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Text,
  Title3,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import type { Finding, Report, Severity } from '../engine/types';
import type { Workbook } from '../engine/workbook';
import type { Strings } from './strings';
import { replaceSheets, type CheckServices } from './services';
import { findingMarks } from './findingMarks';

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', padding: '12px', minWidth: '280px', boxSizing: 'border-box' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  group: { display: 'flex', flexDirection: 'column', gap: '4px', margin: 0, padding: 0 },
  groupTitle: { fontWeight: tokens.fontWeightSemibold, marginTop: '6px', overflowWrap: 'anywhere' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  item: {
    display: 'flex',
    gap: '4px',
    alignItems: 'flex-start',
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: '4px',
  },
  itemerror: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  itemwarning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  iteminfo: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  findingButton: {
    flexGrow: 1,
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
  footer: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  services: CheckServices;
  strings: Strings;
  /** Check as soon as the pane opens (the harness does). */
  autoCheck?: boolean;
}

type Notice = { intent: 'success' | 'error' | 'info'; text: string } | undefined;

export function App({ services, strings: t, autoCheck }: Props): React.ReactElement {
  const styles = useStyles();
  const { gateway } = services;
  const [workbook, setWorkbook] = React.useState<Workbook>();
  const [report, setReport] = React.useState<Report>();
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice>();
  const [shown, setShown] = React.useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [undoDepth, setUndoDepth] = React.useState(gateway.undoDepth());
  const [markCount, setMarkCount] = React.useState(gateway.markCount());
  const [live, setLive] = React.useState(false);
  /** What the snapshot could not read whole (a huge used range), shown until the next check. */
  const [readNotes, setReadNotes] = React.useState<string[]>([]);
  const workbookRef = React.useRef<Workbook>();

  const show = React.useCallback(
    (wb: Workbook) => {
      workbookRef.current = wb;
      setWorkbook(wb);
      setReport(services.check(wb));
      setReadNotes(wb.notes ?? []);
      setUndoDepth(gateway.undoDepth());
      setMarkCount(gateway.markCount());
    },
    [services, gateway],
  );

  /** Run a step with the busy state and a notice on failure. */
  const step = React.useCallback(
    async (work: () => Promise<Notice | void>) => {
      setBusy(true);
      try {
        const n = await work();
        setNotice(n ?? undefined);
      } catch (e) {
        setNotice({ intent: 'error', text: t.failed((e as Error).message || String(e)) });
      } finally {
        setBusy(false);
      }
    },
    [t],
  );

  const check = React.useCallback(() => step(async () => show(await gateway.snapshot())), [step, show, gateway]);

  React.useEffect(() => {
    if (autoCheck) void check();
  }, [autoCheck, check]);

  React.useEffect(() => {
    if (!live) return;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    void gateway
      .onChange(async (change) => {
        // A failed re-check says so and leaves the pane working (it runs outside `step`).
        try {
          const base = workbookRef.current;
          const fresh = await gateway.snapshot(change.sheets.length && base ? change.sheets : undefined);
          show(base && change.sheets.length ? replaceSheets(base, fresh) : fresh);
        } catch (e) {
          setNotice({ intent: 'error', text: t.failed((e as Error).message || String(e)) });
        }
      })
      .then((s) => {
        stop = s;
        if (cancelled) void s();
      });
    return () => {
      cancelled = true;
      if (stop) void stop();
    };
  }, [live, gateway, show, t]);

  const select = (f: Finding) => step(async () => void (await gateway.select(f.sheet, f.cell)));
  const fix = (f: Finding) =>
    step(async () => {
      const plan = workbook && services.planFor(f, workbook);
      if (!plan) return;
      await gateway.applyPlan(plan);
      show(await gateway.snapshot());
      return { intent: 'success', text: t.applied(plan.title) };
    });
  const undo = () =>
    step(async () => {
      const done = await gateway.undo();
      show(await gateway.snapshot());
      return { intent: 'info', text: done ? t.undone : t.nothingToUndo };
    });
  const markAll = () =>
    step(async () => {
      if (!report) return;
      await gateway.mark(findingMarks(report.findings));
      setMarkCount(gateway.markCount());
      return { intent: 'info', text: t.marked(gateway.markCount()) };
    });
  const clearMarks = () =>
    step(async () => {
      await gateway.clearMarks();
      setMarkCount(gateway.markCount());
      return { intent: 'info', text: t.marksCleared };
    });

  const counts = React.useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of report?.findings ?? []) c[f.severity]++;
    return c;
  }, [report]);

  const groups = React.useMemo(() => {
    if (!report) return [];
    const out = new Map<number, Finding[]>();
    for (const f of report.findings) {
      if (!shown[f.severity]) continue;
      const key = f.table ?? -1;
      out.set(key, [...(out.get(key) ?? []), f]);
    }
    return [...out.entries()].sort(([a], [b]) => (a < 0 ? 1 : b < 0 ? -1 : a - b));
  }, [report, shown]);
  const hidden = report ? report.findings.filter((f) => !shown[f.severity]).length : 0;
  const label = { error: t.errors, warning: t.warnings, info: t.infos };

  return (
    <main className={styles.root} lang={t.lang}>
      <Title3 as="h1">{t.appTitle}</Title3>
      <div className={styles.row}>
        <Button appearance="primary" onClick={check} disabled={busy}>
          {report ? t.recheck : t.check}
        </Button>
        <Button onClick={undo} disabled={busy || undoDepth === 0}>
          {t.undo}
        </Button>
        {busy && <Spinner size="tiny" label={t.checking} />}
      </div>
      <div className={styles.row}>
        <Button size="small" onClick={markAll} disabled={busy || !report?.findings.length}>
          {t.markAll}
        </Button>
        <Button size="small" onClick={clearMarks} disabled={busy || markCount === 0}>
          {t.clearMarks}
        </Button>
        <Switch checked={live} onChange={(_, d) => setLive(d.checked)} label={t.live} title={t.liveOn} />
      </div>
      {notice && (
        <MessageBar intent={notice.intent} role="status">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {!report && !busy && <Text>{t.notChecked}</Text>}
      {report && (
        <section aria-label={t.tablesFound(report.tables.length)}>
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
        </section>
      )}
      {readNotes.map((note) => (
        <MessageBar key={note} intent="warning">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      ))}
      {report && report.tables.length === 0 && (
        <MessageBar intent="warning" data-testid="no-tables">
          <MessageBarBody>{t.noTables}</MessageBarBody>
        </MessageBar>
      )}
      {report && report.tables.length > 0 && report.findings.length === 0 && <Text>{t.noFindings}</Text>}
      {groups.map(([tableIndex, findings]) => {
        const table = tableIndex >= 0 ? report?.tables[tableIndex] : undefined;
        const title = table ? `${table.title || table.kind}（${table.sheet}）` : t.otherFindings;
        return (
          <section key={tableIndex} className={styles.group} aria-label={title}>
            <Text as="h2" size={300} className={styles.groupTitle}>
              {title}
            </Text>
            <ul className={styles.list}>
              {findings.map((f, i) => {
                const where = `${f.sheet}!${f.cell}`;
                const plan = workbook ? services.planFor(f, workbook) : undefined;
                return (
                  <li key={`${where}-${f.rule}-${i}`} className={`${styles.item} ${styles[`item${f.severity}`]}`} data-testid="finding" data-cell={where} data-rule={f.rule}>
                    <Button appearance="subtle" className={styles.findingButton} onClick={() => select(f)} aria-label={`${t.severity[f.severity]} ${t.goTo(where)}：${f.message}`}>
                      <span className={styles.findingText}>
                        <span>
                          <Badge size="small" appearance="tint" color={BADGE_COLOR[f.severity]}>
                            {t.severity[f.severity]}
                          </Badge>{' '}
                          <span className={styles.where}>{where}</span>
                          {f.expected !== undefined && f.actual !== undefined && <Caption1> · {t.expectedActual(f.expected, f.actual)}</Caption1>}
                        </span>
                        <Caption1>{f.message}</Caption1>
                      </span>
                    </Button>
                    {plan && (
                      <Button size="small" onClick={() => fix(f)} disabled={busy} title={t.fixTitle(plan.title)}>
                        {t.fix}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {hidden > 0 && <Caption1>{t.hidden(hidden)}</Caption1>}
      <Caption1 className={styles.footer} data-testid="engine-version">
        {t.engine(services.engineVersion)}
      </Caption1>
    </main>
  );
}
