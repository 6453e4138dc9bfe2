import { offerDeadlines } from "../../../src/calc/optionExchange/deadlines";
import { optionExchangeTerms } from "../../../src/calc/optionExchange/terms";
import { extraHolidays } from "../../../src/calc/time/businessDays";
import { day, inputError, isoOf } from "./helpers";

const T = optionExchangeTerms();
const calendar = (commencement?: string, expiration?: string, holidays: string[] = [], t = T) =>
  offerDeadlines(t, commencement ? day(commencement) : undefined, expiration ? day(expiration) : undefined, extraHolidays(holidays.map(day))).map((r) => [
    r.label,
    typeof r.day === "boolean" ? r.day : isoOf(r.day),
    r.time,
  ]);

describe("the Offer's own calendar (Offer §1, §5, §14; Rules 13e-4(f), 14e-1)", () => {
  // Counted by hand on a 2001 calendar. Commencement Mon 08-27 is a business day, so it is day 1:
  //   Aug 27 (1) 28 (2) 29 (3) 30 (4) 31 (5) | Sat 1, Sun 2, Mon Sep 3 Labor Day |
  //   Sep 4 (6) 5 (7) 6 (8) 7 (9) | 10 (10) 11 (11) 12 (12) 13 (13) 14 (14) | 17 (15) 18 (16) 19 (17) 20 (18) 21 (19) |
  //   24 (20) 25 (21) 26 (22) 27 (23) 28 (24) | Oct 1 (25) 2 (26) 3 (27) 4 (28) 5 (29) | Mon Oct 8 Columbus Day |
  //   Oct 9 (30) 10 (31) 11 (32) 12 (33) | 15 (34) 16 (35) 17 (36) 18 (37) 19 (38) | 22 (39) 23 (40)
  // Latest change notice: the 10th business day after Thu 09-13 is 09-27 (14, 17, 18, 19, 20, 21, 24, 25, 26, 27);
  // after Fri 09-14 it is Fri 09-28, past the expiration.
  test("defaults: commencement 2001-08-27, expiration 2001-09-27", () => {
    expect(calendar()).toEqual([
      ["offer commences", "2001-08-27", "12:01 a.m."],
      ["earliest permitted expiration", "2001-09-24", "12:00 midnight"],
      ["expiration: last moment to elect, change or withdraw", "2001-09-27", "11:59 p.m."],
      ["new options granted", "2001-09-27", ""],
      ["latest change notice without an extension", "2001-09-13", ""],
      ["extension announced by", "2001-09-28", "9:00 a.m."],
      ["acceptance deadline; after it tendered options may be withdrawn", "2001-09-28", "9:00 a.m."],
      ["withdrawal right if not yet accepted", "2001-10-24", "12:01 a.m."],
      ["minimum period met", true, ""],
      ["earliest compliant expiration at 11:59 p.m.", "2001-09-25", "11:59 p.m."],
    ]);
  });
  test("every row cites its rule", () => {
    for (const r of offerDeadlines(T)) expect(r.rule).toMatch(/(Offer §\d|Rules? \d)/);
  });
});

describe("Rule 13e-4(a)(3), (f)(1)(i): the minimum period against the Offer's 11:59 p.m. expiry", () => {
  // A business day runs from 12:01 a.m. through 12:00 midnight Eastern; the offer opens at 12:01 a.m. on day 1
  // (Mon 2001-08-27) and the 20th business day is Mon 09-24 (counted above), so it ends at midnight on 09-24.
  const rows = (e: string) => offerDeadlines(T, day("2001-08-27"), day(e));
  const met = (e: string) => rows(e).find((r) => r.label === "minimum period met")!;
  test("an expiration at 11:59 p.m. on the 20th business day (09-24) is one minute short: FALSE, saying so, not an error", () => {
    const r = met("2001-09-24");
    expect(r.day).toBe(false);
    expect(r.rule).toMatch(/one minute short of 20 full business days/);
    expect(r.rule).toMatch(/earliest compliant 11:59 p\.m\. expiration is on 2001-09-25/);
  });
  test("an expiration the next day (Tue 09-25) meets it: TRUE; so does the Offer's own 09-27", () => {
    expect(met("2001-09-25").day).toBe(true);
    expect(met("2001-09-27").day).toBe(true);
  });
  test("a 20th business day on a Friday: 11:59 p.m. on the Saturday after is compliant (the offer was open all of Friday)", () => {
    // commencement Fri 2001-08-24: Aug 24 (1), 27–31 (6), Mon 09-03 Labor Day, Sep 4–7 (10), 10–14 (15), 17–21 (20)
    const r = offerDeadlines(T, day("2001-08-24"), day("2001-09-21"));
    expect(isoOf(r[1].day as number)).toBe("2001-09-21");
    expect(r.find((x) => x.label === "minimum period met")!.day).toBe(false);
    const compliant = r.find((x) => x.label === "earliest compliant expiration at 11:59 p.m.")!;
    expect([isoOf(compliant.day as number), compliant.time]).toEqual(["2001-09-22", "11:59 p.m."]);
    expect(offerDeadlines(T, day("2001-08-24"), day("2001-09-22")).find((x) => x.label === "minimum period met")!.day).toBe(true);
  });
});

