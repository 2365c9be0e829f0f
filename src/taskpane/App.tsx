/**
 * The task pane: check and undo, highlights and live checking, then the views as tabs — 问题 (the
 * findings), 三公 (the year-over-year table, 填入增减), 说明 (the generated paragraphs), 格式 (the
 * published style, charts), 设置 (the code catalog). State and wiring only: the engine decides what is wrong and how
 * to fix it; the gateway reads and writes the workbook and keeps the 出错说明 and the catalog in it.
 */
import * as React from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Switch, Tab, TabList, Text, Title3, tokens } from '@fluentui/react-components';
import type { Catalog } from '../engine/catalog';
import { dismiss, dismissalKey, dismissalsByFinding, dismissalsCsv, dismissalsText, findingKey, withDismissal, withoutDismissal, type Dismissal } from '../engine/dismissals';
import type { EditPlan } from '../engine/fixes';
import type { Finding, RecognizedTable, Report } from '../engine/types';
import type { Workbook } from '../engine/workbook';
import type { StoredCatalog } from '../office/gateway';
import type { Strings } from './strings';
import { replaceSheets, type CheckServices } from './services';
import { fileBytes } from './browserIO';
import { findingMarks } from './findingMarks';
import { FindingsView } from './FindingsView';
import { FormatView } from './FormatView';
import { NarrativeView } from './NarrativeView';
import { narrativePlainText, narrativeSheetLines } from './narrativeText';
import { SangongView } from './SangongView';
import { SettingsView } from './SettingsView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', padding: '12px', minWidth: '280px', boxSizing: 'border-box' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  tabs: { marginLeft: '-8px', marginRight: '-8px', flexWrap: 'wrap' },
  panel: { display: 'flex', flexDirection: 'column', gap: '10px' },
  footer: { color: tokens.colorNeutralForeground3 },
  notice: { overflowWrap: 'anywhere' },
});

interface Props {
  services: CheckServices;
  strings: Strings;
  /** Check as soon as the pane opens (the harness does). */
  autoCheck?: boolean;
}

type Notice = { intent: 'success' | 'error' | 'info'; text: string } | undefined;
type TabId = 'findings' | 'sangong' | 'narrative' | 'format' | 'settings';
const TABS: TabId[] = ['findings', 'sangong', 'narrative', 'format', 'settings'];

interface LoadedCatalog {
  stored: StoredCatalog;
  catalog: Catalog;
  codes: number;
}

