/**
 * The content of some Excel arguments (numbers, text, booleans, null,
 * undefined, nested arrays), as a cache key: a hash to find candidates and a
 * copy of the content to confirm a match cell by cell. Making one costs a pass
 * over the cells — no text is built, so a 10,000-row table stays cheap.
 */
export interface ContentKey {
  readonly hash: number;
  readonly parts: readonly unknown[];
  /** The copy a cache keeps, made once however many caches keep it. */
  copy?: readonly unknown[];
}

export function contentKey(...parts: unknown[]): ContentKey {
  return { hash: hashOf(parts, 0x811c9dc5), parts };
}

/** Same content: same types, same values (NaN equals NaN, 0 equals −0), same shape. */
export function sameContent(a: ContentKey, b: ContentKey): boolean {
  return a.hash === b.hash && equal(a.parts, b.parts);
}

/**
 * A small least-recently-used cache keyed by the content of Excel arguments.
 * A sheet calls one function thousands of times with the same events or terms
 * table; parsing and checking it once keeps each call cheap. Only successful
 * results are kept, so an error is raised again on every call.
 */
export class ContentCache<T> {
  private readonly buckets = new Map<number, Entry<T>[]>();
  /** Entries, least recently used first. */
  private readonly order = new Set<Entry<T>>();
  private weight = 0;

  /**
   * At most `limit` entries and, when `weigh` is given, at most `maxWeight`
   * in total (e.g. rows of the tables kept), so that a sheet with many large
   * tables does not keep them all in memory.
   */
  constructor(
    private readonly limit: number,
    private readonly weigh?: (value: T) => number,
    private readonly maxWeight = Infinity,
  ) {}

  get(key: ContentKey, compute: () => T): T {
    const hit = this.buckets.get(key.hash)?.find((e) => equal(e.parts, key.parts));
    if (hit !== undefined) {
      this.order.delete(hit); // refresh recency
      this.order.add(hit);
      return hit.value;
    }
    const value = compute();
    const weight = this.weigh ? this.weigh(value) : 0;
    if (weight > this.maxWeight) return value; // too large to keep
    while (this.order.size > 0 && (this.order.size >= this.limit || this.weight + weight > this.maxWeight)) {
      this.evict(this.order.values().next().value as Entry<T>);
    }
    // A copy: the caller's arrays may change after the call; the entry must keep what was computed from.
    const entry: Entry<T> = { hash: key.hash, parts: (key.copy ??= copy(key.parts) as unknown[]), value, weight };
    const bucket = this.buckets.get(key.hash);
    if (bucket) bucket.push(entry);
    else this.buckets.set(key.hash, [entry]);
    this.order.add(entry);
    this.weight += weight;
    return value;
  }

  private evict(entry: Entry<T>): void {
    this.order.delete(entry);
    this.weight -= entry.weight;
    const bucket = this.buckets.get(entry.hash)!;
    bucket.splice(bucket.indexOf(entry), 1);
    if (bucket.length === 0) this.buckets.delete(entry.hash);
  }
}

interface Entry<T> {
  hash: number;
  parts: readonly unknown[];
  value: T;
  weight: number;
}

function equal(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;
    return true;
  }
  return a === b || (a !== a && b !== b); // NaN equals NaN
}

function copy(v: unknown): unknown {
  return Array.isArray(v) ? v.map(copy) : v;
}

// FNV-1a-style mixing of 32-bit words (Math.imul keeps it in 32 bits).
const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);
// signed 32-bit words and hashes: small integers to V8, so that passing one through `hashOf`'s recursion allocates nothing
const mix = (h: number, word: number): number => Math.imul(h ^ word, 0x01000193) | 0;

function hashOf(v: unknown, h: number): number {
  if (Array.isArray(v)) {
    h = mix(h, 0x5b + v.length); // "[" and the length: shapes differ
    for (let i = 0; i < v.length; i++) h = hashOf(v[i], h);
    return mix(h, 0x5d);
  }
  switch (typeof v) {
    case "number":
      bits[0] = v === 0 ? 0 : v; // −0 as 0 (they are equal); every NaN the same below
      return v !== v ? mix(h, 0x4e614e) : mix(mix(mix(h, 1), words[0]), words[1]);
    case "string":
      h = mix(h, 2);
      for (let i = 0; i < v.length; i++) h = mix(h, v.charCodeAt(i));
      return mix(h, v.length);
    case "boolean":
      return mix(h, v ? 3 : 4);
    case "undefined":
      return mix(h, 5);
    default:
      return v === null ? mix(h, 6) : mix(h, 7); // anything else Excel cannot send: equal() decides
  }
}
