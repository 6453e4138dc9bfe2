import { dayFromCivil } from "../../src/calc/time/civil";
import { readHeader } from "../../src/input/roster";
import { ColumnMappingForm, describeMapping, mappingsFromRecord, mappingsRecord, remember, REMEMBERED_MAPPINGS } from "../../src/taskpane/model/columnMapping";
import { exportFromForms, OcfImportModel, tenderedGrants } from "../../src/taskpane/model/ocfPane";
import { defaultOptionExchangeForm } from "../../src/taskpane/model/optionExchange";
import { OptionExchangeController, OptionExchangeListener } from "../../src/taskpane/model/optionExchangeController";
import { RosterController, RosterListener, RosterPorts } from "../../src/taskpane/model/rosterController";
import { readFormRecord, formRecord, defaultState } from "../../src/taskpane/model/state";

// A roster whose header names no column MPWR knows, and one whose header names the price twice.
const UNKNOWN = ["Ref,Person,When,Qty,Px", "A-1,Ann Lee,2000-02-01,1000,$25.00", "A-2,Bob Ray,2000-05-01,500,$4.00"].join("\n");
const TWO_PRICES = ["Security ID,Issue Date,Quantity Outstanding,Option Price,Exercise Price", "ES-1,2000-02-01,1000,$25.00,$26.00"].join("\n");

function ports(): RosterPorts {
  return { confirm: async () => true, readSelection: async () => [], idle: () => undefined };
}

function recorder(): RosterListener & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    progress: () => calls.push("progress"),
    text: () => calls.push("text"),
    started: () => calls.push("started"),
    read: () => calls.push("read"),
    edited: () => calls.push("edited"),
  };
}

describe("the mapping form: each column with a choice of the header's cells", () => {
  test("a header without known names: every required column is missing, none chosen", () => {
    const f = new ColumnMappingForm(readHeader(["Ref", "Person", "When", "Qty", "Px"]));
    expect(f.headers).toEqual(["Ref", "Person", "When", "Qty", "Px"]);
    expect(f.lines.map((l) => [l.column, l.label, l.issue])).toEqual([
      ["grant", "grant id (this or the other of grant id and employee)", "missing: choose the column that holds it"],
      ["holder", "employee (this or the other of grant id and employee)", "missing: choose the column that holds it"],
      ["grantDate", "grant date (required)", "missing: choose the column that holds it"],
      ["options", "options (required)", "missing: choose the column that holds it"],
      ["price", "exercise price (required)", "missing: choose the column that holds it"],
      ["type", "ISO/NSO type (optional)", undefined],
      ["expiration", "expiration date (optional)", undefined],
    ]);
    expect(f.choices).toEqual({});
    expect(f.problems()).toEqual([
      "choose the grant id or the employee column",
      "choose the grant date column",
      "choose the options column",
      "choose the exercise price column",
    ]);
  });

  test("an ambiguous column names the cells it stands between and is left for the user; the others keep what the names say", () => {
    const f = new ColumnMappingForm(readHeader(["Security ID", "Issue Date", "Quantity Outstanding", "Option Price", "Exercise Price"]));
    expect(f.lines.find((l) => l.column === "price")?.issue).toBe("ambiguous: “Option Price” and “Exercise Price” both name it");
    expect(f.choices).toEqual({ grant: 0, grantDate: 1, options: 2 });
    f.choose("price", 4);
    expect(f.problems()).toEqual([]);
    expect(f.mapping()).toEqual({
      headers: ["Security ID", "Issue Date", "Quantity Outstanding", "Option Price", "Exercise Price"],
      columns: { grant: 0, grantDate: 1, options: 2, price: 4 },
    });
    f.choose("options", 4);
    expect(f.problems()).toEqual(["column 5 is chosen for both the options and the exercise price"]);
    f.choose("options", undefined);
    expect(f.problems()).toEqual(["choose the options column"]);
  });

  test("a mapping in words, remembered newest first per header, saved and read back (damaged entries dropped)", () => {
    const m = { headers: ["Ref", "Person", "When", "Qty", "Px"], columns: { grant: 0, grantDate: 2, options: 3, price: 4 } };
    expect(describeMapping(m)).toBe("grant id ← column 1 “Ref”; grant date ← column 3 “When”; options ← column 4 “Qty”; exercise price ← column 5 “Px”");
    const again = { ...m, columns: { ...m.columns, holder: 1 } };
    const other = { headers: ["A", "B", "C", "D"], columns: { grant: 0, grantDate: 1, options: 2, price: 3 } };
    const list = remember(remember(remember([], m), other), again);
    expect(list).toEqual([again, other]);
    expect(mappingsFromRecord(mappingsRecord(list))).toEqual(list);
    expect(mappingsRecord([])).toBe("");
    expect(mappingsFromRecord("not json")).toEqual([]);
    expect(mappingsFromRecord('[{"headers":["a"],"columns":{"grant":0,"price":5,"bogus":1}}, 7, {"headers":3}]')).toEqual([
      { headers: ["a"], columns: { grant: 0 } },
    ]);
    let many: ReturnType<typeof remember> = [];
    for (let i = 0; i < REMEMBERED_MAPPINGS + 5; i++) many = remember(many, { headers: [`h${i}`], columns: {} });
    expect(many).toHaveLength(REMEMBERED_MAPPINGS);
    expect(many[0].headers).toEqual([`h${REMEMBERED_MAPPINGS + 4}`]);
  });
});

