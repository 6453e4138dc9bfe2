import { resolveTerms } from "../../src/calc/core/terms";
import { OPTION_EXCHANGE_TERMS } from "../../src/calc/optionExchange/terms";
import { OPTION_EXCHANGE_TERM_DOCS } from "../../src/calc/optionExchange/termWords";
import { SERIES_C_TERMS } from "../../src/calc/seriesC/terms";
import { SERIES_C_TERM_DOCS } from "../../src/calc/seriesC/termWords";
import { dayFromCivil } from "../../src/calc/time/civil";
import { serialFromDay } from "../../src/calc/time/excelSerial";
import { seriesCModel, optionExchangeModel } from "../../src/layout";
import { formulaText } from "../../src/layout/formula";
import { optionExchangeModelInput, seriesCModelInput } from "../../src/taskpane/model/modelInput";
import { GrantCalculator, defaultOptionExchangeForm, grantDetails, readOptionExchangeInputs, totalsJob } from "../../src/taskpane/model/optionExchange";
import { TotalsController, termsChangingTotalsJob } from "../../src/taskpane/model/totalsController";
import { gridFromText } from "../../src/taskpane/model/paste";
import { readRoster } from "../../src/input/roster";
import { EventRow, SeriesCForm, defaultSeriesCForm, parseSeriesC, previewSeriesC } from "../../src/taskpane/model/seriesC";
import { SeriesCController } from "../../src/taskpane/model/seriesCController";
import { defaultState, formRecord, readFormRecord, termsRestoreNote } from "../../src/taskpane/model/state";
import { readTerms, termsChanging, termsNote } from "../../src/taskpane/model/terms";

/**
 * The Terms sections: every term of the calc's schema with its default, read as the functions read
 * their `terms` argument (the calc's own checks and words), saved with the form, written into the
 * inserted model's terms Table, and each result a changed term changes saying so.
 */

const M = 1_000_000;
const ev = (id: string, o: Partial<EventRow>): EventRow => ({ id, date: "", type: "SPLIT", a: "", b: "", c: "", d: "", target: "", ...o });

/** Cert §5(f), §5(k)(1): a 1-for-2 combination, then an issue at $10: the literal $28 floor lets it lower $56 to 570/11; the split-adjusted floor ($56) does not. */
const floorCase = (terms: Record<string, string> = {}): SeriesCForm => ({
  ...defaultSeriesCForm(),
  asOf: "2002-12-31",
  fmv: "10",
  events: [
    ev("1", { date: "2002-01-01", type: "SPLIT", a: "0.5" }),
    ev("2", { date: "2002-06-01", type: "ISSUE", a: String(1 * M), b: String(10 * M), c: String(10 * M) }),
  ],
  terms,
});

