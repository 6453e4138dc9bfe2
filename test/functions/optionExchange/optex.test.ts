import fc from "fast-check";
import Holidays from "date-holidays";
import { CustomFunctionsError, installCustomFunctions } from "../../support/customFunctions";
import { optexNewShares, optexTotal } from "../../../src/functions/optionExchange/newShares";
import { optexEligible } from "../../../src/functions/optionExchange/eligibility";
import { optexExercisable, optexExpiry, optexSchedule, optexVested } from "../../../src/functions/optionExchange/vesting";
import { optexIso } from "../../../src/functions/optionExchange/iso";
import { optexBlackScholes, optexBreakeven, optexExchangeValue } from "../../../src/functions/optionExchange/valuation";
import { optexFilingFee } from "../../../src/functions/optionExchange/filingFee";
import { optexBusinessDay, optexExtension } from "../../../src/functions/optionExchange/businessDays";
import { optexDeadlines } from "../../../src/functions/optionExchange/deadlines";
import { optexTax } from "../../../src/functions/optionExchange/tax";
import { optexTerms } from "../../../src/functions/optionExchange/terms";

installCustomFunctions();

/** Excel serial of an ISO date, via Date.UTC (independent of the calc module). */
function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}
const isoOf = (s: number) => new Date(Date.UTC(1899, 11, 30) + s * 86400000).toISOString().slice(0, 10);

/** The CustomFunctions.Error a call throws: [code, message]. */
function excelError(fn: () => unknown): [string, string] {
  try {
    fn();
  } catch (e) {
    if (e instanceof CustomFunctionsError) return [e.code, e.message ?? ""];
    throw new Error(`expected a CustomFunctions.Error, got ${String(e)}`);
  }
  throw new Error("expected a CustomFunctions.Error, got a result");
}

/** Asserts the error code and that the message starts with the argument's name. */
function expectError(fn: () => unknown, code: "#VALUE!" | "#NUM!" | "#N/A", arg: string) {
  const [c, message] = excelError(fn);
  expect({ code: c, starts: message.startsWith(arg) ? arg : message }).toEqual({ code, starts: arg });
}

describe("OPTEX_NEWSHARES / OPTEX_TOTAL (Offer §1, §2, Q7)", () => {
  test("the documents' own figures (docs/conventions.md)", () => {
    expect(optexNewShares([[1000], [1525], [525], [null]])).toEqual([[750], [1143], [393], [""]]);
    expect(optexTotal([[1000], [1525], [525], [null], [""]])).toBe(750 + 1143 + 393);
    expect(optexTotal(8496926 as any)).toBe(6372694); // floor(6,372,694.5)
    expect(optexTotal([[1525, 525]], 0.75)).toBe(1536); // not floor(2,050 × .75) = 1,537
  });
  test("bad input", () => {
    expectError(() => optexTotal([[1000], ["x"]]), "#VALUE!", "eligible");
    expectError(() => optexTotal([[1000], [-5]]), "#NUM!", "eligible");
    expectError(() => optexTotal([[1000], [2.5]]), "#NUM!", "eligible");
    expectError(() => optexTotal([[1000]], 1.5), "#NUM!", "ratio");
    expectError(() => optexTotal([[1000]], "half"), "#VALUE!", "ratio");
    expectError(() => optexTotal([[1000]], true), "#VALUE!", "ratio");
  });
});

describe("OPTEX_ELIGIBLE (Offer Q4)", () => {
  test("employed on 2001-06-25 and 2001-09-27", () => {
    expect(optexEligible("1999-03-01")).toBe(true);
    expect(optexEligible(serial("1999-03-01"), null)).toBe(true);
    expect(optexEligible("2001-06-26")).toBe(false);
    expect(optexEligible("1999-03-01", "2001-09-27")).toBe(true);
    expect(optexEligible("1999-03-01", serial("2001-09-26"))).toBe(false);
    expect(optexEligible("2001-06-26", undefined, [["recordDate", "2001-07-01"]])).toBe(true);
  });
  test("bad input", () => {
    expectError(() => optexEligible(""), "#VALUE!", "hireDate");
    expectError(() => optexEligible(0), "#VALUE!", "hireDate");
    expectError(() => optexEligible(true), "#VALUE!", "hireDate");
    expectError(() => optexEligible("2001-02-30"), "#VALUE!", "hireDate");
    expectError(() => optexEligible("1999-03-01", "soon"), "#VALUE!", "terminationDate");
    expectError(() => optexEligible("1999-03-01", "1998-01-01"), "#NUM!", "terminationDate");
    expectError(() => optexEligible("1999-03-01", null, [["retireAge", 65]]), "#VALUE!", "terms");
    expectError(() => optexEligible("1999-03-01", null, [["recordDate", "June"]]), "#VALUE!", "terms");
  });
});

