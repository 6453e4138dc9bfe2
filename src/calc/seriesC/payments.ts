import { Dec } from "../core/decimal";
import { badNumber } from "../core/errors";
import { Day, formatIso } from "../time/civil";
import { SeriesCTerms } from "./terms";

/** A dividend actually paid on one Series C share (Cert §2, the `payments` argument). */
export interface Payment {
  day: Day;
  amount: Dec;
  /** 1-based row in the user's `payments` range, for messages. */
  row: number;
}

export const PAYMENTS_ARG = "payments";

/** Checks the rows and returns them in date order (ties keep row order). */
export function checkPayments(t: SeriesCTerms, payments: readonly Payment[]): Payment[] {
  for (const p of payments) {
    if (p.amount.lte(0)) {
      const problem = `must be greater than 0, got ${p.amount.toString()}`;
      throw badNumber(PAYMENTS_ARG, `row ${p.row}: amount ${problem}`, { row: p.row, column: "amount", problem });
    }
    if (p.day < t.issueDate) {
      throw badNumber(PAYMENTS_ARG, `row ${p.row}: date ${formatIso(p.day)} is before the Original Issue Date ${formatIso(t.issueDate)}`, {
        row: p.row,
        column: "date",
      });
    }
  }
  return [...payments].sort((x, y) => x.day - y.day || x.row - y.row);
}