describe("reading the Terms section", () => {
  test("every term of each schema, in its order, with its words and its default; nothing typed: nothing changed", () => {
    const sc = readTerms(SERIES_C_TERMS, SERIES_C_TERM_DOCS, {}, "MDY", "sc");
    expect(sc.rows.map((r) => r.name)).toEqual(Object.keys(SERIES_C_TERMS));
    const floor = sc.rows.find((r) => r.name === "floorAdjustedForSplits")!;
    expect(floor).toMatchObject({
      kind: "boolean",
      choices: ["TRUE", "FALSE"],
      defaultText: "FALSE",
      text: "FALSE",
      changed: false,
      id: "sc-term-floorAdjustedForSplits",
    });
    expect(floor.label).toBe("Adjust the Liquidation Value floor for common splits/stock dividends (Cert §5(k)(1)); FALSE: the literal $28");
    expect(sc.rows.find((r) => r.name === "issueDate")).toMatchObject({ defaultText: "1999-12-29", text: "1999-12-29" });
    expect(sc.rows.find((r) => r.name === "dividendRate")).toMatchObject({ defaultText: "0.1 (10 %)", text: "0.1" });
    expect(sc.rows.find((r) => r.name === "votingPowerAtIssue")).toMatchObject({ defaultText: "none", text: "" });
    expect(sc.rows.find((r) => r.name === "stubDays")!.choices).toEqual(["elapsed", "inclusive"]);
    expect(sc.changed).toEqual([]);
    expect(sc.terms).toBe(resolveTerms(SERIES_C_TERMS));
    const ox = readTerms(OPTION_EXCHANGE_TERMS, OPTION_EXCHANGE_TERM_DOCS, {}, "MDY", "ox");
    expect(ox.rows.map((r) => r.name)).toEqual(Object.keys(OPTION_EXCHANGE_TERMS));
  });

  test("typed as a Value cell of the terms Table: TRUE/FALSE in any case, 12% as 0.12, dates in the pane's reading, thousands separators", () => {
    const r = readTerms(
      SERIES_C_TERMS,
      SERIES_C_TERM_DOCS,
      { floorAdjustedForSplits: "true", dividendRate: "12%", issueDate: "1/3/2000", sharesIssued: "1,300,000", stubDays: "Inclusive" },
      "MDY",
      "sc",
    );
    expect(r.problems).toEqual([]);
    expect(r.changed).toEqual(["issueDate", "dividendRate", "sharesIssued", "stubDays", "floorAdjustedForSplits"]);
    expect(r.terms.floorAdjustedForSplits).toBe(true);
    expect(r.terms.dividendRate.toString()).toBe("0.12");
    expect(r.terms.issueDate).toBe(dayFromCivil(2000, 1, 3));
    expect(r.terms.stubDays).toBe("inclusive");
    expect(r.overrides).toContainEqual({ name: "issueDate", value: serialFromDay(dayFromCivil(2000, 1, 3)) });
    expect(r.rows.find((x) => x.name === "dividendRate")).toMatchObject({ valueText: "0.12 (12 %)", changed: true });
  });

  test("the default typed back is not a change", () => {
    const r = readTerms(SERIES_C_TERMS, SERIES_C_TERM_DOCS, { floorAdjustedForSplits: "FALSE", liquidationValue: "28", issueDate: "1999-12-29" }, "MDY", "sc");
    expect(r.changed).toEqual([]);
    expect(r.overrides).toEqual([]);
  });

  test("refused with the functions' words: a rate typed as a whole percent, a boolean that is not TRUE/FALSE, a word not in the list, out of range", () => {
    const r = readTerms(
      SERIES_C_TERMS,
      SERIES_C_TERM_DOCS,
      { dividendRate: "10", floorAdjustedForSplits: "yes", stubDays: "actual", ratchetMonths: "2.5", liquidationValue: "0" },
      "MDY",
      "sc",
    );
    // what a function says for the same Value cell (resolveTerms is what SERIESC_* call)
    const functionSays = (name: string, value: number | string) => {
      try {
        resolveTerms(SERIES_C_TERMS, [{ name, value }]);
      } catch (e) {
        return (e as Error & { detail: string }).detail;
      }
      throw new Error("accepted");
    };
    expect(r.problems.map((p) => p.message)).toEqual([
      "Terms: liquidationValue must be greater than 0, got 0",
      `Terms: ${functionSays("dividendRate", 10)}`,
      'Terms: stubDays must be one of elapsed, inclusive, got "actual"',
      "Terms: ratchetMonths must be a whole number, got 2.5",
      'Terms: floorAdjustedForSplits must be TRUE or FALSE, got "yes"',
    ]);
    expect(functionSays("dividendRate", 10)).toBe("dividendRate 10 is read as 1,000 %; type 10% or 0.1 (the limit is ±100 %)");
    expect(r.problems[0].field).toBe("sc-term-liquidationValue");
    expect(readTerms(SERIES_C_TERMS, SERIES_C_TERM_DOCS, { issueDate: "next tuesday" }, "MDY", "sc").problems[0].message).toBe(
      'Terms: issueDate: "next tuesday" is not a date: use an Excel date or YYYY-MM-DD text',
    );
    // an invalid term keeps its default until fixed, and says so
    expect(r.terms.dividendRate.toString()).toBe("0.1");
    expect(r.leftOut).toContain("term dividendRate (its default is used until it is valid)");
    expect(r.changed).toEqual([]);
  });
});

