import { optexValuation } from "../../src/functions/optionExchange/valuation";
import { Dec } from "../../src/calc/core/decimal";
import { dayFromCivil } from "../../src/calc/time/civil";
import { readRoster } from "../../src/input/roster";
import {
  GrantCalculator,
  defaultOptionExchangeForm,
  grantDetails,
  optionExchangeProblems,
  readOptionExchangeInputs,
  totalsJob,
} from "../../src/taskpane/model/optionExchange";
import { gridFromText } from "../../src/taskpane/model/paste";
import { RosterReader } from "../../src/taskpane/model/roster";
import { EventRow, defaultSeriesCForm, eventCells, parseSeriesC, previewSeriesC } from "../../src/taskpane/model/seriesC";

function run<T>(gen: Generator<number, T>): T {
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
  }
}

const ROSTER = "Grant,Grant date,Options outstanding,Exercise price\na,2000-01-01,1000,10\nb,2000-01-01,1525,10\nc,2000-01-01,525,10";

describe("Option exchange: the fields as typed", () => {
  test("the defaults need only the new exercise price, whose message uses the field's label", () => {
    const r = readOptionExchangeInputs(defaultOptionExchangeForm(), "MDY");
    const problems = optionExchangeProblems(r, { grants: [] });
    expect(problems).toEqual([{ field: "ox-newstrike", message: "Exercise price of the new options: a number is required" }]);
  });

  test("5%, 80%, 75% and 3/4 are accepted where a rate or ratio is expected", () => {
    const r = readOptionExchangeInputs(
      { ...defaultOptionExchangeForm(), newStrike: "$4.50", ratio: "3/4", spot: "5", rate: "5%", vol: "80%", oldYears: "8.5" },
      "MDY",
    );
    expect(r.inputs).toEqual({
      newStrike: 4.5,
      expiration: dayFromCivil(2001, 9, 27),
      ratio: 0.75,
      valuation: { spot: 5, rate: 0.05, vol: 0.8, oldYears: 8.5 },
    });
    expect(readOptionExchangeInputs({ ...defaultOptionExchangeForm(), ratio: "75%" }, "MDY").inputs.ratio).toBe(0.75);
    expect(Object.values(r.fields).every((f) => !f.error && !f.warning)).toBe(true);
  });

  test("whole percents are refused with the functions' words: a bare 5 for the rate, 90 for the volatility; 600% too", () => {
    const r = readOptionExchangeInputs({ ...defaultOptionExchangeForm(), newStrike: "4", spot: "5", rate: "5", vol: "90", oldYears: "8" }, "MDY");
    expect(r.inputs.valuation).toBeUndefined();
    expect(r.fields.rate.error).toBe("Risk-free rate: 5 is read as 500 %; type 5% or 0.05 (the limit is ±100 %)");
    expect(r.fields.vol.error).toBe("Volatility: 90 is read as 9,000 %; type 90% or 0.9 (the limit is 500 %)");
    expect(r.fields.rate.warning).toBeUndefined();
    const typed = readOptionExchangeInputs({ ...defaultOptionExchangeForm(), newStrike: "4", spot: "5", rate: "5%", vol: "600%", oldYears: "8" }, "MDY");
    expect(typed.fields.vol.error).toBe("Volatility: 600% is read as 600 %, above 500 %: not a plausible volatility");
    expect(typed.inputs.valuation).toBeUndefined();
    const problems = optionExchangeProblems(r, { grants: [] });
    expect(problems.filter((p) => !p.warning).map((p) => p.field)).toEqual(expect.arrayContaining(["ox-rate", "ox-vol"]));
    // the limits themselves are accepted: 100 % and 500 %
    const edge = readOptionExchangeInputs({ ...defaultOptionExchangeForm(), newStrike: "4", spot: "5", rate: "1", vol: "500%", oldYears: "8" }, "MDY");
    expect(edge.inputs.valuation).toEqual({ spot: 5, rate: 1, vol: 5, oldYears: 8 });
  });

  test("the calc's checks, relabelled: no argument ids in messages", () => {
    const r = readOptionExchangeInputs({ ...defaultOptionExchangeForm(), newStrike: "4", ratio: "1.5", expiration: "2001-02-30" }, "MDY");
    expect(r.fields.ratio.error).toBe("Exchange ratio: the exchange ratio must be greater than 0 and at most 1, got 1.5");
    expect(r.fields.expiration.error).toBe('Expiration date: "2001-02-30" is not a date: use YYYY-MM-DD, M/D/YYYY or an Excel date serial');
  });

  test("a partly filled exchange value asks for the rest instead of dropping what was typed", () => {
    const r = readOptionExchangeInputs({ ...defaultOptionExchangeForm(), newStrike: "4", spot: "5" }, "MDY");
    expect(r.inputs.valuation).toBeUndefined();
    expect(r.fields.rate.error).toBe(
      "Risk-free rate: required when the other valuation inputs are given (fill in the stock price, rate and volatility, or none)",
    );
  });
});