describe("OPTEX_SCHEDULE / OPTEX_VESTED / OPTEX_EXERCISABLE / OPTEX_EXPIRY", () => {
  const HEADER = ["vest date", "shares vesting", "cumulative"];
  test("750 new options from the expiration date 2001-09-27", () => {
    expect(optexSchedule(750)).toEqual([HEADER, [serial("2002-09-27"), 250, 250], [serial("2003-09-27"), 250, 500], [serial("2004-09-27"), 250, 750]]);
  });
  test("1,000 from 2002-01-15: 333, 333, 334; with vestingRounding round 333, 334, 333", () => {
    expect(optexSchedule(1000, "2002-01-15").map((r) => r[1])).toEqual(["shares vesting", 333, 333, 334]);
    expect(optexSchedule(1000, "2002-01-15", [["vestingRounding", "ROUND"]]).map((r) => r[1])).toEqual(["shares vesting", 333, 334, 333]);
  });
  test("OPTEX_TERMS spills name | value and passing it back gives the defaults", () => {
    const terms = optexTerms();
    expect(terms[0]).toEqual(["name", "value"]);
    expect(terms).toEqual([
      ["name", "value"],
      ["ratio", 0.75],
      ["commencementDate", serial("2001-08-27")],
      ["expirationDate", serial("2001-09-27")],
      ["recordDate", serial("2001-06-25")],
      ["vestYears", 3],
      ["termYears", 10],
      ["postTerminationDays", 30],
      ["isoLimit", 100000],
      ["extensionBusinessDays", 10],
      ["feeRate", 0.0002],
      ["vestingRounding", "floor"],
      ["oldOptionTermYears", 10],
      ["newExercisePrice", ""],
      ["expectedTerm", "CONTRACTUAL"],
      ["daysPerYear", 365],
    ]);
    expect(terms.every((r) => r.length === 2)).toBe(true);
    expect(optexSchedule(1000, null, terms)).toEqual(optexSchedule(1000));
    expect(optexExpiry("2001-09-27", "2003-06-01", terms)).toBe(optexExpiry("2001-09-27", "2003-06-01"));
    expect(optexExtension("2001-09-20", null, undefined, terms)).toBe(optexExtension("2001-09-20"));
    // an edited copy: vestYears 4
    const edited = terms.map((r) => (r[0] === "vestYears" ? ["vestYears", 4] : r));
    expect(optexSchedule(1000, null, edited).length).toBe(5);
  });
  test("vested and exercisable", () => {
    expect(optexVested(750, "2003-09-27")).toBe(500);
    expect(optexVested(750, "2003-09-26", null, null, null)).toBe(250);
    expect(optexVested(750, "2010-01-01", undefined, "2003-06-01")).toBe(250);
    expect(optexVested(750, "2002-03-01", undefined, undefined, "2002-02-01")).toBe(750);
    expect(optexExercisable(750, "2003-07-01", undefined, "2003-06-01")).toBe(250);
    expect(optexExercisable(750, "2003-07-02", undefined, "2003-06-01")).toBe(0);
    expect(optexExercisable(750, "2011-09-27")).toBe(750);
    expect(optexExercisable(750, "2011-09-28")).toBe(0);
  });
  test("expiry", () => {
    expect(optexExpiry("2001-09-27")).toBe(serial("2011-09-27"));
    expect(optexExpiry(serial("2001-09-27"), "2003-06-01")).toBe(serial("2003-07-01"));
  });
  test("bad input", () => {
    expectError(() => optexSchedule(-1), "#NUM!", "newShares");
    expectError(() => optexSchedule(10.5), "#NUM!", "newShares");
    expectError(() => optexSchedule("ten"), "#VALUE!", "newShares");
    expectError(() => optexSchedule(null), "#VALUE!", "newShares");
    expectError(() => optexSchedule(750, "2001/09/27"), "#VALUE!", "grantDate");
    expectError(() => optexSchedule(750, null, [["vestYears", -1]]), "#NUM!", "terms");
    expect(optexSchedule(750, null, [["vestYears", 0]])).toEqual(optexSchedule(750)); // desktop Excel's empty cell: the default
    expectError(() => optexSchedule(750, null, [["vestingRounding", "ceiling"]]), "#VALUE!", "terms");
    expectError(() => optexVested(750, null), "#VALUE!", "asOf");
    expectError(() => optexVested(750, "2003-01-01", "x"), "#VALUE!", "grantDate");
    expectError(() => optexVested(750, "2003-01-01", null, -3), "#VALUE!", "terminationDate");
    expectError(() => optexVested(750, "2003-01-01", null, null, "2001-01-01"), "#N/A", "cocDate");
    expectError(() => optexExercisable(-750, "2003-01-01"), "#NUM!", "newShares");
    expectError(() => optexExercisable(750, [[1, 2]] as any), "#VALUE!", "asOf");
    expectError(() => optexExpiry(null), "#VALUE!", "grantDate");
    expectError(() => optexExpiry("2001-09-27", "2001-09-01"), "#N/A", "terminationDate");
    expectError(() => optexExpiry("9995-01-01"), "#NUM!", "grantDate");
    expectError(() => optexExpiry("2001-09-27", null, [["termYears", "ten"]]), "#VALUE!", "terms");
  });
});