describe("the Series C results a term changed say so", () => {
  test("floorAdjustedForSplits TRUE: the conversion price (and what follows from it) changes and names the term; the dividends do not", () => {
    const plain = previewSeriesC(parseSeriesC(floorCase(), "MDY"));
    const price = (p: typeof plain) => p.lines.find((l) => l.id === "convprice")!;
    expect(Number(price(plain).exact)).toBeCloseTo(570 / 11, 12);
    expect(price(plain).termsNote).toBeUndefined();
    const adjusted = previewSeriesC(parseSeriesC(floorCase({ floorAdjustedForSplits: "TRUE" }), "MDY"));
    expect(price(adjusted).exact).toBe("56");
    expect(price(adjusted).termsNote).toBe("with floorAdjustedForSplits = TRUE");
    expect(adjusted.lines.find((l) => l.id === "convrate")!.termsNote).toBe("with floorAdjustedForSplits = TRUE");
    expect(adjusted.certificate.termsNote).toBe("with floorAdjustedForSplits = TRUE");
    expect(adjusted.breakdown.termsNote).toBe("with floorAdjustedForSplits = TRUE");
    // the dividends and the key dates do not read the floor
    expect(adjusted.lines.find((l) => l.id === "accrued")!.termsNote).toBeUndefined();
    expect(adjusted.lines.find((l) => l.id === "mindiv")!.termsNote).toBeUndefined();
    expect(adjusted.keyDates.termsNote).toBeUndefined();
  });

  test("a changed term that changes nothing here says nothing (no split: the floor rule cannot matter)", () => {
    const p = previewSeriesC(parseSeriesC({ ...floorCase({ floorAdjustedForSplits: "TRUE" }), events: [] }, "MDY"));
    expect(p.lines.every((l) => l.termsNote === undefined)).toBe(true);
  });

  test("two changed terms: each result names only the ones that change it", () => {
    const p = previewSeriesC(parseSeriesC(floorCase({ floorAdjustedForSplits: "TRUE", dividendRate: "12%" }), "MDY"));
    const note = (id: string) => p.lines.find((l) => l.id === id)!.termsNote;
    expect(note("convprice")).toBe("with floorAdjustedForSplits = TRUE");
    expect(note("accrued")).toBe("with dividendRate = 0.12 (12 %)");
    expect(note("liquidation")).toMatch(/dividendRate = 0.12 \(12 %\)/);
  });

  test("termsChanging: computes once more without all changed terms, and once per term only when more than one changed", () => {
    const calls: string[][] = [];
    const keys = (reset: readonly string[]) => {
      calls.push([...reset]);
      return new Map([["x", reset.includes("a") ? "0" : "1"]]);
    };
    expect(termsChanging(["a"], keys, new Map([["x", "1"]]))).toEqual(new Map([["x", ["a"]]]));
    expect(calls).toEqual([["a"]]);
    calls.length = 0;
    expect(termsChanging(["a", "b"], keys, new Map([["x", "1"]]))).toEqual(new Map([["x", ["a"]]]));
    expect(calls).toEqual([["a", "b"], ["a"], ["b"]]);
    expect(termsChanging([], keys, new Map([["x", "1"]])).size).toBe(0);
  });
});

describe("saved with the inputs", () => {
  test("the terms typed are saved and restored; a record saved before the Terms sections restores every default and says nothing is lost", () => {
    const c = new SeriesCController("MDY", { confirm: async () => true } as never);
    c.setTerm("floorAdjustedForSplits", "TRUE");
    const s = defaultState();
    s.seriesC = c.getState();
    s.optionExchange = { ...s.optionExchange, terms: { vestingRounding: "round" } };
    const text = formRecord(s);
    const back = readFormRecord(text, "")!;
    expect(back.seriesC.terms).toEqual({ floorAdjustedForSplits: "TRUE" });
    expect(back.optionExchange.terms).toEqual({ vestingRounding: "round" });
    expect(termsRestoreNote(text)).toBe("");
    c.resetTerm("floorAdjustedForSplits");
    expect(c.getState().terms).toEqual({});

    const old = JSON.stringify({ v: 1, seriesC: { asOf: "2001-06-30", shares: "1,000" }, optex: { ratio: "0.75" } });
    const restored = readFormRecord(old, "")!;
    expect(restored.seriesC.terms).toEqual({});
    expect(restored.seriesC.asOf).toBe("2001-06-30");
    expect(restored.optionExchange.terms).toEqual({});
    expect(termsRestoreNote(old)).toBe(
      "These inputs were saved before the pane had its Terms sections: every term is its default, as when they were saved; nothing is lost.",
    );
    // a damaged record: only the terms it holds as text
    expect(readFormRecord(JSON.stringify({ seriesC: { terms: { a: 1, b: "x", c: "" } } }), "")!.seriesC.terms).toEqual({ b: "x" });
  });
});

