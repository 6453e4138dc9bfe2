import { ContentCache, contentKey, sameContent } from "../../../src/functions/shared/memo";

describe("content cache for table arguments", () => {
  test("keys tell apart every kind of Excel value", () => {
    const values = [1, "1", true, "TRUE", null, undefined, NaN, Infinity, "", 0, [[1]], [[1, null]], [["a,b"]], [["a", "b"]], [[1], [2]], [[1, 2]]];
    const keys = values.map((v) => contentKey(v));
    keys.forEach((k, i) => keys.forEach((l, j) => expect([i, j, sameContent(k, l)]).toEqual([i, j, i === j])));
  });
  test("equal content gives equal keys, whatever the array identity (NaN equals NaN, 0 equals -0)", () => {
    expect(sameContent(contentKey("k", [[36767, "SPLIT", 1.5]]), contentKey("k", [[36767, "SPLIT", 1.5]]))).toBe(true);
    expect(sameContent(contentKey([[NaN, 0]]), contentKey([[NaN, -0]]))).toBe(true);
  });
  test("the cache keeps a copy: changing the caller's array afterwards does not change what a key finds", () => {
    const cache = new ContentCache<string>(4);
    const table = [[1, 2]];
    cache.get(contentKey(table), () => "first");
    table[0][0] = 9;
    expect(cache.get(contentKey(table), () => "second")).toBe("second");
    expect(cache.get(contentKey([[1, 2]]), () => "third")).toBe("first");
  });
  test("a hit skips the computation; errors are not cached", () => {
    const cache = new ContentCache<number>(2);
    let calls = 0;
    expect(cache.get(contentKey("a"), () => ++calls)).toBe(1);
    expect(cache.get(contentKey("a"), () => ++calls)).toBe(1);
    expect(() =>
      cache.get(contentKey("bad"), () => {
        calls++;
        throw new Error("no");
      }),
    ).toThrow("no");
    expect(() =>
      cache.get(contentKey("bad"), () => {
        calls++;
        throw new Error("no");
      }),
    ).toThrow("no");
    expect(calls).toBe(3);
  });
  test("the least recently used entry goes first when full", () => {
    const cache = new ContentCache<string>(2);
    cache.get(contentKey("a"), () => "A");
    cache.get(contentKey("b"), () => "B");
    cache.get(contentKey("a"), () => "A2"); // refreshes a
    cache.get(contentKey("c"), () => "C"); // evicts b
    expect(cache.get(contentKey("a"), () => "A3")).toBe("A");
    expect(cache.get(contentKey("b"), () => "B2")).toBe("B2");
  });
  test("with a weight limit, the oldest entries go until the new one fits; one heavier than the limit is not kept", () => {
    const cache = new ContentCache<number[]>(10, (rows) => rows.length, 5);
    let calls = 0;
    const rows = (n: number) => () => (calls++, Array<number>(n).fill(0));
    cache.get(contentKey("three"), rows(3));
    cache.get(contentKey("two"), rows(2)); // 3 + 2 = 5: both kept
    cache.get(contentKey("one"), rows(1)); // 6 > 5: "three" goes
    calls = 0;
    cache.get(contentKey("two"), rows(2));
    cache.get(contentKey("one"), rows(1));
    expect(calls).toBe(0);
    cache.get(contentKey("three"), rows(3));
    expect(calls).toBe(1);
    cache.get(contentKey("six"), rows(6)); // heavier than the limit: computed, not kept
    cache.get(contentKey("six"), rows(6));
    expect(calls).toBe(3);
  });
});
