import { RosterColumn } from "./rosterColumns";

/**
 * What the docs say about a roster column after how it is needed (how ties are broken, which words
 * are read): the docs' half of the roster columns' description (rosterColumns.ts has the rest). The
 * docs read it; the functions do not (their bundle loads in every workbook).
 */
export const ROSTER_COLUMN_NOTES: Partial<Record<RosterColumn, string>> = {
  options: "eligible beats outstanding beats options",
  type: "ISO or NSO (also NQ, NQSO, incentive, nonqualified)",
  expiration: "read as a date",
};
