import { unzipSync } from "fflate";
import { readPackage } from "../../src/input/ocf/package";
import { importPackage } from "../../src/input/ocf/import";
import { applyImport, exportFromPane, OcfImportModel, replaceQuestion, replacedBy } from "../../src/taskpane/model/ocfPane";
import { defaultOptionExchangeForm, readOptionExchangeInputs } from "../../src/taskpane/model/optionExchange";
import { defaultSeriesCForm, parseSeriesC } from "../../src/taskpane/model/seriesC";
import { readRoster } from "../../src/input/roster";
import { gridFromText } from "../../src/taskpane/model/paste";
import { readCapital } from "../../src/taskpane/model/capital";
import { packageFiles, SERIES_B, SERIES_C, SERIES_D } from "../input/ocf/fixture";

function drain(g: Generator<number, void>): number[] {
  const done: number[] = [];
  for (let r = g.next(); !r.done; r = g.next()) done.push(r.value);
  return done;
}

function imported(asOf = "2001-06-30"): OcfImportModel {
  const m = new OcfImportModel();
  drain(m.read(packageFiles(), "2001-07-01"));
  m.asOf = asOf;
  drain(m.run());
  return m;
}

describe("pane: Import OCF package (model, no DOM)", () => {
  it("reads the files one step per parse and per validation, then offers the preferred classes, the Series C named one first chosen", () => {
    const m = new OcfImportModel();
    const steps = drain(m.read(packageFiles(), "2001-07-01"));
    // 5 files: start, 5 parses, 4 validations of the listed files (the manifest is validated with the reading).
    expect(steps.length).toBe(10);
    expect(steps.every((x, i) => i === 0 || x >= steps[i - 1])).toBe(true);
    expect(m.status).toBe("chooseClass");
    expect(m.classes.map((c) => c.id)).toEqual([SERIES_D, SERIES_C, SERIES_B]);
    expect(m.seriesC).toBe(SERIES_C);
    expect(m.asOf).toBe("2001-06-30"); // the manifest's as_of
  });

  it("shows what was imported: capital rows in the pane's types, the splits as events, issuances to confirm, the roster, what is missing", () => {
    const m = imported();
    expect(m.status).toBe("imported");
    const v = m.imported;
    if (!v) throw new Error("not imported");
    // Every imported row goes into the pane: Series D (seniority 4) is senior to the Series C (3) and
    // PREFERRED, Series B (2) JUNIOR, each with its rank; Series B's cap 3 × $10; warrants as WARRANT rows.
    expect(v.capital.map((r) => [r.name, r.type, r.quantity, r.a, r.b, r.c, r.rank, r.participation])).toEqual([
      ["NOTE NOTE-1 (Fund LP)", "SENIOR", "5000000", "", "", "", "1", ""],
      ["Series D Preferred", "PREFERRED", "200000", "50", "0", "1", "2", ""],
      ["Series C Convertible Preferred", "SERIESC", "1250000", "", "", "", "3", ""],
      ["Series B Preferred", "JUNIOR", "300000", "15", "0", "1", "4", "30"],
      ["Common Stock", "COMMON", "2101400", "", "", "", "", ""],
      ["Options at $25", "OPTION", "2500", "25", "", "", "", ""],
      ["Options at $40.125", "OPTION", "2000", "40.125", "", "", "", ""],
      ["Warrants at $35", "WARRANT", "50000", "35", "", "", "", ""],
    ]);
    // The calc's own checks (SERIESC_EXIT's capital) accept the rows as the pane reads them.
    const read = readCapital(v.capital, "");
    expect(read.problems).toEqual([]);
    expect(read.capital.map((r) => [r.type, r.rank, r.participation?.toString()])).toEqual([
      ["SENIOR", 1, undefined],
      ["PREFERRED", 2, undefined],
      ["SERIESC", 3, undefined],
      ["JUNIOR", 4, "30"],
      ["COMMON", Infinity, undefined],
      ["OPTION", Infinity, undefined],
      ["OPTION", Infinity, undefined],
      ["WARRANT", Infinity, undefined],
    ]);
    expect(v.capital.find((r) => r.type === "SERIESC")?.quantity).toBe("1250000");
    expect(v.events).toEqual([{ id: "ocf1", date: "2000-03-01", type: "SPLIT", a: "2", b: "", c: "", d: "", target: "" }]);
    expect(v.toConfirm).toEqual([expect.stringMatching(/^2000-09-15 ISSUE: 100000 common shares for \$1250000/)]);
    expect(v.missing.length).toBeGreaterThan(0);
    expect(v.summary[3]).toBe("3 outstanding option grants (4500 options) for the Option exchange roster");
    // The roster text is read by the pane's roster reader as the same grants.
    const roster = readRoster(gridFromText(v.rosterText), "MDY");
    expect(roster.grants.flatMap((g) => g.problems)).toEqual([]);
    expect(roster.grants.map((g) => [g.grant, g.holder, g.options, g.price, g.type])).toEqual([
      ["opt-1", "Ann Lee", 1000, 25, "ISO"],
      ["opt-2", "Bob Ray", 1500, 25, "NSO"],
      ["opt-3", "Cy Orr", 2000, 40.125, "ISO"],
    ]);
  });

  it("a preferred class of the Series C's seniority is Parity Stock (Cert §2), b = 0 until entered", () => {
    const m = new OcfImportModel();
    const files = packageFiles();
    const classes = JSON.parse(new TextDecoder().decode(files[1].bytes));
    classes.items.find((c: { id: string }) => c.id === SERIES_B).seniority = "3";
    files[1] = { name: files[1].name, bytes: new TextEncoder().encode(JSON.stringify(classes)) };
    drain(m.read(files, "2001-07-01"));
    m.asOf = "2001-06-30";
    drain(m.run());
    expect(m.imported?.capital.find((r) => r.type === "PARITY")).toMatchObject({
      name: "Series B Preferred",
      quantity: "300000",
      a: "15",
      b: "0",
      c: "1",
      rank: "",
      participation: "30",
    });
    expect(readCapital(m.imported?.capital ?? [], "").problems).toEqual([]);
  });

  it("a refused package names the problems; a bad class keeps the package to choose again", () => {
    const m = new OcfImportModel();
    drain(m.read(packageFiles().slice(1), "2001-07-01"));
    expect(m.status).toBe("refused");
    expect(m.problems).toEqual([expect.stringMatching(/has no OCF manifest/)]);
    const ok = new OcfImportModel();
    drain(ok.read(packageFiles(), "2001-07-01"));
    ok.seriesC = "nope";
    drain(ok.run());
    expect(ok.status).toBe("chooseClass");
    expect(ok.problems).toEqual([expect.stringMatching(/"nope" is not a stock class id/)]);
    ok.seriesC = SERIES_C;
    drain(ok.run());
    expect(ok.status).toBe("imported");
  });

  it("Apply fills the Series C tab's as-of date, shares, capital and events and the roster; asks first when it replaces inputs", () => {
    const v = imported().imported;
    if (!v) throw new Error("not imported");
    const form = defaultSeriesCForm();
    expect(replaceQuestion(replacedBy({ ...form, capital: [], events: [] }, ""))).toBeUndefined();
    expect(
      replaceQuestion(
        replacedBy({ ...form, events: [{ id: "1", date: "", type: "SPLIT", a: "", b: "", c: "", d: "", target: "" }], capital: [] }, "g1\t2000-01-01\t5\t1\n"),
      ),
    ).toBe("The package replaces 1 event, the roster (1 line). Payments and the other inputs stay as they are.");
    const applied = applyImport(form, v);
    expect(applied.seriesC).toMatchObject({ asOf: "2001-06-30", shares: "1250000", fmv: form.fmv, payments: form.payments });
    expect(applied.seriesC.capital).toEqual(v.capital);
    const parsed = parseSeriesC(applied.seriesC, "MDY");
    expect(parsed.events.length).toBe(1);
    expect(parsed.problems.filter((p) => /capital|event/i.test(p.message))).toEqual([]);
    expect(applied.roster).toBe(v.rosterText);
  });
});

