import { XML_PART_CHARS, defaultState, formRecord, parseXmlPart, readFormRecord, recordsFromParts, toXmlParts } from "../../src/taskpane/model/state";

describe("saved inputs", () => {
  test("a form record reads back to the same state", () => {
    const s = defaultState();
    s.seriesC.events = [{ id: "3", date: "2000-08-29", type: "RIGHTS", a: "1,000", b: "$10,000", c: "100000", d: "", target: "" }];
    s.seriesC.payments = [{ id: "1", date: "12/31/2000", amount: "$2.80" }];
    s.optionExchange.rate = "5%";
    s.roster = "Grant,Grant date\n1,2000-01-01";
    expect(readFormRecord(formRecord(s), s.roster)).toEqual(s);
  });

  test("the capital table and the exit chart's range are saved with the form, as typed, ids kept", () => {
    const s = defaultState();
    s.seriesC.capital = [
      { id: "4", name: "Series D", type: "PARITY", quantity: "500,000", a: "$20", b: "2", c: "3/2", rank: "", participation: "" },
      { id: "9", name: "Common", type: "COMMON", quantity: "10,000,000", a: "", b: "", c: "", rank: "", participation: "" },
    ];
    s.seriesC.exitMax = "$1,500,000,000";
    expect(readFormRecord(formRecord(s), "")).toEqual(s);
    // a record saved before the capital existed reads with an empty table and the automatic range
    const old = JSON.parse(formRecord(defaultState()));
    delete old.seriesC.capital;
    delete old.seriesC.exitMax;
    expect(readFormRecord(JSON.stringify(old), "")?.seriesC).toEqual(defaultState().seriesC);
    // damaged rows: an unknown type, a duplicate id, a number where text is kept
    const r = readFormRecord(
      JSON.stringify({
        seriesC: {
          capital: [
            { id: "1", type: "BOGUS", quantity: 5 },
            { id: "1", type: "senior", name: "N" },
          ],
        },
      }),
      undefined,
    );
    expect(r?.seriesC.capital).toEqual([
      { id: "1", name: "", type: "COMMON", quantity: "", a: "", b: "", c: "" },
      { id: "r2", name: "N", type: "SENIOR", quantity: "", a: "", b: "", c: "" },
    ]);
  });

  test("the exit value and the holders are saved with the form, as typed; an older record reads with none", () => {
    const s = defaultState();
    s.seriesC.exitValue = "$100,000,000";
    s.seriesC.holders = [
      { id: "2", holder: "Fund A", row: "Series C", quantity: "600,000" },
      { id: "5", holder: "Fund A", row: "Common", quantity: "1,000,000" },
    ];
    expect(readFormRecord(formRecord(s), "")).toEqual(s);
    const old = JSON.parse(formRecord(defaultState()));
    delete old.seriesC.exitValue;
    delete old.seriesC.holders;
    expect(readFormRecord(JSON.stringify(old), "")?.seriesC).toEqual(defaultState().seriesC);
    const damaged = readFormRecord(JSON.stringify({ seriesC: { holders: [{ id: "1", holder: 5 }, { id: "1", row: "Common" }, null] } }), undefined);
    expect(damaged?.seriesC.holders).toEqual([
      { id: "1", holder: "", row: "", quantity: "" },
      { id: "r2", holder: "", row: "Common", quantity: "" },
      { id: "3", holder: "", row: "", quantity: "" },
    ]);
  });

  test("a damaged record falls back to the defaults field by field, never throws", () => {
    expect(readFormRecord("{not json", "x")).toEqual({ ...defaultState(), roster: "x" });
    const r = readFormRecord(
      JSON.stringify({
        seriesC: {
          asOf: 5,
          events: [
            { type: "BOGUS", id: "1" },
            { id: "1", type: "SPLIT" },
          ],
        },
        optex: { ratio: "3/4" },
      }),
      undefined,
    );
    expect(r?.seriesC.asOf).toBe(defaultState().seriesC.asOf);
    expect(r?.seriesC.events.map((e) => [e.id, e.type])).toEqual([
      ["1", "SPLIT"],
      ["r2", "SPLIT"], // a duplicate id gets a fresh one
    ]);
    expect(r?.optionExchange.ratio).toBe("3/4");
    expect(readFormRecord(undefined, undefined)).toBeUndefined();
  });

  test("custom XML parts: any text survives (markup, quotes, control characters), split into parts of bounded size", () => {
    const record = `<a href="x">&amp; ]]> \u0001 tab\tline\r\n ${"é".repeat(10)} ${"x".repeat(XML_PART_CHARS * 2)}`;
    const xml = toXmlParts("roster", record, "000000000000001-000001");
    expect(xml.length).toBe(3);
    // eslint-disable-next-line no-control-regex -- checks that no character XML 1.0 cannot hold is left
    for (const x of xml) expect(x).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const parts = xml.map((x) => parseXmlPart(x)!);
    expect(parts.map((p) => [p.key, p.seq, p.of])).toEqual([
      ["roster", 0, 3],
      ["roster", 1, 3],
      ["roster", 2, 3],
    ]);
    expect(recordsFromParts(parts.reverse())).toEqual({ roster: record });
  });

  test("the newest complete generation wins; an interrupted save is ignored", () => {
    const old = toXmlParts("form", "old", "000000000000001-000001").map((x) => parseXmlPart(x)!);
    const newer = toXmlParts("form", "new".repeat(XML_PART_CHARS), "000000000000002-000001").map((x) => parseXmlPart(x)!);
    expect(recordsFromParts([...old, ...newer])).toEqual({ form: "new".repeat(XML_PART_CHARS) });
    expect(recordsFromParts([...old, newer[0]])).toEqual({ form: "old" });
  });
});
