/**
 * Browser harness (npm run harness): the same task pane, in a plain page, over an in-memory workbook
 * read from an .xlsx (the bundled sample by default, ?sample=NAME for another, or a file the user
 * picks or drops). The grid shows what the pane does: selection, fixes, highlights. It has no logic
 * of its own: the .xlsx reader is the CLI's, the checks are the engine's, the pane is the real one.
 */
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { workbookFromBuffer } from '../cli/readXlsx';
import { formatNumber } from '../cli/formatNumber';
import { MemoryWorkbookGateway, type FormatText } from '../office/memoryGateway';
import { App } from '../taskpane/App';
import { engineServices } from '../taskpane/services.default';
import { stringsFor } from '../taskpane/strings';
import { Grid } from './Grid';

export const DEFAULT_SAMPLE = 'seed000-shenzhen-kexie-2021.xlsx';

const formatText: FormatText = (value, numberFormat) => (typeof value === 'number' ? formatNumber(value, numberFormat) : value === null ? '' : String(value));

let paneRoot: Root | undefined;
let gridRoot: Root | undefined;
let loads = 0;

function show(gateway: MemoryWorkbookGateway, fileName: string): void {
  const pane = document.getElementById('pane');
  const sheet = document.getElementById('sheet');
  if (!pane || !sheet) return;
  paneRoot ??= createRoot(pane);
  gridRoot ??= createRoot(sheet);
  const lang = new URLSearchParams(location.search).get('lang') ?? undefined;
  const key = ++loads;
  paneRoot.render(
    <FluentProvider theme={webLightTheme}>
      <App key={key} services={engineServices(gateway)} strings={stringsFor(lang ?? 'zh-CN')} autoCheck />
    </FluentProvider>,
  );
  gridRoot.render(<Grid key={key} gateway={gateway} fileName={fileName} onFile={(f) => void openFile(f)} />);
  document.body.dataset.loaded = fileName;
}

async function load(data: ArrayBuffer, fileName: string): Promise<void> {
  const workbook = await workbookFromBuffer(data, fileName);
  show(new MemoryWorkbookGateway(workbook, formatText), fileName);
}

async function openFile(file: File): Promise<void> {
  await load(await file.arrayBuffer(), file.name);
}

async function start(): Promise<void> {
  const sample = new URLSearchParams(location.search).get('sample') ?? DEFAULT_SAMPLE;
  const response = await fetch(`samples/${encodeURIComponent(sample)}`);
  if (!response.ok) throw new Error(`样例文件无法读取：samples/${sample}（${response.status}）`);
  await load(await response.arrayBuffer(), sample);
}

Office.onReady((info) => {
  document.body.dataset.officeHost = String(info.host);
  start().catch((e) => {
    document.getElementById('pane')!.textContent = String((e as Error).message || e);
  });
});