describe("counting rules", () => {
  const dates = (c?: string, e?: string, h: string[] = [], t = T) => calendar(c, e, h, t).map((r) => r[1]);
  test("a commencement on a weekend: day 1 is the next business day", () => {
    // Sat 2001-08-25: day 1 is Mon 08-27, so the 20th and 40th business days are as from the 27th
    const d = dates("2001-08-25");
    expect(d[1]).toBe("2001-09-24");
    expect(d[7]).toBe("2001-10-24");
  });
  test("a commencement on Labor Day is not day 1: Tue 09-04 is", () => {
    // Sep 4 (1) 5 6 7 | 10 11 12 13 14 | 17 18 19 20 21 | 24 25 26 27 28 (20th = Fri 09-28) ... expiration must be later
    expect(() => calendar("2001-09-03")).toThrow(/^expiration and commencement: the expiration \(term expirationDate\) 2001-09-27 is before 2001-10-01/);
    expect(dates("2001-09-03", "2001-10-01")[1]).toBe("2001-10-01");
  });
  test("an expiration on the 20th business day is allowed; the day before is #NUM! naming expiration", () => {
    expect(dates("2001-08-27", "2001-09-24")[2]).toBe("2001-09-24");
    const e = inputError(() => calendar("2001-08-27", "2001-09-23"));
    expect(e.code).toBe("num");
    expect(e.message).toMatch(
      /^expiration and commencement: the expiration 2001-09-23 is before 2001-09-24, the 20th business day from the commencement 2001-08-27/,
    );
  });
  test("expiration on a Friday: the latest notice is the Sunday before the week of its ten business days", () => {
    // expiration Fri 2001-09-28: Fri 09-14 + 10 = 09-28; Sat 09-15 and Sun 09-16 + 10 = 09-28 as well; Mon 09-17 + 10 = 10-01
    expect(dates("2001-08-27", "2001-09-28")[4]).toBe("2001-09-16");
  });
  test("expiration on a Saturday: the last business day before it is what the notice must leave room for", () => {
    // Sat 2001-09-29 → Fri 09-28 as above; the next business day after the expiration is Mon 10-01
    const d = dates("2001-08-27", "2001-09-29");
    expect(d[4]).toBe("2001-09-16");
    expect(d[5]).toBe("2001-10-01");
  });
  test("an extension past Columbus Day: announcement Tue 2001-10-09", () => {
    expect(dates("2001-08-27", "2001-10-05")[5]).toBe("2001-10-09");
  });
  test("extensionBusinessDays 0: any notice up to the expiration leaves it unchanged", () => {
    const t0 = optionExchangeTerms([{ name: "extensionBusinessDays", value: 0 }]);
    expect(dates(undefined, undefined, [], t0)[4]).toBe("2001-09-27");
  });
  test("term commencementDate moves the calendar; the argument wins over the term", () => {
    const t = optionExchangeTerms([{ name: "commencementDate", value: "2001-08-28" }]);
    // Tue 08-28 is day 1: the 20th is Tue 09-25 (one later than from the 27th)
    expect(dates(undefined, undefined, [], t)[1]).toBe("2001-09-25");
    expect(dates("2001-08-27", undefined, [], t)[1]).toBe("2001-09-24");
  });
  test("holidays: a closing on Tue 2001-09-11 delays the 20th and 40th business days by one", () => {
    const d = dates("2001-08-27", "2001-09-27", ["2001-09-11"]);
    expect(d[1]).toBe("2001-09-25");
    // the ten business days after Thu 09-13 (14 17 18 19 20 21 24 25 26 27) do not include 09-11: notice date unchanged
    expect(d[4]).toBe("2001-09-13");
    expect(d[7]).toBe("2001-10-25");
  });
  test("holidays: a closing on Fri 2001-09-21 moves the latest change notice back to Wed 09-12", () => {
    // after 09-12: 13 14 17 18 19 20 (21 closed) 24 25 26 27 → the 10th is 09-27; after 09-13 the 10th is 09-28
    expect(dates("2001-08-27", "2001-09-27", ["2001-09-21"])[4]).toBe("2001-09-12");
  });
  test("a result past 9999-12-31 is #NUM!", () => {
    expect(inputError(() => calendar("9999-12-01", "9999-12-31")).code).toBe("num");
  });
});
