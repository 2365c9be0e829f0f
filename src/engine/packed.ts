/**
 * Arrays built by a loop, for the arrays recognition keeps and every later step reads (a panel's
 * columns, its figure columns, its parents): each of one elements kind however the JIT runs the loop.
 *
 * Why not `Array.prototype.map`: V8 makes map's result packed while map runs in the runtime, but holey
 * once the JIT inlines map into an optimized caller (it allocates the full length, then fills it).
 * The caller is optimized only after some hundreds of tables, so the same workbook's arrays changed
 * kind partway through a session, and every reader already optimized for the first kind was thrown
 * away and rebuilt (measured: a 100 ms check among 20 ms ones, then again later). Pushed one by one,
 * an array is packed however its builder runs. (Arrays of one entry per row are typed arrays: see
 * hierarchy.ts, bodyRows.ts.)
 */
export function mapPacked<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i], i));
  return out;
}

/** `items.filter(keep).map(f)` in one loop, packed as mapPacked's. */
export function pickPacked<T, U>(items: readonly T[], keep: (item: T) => boolean, f: (item: T) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) if (keep(items[i])) out.push(f(items[i]));
  return out;
}