describe("OPTEX_ISO (Offer §13; IRC §422(d))", () => {
  const HEADER = ["year", "shares first exercisable", "value at exercise price", "ISO shares", "NSO shares"];
  test("900,000 at $0.34 with $40,000 of earlier ISOs first exercisable in 2003", () => {
    // 300,000 × 0.34 = 102,000 a year; floor(100,000 / 0.34) = 294,117; 2003: floor(60,000 / 0.34) = 176,470
    expect(
      optexIso(900000, 0.34, null, [
        ["year", "value"],
        [2003, 40000],
        [null, null],
      ]),
    ).toEqual([HEADER, [2002, 300000, 102000, 294117, 5883], [2003, 300000, 102000, 176470, 123530], [2004, 300000, 102000, 294117, 5883]]);
  });
  test("isoLimit term", () => {
    expect(optexIso(3000, 100, "2001-09-27", null as any, [["isoLimit", 50000]])[1]).toEqual([2002, 1000, 100000, 500, 500]);
  });
  test("bad input", () => {
    expectError(() => optexIso(900000, 0), "#NUM!", "exercisePrice");
    expectError(() => optexIso(900000, "cheap"), "#VALUE!", "exercisePrice");
    expectError(() => optexIso(-1, 1), "#NUM!", "newShares");
    expectError(() => optexIso(900, 1, "x"), "#VALUE!", "grantDate");
    expectError(() => optexIso(900, 1, null, [[2003, "lots"]]), "#VALUE!", "priorIso");
    expectError(() => optexIso(900, 1, null, [[2003]]), "#VALUE!", "priorIso");
    expectError(() => optexIso(900, 1, null, [[2003, 1, 2]]), "#VALUE!", "priorIso");
    expectError(() => optexIso(900, 1, null, [[2003.5, 1]]), "#NUM!", "priorIso");
    expectError(() => optexIso(900, 1, null, [[2003, -1]]), "#NUM!", "priorIso");
    expectError(() => optexIso(900, 1, null, null as any, [["isoLimit", -1]]), "#NUM!", "terms");
  });
});

