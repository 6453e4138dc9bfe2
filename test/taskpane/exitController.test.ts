import { Dec } from "../../src/calc/core/decimal";
import { distributeExit, prepareExit } from "../../src/calc/seriesC/exit";
import { exampleCapital } from "../../src/taskpane/model/capital";
import { holderPayouts } from "../../src/calc/seriesC/payouts";
import { saleRoutes } from "../../src/calc/seriesC/sale";
import { EXAMPLE_HOLDINGS } from "../../src/layout/exampleData";
import { ExitController, breakpointSentence } from "../../src/taskpane/model/exitController";
import { breakpointsOf } from "../../src/taskpane/model/exit";
import { exitBreakpoints } from "../../src/calc/seriesC/exitBreakpoints";
import { defaultSeriesCForm, parseSeriesC } from "../../src/taskpane/model/seriesC";

const form = (over: Partial<ReturnType<typeof defaultSeriesCForm>> = {}) => ({ ...defaultSeriesCForm(), capital: exampleCapital(), ...over });

describe("the exit section: who gets what at an exit value (Cert §4(a), (c), SERIESC_EXIT)", () => {
  test("one row per capital row with the calc's amounts and per-share values, the % of proceeds, then the total", () => {
    const p = parseSeriesC(form({ exitValue: "$800,000,000" }), "MDY");
    const t = new ExitController().preview(p).whoGetsWhat;
    const d = distributeExit(prepareExit(p.terms, { day: p.asOf!, capital: p.capital.capital, events: [], payments: [] }), new Dec(800e6));
    expect(t.rows.map((r) => r[0])).toEqual(["Notes", "Series C", "Series D", "Common", "Options", "Total"]);
    expect(t.exact.slice(0, -1)).toEqual(d.rows.map((r) => [r.amount.toString(), r.perShare?.toString() ?? ""]));
    expect(t.rows[0].slice(1)).toEqual(["—", "$10,000,000.00", "—", "1.25 %"]);
    expect(t.rows[4][1]).toBe("Exercised");
    expect(t.rows[5]).toEqual(["Total", "", "$800,000,000.00", "", "100.00 %"]);
    expect(t.totalRow).toBe(true);
  });

  test("says what to enter while the exit value or the capital is missing, and the calc's answer when it refuses", () => {
    const c = new ExitController();
    expect(c.preview(parseSeriesC(form(), "MDY")).whoGetsWhat.note).toBe("Enter an exit value (total distributed) above to see who gets what.");
    expect(c.preview(parseSeriesC(form({ exitValue: "-5" }), "MDY")).whoGetsWhat.note).toBe("Fix the exit value (total distributed) above.");
    expect(c.preview(parseSeriesC(form({ capital: [], exitValue: "5" }), "MDY")).whoGetsWhat.note).toMatch(/^Add the classes/);
    const noCommon = exampleCapital().filter((r) => r.type !== "COMMON" && r.type !== "OPTION");
    const refused = c.preview(parseSeriesC(form({ capital: noCommon, exitValue: "$800,000,000" }), "MDY")).whoGetsWhat;
    expect(refused.error).toMatch(/^Capital: .* no COMMON row/);
  });

  test("the prepared waterfall is kept while only the exit value changes", () => {
    const c = new ExitController();
    const model = (f: Parameters<typeof form>[0]) => {
      const m = c.prepared(parseSeriesC(form(f), "MDY"));
      return m?.ok ? m.value : undefined;
    };
    const a = model({ exitValue: "1" });
    expect(a).toBeDefined();
    expect(model({ exitValue: "2" })).toBe(a);
    expect(model({ exitValue: "2", asOf: "2002-01-01" })).not.toBe(a);
  });
});

const holders = () => EXAMPLE_HOLDINGS.map(([holder, row, quantity], i) => ({ id: String(i + 1), holder, row, quantity: quantity.toLocaleString("en-US") }));

