/**
 * Which ExcelApi minor versions the host supports. The manifest's floor is ExcelApi 1.7 (Office
 * 2019); newer features are used only after asking here:
 *   1.9  getCellProperties (indent level, bold, fill pattern per cell), WorksheetCollection.onChanged
 *   1.13 getMergedAreasOrNullObject
 *   1.14 triggerSource on change events (ignore the add-in's own writes)
 *   1.18 notes (a note on a marked cell)
 *   1.20 Excel.run({ mergeUndoGroup }) (a plan is one step on Excel's own undo stack)
 */
export type Supports = (minor: number) => boolean;

export const officeSupports: Supports = (minor) => {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('ExcelApi', `1.${minor}`);
  } catch {
    return false;
  }
};
