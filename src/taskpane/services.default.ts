/** The engine's functions as the pane uses them, shared by the Office entry and the harness. */
import { checkWorkbook, ENGINE_VERSION } from '../engine';
import { planForFinding } from '../engine/planForFinding';
import type { WorkbookGateway } from '../office/gateway';
import type { CheckServices } from './services';

export function engineServices(gateway: WorkbookGateway): CheckServices {
  return { gateway, check: (wb) => checkWorkbook(wb), planFor: planForFinding, engineVersion: ENGINE_VERSION };
}
