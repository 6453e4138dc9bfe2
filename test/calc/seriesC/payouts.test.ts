import { Dec } from "../../../src/calc/core/decimal";
import { CapitalInput, checkCapital } from "../../../src/calc/seriesC/capital";
import { distributeExit, prepareExit } from "../../../src/calc/seriesC/exit";
import { HoldingInput, holderPayouts } from "../../../src/calc/seriesC/payouts";
import { inputError } from "../../support/expectError";
import { D, n, refAccrued, terms } from "./fixtures";

const t = terms();
type Row = Omit<CapitalInput, "row">;
type Holding = [holder: string, rowName: string, quantity: number];

// The worked examples' capital (as test/calc/seriesC/exit.test.ts): $10M notes, 1,000,000 Series C, 500,000 Series D
// (preference $20, dividends $2, one common share each), 10,000,000 common, 2,000,000 options at $10.
const K: Row[] = [
  { name: "Notes", type: "SENIOR", quantity: 10e6 },
  { name: "Series C", type: "SERIESC", quantity: 1e6 },
  { name: "Series D", type: "PARITY", quantity: 500e3, a: 20, b: 2, c: 1 },
  { name: "Common", type: "COMMON", quantity: 10e6 },
  { name: "Options", type: "OPTION", quantity: 2e6, a: 10 },
];

function payouts(day: number, proceeds: number, holdings: Holding[], rows: Row[] = K) {
  const capital = checkCapital(rows.map((r, i) => ({ ...r, row: i + 1 })));
  const d = distributeExit(prepareExit(t, { day, capital, events: [], payments: [] }), new Dec(proceeds));
  const input: HoldingInput[] = holdings.map(([holder, rowName, quantity], i) => ({ row: i + 1, holder, rowName, quantity }));
  return holderPayouts(d, capital, input).map((p) => ({ holder: p.holder, total: n(p.total), amounts: p.amounts.map(n) }));
}

