import { badValue } from "../core/errors";
import { quoted } from "../core/text";
import { Day } from "./civil";
import { dayFromSerial, textDayProblem } from "./excelSerial";
import { parseIsoDate } from "./isoDate";

/**
 * A date as a user gives it (docs/conventions.md): an Excel serial (1900 system, time of
 * day ignored) or `YYYY-MM-DD` text. Anything else is a #VALUE! naming `arg`.
 */
export function dayFromInput(value: unknown, arg: string): Day {
  if (typeof value === "number") return dayFromSerialOrThrow(value, arg);
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") throw badValue(arg, "a date is required (an Excel date or YYYY-MM-DD text)");
    const day = parseIsoDate(text);
    if (day === undefined) throw badValue(arg, `${quoted(text)} is not a date: use an Excel date or YYYY-MM-DD text`);
    const problem = textDayProblem(quoted(text), day);
    if (problem) throw badValue(arg, problem);
    return day;
  }
  if (typeof value === "boolean") throw badValue(arg, `${value ? "TRUE" : "FALSE"} is not a date`);
  throw badValue(arg, "a date is required (an Excel date or YYYY-MM-DD text)");
}

function dayFromSerialOrThrow(serial: number, arg: string): Day {
  const day = dayFromSerial(serial);
  if (typeof day === "number") return day;
  const detail: Record<typeof day, string> = {
    missing: `${serial} is not a date (a date serial must be 1 or more; 0 means the date is missing)`,
    leapDay1900: "serial 60 is 1900-02-29, a date that does not exist (Excel's 1900 leap-year bug)",
    outOfRange: `${serial} is past 9999-12-31, the last date Excel has`,
    notFinite: "the date is not a finite number",
  };
  throw badValue(arg, detail[day]);
}