describe("Option exchange: totals over the roster", () => {
  test("grants, eligible and new options: 1,000 → 750, 1,525 → 1,143, 525 → 393 (Offer Q7)", () => {
    const roster = new RosterReader("MDY").read(gridFromText(ROSTER));
    const t = run(
      totalsJob(roster.grants, readOptionExchangeInputs({ ...defaultOptionExchangeForm(), newStrike: "4" }, "MDY").inputs, new GrantCalculator(), 1),
    );
    expect(t.grants).toBe(3);
    expect(t.eligible.toString()).toBe("3050");
    expect(t.newOptions?.toString()).toBe(String(750 + 1143 + 393));
    expect(t.oldValue).toBeUndefined();
  });

  test("grants with problems are counted apart, not summed", () => {
    const roster = new RosterReader("MDY").read(gridFromText(`${ROSTER}\nd,2000-01-01,10.5,10`));
    expect(roster.grants[3].problems.map((p) => p.message)).toEqual(["options: options are whole numbers, got 10.5"]);
    const t = run(totalsJob(roster.grants, { ratio: 0.75 }, new GrantCalculator()));
    expect([t.grants, t.withProblems, t.newOptions?.toString()]).toEqual([4, 1, "2286"]);
  });

  test("old and new values, incremental value and cost are OPTEX_VALUATION's total row (the same calc, per grant)", () => {
    const text = "Grant,Grant date,Options,Exercise price\na,2000-01-01,1000,45\nb,2000-01-01,1525,38.5\nc,1999-06-01,525,1.25\nd,1990-01-01,100,3";
    const grants = readRoster(gridFromText(text), "MDY").grants;
    const inputs = readOptionExchangeInputs({ ...defaultOptionExchangeForm(), newStrike: "2", spot: "2", rate: "5%", vol: "90%" }, "MDY").inputs;
    const t = run(totalsJob(grants, inputs, new GrantCalculator()));
    const serial = (iso: string) => (Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86400000;
    const roster = [
      ["Grant", "Grant date", "Options", "Exercise price"],
      ["a", serial("2000-01-01"), 1000, 45],
      ["b", serial("2000-01-01"), 1525, 38.5],
      ["c", serial("1999-06-01"), 525, 1.25],
      ["d", serial("1990-01-01"), 100, 3],
    ];
    const out = optexValuation(roster, serial("2001-09-27"), 2, 0.05, 0.9, null, [["newExercisePrice", 2]]);
    const total = out[out.length - 1];
    expect([t.oldValue!.toNumber(), t.newValue!.toNumber(), t.incremental!.toNumber(), t.cost!.toNumber()]).toEqual([
      total[9],
      total[10],
      total[11],
      total[12],
    ]);
    expect(t.notValued).toBe(1); // grant d expired in 2000
    expect(t.incremental!.lt(t.cost!)).toBe(true); // grant c (in the money) loses value: it adds nothing to the cost
  });

  test("a grant's details: vesting from the expiration date, ISO/NSO split, and what is missing said neutrally", () => {
    const g = readRoster(gridFromText(ROSTER), "MDY").grants[0];
    const none = grantDetails(g, { ratio: 0.75, expiration: dayFromCivil(2001, 9, 27) }, new GrantCalculator());
    expect(none.vesting).toEqual([
      ["2002-09-27", "250", "250"],
      ["2003-09-27", "250", "500"],
      ["2004-09-27", "250", "750"],
    ]);
    expect(none.isoNote).toBe("Enter the exercise price of the new options to see this.");
  });
});

describe("Series C: labelled fields, events with identities, the certificate of adjustment", () => {
  const ev = (id: string, o: Partial<EventRow>): EventRow => ({ id, date: "", type: "SPLIT", a: "", b: "", c: "", d: "", target: "", ...o });

  test("defaults parse cleanly; messages start with the visible label", () => {
    expect(parseSeriesC(defaultSeriesCForm(), "MDY").problems).toEqual([]);
    const p = parseSeriesC({ ...defaultSeriesCForm(), asOf: "1999-01-01", shares: "-5", fmv: "abc" }, "MDY");
    expect(p.problems.map((x) => x.message)).toEqual([
      "As-of / event date: date 1999-01-01 is before the Original Issue Date 1999-12-29",
      "Holder's Series C shares: must be greater than 0, got -5",
      'Common stock fair market value per share: expected a number such as 1,000, 12.50, got "abc"',
    ]);
  });

  test("the pane's words: a redemption error names the pane's fields, never redemptionDate, trigger's default or noticeDate", () => {
    const r = previewSeriesC(parseSeriesC({ ...defaultSeriesCForm(), trigger: "6A" }, "MDY")).lines.find((l) => l.id === "redemption")!;
    expect(r.error).toBe(
      "As-of / event date and Redemption trigger: with trigger 6A (the holders' election) holders may require redemption only after the sixth anniversary 2005-12-29 (Cert §6(a)); 2001-06-30 is not after it",
    );
    const early = previewSeriesC(parseSeriesC({ ...defaultSeriesCForm(), asOf: "2006-02-01", trigger: "6A" }, "MDY")).lines.find((l) => l.id === "redemption")!;
    expect(early.error).toMatch(/^As-of \/ event date and Redemption trigger: without a notice date the earliest holders' redemption date is 2006-03-30/);
    for (const line of [r, early]) expect(line.error).not.toMatch(/redemptionDate|noticeDate|the default|^trigger/);
  });

  test("a result that does not apply to the chosen trigger is not shown: the §6(b) multiple only for 3D and 3E", () => {
    const ids = (trigger: string) => previewSeriesC(parseSeriesC({ ...defaultSeriesCForm(), trigger }, "MDY")).lines.map((l) => l.id);
    expect(ids("SALE")).not.toContain("multiple"); // the pane's default trigger
    expect(ids("6A")).not.toContain("multiple");
    const three = previewSeriesC(parseSeriesC({ ...defaultSeriesCForm(), trigger: "3D" }, "MDY")).lines.find((l) => l.id === "multiple")!;
    expect(three.exact).toBe("2.5"); // 2001-06-30 falls in redemption year 2 (Cert §6(b))
    expect(ids("3E")).toContain("multiple");
  });

  test("an event just added changes no result and is listed as not counted", () => {
    const base = previewSeriesC(parseSeriesC(defaultSeriesCForm(), "MDY"));
    const p = parseSeriesC({ ...defaultSeriesCForm(), events: [ev("1", {})] }, "MDY");
    expect(p.leftOut).toEqual(["event 1 (not filled in yet)"]);
    expect(previewSeriesC(p).lines.map((l) => l.exact)).toEqual(base.lines.map((l) => l.exact));
  });

  test("each type's fields carry their own labels in messages", () => {
    const p = parseSeriesC({ ...defaultSeriesCForm(), events: [ev("7", { date: "2000-08-01", type: "ISSUE", a: "1,000", c: "0" })] }, "MDY");
    expect(p.problems).toEqual([{ field: "sc-ev7-b", message: "Event 1, Total consideration: a number is required" }]);
  });

  test("deleting an event never re-points an EXPIRE: it follows its event's identity, and says so when that event is gone", () => {
    const events = [
      ev("1", { date: "2000-03-01", type: "RIGHTS", a: "1000", b: "10000", c: "100000" }),
      ev("2", { date: "2000-04-01", type: "SPLIT", a: "3/2" }),
      ev("3", { date: "2000-05-01", type: "RIGHTS", a: "2000", b: "20000", c: "100000" }),
      ev("4", { date: "2000-06-01", type: "EXPIRE", target: "3", b: "0", c: "0" }),
    ];
    const before = parseSeriesC({ ...defaultSeriesCForm(), events }, "MDY");
    expect(before.problems).toEqual([]);
    expect(eventCells(before)[3].slice(1, 3)).toEqual(["EXPIRE", 3]);
    const withoutSplit = parseSeriesC({ ...defaultSeriesCForm(), events: events.filter((e) => e.id !== "2") }, "MDY");
    expect(withoutSplit.problems).toEqual([]);
    expect(eventCells(withoutSplit)[2].slice(1, 3)).toEqual(["EXPIRE", 2]); // still event "3", now in position 2
    const withoutTarget = parseSeriesC({ ...defaultSeriesCForm(), events: events.filter((e) => e.id !== "3") }, "MDY");
    expect(withoutTarget.problems).toEqual([
      { field: "sc-ev4-target", message: "Event 3, Rights or options that expired: the event it referred to was removed; choose another" },
    ]);
  });

  test("certificate of adjustment: the rule per event from the calc SERIESC_ADJUSTMENTS uses", () => {
    const form = {
      ...defaultSeriesCForm(),
      events: [ev("1", { date: "2000-08-29", type: "SPLIT", a: "3/2" }), ev("2", { date: "2000-09-15", type: "ISSUE", a: "1000", b: "1000", c: "100000" })],
    };
    const c = previewSeriesC(parseSeriesC(form, "MDY")).certificate;
    expect(c.lines.map((l) => [l.event, l.type, l.rule])).toEqual([
      ["Event 1", "SPLIT", "§5(f) subdivision"],
      ["Event 2", "ISSUE", "§5(k)(5) full ratchet"],
    ]);
    // $28 ÷ 1.5 = $18.666…; an issue at $1 a share before the 18-month anniversary ratchets to the floor,
    // the Liquidation Value scaled by the split ($28 × 2/3), which binds: no reduction.
    expect(c.lines[0].afterExact).toBe(new Dec(28).div(new Dec(1.5)).toString());
    expect(c.lines[1].afterExact).toBe(c.lines[0].afterExact);
    expect(c.lines[1].note).toBe("no FMV given: not exempt from the full ratchet; floor (Liquidation Value) binds: no reduction");
  });
});
