/**
 * One JSON serialisation for everything this library signs or hashes: object keys sorted
 * by code point at every depth, two-space indentation, a final newline. The same document
 * therefore always yields the same bytes, and so the same `.sha256`, `.sha512` and a
 * signature that a re-publication can reproduce. Partners verify the bytes they received,
 * never a re-serialisation.
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/** `canonicalJson` as the UTF-8 bytes that are hashed, signed and written to disk. */
export function canonicalJsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalJson(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) sorted[key] = sortKeys(child);
    }
    return sorted;
  }
  return value;
}