describe("OPTEX_BREAKEVEN / OPTEX_BLACKSCHOLES / OPTEX_EXCHANGE_VALUE", () => {
  test("break-even: (8.75 − 0.75 × 0.34) / 0.25 = 33.98; ratio 0.5: (10 − 2) / 0.5 = 16", () => {
    expect(optexBreakeven(8.75, 0.34)).toBe(33.98);
    expect(optexBreakeven(10, 4, 0.5)).toBe(16);
  });
  test("Black–Scholes: Hull's S=42, K=40, r=10%, σ=20%, T=0.5", () => {
    expect(Math.abs(optexBlackScholes(42, 40, 0.5, 0.1, 0.2) / 4.759422392871533 - 1)).toBeLessThan(1e-10);
    expect(Math.abs(optexBlackScholes(42, 40, 0.5, 0.1, 0.2, null, "put") / 0.8085993729000936 - 1)).toBeLessThan(1e-10);
    expect(optexBlackScholes(42, 40, 0, 0.1, 0.2, 0, "CALL")).toBe(2);
    expect(optexBlackScholes(1, 1e6, 0.01, 0.05, 0.2)).toBe(0); // far below 1e-308
  });
  test("exchange value spill", () => {
    const v = optexExchangeValue(1000, 8.75, 7, 0.34, 0.34, 0.05, 1.2);
    expect(v.map((r) => r[0])).toEqual(["label", "old grant value", "new grant value", "incremental value", "value-for-value ratio"]);
    expect(v.every((r) => r.length === 2)).toBe(true);
    // mpmath: old 1000 × 0.21675556969939828, new 750 × 0.32479717228478575 (see the calc tests)
    expect(v[1][1]).toBeCloseTo(216.7555696993983, 8);
    expect(v[2][1]).toBeCloseTo(243.5978792135893, 8);
    expect(v[3][1]).toBeCloseTo(26.842309514191, 8);
    expect(v[4][1]).toBeCloseTo(0.2167555696993983 / 0.3247971722847857, 10);
    // zero volatility, a worthless new option: the ratio is undefined and stays empty
    expect(optexExchangeValue(1000, 8.75, 7, 5, 0.34, 0.05, 0)[4]).toEqual(["value-for-value ratio", ""]);
  });
  test("bad input", () => {
    expectError(() => optexBreakeven(1, 2), "#N/A", "newStrike and oldStrike");
    expectError(() => optexBreakeven(1, 1), "#N/A", "newStrike and oldStrike");
    expectError(() => optexBreakeven("a", 1), "#VALUE!", "oldStrike");
    expectError(() => optexBreakeven(0, 1), "#NUM!", "oldStrike");
    expectError(() => optexBreakeven(5, 1, 0), "#NUM!", "ratio");
    expectError(() => optexBlackScholes(0, 40, 0.5, 0.1, 0.2), "#NUM!", "spot");
    expectError(() => optexBlackScholes(42, -40, 0.5, 0.1, 0.2), "#NUM!", "strike");
    expectError(() => optexBlackScholes(42, 40, -0.5, 0.1, 0.2), "#NUM!", "years");
    expectError(() => optexBlackScholes(42, 40, 0.5, "10%", 0.2), "#VALUE!", "rate");
    expectError(() => optexBlackScholes(42, 40, 0.5, 0.1, null), "#VALUE!", "vol");
    expectError(() => optexBlackScholes(42, 40, 0.5, 0.1, -0.2), "#NUM!", "vol");
    expectError(() => optexBlackScholes(42, 40, 0.5, 0.1, 0.2, "x"), "#VALUE!", "divYield");
    expectError(() => optexBlackScholes(42, 40, 0.5, 0.1, 0.2, 0, "STRADDLE"), "#VALUE!", "type");
    expectError(() => optexBlackScholes(42, 40, 0.5, 0.1, 0.2, 0, true), "#VALUE!", "type");
    expectError(() => optexExchangeValue(1000.5, 8.75, 7, 0.34, 0.34, 0.05, 1.2), "#NUM!", "oldShares");
    expectError(() => optexExchangeValue(1000, 0, 7, 0.34, 0.34, 0.05, 1.2), "#NUM!", "oldStrike");
    expectError(() => optexExchangeValue(1000, 8.75, -7, 0.34, 0.34, 0.05, 1.2), "#NUM!", "oldYears");
    expectError(() => optexExchangeValue(1000, 8.75, 7, "new", 0.34, 0.05, 1.2), "#VALUE!", "newStrike");
    expectError(() => optexExchangeValue(1000, 8.75, 7, 0.34, 0, 0.05, 1.2), "#NUM!", "spot");
    expectError(() => optexExchangeValue(1000, 8.75, 7, 0.34, 0.34, 500, 1.2), "#NUM!", "rate");
    expectError(() => optexExchangeValue(1000, 8.75, 7, 0.34, 0.34, 0.05, "high"), "#VALUE!", "vol");
    expectError(() => optexExchangeValue(1000, 8.75, 7, 0.34, 0.34, 0.05, 1.2, -1), "#NUM!", "newYears");
    expectError(() => optexExchangeValue(1000, 8.75, 7, 0.34, 0.34, 0.05, 1.2, 10, 2), "#NUM!", "ratio");
    expectError(() => optexExchangeValue(1000, 8.75, 7, 0.34, 0.34, 0.05, 1.2, 10, 0.75, "q"), "#VALUE!", "divYield");
  });
});

describe("whole percents are refused, not computed: vol above 5 (500 %), rate or yield beyond ±1 (100 %)", () => {
  const refused = (fn: () => unknown, arg: string, text: string) => {
    const [code, message] = excelError(fn);
    expect(code).toBe("#NUM!");
    expect(message.startsWith(`${arg}: `)).toBe(true);
    expect(message).toContain(text);
  };
  test("OPTEX_BLACKSCHOLES: vol 90 is read as 9,000 %; rate 5 as 500 %; divYield -2 as -200 %", () => {
    refused(() => optexBlackScholes(42, 40, 0.5, 0.05, 90), "vol", "vol 90 is read as 9,000 %; type 90% or 0.9");
    refused(() => optexBlackScholes(42, 40, 0.5, 5, 0.9), "rate", "rate 5 is read as 500 %; type 5% or 0.05");
    refused(() => optexBlackScholes(42, 40, 0.5, 0.05, 0.9, -2), "divYield", "divYield -2 is read as -200 %; type -2% or -0.02");
  });
  test("the limits themselves are values: vol 5 (500 %), rate 1 and -1, divYield 1", () => {
    for (const call of [
      () => optexBlackScholes(42, 40, 0.5, 0.05, 5),
      () => optexBlackScholes(42, 40, 0.5, 1, 0.9),
      () => optexBlackScholes(42, 40, 0.5, -1, 0.9, 1),
    ]) {
      expect(Number.isFinite(call())).toBe(true);
    }
    refused(() => optexBlackScholes(42, 40, 0.5, 0.05, 5.0001), "vol", "is read as 500.01 %");
  });
  test("OPTEX_EXCHANGE_VALUE: the same for its rate, vol and divYield", () => {
    refused(() => optexExchangeValue(1000, 8.75, 7, 0.34, 0.34, 5, 0.9), "rate", "rate 5 is read as 500 %");
    refused(() => optexExchangeValue(1000, 8.75, 7, 0.34, 0.34, 0.05, 90), "vol", "vol 90 is read as 9,000 %; type 90% or 0.9");
    refused(() => optexExchangeValue(1000, 8.75, 7, 0.34, 0.34, 0.05, 0.9, 10, 0.75, 3), "divYield", "divYield 3 is read as 300 %");
  });
  test("OPTEX_FILING_FEE: a rate of 2 is read as 200 %", () => {
    refused(() => optexFilingFee(1000, 2), "rate", "rate 2 is read as 200 %; type 2% or 0.02");
  });
});

