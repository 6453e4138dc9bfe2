import { EXAMPLE_CAPITAL as CAPITAL, EXAMPLE_EVENTS, EXAMPLE_PRICES as PRICES } from "../layout/exampleData";

/**
 * Data of the catalogue's worked examples (catalogue.ts): cell blocks shared by several
 * entries, read from the one copy of the example data (src/layout/exampleData.ts). Dead code in
 * dist/functions.js, like the entries (hence the `#__PURE__` calls).
 */

/** The 3-for-2 split of the common of 2000-08-29, as an events table row: date | type | a. */
export const EXAMPLE_SPLIT = /*#__PURE__*/ EXAMPLE_EVENTS.map((r) => [...r]);

/** 20 closes of $38.00 from 2000-09-05: above $37.33 (2.0 × $28 ÷ 1.5, after the split), not above $56. */
export const EXAMPLE_PRICES = /*#__PURE__*/ PRICES.map((r) => [...r]);

/** name | type | quantity | a | b | c: an illustrative capital for the exit waterfall. */
export const EXAMPLE_CAPITAL = /*#__PURE__*/ CAPITAL.map((r) => [...r]);