export function App({ services, strings: t, autoCheck }: Props): React.ReactElement {
  const styles = useStyles();
  const { gateway } = services;
  const [workbook, setWorkbook] = React.useState<Workbook>();
  const [report, setReport] = React.useState<Report>();
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice>();
  const [undoDepth, setUndoDepth] = React.useState(gateway.undoDepth());
  const [markCount, setMarkCount] = React.useState(gateway.markCount());
  const [live, setLive] = React.useState(false);
  const [tab, setTab] = React.useState<TabId>('findings');
  const [dismissals, setDismissals] = React.useState<Dismissal[]>([]);
  const [catalog, setCatalog] = React.useState<LoadedCatalog>();
  /** The year before, from a workbook the user picked (for the 说明), while the pane is open. */
  const [previous, setPrevious] = React.useState<{ fileName: string; report: Report; workbook: Workbook }>();
  /** The workbook's own settings (出错说明, catalog) are read before the first check. */
  const [settingsRead, setSettingsRead] = React.useState(false);
  /** What the snapshot could not read whole (a huge used range), shown until the next check. */
  const [readNotes, setReadNotes] = React.useState<string[]>([]);
  const workbookRef = React.useRef<Workbook>();
  const catalogRef = React.useRef<LoadedCatalog>();

  const show = React.useCallback(
    (wb: Workbook) => {
      workbookRef.current = wb;
      setWorkbook(wb);
      setReport(services.check(wb, { catalog: catalogRef.current?.catalog }));
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

  const adoptCatalog = React.useCallback(
    (stored: StoredCatalog | undefined) => {
      const loaded = stored ? { stored, ...services.catalogFromRows(stored.rows) } : undefined;
      catalogRef.current = loaded;
      setCatalog(loaded);
      return loaded;
    },
    [services],
  );

  React.useEffect(() => {
    let cancelled = false;
    void Promise.all([gateway.loadDismissals(), gateway.loadCatalog()])
      .then(([d, c]) => {
        if (cancelled) return;
        setDismissals(d);
        adoptCatalog(c);
      })
      .catch(() => undefined) // nothing stored, or no workbook (outside Excel): defaults
      .finally(() => cancelled || setSettingsRead(true));
    return () => {
      cancelled = true;
    };
  }, [gateway, adoptCatalog]);

  React.useEffect(() => {
    if (autoCheck && settingsRead) void check();
  }, [autoCheck, settingsRead, check]);

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

  const covered = React.useMemo(() => (report ? dismissalsByFinding(report.findings, workbook, dismissals) : []), [report, workbook, dismissals]);
  const activeDismissals = React.useMemo(() => covered.filter((d): d is Dismissal => !!d), [covered]);
  const sangongRows = React.useMemo(() => (report && workbook && tab === 'sangong' ? services.sangongView(report, workbook) : []), [services, report, workbook, tab]);
  const paragraphs = React.useMemo(
    () => (report && workbook && tab === 'narrative' ? services.narrative(report, workbook, previous && { report: previous.report, workbook: previous.workbook }) : []),
    [services, report, workbook, tab, previous],
  );
  const chartCount = React.useMemo(() => (report && workbook && tab === 'format' ? services.chartSpecs(report, workbook).length : 0), [services, report, workbook, tab]);
  const catalogLabel = catalog ? t.catalogLoaded(catalog.stored.fileName, catalog.codes) : t.catalogBundled;

  const select = (f: Finding) => step(async () => void (await gateway.select(f.sheet, f.cell)));
  const apply = async (plan: EditPlan, done = t.applied(plan.title)): Promise<Notice> => {
    await gateway.applyPlan(plan);
    show(await gateway.snapshot());
    return { intent: 'success', text: done };
  };
  const fix = (f: Finding) =>
    step(async () => {
      const plan = workbook && services.planFor(f, workbook, report?.findings);
      if (plan) return apply(plan);
    });
  const fixTable = (tableIndex: number, title: string) =>
    step(async () => {
      const table = report?.tables[tableIndex];
      if (!workbook || !report || !table) return;
      const keys = new Set(dismissals.map(dismissalKey));
      const skip = (f: Finding, wb: Workbook) => keys.has(findingKey(f, wb));
      const plan = services.planForTable(workbook, table, { report, catalog: catalog?.catalog, skip, title: t.fixTableTitle(title) });
      if (!plan) return { intent: 'info', text: t.nothingToFix };
      return apply(plan);
    });
  const fillDeltas = () =>
    step(async () => {
      if (!workbook || !report) return;
      const plan = services.sangongDeltaPlan(report, workbook);
      if (!plan.edits.length) return { intent: 'info', text: t.deltasComplete };
      const done = await apply(plan, t.filled(plan.edits.length));
      await gateway.select(plan.edits[0].sheet, plan.edits[0].cell); // show where they went
      return done;
    });
  const selectCell = (sheet: string, cell: string) => step(async () => void (await gateway.select(sheet, cell)));
  const copyNarrative = () =>
    step(async () => {
      await services.copyText(narrativePlainText(paragraphs));
      return { intent: 'success', text: t.narrativeCopied };
    });
  const insertNarrative = () =>
    step(async () => {
      const name = await gateway.addTextSheet(t.narrativeSheet, narrativeSheetLines(paragraphs));
      return { intent: 'success', text: t.inserted(name) };
    });
  const onPreviousFile = (file: File) =>
    step(async () => {
      const wb = await services.readWorkbookFile(file.name, await fileBytes(file));
      setPrevious({ fileName: file.name, workbook: wb, report: services.check(wb, { catalog: catalogRef.current?.catalog }) });
      return { intent: 'success', text: t.previousLoaded(file.name) };
    });
  const sameTable = (a: RecognizedTable, b: RecognizedTable) => a.sheet === b.sheet && a.range.top === b.range.top && a.range.left === b.range.left;
  /** Plans on a fresh snapshot: a format plan lists only what differs from the workbook as it is now. */
  const fresh = async () => {
    const wb = await gateway.snapshot();
    return { wb, report: services.check(wb, { catalog: catalogRef.current?.catalog }) };
  };
  const runFormat = async (pick: (report: Report) => number | 'all' | undefined): Promise<Notice> => {
    const now = await fresh();
    const index = pick(now.report);
    if (index === undefined) return { intent: 'info', text: t.notInTable };
    const plan = services.formatPlan(now.report, now.wb, index === 'all' ? undefined : index);
    if (services.isEmptyFormatPlan(plan)) return { intent: 'info', text: t.alreadyFormatted };
    await gateway.applyFormatPlan(plan);
    show(await gateway.snapshot());
    return { intent: 'success', text: t.formatted(plan.title) };
  };
  const formatCurrent = () =>
    step(async () => {
      const at = await gateway.activeCell();
      return runFormat((r) => (at ? services.tableAt(r, at.sheet, at.cell) : undefined));
    });
  const formatTable = (index: number) =>
    step(() => {
      const key = report?.tables[index];
      return runFormat((r) => {
        const i = key ? r.tables.findIndex((x) => sameTable(x, key)) : -1;
        return i >= 0 ? i : undefined;
      });
    });
  const formatAll = () => step(() => runFormat(() => 'all'));
  const insertCharts = () =>
    step(async () => {
      const now = await fresh();
      const specs = services.chartSpecs(now.report, now.wb);
      if (!specs.length) return { intent: 'info', text: t.noCharts };
      await gateway.addCharts(specs);
      show(await gateway.snapshot());
      return { intent: 'success', text: t.chartsAdded(specs.length) };
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
      await gateway.mark(findingMarks(report.findings.filter((_, i) => !covered[i])));
      setMarkCount(gateway.markCount());
      return { intent: 'info', text: t.marked(gateway.markCount()) };
    });
  const clearMarks = () =>
    step(async () => {
      await gateway.clearMarks();
      setMarkCount(gateway.markCount());
      return { intent: 'info', text: t.marksCleared };
    });

  const saveDismissals = async (next: Dismissal[]) => {
    await gateway.saveDismissals(next);
    setDismissals(next);
  };
  const onDismiss = async (f: Finding, explanation: string): Promise<boolean> => {
    let ok = false;
    await step(async () => {
      await saveDismissals(withDismissal(dismissals, dismiss(f, workbook, explanation, new Date())));
      ok = true;
      return { intent: 'success', text: t.dismissSaved };
    });
    return ok;
  };
  const onRestore = (d: Dismissal) =>
    step(async () => {
      await saveDismissals(withoutDismissal(dismissals, d));
      return { intent: 'info', text: t.restored };
    });
  const copyExplanations = () =>
    step(async () => {
      await services.copyText(dismissalsText(activeDismissals));
      return { intent: 'success', text: t.copied };
    });
  const downloadExplanations = () =>
    step(async () => {
      services.download(t.csvFileName, dismissalsCsv(activeDismissals), 'text/csv;charset=utf-8');
      return { intent: 'success', text: t.downloaded(t.csvFileName) };
    });

  const recheckWith = () => {
    const wb = workbookRef.current;
    if (wb) setReport(services.check(wb, { catalog: catalogRef.current?.catalog }));
  };
  const onCatalogFile = (file: File) =>
    step(async () => {
      setNotice({ intent: 'info', text: t.loadingCatalog });
      const rows = await services.readCatalogFile(file.name, await fileBytes(file));
      const stored: StoredCatalog = { fileName: file.name, rows, date: new Date().toISOString().slice(0, 10) };
      await gateway.saveCatalog(stored);
      const loaded = adoptCatalog(stored)!;
      recheckWith();
      return { intent: 'success', text: t.catalogSet(file.name, loaded.codes) };
    });
  const onBundledCatalog = () =>
    step(async () => {
      await gateway.saveCatalog(undefined);
      adoptCatalog(undefined);
      recheckWith();
      return { intent: 'info', text: t.catalogReset };
    });

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
        <MessageBar intent={notice.intent} role="status" layout="multiline">
          <MessageBarBody className={styles.notice}>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {readNotes.map((note) => (
        <MessageBar key={note} intent="warning" layout="multiline">
          <MessageBarBody className={styles.notice}>{note}</MessageBarBody>
        </MessageBar>
      ))}
      {report && report.tables.length === 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="no-tables">
          <MessageBarBody className={styles.notice}>{t.noTables}</MessageBarBody>
        </MessageBar>
      )}
      <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={t.views}>
        {TABS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {t.tabs[id]}
          </Tab>
        ))}
      </TabList>
      <div className={styles.panel} role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'findings' && !report && !busy && <Text>{t.notChecked}</Text>}
        {tab === 'findings' && report && (
          <FindingsView
            t={t}
            report={report}
            busy={busy}
            covered={covered}
            planFor={(f) => (workbook ? services.planFor(f, workbook, report.findings) : undefined)}
            catalogLabel={catalogLabel}
            onChangeCatalog={() => setTab('settings')}
            onSelect={select}
            onFix={fix}
            onFixTable={fixTable}
            onDismiss={onDismiss}
            onRestore={onRestore}
            onCopyExplanations={copyExplanations}
            onDownloadExplanations={downloadExplanations}
          />
        )}
        {tab === 'sangong' && !report && !busy && <Text>{t.notChecked}</Text>}
        {tab === 'sangong' && report && workbook && <SangongView t={t} report={report} rows={sangongRows} busy={busy} onFill={fillDeltas} onSelect={selectCell} />}
        {tab === 'narrative' && !report && !busy && <Text>{t.notChecked}</Text>}
        {tab === 'narrative' && report && (
          <NarrativeView
            t={t}
            paragraphs={paragraphs}
            busy={busy}
            previousFile={previous?.fileName}
            onCopy={copyNarrative}
            onInsert={insertNarrative}
            onSelect={selectCell}
            onPreviousFile={onPreviousFile}
            onClearPrevious={() => setPrevious(undefined)}
          />
        )}
        {tab === 'format' && !report && !busy && <Text>{t.notChecked}</Text>}
        {tab === 'format' && report && workbook && (
          <FormatView
            t={t}
            tables={report.tables}
            busy={busy}
            charts={chartCount}
            onFormatCurrent={formatCurrent}
            onFormatAll={formatAll}
            onFormatTable={formatTable}
            onCharts={insertCharts}
          />
        )}
        {tab === 'settings' && <SettingsView t={t} busy={busy} catalogLabel={catalogLabel} userCatalog={!!catalog} onCatalogFile={onCatalogFile} onBundledCatalog={onBundledCatalog} />}
      </div>
      <Text size={200} className={styles.footer} data-testid="engine-version">
        {t.engine(services.engineVersion)}
      </Text>
    </main>
  );
}