describe("SERIESC_PAYOUTS: each holder's share of the exit (Cert §4(a), (c))", () => {
  test("$800M on 2001-12-31: p = $60; a holder across the Series C and the common, the notes pro rata to the $ held", () => {
    // p = (800M − 10M + 2M × $10) / (10M + 0.5M + 2M + 1M) = $60 (SERIESC_EXIT's worked example): the Series C
    // converts at $60 a share (its dividend shares extinguished at the $58.80 Qualified Return), options get 60 − 10.
    const r = payouts(D(2001, 12, 31), 800e6, [
      ["Fund A", "Series C", 600e3],
      ["Fund A", "Common", 1e6],
      ["Founder", "Common", 4e6],
      ["Bank", "Notes", 2.5e6],
      ["Staff", "Options", 2e6],
    ]);
    expect(r.map((p) => p.holder)).toEqual(["Fund A", "Founder", "Bank", "Staff"]);
    const fundA = r[0];
    expect(fundA.amounts[1]).toBeCloseTo(600e3 * 60, 4); // 36M through the Series C
    expect(fundA.amounts[3]).toBeCloseTo(1e6 * 60, 4); // 60M through the common
    expect(fundA.total).toBeCloseTo(96e6, 4);
    expect([fundA.amounts[0], fundA.amounts[2], fundA.amounts[4]]).toEqual([0, 0, 0]);
    expect(r[1].total).toBeCloseTo(4e6 * 60, 4);
    expect(r[2].amounts[0]).toBe(2.5e6); // a quarter of the $10M notes, paid in full
    expect(r[3].total).toBeCloseTo(2e6 * 50, 4);
  });

  test("insufficient assets ($30M on 2000-06-30): the notes in full, then dividends and preferences ratably", () => {
    // After the notes 20M < 30.8M + 11M of claims: the dividend claims 2.8M (Series C, the Minimum Dividend) and 1M
    // (Series D) in full, then 16.2M ratably to the preferences 28M : 10M. A holder of a quarter of the Series C gets
    // (2.8M + 16.2M × 28/38) / 4; a holder of 100,000 Series D (1/5) gets (1M + 16.2M × 10/38) / 5; the common nothing.
    expect(refAccrued(2000, 6, 30)).toBeLessThan(2.8);
    const r = payouts(D(2000, 6, 30), 30e6, [
      ["X", "Series C", 250e3],
      ["X", "Series D", 100e3],
      ["Y", "Common", 5e6],
    ]);
    expect(r[0].amounts[1]).toBeCloseTo((2.8e6 + (16.2e6 * 28) / 38) / 4, 4);
    expect(r[0].amounts[2]).toBeCloseTo((1e6 + (16.2e6 * 10) / 38) / 5, 4);
    expect(r[1].total).toBe(0);
  });

  test("senior claims short: $4M pays the notes $4M, and a holder of $2.5M of the $10M claim gets 2.5/10 of it", () => {
    const r = payouts(D(2003, 3, 3), 4e6, [["Bank", "Notes", 2.5e6]]);
    expect(r[0].amounts[0]).toBeCloseTo(1e6, 6);
    expect(r[0].total).toBeCloseTo(1e6, 6);
  });

  test("holders of a whole row receive the row's amount; several lines of one holder add up; names ignore case and spaces", () => {
    const holdings: Holding[] = [
      ["Ann", "common", 3e6],
      ["Bob", " COMMON ", 7e6],
      [" ann ", "Series C", 1e6],
      ["ANN", "Common", 0],
    ];
    const r = payouts(D(2003, 3, 3), 400e6, holdings);
    expect(r.map((p) => p.holder)).toEqual(["Ann", "Bob"]); // the first spelling, order of first appearance
    const whole = distributeExit(
      prepareExit(t, { day: D(2003, 3, 3), capital: checkCapital(K.map((x, i) => ({ ...x, row: i + 1 }))), events: [], payments: [] }),
      new Dec(400e6),
    );
    expect(r[0].amounts[3] + r[1].amounts[3]).toBeCloseTo(n(whole.rows[3].amount), 4);
    expect(r[0].amounts[1]).toBeCloseTo(n(whole.rows[1].amount), 4);
    expect(r[0].total).toBeCloseTo(r[0].amounts[1] + r[0].amounts[3], 4);
  });

  test("a holder across a PREFERRED class and the common, warrants beside them: each row's per-share × shares held", () => {
    // Series B PREFERRED: 1,000,000 shares, preference $10, one common share each; 4,000,000 common; 1,000,000 warrants at $5.
    // At $100M, if B converts everyone is in one pool: p × (4M + 1M + 1M) = 100M + 1M × $5 → p = 17.5 > the $10 that
    // B's preference is worth per share, so B converts (staying would give it 10 < 17.5); the warrants get 17.5 − 5.
    const rows: Row[] = [
      { name: "Series B", type: "PREFERRED", quantity: 1e6, a: 10, c: 1 },
      { name: "Common", type: "COMMON", quantity: 4e6 },
      { name: "Warrants", type: "WARRANT", quantity: 1e6, a: 5 },
    ];
    const r = payouts(
      D(2003, 3, 3),
      100e6,
      [
        ["Fund", "Series B", 400e3],
        ["Fund", "Common", 1e6],
        ["Lender", "Warrants", 200e3],
        ["Fund", "Warrants", 100e3],
      ],
      rows,
    );
    expect(r.map((p) => p.holder)).toEqual(["Fund", "Lender"]);
    expect(r[0].amounts[0]).toBeCloseTo(400e3 * 17.5, 6);
    expect(r[0].amounts[1]).toBeCloseTo(1e6 * 17.5, 6);
    expect(r[0].amounts[2]).toBeCloseTo(100e3 * 12.5, 6);
    expect(r[0].total).toBeCloseTo(1.4e6 * 17.5 + 100e3 * 12.5, 6);
    expect(r[1].total).toBeCloseTo(200e3 * 12.5, 6);
  });

  test("participating PREFERRED (Series A owns 60 %): FULL and capped at 3×, a holder of Series A and common", () => {
    // Series A: 6,000,000 shares, preference $10 ($60M, 1x), one common share each; common 4,000,000 shares.
    // $150M, FULL participation: $60M preference, then 90M over the 10M as-converted shares → p = $9; a Series A share
    // gets 10 + 9 = $19 (investors 60M + 0.6 × 90M = $114M). VC: 3,000,000 Series A × 19 + 500,000 common × 9 = $61.5M.
    const rows = (participation: number | string): Row[] => [
      { name: "Series A", type: "PREFERRED", quantity: 6e6, a: 10, c: 1, participation },
      { name: "Common", type: "COMMON", quantity: 4e6 },
    ];
    const H: Holding[] = [
      ["VC", "Series A", 3e6],
      ["Founder", "Common", 3.5e6],
      ["VC", "Common", 0.5e6],
    ];
    const full = payouts(D(2003, 3, 3), 150e6, H, rows("FULL"));
    expect(full[0].amounts[0]).toBeCloseTo(3e6 * 19, 4);
    expect(full[0].amounts[1]).toBeCloseTo(0.5e6 * 9, 4);
    expect(full[0].total).toBeCloseTo(61.5e6, 4);
    expect(full[1].total).toBeCloseTo(3.5e6 * 9, 4);
    // Capped at $30 a share (3x): at $150M the cap does not bind (19 < 30), the same split.
    expect(payouts(D(2003, 3, 3), 150e6, H, rows(30))[0].total).toBeCloseTo(61.5e6, 4);
    // At $600M the cap binds (10 + p would be 10 + 54), so Series A converts: 600M / 10M = $60 a share for everyone
    // (more than the $30 cap). VC: 3.5M × 60 = $210M; the founder 3.5M × 60.
    const big = payouts(D(2003, 3, 3), 600e6, H, rows(30));
    expect(big[0].total).toBeCloseTo(210e6, 4);
    expect(big[1].total).toBeCloseTo(210e6, 4);
  });

  test("100,000 holdings lines: one distribution, each line a lookup and a product; the totals add up to the rows", () => {
    const holdings: Holding[] = [];
    for (let i = 0; i < 100_000; i++) holdings.push([`H${i % 40_000}`, K[1 + (i % 4)].name, 10]); // 25,000 lines per equity row
    const r = payouts(D(2003, 3, 3), 400e6, holdings);
    expect(r).toHaveLength(40_000);
    const whole = distributeExit(
      prepareExit(t, { day: D(2003, 3, 3), capital: checkCapital(K.map((x, i) => ({ ...x, row: i + 1 }))), events: [], payments: [] }),
      new Dec(400e6),
    );
    // 25,000 × 10 shares of each row: the row's per-share amount × 250,000
    const sums = [1, 2, 3, 4].map((k) => r.reduce((s, p) => s + p.amounts[k], 0));
    sums.forEach((s, j) => expect(s).toBeCloseTo(250e3 * n(whole.rows[j + 1].perShare!), 2));
  });
});

