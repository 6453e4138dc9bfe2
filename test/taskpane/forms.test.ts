import { Dec } from "../../src/calc/core/decimal";
import { accruedDividends } from "../../src/calc/seriesC/dividends";
import { seriesCTerms } from "../../src/calc/seriesC/terms";
import { dayFromCivil } from "../../src/calc/time/civil";
import { defaultOptionExchangeForm, previewOptionExchange } from "../../src/taskpane/model/optionExchange";
import { defaultSeriesCForm, parseSeriesC, previewSeriesC } from "../../src/taskpane/model/seriesC";

describe("Series C form", () => {
  test("defaults parse cleanly and preview every result", () => {
    const p = parseSeriesC(defaultSeriesCForm());
    expect(p.errors).toEqual({});
    const preview = previewSeriesC(p);
    expect(preview.lines.every((l) => l.error === undefined)).toBe(true);
    expect(preview.lines[0].exact).toBe(accruedDividends(seriesCTerms(), dayFromCivil(2001, 6, 30)).toString());
    expect(preview.keyDates.rows.map((r) => r[0])).toEqual(["1999-12-29", "2000-12-29", "2001-01-18", "2001-06-29", "2002-06-29", "2005-12-29"]);
  });

  test("each field gets the functions' message; dependent results say what to fix", () => {
    const p = parseSeriesC({
      ...defaultSeriesCForm(),
      asOf: "",
      fmv: "0",
      noticeDate: "tomorrow",
      events: [{ date: "2000-08-29", type: "BOGUS", a: "", b: "", c: "", d: "" }],
      payments: [{ date: "2000-12-31", amount: "" }],
    });
    expect(p.errors).toEqual({
      asOf: "asOf: a date is required (an Excel date or YYYY-MM-DD text)",
      fmv: "fmv: must be greater than 0, got 0",
      noticeDate: 'noticeDate: "tomorrow" is not a date: use an Excel date or YYYY-MM-DD text',
      events: 'events: row 1: unknown event type "BOGUS"; use one of SPLIT, STOCKDIV, ISSUE, RIGHTS, PLANOPTION, EXPIRE, EXEMPT',
      payments: "payments: row 1: the amount per share is missing",
    });
    const lines = previewSeriesC(p).lines;
    expect(lines.find((l) => l.id === "accrued")!.error).toBe("Fix the as-of date and the payments above.");
    expect(lines.find((l) => l.id === "multiple")!.error).toBe("Fix the as-of date above.");
  });

  test("blank event rows are skipped like empty rows of a range", () => {
    const p = parseSeriesC({ ...defaultSeriesCForm(), events: [{ date: "", type: "", a: "", b: "", c: "", d: "" }] });
    expect(p.errors).toEqual({});
    expect(p.events).toEqual([]);
  });
});

describe("Option exchange form", () => {
  test("per-grant results and the documents' figures (1,000 → 750; 1,525 → 1,143; 525 → 393)", () => {
    const p = previewOptionExchange({ ...defaultOptionExchangeForm(), roster: "a\t2000-01-01\t1000\t10\nb\t2000-01-01\t1525\t10\nc\t2000-01-01\t525\t10", newStrike: "4" });
    expect(p.errors).toEqual({});
    expect(p.grants.map((g) => g.newOptionsExact)).toEqual(["750", "1143", "393"]);
    expect(p.totalExact).toBe("2286");
    expect(p.grants[0].breakevenExact).toBe(new Dec(10).minus(new Dec("0.75").times(4)).div(new Dec("0.25")).toString());
    expect(p.grants[0].vesting).toEqual([
      ["2002-09-27", "250", "250"],
      ["2003-09-27", "250", "500"],
      ["2004-09-27", "250", "750"],
    ]);
    expect(p.grants[0].iso?.map((r) => r[3])).toEqual(["250", "250", "250"]);
    expect(p.valuation).toBe(false);
  });

  test("without a new exercise price the dependent results say so; the new options still show", () => {
    const p = previewOptionExchange({ ...defaultOptionExchangeForm(), roster: "a\t2000-01-01\t1000\t10" });
    expect(p.errors.newStrike).toBe("newStrike: a number is required (the new options' exercise price)");
    expect(p.grants[0].newOptionsExact).toBe("750");
    expect(p.grants[0].breakevenError).toBe("Fix the new exercise price above.");
    expect(p.grants[0].isoError).toBe("Fix the new exercise price above.");
  });
});
