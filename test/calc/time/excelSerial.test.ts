import { dayFromCivil, formatIso } from "../../../src/calc/time/civil";
import { dayFromSerial, serialFromDay } from "../../../src/calc/time/excelSerial";
import { dayFromInput } from "../../../src/calc/time/dateInput";
import { parseIsoDate } from "../../../src/calc/time/isoDate";
import { seriesCTerms } from "../../../src/calc/seriesC/terms";

const iso = (serial: number) => {
  const d = dayFromSerial(serial);
  return typeof d === "number" ? formatIso(d) : d;
};

describe("Excel 1900 date system (docs/conventions.md)", () => {
  test("serial 36524 is 1999-12-31 and 36523 is 1999-12-30", () => {
    expect(iso(36524)).toBe("1999-12-30");
    expect(iso(36525)).toBe("1999-12-31");
  });

  test("serial 61 is 1900-03-01; serials from 61 on are 1899-12-30 + serial days", () => {
    expect(iso(61)).toBe("1900-03-01");
    expect(iso(62)).toBe("1900-03-02");
  });

  test("serial 60 is Excel's fictitious 1900-02-29 and is rejected", () => {
    expect(dayFromSerial(60)).toBe("leapDay1900");
    expect(() => dayFromInput(60, "asOf")).toThrow(/asOf: serial 60 is 1900-02-29/);
  });

  test("serials 1..59 are 1900-01-01..1900-02-28", () => {
    expect(iso(1)).toBe("1900-01-01");
    expect(iso(59)).toBe("1900-02-28");
    expect(serialFromDay(dayFromCivil(1900, 1, 1))).toBe(1);
    expect(serialFromDay(dayFromCivil(1900, 2, 28))).toBe(59);
    expect(serialFromDay(dayFromCivil(1900, 3, 1))).toBe(61);
  });

  test("a date argument of 0 or below is a missing date, not 1900-01-00", () => {
    expect(dayFromSerial(0)).toBe("missing");
    expect(dayFromSerial(-5)).toBe("missing");
    expect(() => dayFromInput(0, "asOf")).toThrow(/^asOf: .*missing/);
  });

  test("the time of day is ignored: the integer part counts", () => {
    expect(iso(36525.99)).toBe("1999-12-31");
    expect(iso(36525.0001)).toBe("1999-12-31");
  });

  test("serials past 9999-12-31 and non-finite numbers are rejected", () => {
    expect(iso(2958465)).toBe("9999-12-31");
    expect(dayFromSerial(2958466)).toBe("outOfRange");
    expect(dayFromSerial(NaN)).toBe("notFinite");
    expect(dayFromSerial(Infinity)).toBe("notFinite");
  });

  test("leap days 2000-02-29 and 2004-02-29 exist, 2001-02-29 does not", () => {
    expect(parseIsoDate("2000-02-29")).toBe(36585); // Excel: DATE(2000,2,29)
    expect(parseIsoDate("2004-02-29")).toBe(36585 + 1461);
    expect(parseIsoDate("2001-02-29")).toBeUndefined();
    expect(parseIsoDate("1900-02-29")).toBeUndefined();
  });

  test("text dates must be strict YYYY-MM-DD", () => {
    expect(parseIsoDate(" 2001-06-30 ")).toBe(dayFromCivil(2001, 6, 30));
    for (const bad of ["2001-6-30", "30/06/2001", "2001-13-01", "2001-06-31", "20010630", "June 30, 2001", ""]) {
      expect(parseIsoDate(bad)).toBeUndefined();
    }
    expect(() => dayFromInput("2001-02-30", "asOf")).toThrow(/^asOf: "2001-02-30" is not a date/);
  });

  test("text dates before 1900-01-01 have no Excel serial: refused naming the argument, in the terms too", () => {
    expect(() => dayFromInput("1899-12-31", "asOf")).toThrow('asOf: "1899-12-31" is before 1900-01-01, the first date Excel has');
    expect(() => dayFromInput("0001-01-01", "asOf")).toThrow(/^asOf: "0001-01-01" is before 1900-01-01/);
    expect(dayFromInput("1900-01-01", "asOf")).toBe(dayFromInput(1, "asOf"));
    expect(() => seriesCTerms([{ name: "issueDate", value: "1899-06-01" }])).toThrow(/^terms issueDate: "1899-06-01" is before 1900-01-01/);
  });

  test("booleans and other types are not dates", () => {
    expect(() => dayFromInput(true, "asOf")).toThrow(/^asOf: TRUE is not a date/);
    expect(() => dayFromInput({}, "asOf")).toThrow(/^asOf:/);
  });
});