describe("pane: Export OCF package (model, no DOM)", () => {
  const exchangeForm = { ...defaultOptionExchangeForm(), newStrike: "3.50" };
  const { roster, ...oxForm } = exchangeForm;
  void roster;

  it("writes the imported package with the exchange of every roster grant; it reads back and validates", () => {
    const m = imported();
    const v = m.imported;
    if (!v) throw new Error("not imported");
    const seriesCForm = applyImport(defaultSeriesCForm(), v).seriesC;
    const out = exportFromPane({
      pkg: m.package,
      seriesC: m.seriesC,
      parsed: parseSeriesC(seriesCForm, "MDY"),
      seriesCForm,
      exchange: readOptionExchangeInputs(exchangeForm, "MDY").inputs,
      exchangeForm: oxForm,
      tendered: ["opt-1", "opt-3"],
      generatedAt: "2001-10-01T00:00:00Z",
    });
    if ("refused" in out) throw new Error(out.refused);
    const files = Object.entries(unzipSync(out.zip)).map(([name, bytes]) => ({ name, bytes }));
    const again = readPackage(files);
    const after = importPackage(again, { asOf: "2001-12-31", seriesC: SERIES_C });
    // The two tendered grants were cancelled and replaced: new ids, floor(0.75 × options) at $3.50.
    const byGrant = new Map(after.roster.map((g) => [g.grant, g]));
    expect(byGrant.has("opt-1")).toBe(false);
    expect(byGrant.has("opt-3")).toBe(false);
    expect(byGrant.get("opt-2")?.options.toFixed()).toBe("1500");
    const fresh = after.roster.filter((g) => g.price.toFixed() === "3.5").map((g) => g.options.toFixed());
    expect(fresh.sort()).toEqual(["1500", "750"]);
  });

  it("refuses without an imported package, or without the new exercise price when grants are tendered", () => {
    const seriesCForm = defaultSeriesCForm();
    const base = {
      seriesC: SERIES_C,
      parsed: parseSeriesC(seriesCForm, "MDY"),
      seriesCForm,
      exchangeForm: oxForm,
      tendered: ["opt-1"],
      generatedAt: "2001-10-01T00:00:00Z",
    };
    expect(exportFromPane({ ...base, pkg: undefined, exchange: {} })).toEqual({ refused: expect.stringMatching(/^Import an OCF package first/) });
    const m = imported();
    expect(exportFromPane({ ...base, pkg: m.package, exchange: {} })).toEqual({
      refused: expect.stringMatching(/exercise price of the new options is missing/),
    });
  });
});
