import { formatIso } from "../../calc/time/civil";
import { dayFromSerial } from "../../calc/time/excelSerial";
import { Cell } from "../../input/cells";
import { textFromGrid } from "./paste";

/**
 * The values of a selected range (from Excel.run: numbers, date serials,
 * text) as the roster box's text: every column kept, the grant-date column's
 * serials written as YYYY-MM-DD, numbers in their shortest exact form, so
 * that reading the text back gives the same grants as reading the values.
 */
export function rosterTextFromValues(grid: readonly (readonly Cell[])[], dateCol: number | undefined): string {
  const rows = grid
    .filter((row) => row.some((c) => c !== null && c !== undefined && String(c).trim() !== ""))
    .map((row) =>
      row.map((c, k) => {
        if (c === null || c === undefined) return "";
        if (typeof c === "number") {
          if (k === dateCol) {
            const day = dayFromSerial(c);
            if (typeof day === "number") return formatIso(day);
          }
          return String(c);
        }
        if (typeof c === "boolean") return c ? "TRUE" : "FALSE";
        return String(c);
      }),
    );
  return textFromGrid(rows);
}