describe("OPTEX_FILING_FEE (Schedule TO cover)", () => {
  test("$31,038,500 → $6,207.70", () => {
    expect(optexFilingFee(31038500)).toBe(6207.7);
    expect(optexFilingFee(31038500, 0.0002)).toBe(6207.7);
    expect(optexFilingFee(25)).toBe(0.01); // 0.005 half-up
  });
  test("bad input", () => {
    expectError(() => optexFilingFee(-1), "#NUM!", "value");
    expectError(() => optexFilingFee("31m"), "#VALUE!", "value");
    expectError(() => optexFilingFee(null), "#VALUE!", "value");
    expectError(() => optexFilingFee(1, 1.5), "#NUM!", "rate");
    expectError(() => optexFilingFee(1, "x"), "#VALUE!", "rate");
  });
});

// An independent calendar: date-holidays' U.S. public holidays (and Veterans Day's weekend substitute, which it
// types "bank"), on their observed weekdays.
const FEDERAL = new Set([
  "New Year's Day",
  "Martin Luther King Jr. Day",
  "Washington's Birthday",
  "Memorial Day",
  "Juneteenth",
  "Independence Day",
  "Labor Day",
  "Columbus Day",
  "Veterans Day",
  "Thanksgiving Day",
  "Christmas Day",
]);
const holidaySerials = (() => {
  const hd = new Holidays("US");
  const out = new Set<number>();
  for (let year = 1989; year <= 2051; year++) {
    for (const h of hd.getHolidays(year)) {
      const name = h.name.replace(/ \(substitute day\)$/, "");
      if (!FEDERAL.has(name)) continue;
      if (h.type !== "public" && !(name === "Veterans Day" && h.substitute)) continue;
      out.add(serial(h.date.slice(0, 10)));
    }
  }
  return out;
})();
const refBusinessDay = (s: number) => {
  const wd = new Date(Date.UTC(1899, 11, 30) + s * 86400000).getUTCDay();
  return wd !== 0 && wd !== 6 && !holidaySerials.has(s);
};
function refWalk(s: number, n: number): number {
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0;) {
    s += step;
    if (refBusinessDay(s)) left--;
  }
  return s;
}