describe("RosterController: asks for the columns, keeps the text, remembers the choice", () => {
  test("a paste with unknown names opens the form; the text is kept; Use these columns reads it and is saved", () => {
    const l = recorder();
    const r = new RosterController("MDY", ports(), l);
    r.typed(UNKNOWN);
    expect(r.roster.problem).toMatch(/^the header row has no grant id or employee column/);
    expect(r.mappingForm?.headers).toEqual(["Ref", "Person", "When", "Qty", "Px"]);
    expect(r.text).toBe(UNKNOWN);
    const f = r.mappingForm as ColumnMappingForm;
    f.choose("grant", 0);
    f.choose("grantDate", 2);
    expect(r.useMapping()).toBe(false);
    expect(r.mappingProblems).toEqual(["choose the options column", "choose the exercise price column"]);
    expect(r.mappingForm).toBe(f);
    f.choose("options", 3);
    f.choose("price", 4);
    f.choose("holder", 1);
    l.calls.length = 0;
    expect(r.useMapping()).toBe(true);
    expect(l.calls).toContain("edited");
    expect(r.mappingForm).toBeUndefined();
    expect(r.text).toBe(UNKNOWN);
    expect(r.roster.problem).toBeUndefined();
    expect(r.roster.grants.map((g) => [g.grant, g.holder, g.grantDate, g.options, g.price])).toEqual([
      ["A-1", "Ann Lee", dayFromCivil(2000, 2, 1), 1000, 25],
      ["A-2", "Bob Ray", dayFromCivil(2000, 5, 1), 500, 4],
    ]);
    expect(r.mappingInUse()).toBe(
      "grant id ← column 1 “Ref”; employee ← column 2 “Person”; grant date ← column 3 “When”; options ← column 4 “Qty”; exercise price ← column 5 “Px”",
    );
    expect(mappingsFromRecord(r.mappingsText())).toEqual([
      { headers: ["Ref", "Person", "When", "Qty", "Px"], columns: { grant: 0, holder: 1, grantDate: 2, options: 3, price: 4 } },
    ]);

    // The next paste with the same header is read with the choice, at once.
    r.typed("REF,Person,When,Qty,Px\nB-9,Cy Orr,2000-03-01,10,$1");
    expect(r.mappingForm).toBeUndefined();
    expect(r.roster.grants.map((g) => [g.grant, g.options])).toEqual([["B-9", 10]]);
  });

  test("the choice can be changed (the form opens with it) or given up for the header's names", () => {
    const r = new RosterController("MDY", ports(), recorder());
    r.restoreMappings(
      mappingsRecord([
        {
          headers: ["Security ID", "Issue Date", "Quantity Outstanding", "Option Price", "Exercise Price"],
          columns: { grant: 0, grantDate: 1, options: 2, price: 4 },
        },
      ]),
    );
    r.restore(TWO_PRICES);
    expect(r.roster.grants.map((g) => g.price)).toEqual([26]);
    r.changeMapping();
    expect(r.mappingForm?.choices).toEqual({ grant: 0, grantDate: 1, options: 2, price: 4 });
    r.cancelMapping();
    expect(r.mappingForm).toBeUndefined();
    r.changeMapping();
    r.mappingForm?.choose("price", 3);
    expect(r.useMapping()).toBe(true);
    expect(r.roster.grants.map((g) => g.price)).toEqual([25]);
    r.forgetMapping();
    expect(r.roster.problem).toBe('"Option Price" and "Exercise Price" both name the exercise price');
    expect(r.mappingForm?.lines.find((l) => l.column === "price")?.issue).toBe("ambiguous: “Option Price” and “Exercise Price” both name it");
    // A form the header needs is not cancelled: the roster cannot be read without it.
    r.cancelMapping();
    expect(r.mappingForm).toBeDefined();
    expect(r.mappingsText()).toBe("");
  });

  test("typing on while the form is open keeps the user's choices for the same header; a roster the names settle closes it", () => {
    const r = new RosterController("MDY", ports(), recorder());
    r.typed(UNKNOWN);
    r.mappingForm?.choose("grant", 0);
    const f = r.mappingForm;
    r.typed(`${UNKNOWN}\nA-3,Di Fox,2000-06-01,10,$1`);
    expect(r.mappingForm).toBe(f);
    expect(r.mappingForm?.choices).toEqual({ grant: 0 });
    r.typed("Grant,Grant date,Options,Exercise price\ng,2000-01-01,1,1");
    expect(r.mappingForm).toBeUndefined();
  });

  test("a big paste read in slices asks for its columns as a small one does", async () => {
    const rows = ["Ref,Person,When,Qty,Px"];
    for (let i = 0; i < 12_000; i++) rows.push(`A-${i},Employee number ${i},2000-02-01,${1000 + i},$25.00,`);
    const big = rows.join("\n");
    const l = recorder();
    const r = new RosterController("MDY", ports(), l);
    r.typed(big);
    expect(r.busy).toBe(true);
    await waitFor(() => !r.busy && l.calls.includes("read"));
    expect(r.mappingForm?.headers).toEqual(["Ref", "Person", "When", "Qty", "Px"]);
    const f = r.mappingForm as ColumnMappingForm;
    [0, 2, 3, 4].forEach((i, k) => f.choose((["grant", "grantDate", "options", "price"] as const)[k], i));
    r.useMapping();
    await waitFor(() => !r.busy && r.roster.grants.length === 12_000);
    expect(r.roster.problem).toBeUndefined();
  });
});

