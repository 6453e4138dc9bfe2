import { dayFromCivil, formatIso } from "../../../src/calc/time/civil";
import { addMonths, anniversary } from "../../../src/calc/time/months";

const d = (y: number, m: number, dd: number) => dayFromCivil(y, m, dd);

describe("month arithmetic as Excel's EDATE (docs/conventions.md)", () => {
  test("2000-02-29 + 12 months = 2001-02-28 (end-of-month clamp)", () => {
    expect(formatIso(addMonths(d(2000, 2, 29), 12))).toBe("2001-02-28");
    expect(formatIso(addMonths(d(2000, 2, 29), 48))).toBe("2004-02-29");
  });

  test("2001-01-31 + 1 month = 2001-02-28; 2000-01-31 + 1 = 2000-02-29; -1 month from 2001-03-31 = 2001-02-28", () => {
    expect(formatIso(addMonths(d(2001, 1, 31), 1))).toBe("2001-02-28");
    expect(formatIso(addMonths(d(2000, 1, 31), 1))).toBe("2000-02-29");
    expect(formatIso(addMonths(d(2001, 3, 31), -1))).toBe("2001-02-28");
  });

  test("the certificate's anniversaries of 1999-12-29 (docs/conventions.md#figures-the-documents-give)", () => {
    const issue = d(1999, 12, 29);
    expect(formatIso(addMonths(issue, 18))).toBe("2001-06-29");
    expect(formatIso(addMonths(issue, 30))).toBe("2002-06-29");
    expect(formatIso(anniversary(issue, 1))).toBe("2000-12-29");
    expect(formatIso(anniversary(issue, 6))).toBe("2005-12-29");
    expect(formatIso(issue + 386)).toBe("2001-01-18");
  });

  test("month arithmetic crosses year ends both ways", () => {
    expect(formatIso(addMonths(d(2001, 11, 15), 3))).toBe("2002-02-15");
    expect(formatIso(addMonths(d(2001, 1, 15), -13))).toBe("1999-12-15");
  });
});