describe("OPTEX_BUSINESSDAY / OPTEX_EXTENSION (Offer §1, §14)", () => {
  test("examples", () => {
    expect(isoOf(optexBusinessDay("2001-09-20", 10))).toBe("2001-10-04");
    expect(isoOf(optexBusinessDay("2021-06-17", 1))).toBe("2021-06-21"); // Juneteenth observed 2021-06-18
    expect(isoOf(optexBusinessDay("2022-01-03", -1))).toBe("2021-12-30"); // New Year's Day 2022 observed 2021-12-31
    expect(isoOf(optexBusinessDay("2005-01-19", 1))).toBe("2005-01-20"); // Inauguration Day not a holiday
    expect(isoOf(optexBusinessDay("2001-09-22", 0))).toBe("2001-09-22");
  });
  test("agrees with an independent calendar (date-holidays) 1990–2050", () => {
    fc.assert(
      fc.property(fc.integer({ min: serial("1990-02-01"), max: serial("2050-11-30") }), fc.integer({ min: -40, max: 40 }), (s, n) => {
        return optexBusinessDay(s, n) === refWalk(s, n);
      }),
      { numRuns: 1000 },
    );
  });
  test("property: OPTEX_BUSINESSDAY(OPTEX_BUSINESSDAY(d, n), −n) = d for business days d", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: serial("1990-01-01"), max: serial("2050-12-31") }).filter(refBusinessDay),
        fc.integer({ min: -3000, max: 3000 }),
        (d, n) => optexBusinessDay(optexBusinessDay(d, n), -n) === d,
      ),
      { numRuns: 1000 },
    );
  });
  test("extension", () => {
    expect(isoOf(optexExtension("2001-09-20"))).toBe("2001-10-04");
    expect(isoOf(optexExtension("2001-09-01"))).toBe("2001-09-27");
    expect(isoOf(optexExtension("2001-09-20", "2001-12-31"))).toBe("2001-12-31");
    expect(isoOf(optexExtension("2001-09-20", null, undefined, [["extensionBusinessDays", 5]]))).toBe("2001-09-27"); // 21, 24, 25, 26, 27
  });
  test("bad input", () => {
    expectError(() => optexBusinessDay("", 1), "#VALUE!", "date");
    expectError(() => optexBusinessDay("yesterday", 1), "#VALUE!", "date");
    expectError(() => optexBusinessDay(60, 1), "#VALUE!", "date");
    expectError(() => optexBusinessDay("2001-09-20", 1.5), "#NUM!", "days");
    expectError(() => optexBusinessDay("2001-09-20", "ten"), "#VALUE!", "days");
    expectError(() => optexBusinessDay("2001-09-20", null), "#VALUE!", "days");
    expectError(() => optexBusinessDay("2001-09-20", 1e9), "#NUM!", "days");
    expectError(() => optexBusinessDay("2001-09-20", 100_001), "#NUM!", "days"); // about 380 years at most
    expect(optexBusinessDay("2001-09-20", 100_000)).toBeGreaterThan(optexBusinessDay("2001-09-20", 99_999));
    expectError(() => optexBusinessDay("9999-12-30", 5), "#NUM!", "date");
    expectError(() => optexExtension(null), "#VALUE!", "noticeDate");
    expectError(() => optexExtension("2001-09-28"), "#N/A", "noticeDate");
    expectError(() => optexExtension("2001-09-20", "x"), "#VALUE!", "expiration");
    expectError(() => optexExtension("2001-09-20", null, undefined, [["extensionBusinessDays", -1]]), "#NUM!", "terms");
  });
});

describe("holidays: extra non-business dates, as Excel's WORKDAY takes them (Offer §1)", () => {
  // National days of mourning closed federal offices by executive order: Fri 2004-06-11 (Reagan),
  // Wed 2018-12-05 (G. H. W. Bush), Thu 2025-01-09 (Carter).
  test("one extra holiday is skipped like a federal holiday", () => {
    expect(isoOf(optexBusinessDay("2004-06-10", 1, [["2004-06-11"]]))).toBe("2004-06-14"); // Thu → Mon
    expect(isoOf(optexBusinessDay("2018-12-04", 1, [[serial("2018-12-05")]]))).toBe("2018-12-06");
    expect(isoOf(optexBusinessDay("2025-01-10", -1, [["2025-01-09"]]))).toBe("2025-01-08");
    expect(isoOf(optexBusinessDay("2025-01-08", 1))).toBe("2025-01-09"); // without it: an ordinary Thursday
  });
  test('the three closings in one range, any shape; empty cells (null, "", desktop\'s 0) are ignored', () => {
    const range = [
      [serial("2004-06-11"), null],
      ["", 0],
      ["2018-12-05", serial("2025-01-09")],
    ];
    expect(isoOf(optexBusinessDay("2004-06-10", 1, range))).toBe("2004-06-14");
    expect(isoOf(optexBusinessDay("2018-12-04", 1, range))).toBe("2018-12-06");
    expect(isoOf(optexBusinessDay("2025-01-08", 1, range))).toBe("2025-01-10");
    expect(optexBusinessDay("2001-09-20", 10, [[null], [""], [0]])).toBe(optexBusinessDay("2001-09-20", 10));
  });
  test("weekends, federal holidays and duplicates listed as holidays change nothing", () => {
    const range = [["2001-09-22"], ["2001-09-03"], ["2001-10-08"], ["2001-10-08"]]; // Saturday, Labor Day, Columbus Day twice
    expect(optexBusinessDay("2001-08-31", 30, range)).toBe(optexBusinessDay("2001-08-31", 30));
  });
  test("a holiday before the start day is not counted when counting forward (the start day itself is never counted)", () => {
    expect(isoOf(optexBusinessDay("2018-12-05", 1, [["2018-12-05"]]))).toBe("2018-12-06");
    expect(isoOf(optexBusinessDay("2018-12-05", -1, [["2018-12-05"]]))).toBe("2018-12-04");
  });
  test("OPTEX_EXTENSION: notice Thu 2001-09-20, extra holiday Mon 2001-09-24 → Fri 2001-10-05", () => {
    // 21 (1), 24 holiday, 25 (2), 26 (3), 27 (4), 28 (5), Oct 1 (6), 2 (7), 3 (8), 4 (9), 5 (10)
    expect(isoOf(optexExtension("2001-09-20", null, [["2001-09-24"]]))).toBe("2001-10-05");
    // five business days: 21 (1), 25 (2), 26 (3), 27 (4), 28 (5): the holiday pushes it past the 27th
    expect(isoOf(optexExtension("2001-09-20", null, [["2001-09-24"]], [["extensionBusinessDays", 5]]))).toBe("2001-09-28");
  });
  test("a cell that is not a date is #VALUE! naming the row (and the column in a wider range)", () => {
    expectError(() => optexBusinessDay("2001-09-20", 1, [["2001-09-24"], ["Labor Day"]]), "#VALUE!", "holidays row 2");
    expectError(() => optexBusinessDay("2001-09-20", 1, [[null, true]]), "#VALUE!", "holidays row 1 column 2");
    expectError(() => optexBusinessDay("2001-09-20", 1, [[-5]]), "#VALUE!", "holidays row 1");
    expectError(() => optexExtension("2001-09-20", null, [["2001-13-01"]]), "#VALUE!", "holidays row 1");
    // the 1.x argument order (terms third) fails loudly instead of being read as holidays
    expectError(() => optexExtension("2001-09-20", null, [["extensionBusinessDays", 5]]), "#VALUE!", "holidays row 1 column 1");
  });
});

