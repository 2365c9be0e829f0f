/**
 * 三公 (因公出国(境)费, 公务接待费, 公务用车购置及运行维护费): reading the tables in every layout,
 * the year-over-year deltas, and the plan that fills them. The modules live in ./sangong/.
 */
export { SANGONG_ITEMS, SANGONG_ITEM_NAMES, itemOf, yearKeyOf, type SangongItem, type YearKey } from './sangong/items';
export {
  readSangong,
  readSangongTables,
  readChangeCell,
  readRateCell,
  type SangongCell,
  type SangongFigures,
  type SangongLayout,
  type SangongLine,
  type SangongSource,
  type SangongTable,
  type SangongUnit,
  type SangongYear,
} from './sangong/read';
export {
  partsOf,
  checkIdentity,
  consistentFigure,
  yearPair,
  itemChange,
  judgeChange,
  rateTo,
  rateText,
  sangongExact,
  type IdentityCheck,
  type ItemChange,
} from './sangong/compute';
export { sangongDeltaPlan, changeInWords, CHANGE_LABEL, CHANGE_COLUMN_LABEL, RATE_LABEL } from './sangong/plan';
export { sangongView, type SangongViewRow } from './sangong/view';