describe("SERIESC_PAYOUTS: holdings the capital table cannot hold", () => {
  const day = D(2003, 3, 3);
  test("a quantity above the row's quantity is #VALUE! naming the holdings row and its quantity", () => {
    const e = inputError(() => payouts(day, 1e8, [["A", "Series D", 500_001]]));
    expect([e.code, e.message, e.at]).toEqual([
      "value",
      'holdings and capital: holdings row 1: the quantity 500001 is more than the "Series D" row\'s quantity 500000',
      { row: 1, column: "quantity", problem: '500001 is more than the "Series D" row\'s quantity 500000' },
    ]);
  });
  test("holdings of one row adding up to more than it has: the line where the sum passes it is named", () => {
    const e = inputError(() =>
      payouts(day, 1e8, [
        ["A", "Series D", 300e3],
        ["B", "Common", 1],
        ["C", "Series D", 200e3],
        ["D", "Series D", 1],
      ]),
    );
    expect(e.message).toBe('holdings and capital: holdings row 4: the quantity brings the holdings of "Series D" to 500001, more than its quantity 500000');
    expect(e.at).toMatchObject({ row: 4, column: "quantity" });
  });
  test("an unknown row name is #VALUE! naming it and listing the rows", () => {
    const e = inputError(() => payouts(day, 1e8, [["A", "Series E", 1]]));
    expect(e.code).toBe("value");
    expect(e.message).toBe(
      'holdings and capital: holdings row 1: the capital row name "Series E" matches no capital row ("Notes, Series C, Series D, Common, Options")',
    );
    expect(e.at).toMatchObject({ row: 1, column: "row" });
  });
  test("a name two capital rows share is ambiguous", () => {
    const rows: Row[] = [...K, { name: "common", type: "COMMON", quantity: 1e6 }];
    const e = inputError(() => payouts(day, 1e8, [["A", "Common", 1]], rows));
    expect(e.message).toBe('holdings and capital: holdings row 1: the capital row name "Common" matches two capital rows; give each its own name');
  });
  test("a negative quantity is #NUM!; no holdings at all is #VALUE!", () => {
    const e = inputError(() => payouts(day, 1e8, [["A", "Common", -1]]));
    expect([e.code, e.message]).toEqual(["num", "holdings: row 1: the quantity must be a finite number 0 or more, got -1"]);
    expect(inputError(() => payouts(day, 1e8, [])).message).toBe("holdings: at least one row of holder | capital row name | quantity is required");
  });
});
