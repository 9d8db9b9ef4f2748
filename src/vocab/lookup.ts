// Builds case- and diacritic-insensitive lookup tables from vocabulary data.
import { foldKey } from './normalize';

export interface VocabEntry<T> {
  readonly value: T;
  /** Every spelling users are known to type; matched after foldKey(). */
  readonly spellings: readonly string[];
}

export function buildLookup<T>(entries: readonly VocabEntry<T>[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) {
    for (const spelling of entry.spellings) {
      const key = foldKey(spelling);
      const previous = map.get(key);
      if (previous !== undefined && previous !== entry.value) {
        throw new Error(`Vocabulary conflict: "${spelling}" maps to two values`);
      }
      map.set(key, entry.value);
    }
  }
  return map;
}
