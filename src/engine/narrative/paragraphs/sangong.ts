/** "三公"经费: the total and each item, with the change from the year before. */
import type { Compose } from '../compose';
import type { NarrativeParagraph } from '../types';

export function sangong(_c: Compose): NarrativeParagraph | undefined {
  return undefined;
}