describe("OPTEX_DEADLINES (Offer §1, §5, §14)", () => {
  const HEADER = ["label", "date", "time (Eastern)", "rule"];
  const dates = (r: unknown[][]) => r.slice(1).map((x) => (typeof x[1] === "boolean" ? x[1] : isoOf(x[1] as number)));
  test("the Offer's own calendar by default; the same from explicit arguments, ISO text or serials", () => {
    const r = optexDeadlines();
    expect(r[0]).toEqual(HEADER);
    // hand count in test/calc/optionExchange/deadlines.test.ts: day 20 = 09-24, day 40 = 10-23 (Labor Day, Columbus Day skipped)
    // minimum period met: 11:59 p.m. on 09-27 is after the 20th business day 09-24 ends (Rule 13e-4(a)(3), (f)(1)(i));
    // the earliest compliant 11:59 p.m. expiration is on 09-25
    expect(dates(r)).toEqual([
      "2001-08-27",
      "2001-09-24",
      "2001-09-27",
      "2001-09-27",
      "2001-09-13",
      "2001-09-28",
      "2001-09-28",
      "2001-10-24",
      true,
      "2001-09-25",
    ]);
    expect(r[9].slice(0, 3)).toEqual(["minimum period met", true, ""]);
    expect(r[10].slice(0, 3)).toEqual(["earliest compliant expiration at 11:59 p.m.", serial("2001-09-25"), "11:59 p.m."]);
    expect(optexDeadlines("2001-08-27", serial("2001-09-27"))).toEqual(r);
    expect(optexDeadlines(null, null, undefined, undefined)).toEqual(r);
    expect(r.every((row) => row.length === 4)).toBe(true);
  });
  test("holidays third, terms fourth", () => {
    const r = optexDeadlines(null, null, [["2001-09-04"], [0]], [["extensionBusinessDays", 5]]);
    // Tue 09-04 closed: day 20 is Tue 09-25, day 40 Wed 10-24; five business days before Thu 09-27: notice Thu 09-20
    expect(dates(r)).toEqual([
      "2001-08-27",
      "2001-09-25",
      "2001-09-27",
      "2001-09-27",
      "2001-09-20",
      "2001-09-28",
      "2001-09-28",
      "2001-10-25",
      true,
      "2001-09-26",
    ]);
  });
  test("the market closings of 2001-09-11 to 09-14 are business days (Offer §1); without them the offer would be too short", () => {
    // Counted with them: day 11 is Tue 09-11, day 14 Fri 09-14, day 20 Mon 09-24. Without them day 20 is Fri 09-28, after Thu 09-27.
    expect(dates(optexDeadlines())[1]).toBe("2001-09-24");
    const closed = [["2001-09-11"], ["2001-09-12"], ["2001-09-13"], ["2001-09-14"]];
    expectError(() => optexDeadlines(null, null, closed), "#NUM!", "expiration");
    expect(dates(optexDeadlines(null, "2001-09-28", closed))[1]).toBe("2001-09-28");
  });
  test("Rule 13e-4(a)(3): an expiration at 11:59 p.m. on the 20th business day is one minute short — FALSE, not an error", () => {
    const r = optexDeadlines(null, "2001-09-24");
    expect(r[9][0]).toBe("minimum period met");
    expect(r[9][1]).toBe(false);
    expect(r[9][3]).toMatch(/one minute short/);
    expect(optexDeadlines(null, "2001-09-25")[9][1]).toBe(true);
  });
  test("bad input names the argument", () => {
    expectError(() => optexDeadlines("soon"), "#VALUE!", "commencement");
    expectError(() => optexDeadlines(null, true), "#VALUE!", "expiration");
    expectError(() => optexDeadlines(null, "2001-09-21"), "#NUM!", "expiration");
    expectError(() => optexDeadlines("2001-09-10"), "#NUM!", "expiration"); // the default expiration is then too early
    expectError(() => optexDeadlines(null, null, [["x"]]), "#VALUE!", "holidays row 1");
    expectError(() => optexDeadlines(null, null, undefined, [["commencementDate", "later"]]), "#VALUE!", "terms");
  });
});

