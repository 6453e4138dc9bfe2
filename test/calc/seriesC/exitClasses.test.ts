/**
 * The whole capital table in the exit waterfall (Cert §4(a)): ranks paid in
 * order with a shortfall shared pro rata inside a rank (dividend parts
 * first), preferred classes that participate fully or up to a cap, Junior
 * Securities, warrants, and the breakpoints of the distribution. The figures
 * are worked out by hand in the comments.
 */
import { Dec } from "../../../src/calc/core/decimal";
import { CapitalInput, checkCapital } from "../../../src/calc/seriesC/capital";
import { distributeExit, prepareExit } from "../../../src/calc/seriesC/exit";
import { exitBreakpoints } from "../../../src/calc/seriesC/exitBreakpoints";
import { D, n, terms } from "./fixtures";

const t = terms();
type Row = Omit<CapitalInput, "row">;
const model = (rows: Row[], tt = t, day = D(2004, 12, 31)) =>
  prepareExit(tt, { day, capital: checkCapital(rows.map((r, i) => ({ ...r, row: i + 1 }))), events: [], payments: [] });
const amounts = (rows: Row[], proceeds: number) => distributeExit(model(rows), new Dec(proceeds)).rows.map((r) => n(r.amount));
const breaks = (rows: Row[]) => exitBreakpoints(model(rows)).map((b) => [n(b.proceeds), b.events.join("; ")]);

// The textbook case: a $100M exit; the investors hold 1,000,000 preferred shares bought for $50M (1x,
// $50 a share) converting into 3 common each, 60 % of the 5,000,000 shares as converted.
const investors = (participation?: string | number): Row[] => [
  { name: "Investors", type: "PREFERRED", quantity: 1e6, a: 50, c: 3, participation },
  { name: "Founders", type: "COMMON", quantity: 2e6 },
];

describe("participation (Cert §4(a) preference, as-converted sharing): the textbook $100M exit", () => {
  test("non-participating: converting gives 60 % of $100M = $60M, more than the $50M preference", () => {
    const d = distributeExit(model(investors()), new Dec(100e6));
    expect(d.rows.map((r) => [r.converts, n(r.amount)])).toEqual([
      [true, 60e6],
      [undefined, 40e6],
    ]);
    expect(n(d.commonValue)).toBe(20);
  });
  test("fully participating: $50M preference, then 60 % of the $50M left = $80M; it never converts", () => {
    const d = distributeExit(model(investors("FULL")), new Dec(100e6));
    expect(d.rows.map((r) => [r.converts, n(r.amount)])).toEqual([
      [false, 80e6],
      [undefined, 20e6],
    ]);
    expect(amounts(investors("FULL"), 1e12)[0]).toBe(50e6 + 0.6 * (1e12 - 50e6));
  });
  test("participating capped at 3x ($150 a share): $80M, the cap not reached", () => {
    expect(amounts(investors(150), 100e6)).toEqual([80e6, 20e6]);
  });
  test("capped at 1.5x ($75 a share): $75M at $100M; converts above $125M, where 60 % passes $75M", () => {
    expect(amounts(investors(75), 100e6)).toEqual([75e6, 25e6]);
    expect(amounts(investors(75), 125e6)).toEqual([75e6, 50e6]); // a tie: keeps the preference
    const d = distributeExit(model(investors(75)), new Dec(200e6));
    expect(d.rows.map((r) => [r.converts, n(r.amount)])).toEqual([
      [true, 120e6],
      [undefined, 80e6],
    ]);
  });
  test("breakpoints: the preference covered at $50M; the cap reached at $50M + 5M × $25/3; conversion at $125M", () => {
    expect(breaks(investors(75))).toEqual([
      [50e6, "rank 2: preferences paid in full"],
      [n(new Dec(50e6).plus(new Dec(5e6).times(25).div(3))), "Investors reaches its participation cap of $75.00 per share"],
      [125e6, "Investors converts"],
    ]);
    // non-participating: converts where 3 × p passes $50: p = 50/3, X = 5M × 50/3
    expect(breaks(investors())).toEqual([
      [50e6, "rank 2: preferences paid in full"],
      [n(new Dec(5e6).times(50).div(3)), "Investors converts"],
    ]);
    expect(breaks(investors("FULL"))).toEqual([[50e6, "rank 2: preferences paid in full"]]);
  });
});

