/**
 * A plain trailing debounce: `fn` runs once, `waitMs` after the last call, with the arguments of
 * every call since the previous run (so a caller can merge them). `cancel` drops pending calls;
 * `flush` runs them now. Timers are injectable for tests.
 */
export interface Debounced<A> {
  (arg: A): void;
  cancel(): void;
  flush(): void;
  pending(): boolean;
}

export function debounce<A>(
  fn: (args: A[]) => void,
  waitMs: number,
  timers: { set: (cb: () => void, ms: number) => unknown; clear: (h: unknown) => void } = {
    set: (cb, ms) => setTimeout(cb, ms),
    clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  },
): Debounced<A> {
  let handle: unknown;
  let queued: A[] = [];
  const run = () => {
    handle = undefined;
    const args = queued;
    queued = [];
    if (args.length) fn(args);
  };
  const debounced = ((arg: A) => {
    queued.push(arg);
    if (handle !== undefined) timers.clear(handle);
    handle = timers.set(run, waitMs);
  }) as Debounced<A>;
  debounced.cancel = () => {
    if (handle !== undefined) timers.clear(handle);
    handle = undefined;
    queued = [];
  };
  debounced.flush = () => {
    if (handle !== undefined) timers.clear(handle);
    run();
  };
  debounced.pending = () => handle !== undefined;
  return debounced;
}
