/** The engine's functions as the pane uses them, shared by the Office entry and the harness. */
import { checkWorkbook, ENGINE_VERSION } from '../engine';
import { catalogFromRows, catalogRowsFromFile, compactCatalogRows, type ReadWorkbook } from '../engine/catalog';
import { planForFinding } from '../engine/planForFinding';
import { planForTable } from '../engine/planForTable';
import { chartSpecs, formatPlanForTable, formatPlanForWorkbook, isEmptyFormatPlan, tableAt } from '../engine/format';
import { generateNarrative } from '../engine/narrative';
import { sangongDeltaPlan, sangongView } from '../engine/sangong';
import type { WorkbookGateway } from '../office/gateway';
import { copyText, download } from './browserIO';
import type { CheckServices } from './services';

/** exceljs is large: its chunk is fetched only when a user loads an .xlsx catalog. */
const readXlsxOnDemand: ReadWorkbook = async (bytes, fileName) => {
  const { workbookFromBuffer } = await import(/* webpackChunkName: "xlsx-reader" */ '../cli/readXlsx');
  return workbookFromBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, fileName);
};

export function engineServices(gateway: WorkbookGateway): CheckServices {
  return {
    gateway,
    check: (wb, options) => checkWorkbook(wb, { catalog: options?.catalog }),
    planFor: planForFinding,
    planForTable: (wb, table, { report, catalog, skip, title }) => planForTable(wb, table, { check: (w) => checkWorkbook(w, { catalog }), report, skip, title }),
    readCatalogFile: async (fileName, bytes) => compactCatalogRows(await catalogRowsFromFile(fileName, bytes, readXlsxOnDemand)),
    catalogFromRows: (rows) => {
      const catalog = catalogFromRows(rows);
      return { catalog, codes: Object.values(catalog.counts()).reduce((a, b) => a + b, 0) };
    },
    sangongView: (report, wb) => sangongView(report, wb),
    sangongDeltaPlan: (report, wb) => sangongDeltaPlan(wb, report.tables),
    narrative: (report, wb, previous) => generateNarrative(report, wb, previous ? { previous } : {}),
    readWorkbookFile: (fileName, bytes) => readXlsxOnDemand(bytes, fileName),
    formatPlan: (report, wb, index) => {
      if (index === undefined) return formatPlanForWorkbook(wb, report.tables);
      const table = report.tables[index];
      const sheet = wb.sheets.find((s) => s.name === table.sheet)!;
      return formatPlanForTable(sheet, table, report.tables);
    },
    isEmptyFormatPlan,
    tableAt: (report, sheet, cell) => {
      const table = tableAt(report.tables, sheet, cell);
      return table ? report.tables.indexOf(table) : undefined;
    },
    chartSpecs: (report, wb) => chartSpecs(wb, report.tables),
    copyText,
    download,
    engineVersion: ENGINE_VERSION,
  };
}
