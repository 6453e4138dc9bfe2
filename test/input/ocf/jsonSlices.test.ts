import fc from "fast-check";
import { parseJsonInSlices, SLICE_CHARS } from "../../../src/input/ocf/jsonSlices";

// An OCF file's JSON parsed in slices (docs/ocf.md, "Speed"): the same value as one JSON.parse, and JSON.parse's own error.
function parse(text: string): { value: unknown; steps: number } {
  const g = parseJsonInSlices(text);
  for (let steps = 0; ; steps++) {
    const r = g.next();
    if (r.done) return { value: r.value, steps };
  }
}

describe("JSON parsed in slices", () => {
  test("gives JSON.parse's value for any JSON object, whitespace and all", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.constantFrom(0, 2), (o, indent) => {
        const text = JSON.stringify(o, null, indent);
        expect(parse(text).value).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  test("strings holding brackets, braces, commas, quotes and backslashes; nested arrays; a __proto__ key stays an own property", () => {
    const text = String.raw`{ "a" : [ "x,]}", {"b":["[",{"c":"\"]"}]}, [1,[2,[3]]], "\\" , null ] , "__proto__": {"polluted": true}, "n": -1.5e3, "e": [], "t": true }`;
    const { value } = parse(text);
    expect(value).toEqual(JSON.parse(text));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(value, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("a big items list is parsed in several slices, in order", () => {
    const items = Array.from({ length: 40_000 }, (_, i) => ({
      object_type: "TX_EQUITY_COMPENSATION_ISSUANCE",
      id: `t${i}`,
      quantity: String(i),
      note: "a, [b] {c}",
    }));
    const text = JSON.stringify({ file_type: "OCF_TRANSACTIONS_FILE", items });
    expect(text.length).toBeGreaterThan(2 * SLICE_CHARS);
    const r = parse(text);
    expect(r.steps).toBeGreaterThanOrEqual(2);
    expect(r.value).toEqual({ file_type: "OCF_TRANSACTIONS_FILE", items });
  });

  test.each([
    ['{"items": [1, 2,]}'],
    ['{"items": [1 2]}'],
    ['{"a": 1,}'],
    ['{"a": 1} x'],
    ['{"a": [1, 2}'],
    ['{"a": "unterminated'],
    ["[1, 2]"],
    ['"text"'],
    [""],
    ['{"a": tru}'],
  ])("%j is refused with JSON.parse's own error, or parsed as JSON.parse parses it", (text) => {
    let expected: unknown;
    let error: string | undefined;
    try {
      expected = JSON.parse(text);
    } catch (e) {
      error = (e as Error).message;
    }
    if (error === undefined) expect(parse(text).value).toEqual(expected);
    else expect(() => parse(text)).toThrow(error);
  });
});
