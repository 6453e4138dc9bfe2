/**
 * Data of the catalogue's worked examples (catalogue.ts): cell blocks shared by several
 * entries. Dead code in dist/functions.js, like the entries (hence the `#__PURE__` calls).
 */

/** The 3-for-2 split of the common of 2000-08-29, as an events table row: date | type | a. */
export const EXAMPLE_SPLIT = [["2000-08-29", "SPLIT", 1.5]];

/** `count` weekday rows of date | close from `startIso` (no holidays in the span used). */
function tradingDays(startIso: string, count: number, close: number): [string, number][] {
  const rows: [string, number][] = [];
  const d = new Date(`${startIso}T00:00:00Z`);
  while (rows.length < count) {
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) rows.push([d.toISOString().slice(0, 10), close]);
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return rows;
}

/** 20 closes of $38.00 from 2000-09-05: above $37.33 (2.0 × $28 ÷ 1.5, after the split), not above $56. */
export const EXAMPLE_PRICES = /*#__PURE__*/ tradingDays("2000-09-05", 20, 38);

/** name | type | quantity | a | b | c: an illustrative capital for the exit waterfall. */
export const EXAMPLE_CAPITAL = [
  ["Notes", "SENIOR", 10000000, null, null, null],
  ["Series C", "SERIESC", 1000000, null, null, null],
  ["Series D", "PARITY", 500000, 20, 2, 1],
  ["Common", "COMMON", 10000000, null, null, null],
  ["Options", "OPTION", 2000000, 10, null, null],
];
