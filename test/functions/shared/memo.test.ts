import { ContentCache, contentKey } from "../../../src/functions/shared/memo";

describe("content cache for table arguments", () => {
  test("keys tell apart every kind of Excel value", () => {
    const values = [1, "1", true, "TRUE", null, undefined, NaN, Infinity, "", 0, [[1]], [[1, null]], [["a,b"]], [["a", "b"]]];
    const keys = values.map((v) => contentKey(v));
    expect(new Set(keys).size).toBe(values.length);
  });
  test("equal content gives equal keys, whatever the array identity", () => {
    expect(contentKey("k", [[36767, "SPLIT", 1.5]])).toBe(contentKey("k", [[36767, "SPLIT", 1.5]]));
  });
  test("a hit skips the computation; errors are not cached", () => {
    const cache = new ContentCache<number>(2);
    let calls = 0;
    expect(cache.get("a", () => ++calls)).toBe(1);
    expect(cache.get("a", () => ++calls)).toBe(1);
    expect(() => cache.get("bad", () => { calls++; throw new Error("no"); })).toThrow("no");
    expect(() => cache.get("bad", () => { calls++; throw new Error("no"); })).toThrow("no");
    expect(calls).toBe(3);
  });
  test("the least recently used entry goes first when full", () => {
    const cache = new ContentCache<string>(2);
    cache.get("a", () => "A");
    cache.get("b", () => "B");
    cache.get("a", () => "A2"); // refreshes a
    cache.get("c", () => "C"); // evicts b
    expect(cache.get("a", () => "A3")).toBe("A");
    expect(cache.get("b", () => "B2")).toBe("B2");
  });
});