async function waitFor(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !ok(); i++) await new Promise((res) => setTimeout(res, 5));
  expect(ok()).toBe(true);
}

describe("the mappings are saved with the pane's inputs and used by the tab and the export", () => {
  test("the form record keeps them; a record without them reads as none", () => {
    const s = defaultState();
    s.optionExchange.rosterColumns = mappingsRecord([{ headers: ["Ref", "When", "Qty", "Px"], columns: { grant: 0, grantDate: 1, options: 2, price: 3 } }]);
    expect(readFormRecord(formRecord(s), "")?.optionExchange.rosterColumns).toBe(s.optionExchange.rosterColumns);
    expect(readFormRecord('{"v":1,"optex":{"newStrike":"4"}}', "")?.optionExchange.rosterColumns).toBe("");
  });

  test("the tab restores them before its roster, and a new choice updates what it saves", () => {
    const edited: string[] = [];
    const l: OptionExchangeListener = {
      rosterProgress: () => undefined,
      rosterText: () => undefined,
      render: () => undefined,
      figures: () => undefined,
      totalsStarted: () => undefined,
      totalsProgress: () => undefined,
      totalsDone: () => undefined,
      edited: () => edited.push("edited"),
    };
    const c = new OptionExchangeController("MDY", ports(), l);
    const saved = mappingsRecord([{ headers: ["Ref", "Person", "When", "Qty", "Px"], columns: { grant: 0, grantDate: 2, options: 3, price: 4 } }]);
    c.setState({ ...defaultOptionExchangeForm(), roster: UNKNOWN, rosterColumns: saved });
    expect(c.roster.roster.grants).toHaveLength(2);
    expect(c.getState().rosterColumns).toBe(saved);
    c.roster.changeMapping();
    c.roster.mappingForm?.choose("holder", 1);
    c.roster.useMapping();
    expect(edited).toEqual(["edited"]);
    expect(mappingsFromRecord(c.getState().rosterColumns)[0].columns).toEqual({ grant: 0, holder: 1, grantDate: 2, options: 3, price: 4 });
  });

  test("the export reads the roster with the mappings (not written into the exported document)", () => {
    const m = [{ headers: ["Ref", "Person", "When", "Qty", "Px"], columns: { grant: 0, grantDate: 2, options: 3, price: 4 } }];
    expect(tenderedGrants(UNKNOWN, "MDY", undefined, m)).toEqual({ ids: ["A-1", "A-2"] });
    expect(tenderedGrants(UNKNOWN, "MDY")).toMatchObject({
      refused: expect.stringMatching(/^Export OCF package: the roster cannot be read: the header row has no grant id/),
    });
    // Without an imported package the export is refused before the roster matters.
    const out = exportFromForms(
      new OcfImportModel(),
      defaultState().seriesC,
      { ...defaultOptionExchangeForm(), roster: UNKNOWN, rosterColumns: mappingsRecord(m) },
      "MDY",
      "2001-01-01T00:00:00Z",
    );
    expect(out).toMatchObject({ refused: expect.stringMatching(/^Import an OCF package first/) });
  });
});
