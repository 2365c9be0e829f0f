/**
 * What a pure function says of a text, kept: the same names, codes, headings and titles repeat in
 * every unit and every sheet of a table set, and recognition asks of each of them per row. Bounded:
 * cleared whole when full (a fuzzed or huge sheet may hold more distinct texts than any budget
 * repeats, and clearing needs no bookkeeping per read). What it keeps is shared, so read-only.
 */
export class TextCache<V> {
  private readonly known = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** `read(text)`, from the cache when the text was read before. */
  get(text: string, read: (text: string) => V): V {
    const value = this.known.get(text);
    if (value !== undefined || this.known.has(text)) return value as V;
    const fresh = read(text);
    if (this.known.size >= this.limit) this.known.clear();
    this.known.set(text, fresh);
    return fresh;
  }
}
