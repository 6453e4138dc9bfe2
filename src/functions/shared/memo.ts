/**
 * A small least-recently-used cache keyed by the content of Excel arguments.
 * A sheet calls one function thousands of times with the same events or terms
 * table; parsing and checking it once keeps each call cheap. Only successful
 * results are kept, so an error is raised again on every call.
 */
export class ContentCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly limit: number) {}

  get(key: string, compute: () => T): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key); // refresh recency
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
    return value;
  }
}

/**
 * A key for any arguments Excel can pass (numbers, text, booleans, null,
 * undefined, nested arrays). Types are tagged, so 1, "1", TRUE, null and NaN
 * all give different keys; text is quoted, so no cell can fake a separator.
 */
export function contentKey(...parts: unknown[]): string {
  return encode(parts);
}

function encode(v: unknown): string {
  if (Array.isArray(v)) {
    let out = "[";
    for (let i = 0; i < v.length; i++) out += (i ? "," : "") + encode(v[i]);
    return out + "]";
  }
  switch (typeof v) {
    case "number":
      return `n${v}`;
    case "string":
      return JSON.stringify(v);
    case "boolean":
      return v ? "T" : "F";
    case "undefined":
      return "u";
    default:
      return v === null ? "z" : `o${String(v)}`;
  }
}