describe("the exit section: the Sale of the Company's routes (SERIESC_SALE) and the holders' payouts (SERIESC_PAYOUTS)", () => {
  test("each route with the calc's value per share, its clause and whether it is available; the best one said in words", () => {
    const p = parseSeriesC(form({ fmv: "$40", noticeDate: "2001-01-01" }), "MDY");
    const s = new ExitController().preview(p).sale;
    const r = saleRoutes(p.terms, { day: p.asOf!, fmv: new Dec(40), noticeDay: p.noticeDay, events: [], payments: [] });
    expect(s.routes.map((x) => x.exact)).toEqual(r.routes.map((x) => x.perShare.toString()));
    expect(s.routes.map((x) => x.route)).toEqual(["Treated as a liquidation", "Optional conversion as part of the sale", "Redemption upon the sale"]);
    expect(s.routes.filter((x) => x.best).map((x) => x.route)).toEqual([s.routes[r.routes.indexOf(r.best)].route]);
    // the notice is far outside §6(a)'s 90 to 120 days before the date: the redemption is not available
    expect(s.routes[2].available).toBe(false);
    expect(s.routes[2].availableText).toMatch(/^No: /);
    expect(s.best).toBe(
      `Best: ${s.routes.find((x) => x.best)!.route.toLowerCase()}, ${s.routes.find((x) => x.best)!.perShare} per Series C share (${s.routes.find((x) => x.best)!.clause}).`,
    );
    expect(new ExitController().preview(parseSeriesC(form({ fmv: "" }), "MDY")).sale.note).toMatch(
      /^Enter a valid common stock fair market value per share above/,
    );
  });

  test("each holder in order of first appearance, its total and its amount from each capital row, as the calc pays them", () => {
    const p = parseSeriesC(form({ exitValue: "$800,000,000", holders: holders() }), "MDY");
    const t = new ExitController().preview(p).payouts;
    const m = prepareExit(p.terms, { day: p.asOf!, capital: p.capital.capital, events: [], payments: [] });
    const calc = holderPayouts(
      distributeExit(m, new Dec(800e6)),
      p.capital.capital,
      EXAMPLE_HOLDINGS.map(([holder, rowName, quantity], i) => ({ row: i + 1, holder, rowName, quantity })),
    );
    expect(t.header).toEqual(["Holder", "Total", "Notes", "Series C", "Series D", "Common", "Options"]);
    expect(t.rows.map((r) => r[0])).toEqual(["Fund A", "Fund B", "Founders", "Employees"]);
    expect(t.exact).toEqual(calc.map((x) => [x.total.toString()]));
    expect(t.rows[3][6]).toBe(t.rows[3][1]); // the employees hold only the options
  });

  test("a holding above its capital row's quantity is the calc's refusal, said with the holder row's number", () => {
    const rows = holders();
    rows[2].quantity = "2,000,000"; // Fund B's Series C: more than the 1,000,000 outstanding
    const t = new ExitController().preview(parseSeriesC(form({ exitValue: "$800,000,000", holders: rows }), "MDY")).payouts;
    expect(t.error).toMatch(/^Holder row 3, Quantity \(shares\): .*more than/);
    const none = new ExitController().preview(parseSeriesC(form({ exitValue: "$800,000,000" }), "MDY")).payouts;
    expect(none.note).toBe("Paste or add the holders below to see what each receives.");
  });
});

describe("the exit section: the breakpoints (SERIESC_BREAKPOINTS)", () => {
  test("every breakpoint of the calc, in order, with its sentence; found once while only the exit value changes", () => {
    const c = new ExitController();
    const p = parseSeriesC(form({ exitValue: "1" }), "MDY");
    // Found after the keystroke's frame: pending until asked for.
    expect(c.preview(parseSeriesC(form({ exitValue: "1", asOf: "2001-07-01" }), "MDY")).breakpoints).toEqual({
      items: [],
      pending: true,
      note: "Finding the breakpoints…",
    });
    const b = c.findBreakpoints(p);
    expect(c.preview(p).breakpoints).toEqual(b);
    const calc = exitBreakpoints(prepareExit(p.terms, { day: p.asOf!, capital: p.capital.capital, events: [], payments: [] }));
    expect(b.items.map((x) => x.exact)).toEqual(calc.map((x) => x.proceeds.toString()));
    expect(b.items[0]).toEqual({ proceeds: "$10,000,000.00", exact: "10000000", event: "Notes paid in full." });
    expect(b.items.map((x) => x.event)).toContain("Series D converts.");
    const model = c.prepared(p);
    if (!model?.ok) throw new Error("the example capital is prepared");
    const found = breakpointsOf(model.value);
    c.preview(parseSeriesC(form({ exitValue: "2" }), "MDY"));
    expect(c.prepared(parseSeriesC(form({ exitValue: "2" }), "MDY"))?.ok && breakpointsOf(model.value)).toBe(found);
    expect(breakpointSentence({ proceeds: new Dec(1), events: ["options at $10.00 exercised", "Series D converts"], rows: [] })).toBe(
      "Options at $10.00 exercised; Series D converts.",
    );
    expect(c.preview(parseSeriesC(form({ capital: [] }), "MDY")).breakpoints.note).toMatch(/^Add the classes/);
  });
});
