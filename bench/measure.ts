/** Small measuring helpers for the benchmarks: a clock, medians, the process's peak memory. */
import { readFileSync } from 'fs';

export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Time `work` `times` times; the median in milliseconds and the last result. */
export function timeMedian<T>(times: number, work: () => T): { ms: number; result: T } {
  const runs: number[] = [];
  let result!: T;
  for (let i = 0; i < times; i++) {
    const t0 = now();
    result = work();
    runs.push(now() - t0);
  }
  return { ms: median(runs), result };
}

export async function timeMedianAsync<T>(times: number, work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const runs: number[] = [];
  let result!: T;
  for (let i = 0; i < times; i++) {
    const t0 = now();
    result = await work();
    runs.push(now() - t0);
  }
  return { ms: median(runs), result };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Peak resident memory of this process in MB (Linux VmHWM; elsewhere the current RSS). */
export function peakMB(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.memoryUsage().rss / 1024 / 1024;
}

export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;
