/** 三公 facts: read with the 三公 reader (src/engine/sangong.ts). */
import type { RecognizedTable } from '../../types';
import type { Fact } from '../types';
import type { Ctx } from './rows';

export function sangongFacts(_table: RecognizedTable, _ctx: Ctx, _push: (f: Fact | undefined) => void): void {}
