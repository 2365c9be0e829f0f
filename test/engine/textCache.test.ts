/** The bounded text cache every per-text lookup of recognition goes through. */
import { TextCache } from '../../src/engine/textCache';

describe('TextCache', () => {
  test('reads a text once, an undefined answer included', () => {
    const reads: string[] = [];
    const cache = new TextCache<string | undefined>(10);
    const read = (t: string) => {
      reads.push(t);
      return t.startsWith('2') ? 'functional' : undefined;
    };
    expect(cache.get('206', read)).toBe('functional');
    expect(cache.get('xyz', read)).toBeUndefined();
    expect(cache.get('206', read)).toBe('functional');
    expect(cache.get('xyz', read)).toBeUndefined();
    expect(reads).toEqual(['206', 'xyz']);
  });

  test('clears itself when full, and answers the same after', () => {
    let reads = 0;
    const cache = new TextCache<number>(2);
    const read = (t: string) => (reads++, t.length);
    expect(['a', 'bb', 'ccc', 'a', 'bb'].map((t) => cache.get(t, read))).toEqual([1, 2, 3, 1, 2]);
    // a, bb kept; ccc clears them; a read again; bb read again (the cache is full once more, so cleared)
    expect(reads).toBe(5);
    expect(cache.get('bb', read)).toBe(2);
    expect(reads).toBe(5);
  });
});
