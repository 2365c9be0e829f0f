/** Moved to the engine (plans need it too); kept here for the CLI's and the harness's imports. */
export { formatNumber } from '../engine/formatNumber';