describe("Insert writes the terms into the model's terms Table", () => {
  test("Series C: the changed terms' Value cells, the rest the defaults; every result formula reads the Table", () => {
    const r = seriesCModelInput(parseSeriesC(floorCase({ floorAdjustedForSplits: "TRUE", issueDate: "2000-01-03" }), "MDY"));
    expect(r.input.terms).toEqual({ floorAdjustedForSplits: true, issueDate: serialFromDay(dayFromCivil(2000, 1, 3)) });
    const m = seriesCModel(r.input);
    const table = m.tables.find((t) => t.name === "SC_Terms")!;
    const value = (name: string) => table.rows.find((row) => row[1] === name)![2];
    expect(value("floorAdjustedForSplits")).toBe(true);
    expect(value("issueDate")).toBe(serialFromDay(dayFromCivil(2000, 1, 3)));
    expect(value("liquidationValue")).toBe(28);
    const formulas = [...m.cells.flatMap((c) => (c.formula ? [c.formula] : [])), ...m.spills.map((s) => s.formula)].filter((f) => f.fn.startsWith("SERIESC_"));
    // every Series C function of the model but the class vote's multiple reads the terms Table (Cert §3(b) takes no terms)
    const withTable = formulas.filter((f) => formulaText(f, "ui").includes("SC_Terms[[Name]:[Value]]"));
    expect(formulas.length).toBeGreaterThan(10);
    expect(withTable.map((f) => f.fn)).toEqual(
      expect.arrayContaining(["SERIESC_CONVPRICE", "SERIESC_CONVRATE", "SERIESC_LIQPREF", "SERIESC_ACCRUED", "SERIESC_CONVSHARES"]),
    );
  });

  test("Option exchange: the Terms section's values with the fields' ratio and expiration", () => {
    const form = { ...defaultOptionExchangeForm(), terms: { vestingRounding: "round", vestYears: "4" } };
    const reading = readOptionExchangeInputs(form, "MDY");
    expect(reading.inputs.terms).toEqual([
      { name: "vestYears", value: 4 },
      { name: "vestingRounding", value: "round" },
    ]);
    const r = optionExchangeModelInput(reading.inputs, []);
    expect(r.input.terms).toMatchObject({ vestYears: 4, vestingRounding: "round", ratio: 0.75 });
    const table = optionExchangeModel(r.input).tables.find((t) => t.name === "OX_Terms")!;
    expect(table.rows.find((row) => row[1] === "vestYears")![2]).toBe(4);
  });
});

describe("Option exchange: the terms set by the tab's fields, and the details a term changed", () => {
  test("ratio, expirationDate and newExercisePrice are shown as the fields give them, not edited twice", () => {
    const form = { ...defaultOptionExchangeForm(), ratio: "0.8", terms: { ratio: "0.5" } };
    const r = readOptionExchangeInputs(form, "MDY").termsReading;
    expect(r.rows.find((x) => x.name === "ratio")).toMatchObject({ bound: { field: "Exchange ratio", id: "ox-ratio" }, valueText: "0.8", changed: true });
    expect(r.changed).toEqual([]);
    expect(r.terms.ratio.toString()).toBe("0.8");
  });

  test("vestingRounding = round changes a grant's vesting schedule, and its vesting says so; vestYears = 4 gives four installments", () => {
    // 1,003 × 0.75 → 752 new options: cumulative thirds 250.67, 501.33 floor to 250, 501 and round to 251, 501 (Offer Q11)
    const roster = readRoster(gridFromText("grant,holder,grant date,options,exercise price\nG1,Ann,2000-01-15,1003,20"), "MDY");
    const g = roster.grants[0];
    const calc = new GrantCalculator();
    const plain = readOptionExchangeInputs({ ...defaultOptionExchangeForm(), newStrike: "5" }, "MDY");
    const rounded = readOptionExchangeInputs({ ...defaultOptionExchangeForm(), newStrike: "5", terms: { vestingRounding: "round" } }, "MDY");
    const a = grantDetails(g, plain.inputs, calc);
    const b = grantDetails(g, rounded.inputs, calc);
    expect(a.vesting!.map((r) => r[2])).toEqual(["250", "501", "752"]);
    expect(b.vesting!.map((r) => r[2])).toEqual(["251", "501", "752"]);
    expect(b.vestingTermsNote).toBe("with vestingRounding = round");
    const four = readOptionExchangeInputs({ ...defaultOptionExchangeForm(), newStrike: "5", terms: { vestYears: "4" } }, "MDY");
    const c = grantDetails(g, four.inputs, calc);
    expect(c.vesting).toHaveLength(4);
    expect(c.vestingTermsNote).toBe("with vestYears = 4");
    expect(a.vestingTermsNote).toBeUndefined();
  });
});