describe("ranks (Cert §4(a)): paid in order, a shortfall shared within a rank, dividend parts first", () => {
  const ranks: Row[] = [
    { name: "Notes", type: "SENIOR", quantity: 10e6 },
    { name: "Series B", type: "PREFERRED", quantity: 1e6, a: 10, b: 2 },
    { name: "Series B-1", type: "PREFERRED", quantity: 1e6, a: 10 },
    { name: "Series A", type: "JUNIOR", quantity: 1e6, a: 5, b: 1 },
    { name: "Common", type: "COMMON", quantity: 1e6 },
  ];
  test("$15M: the notes in full; rank 2 gets $5M: B's $2M dividends first, then $3M of the $20M preferences ratably", () => {
    expect(amounts(ranks, 15e6)).toEqual([10e6, 2e6 + 1.5e6, 1.5e6, 0, 0]);
  });
  test("$11M: rank 2's $1M goes to the dividends alone", () => {
    expect(amounts(ranks, 11e6)).toEqual([10e6, 1e6, 0, 0, 0]);
  });
  test("$33.5M: rank 2 in full ($22M); the Junior Securities' $1.5M: dividends $1M, then $0.5M of the preference", () => {
    expect(amounts(ranks, 33.5e6)).toEqual([10e6, 12e6, 10e6, 1.5e6, 0]);
  });
  test("$40M: every claim ($38M) paid; the common takes the $2M left", () => {
    expect(amounts(ranks, 40e6)).toEqual([10e6, 12e6, 10e6, 6e6, 2e6]);
  });
  test("breakpoints: each rank's dividends and claims covered, in order; a rank of one class has no kink between them", () => {
    expect(breaks(ranks)).toEqual([
      [10e6, "Notes paid in full"],
      [12e6, "rank 2: accrued dividends paid in full"],
      [32e6, "rank 2: preferences paid in full"],
      [38e6, "rank 3: preferences paid in full"],
    ]);
  });
  test("two SENIOR rows given the same rank share a shortfall pro rata; without a rank they are paid in row order", () => {
    const two = (rank?: number): Row[] => [
      { name: "Bank", type: "SENIOR", quantity: 6e6, rank },
      { name: "Bonds", type: "SENIOR", quantity: 2e6, rank },
      { name: "Common", type: "COMMON", quantity: 1 },
    ];
    expect(amounts(two(1), 4e6)).toEqual([3e6, 1e6, 0]);
    expect(amounts(two(), 4e6)).toEqual([4e6, 0, 0]);
  });
  test("a SENIOR claim given a rank below the preferred is paid after it", () => {
    const late: Row[] = [
      { name: "Series B", type: "PREFERRED", quantity: 1e6, a: 10 },
      { name: "Loan", type: "SENIOR", quantity: 5e6, rank: 3 },
      { name: "Common", type: "COMMON", quantity: 1e6 },
    ];
    expect(amounts(late, 12e6)).toEqual([10e6, 2e6, 0]);
  });
});

describe("options and warrants: exercised above their exercise price, grouped by it", () => {
  const rows: Row[] = [
    { name: "Common", type: "COMMON", quantity: 1e6 },
    { name: "Warrants", type: "WARRANT", quantity: 1e6, a: 5 },
    { name: "Options", type: "OPTION", quantity: 1e6, a: 10 },
  ];
  test("$4M: p = $4, nothing exercised; $14M: p = (14M + 5M) / 2M = $9.50, the warrants exercised", () => {
    expect(amounts(rows, 4e6)).toEqual([4e6, 0, 0]);
    const d = distributeExit(model(rows), new Dec(14e6));
    expect(n(d.commonValue)).toBe(9.5);
    expect(d.rows.map((r) => [r.converts, n(r.amount)])).toEqual([
      [undefined, 9.5e6],
      ["exercised", 4.5e6],
      ["not exercised", 0],
    ]);
  });
  test("breakpoints: each exercise price reached, p × 1M + (p − 5) × 1M at p = $10: $15M", () => {
    expect(breaks(rows)).toEqual([
      [5e6, "warrants at $5.00 exercised"],
      [15e6, "options at $10.00 exercised"],
    ]);
  });
});

describe("the Series C among the classes: its own terms, the 20 % cap, breakpoints", () => {
  test("a Junior class converting does not touch the Series C's rank; the Series C's per share is SERIESC_LIQPREF's", () => {
    const rows: Row[] = [
      { name: "Series C", type: "SERIESC", quantity: 1e6 },
      { name: "Series J", type: "JUNIOR", quantity: 1e6, a: 1, c: 1 },
      { name: "Common", type: "COMMON", quantity: 10e6 },
    ];
    const d = distributeExit(model(rows), new Dec(2e9));
    expect(d.rows.map((r) => r.converts)).toEqual([true, true, undefined]);
    expect(d.rows.reduce((x, r) => x + n(r.amount), 0)).toBeCloseTo(2e9, 3);
  });
  test("with votingPowerAtIssue the Series C's as-converted value kinks where the 20 % cap binds, and says so", () => {
    const capped = terms({ votingPowerAtIssue: 5_000_000 });
    const rows: Row[] = [
      { name: "Series C", type: "SERIESC", quantity: 1.25e6 },
      { name: "Common", type: "COMMON", quantity: 10e6 },
    ];
    const m = model(rows, capped, D(2004, 1, 1));
    const b = exitBreakpoints(m);
    expect(b.map((x) => x.events.join("; "))).toContain("Series C converts");
    // above every breakpoint the Series C receives 4/5 common per share: 1M of the 11M shares
    const last = b[b.length - 1].proceeds;
    const far = last.times(10);
    const d = distributeExit(m, far);
    expect(d.rows[0].converts).toBe(true);
    expect(d.rows[0].perShare!.eq(d.commonValue.times(0.8))).toBe(true);
  });
});