describe("OPTEX_TAX (Offer §13; IRC)", () => {
  const LABELS = ["label", "ordinary income", "capital gain", "long-term", "AMT adjustment", "qualifying disposition"];
  test("ISO disqualifying: ordinary income = min(spread 400, gain 700) = 400", () => {
    const r = optexTax("ISO", 100, 1, "2001-09-27", "2002-10-01", 5, "2003-10-01", 8);
    expect(r.map((x) => x[0])).toEqual(LABELS);
    expect(r.map((x) => x[1])).toEqual(["value", 400, 300, false, 400, false]);
  });
  test("ISO qualifying and no sale; NSO", () => {
    expect(optexTax("iso", 100, 1, "2001-09-27", "2002-10-01", 5, "2003-10-02", 8).map((x) => x[1])).toEqual(["value", 0, 700, true, 400, true]);
    expect(optexTax("ISO", 100, 1, "2001-09-27", "2002-10-01", 5).map((x) => x[1])).toEqual(["value", 0, "", "", 400, ""]);
    expect(optexTax("NSO", 100, 1, "2001-09-27", "2002-10-01", 5, "2003-10-02", 8).map((x) => x[1])).toEqual(["value", 400, 300, true, 0, ""]);
  });
  test("bad input", () => {
    expectError(() => optexTax(null, 100, 1, "2001-09-27", "2002-10-01", 5), "#VALUE!", "type");
    expectError(() => optexTax("ESPP", 100, 1, "2001-09-27", "2002-10-01", 5), "#VALUE!", "type");
    expectError(() => optexTax("ISO", -100, 1, "2001-09-27", "2002-10-01", 5), "#NUM!", "shares");
    expectError(() => optexTax("ISO", "many", 1, "2001-09-27", "2002-10-01", 5), "#VALUE!", "shares");
    expectError(() => optexTax("ISO", 100, 0, "2001-09-27", "2002-10-01", 5), "#NUM!", "exercisePrice");
    expectError(() => optexTax("ISO", 100, 1, "x", "2002-10-01", 5), "#VALUE!", "grantDate");
    expectError(() => optexTax("ISO", 100, 1, "2001-09-27", null, 5), "#VALUE!", "exerciseDate");
    expectError(() => optexTax("ISO", 100, 1, "2001-09-27", "2001-09-01", 5), "#NUM!", "exerciseDate");
    expectError(() => optexTax("ISO", 100, 1, "2001-09-27", "2002-10-01", 0), "#NUM!", "fmvAtExercise");
    expectError(() => optexTax("ISO", 100, 1, "2001-09-27", "2002-10-01", 5, "2002-01-01", 8), "#NUM!", "saleDate");
    expectError(() => optexTax("ISO", 100, 1, "2001-09-27", "2002-10-01", 5, "2003-01-01"), "#VALUE!", "salePrice");
    expectError(() => optexTax("ISO", 100, 1, "2001-09-27", "2002-10-01", 5, null, 8), "#VALUE!", "saleDate");
    expectError(() => optexTax("ISO", 100, 1, "2001-09-27", "2002-10-01", 5, "2003-01-01", -8), "#NUM!", "salePrice");
  });
});

describe("never NaN, Infinity or undefined", () => {
  /** A finite result, or a #NUM! CustomFunctions.Error (e.g. a value too large for Excel). */
  function finiteOrNum(fn: () => number): boolean {
    try {
      const x = fn();
      return Number.isFinite(x) && x >= 0;
    } catch (e) {
      // too large for Excel: named after what makes it large — the spot, the strike, or rate and years together
      return e instanceof CustomFunctionsError && e.code === "#NUM!" && /^((spot|strike|rate|years|divYield)(, | and )?)+: /.test(e.message);
    }
  }

  test("every numeric result over random inputs is finite (or #NUM! when too large for Excel)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }), // above 5 (500 %) a volatility is a whole percent: refused
        (S, K, T, r, v) => {
          return finiteOrNum(() => optexBlackScholes(S, K, T, r, v)) && finiteOrNum(() => optexBlackScholes(S, K, T, r, v, 0, "PUT"));
        },
      ),
      { numRuns: 200 },
    );
  });
});