describe("Option exchange totals a term changed say so", () => {
  const roster = readRoster(
    gridFromText("grant,holder,grant date,options,exercise price\nG1,Ann,2000-01-15,1003,20\nG2,Bob,2000-06-15,5000,12.5\nG3,Cy,2001-02-01,800,8"),
    "MDY",
  );
  const valued = (terms: Record<string, string>) =>
    readOptionExchangeInputs({ ...defaultOptionExchangeForm(), newStrike: "4.5", spot: "5", rate: "5%", vol: "80%", terms }, "MDY").inputs;
  const run = <T>(job: Generator<number, T>): T => {
    for (;;) {
      const r = job.next();
      if (r.done) return r.value;
    }
  };

  test("expectedTerm SIMPLIFIED changes the new grants' value and what follows from it, not the old grants' value or the counts; isoLimit changes none of them", () => {
    const calc = new GrantCalculator();
    const inputs = valued({ expectedTerm: "SIMPLIFIED", isoLimit: "200,000" });
    const totals = run(totalsJob(roster.grants, inputs, calc));
    const plain = run(totalsJob(roster.grants, valued({}), calc));
    expect(totals.newValue!.eq(plain.newValue!)).toBe(false);
    expect(totals.oldValue!.eq(plain.oldValue!)).toBe(true);
    const by = run(termsChangingTotalsJob(roster.grants, inputs, calc, ["expectedTerm", "isoLimit"], totals));
    expect(by.get("ox-total-newvalue")).toEqual(["expectedTerm"]);
    expect(by.get("ox-total-incremental")).toEqual(["expectedTerm"]);
    expect(by.has("ox-total-oldvalue")).toBe(false);
    expect(by.has("ox-total")).toBe(false);
    expect(by.has("ox-total-eligible")).toBe(false);
    expect(termsNote(OPTION_EXCHANGE_TERMS, inputs.terms!, by.get("ox-total-newvalue")!)).toBe("with expectedTerm = SIMPLIFIED");
  });

  test("the TotalsController shows the totals first, then the notes of the changed terms (done again with termsChangingTotals)", async () => {
    const inputs = valued({ expectedTerm: "SIMPLIFIED" });
    const calls: Array<Map<string, string[]>> = [];
    let t!: TotalsController;
    const second = new Promise<void>((resolve) => {
      t = new TotalsController(new GrantCalculator(), {
        started: () => undefined,
        progress: () => undefined,
        done: () => {
          calls.push(t.termsChangingTotals);
          if (calls.length === 2) resolve();
        },
      });
    });
    t.start(roster.grants, inputs);
    expect(calls).toHaveLength(1);
    expect(calls[0].size).toBe(0);
    await second;
    expect(calls[1].get("ox-total-newvalue")).toEqual(["expectedTerm"]);
    // a term the totals do not use changes nothing: started again, done once more, no note
    t.start(roster.grants, valued({ isoLimit: "200000" }));
    await new Promise<void>((resolve) => setTimeout(resolve, 50));
    expect(t.termsChangingTotals.size).toBe(0);
  });
});
