import { Dec } from "../../src/calc/core/decimal";
import { distributeExit, prepareExit } from "../../src/calc/seriesC/exit";
import { exampleCapital } from "../../src/taskpane/model/capital";
import { ExitController } from "../../src/taskpane/model/exitController";
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
    const a = c.prepared(parseSeriesC(form({ exitValue: "1" }), "MDY"));
    expect(c.prepared(parseSeriesC(form({ exitValue: "2" }), "MDY"))).toBe(a);
    expect(c.prepared(parseSeriesC(form({ exitValue: "2", asOf: "2002-01-01" }), "MDY"))).not.toBe(a);
  });
});
