import { Dec } from "../../../src/calc/core/decimal";
import { ConversionKind } from "../../../src/calc/seriesC/conversion";
import { convertShares } from "../../../src/calc/seriesC/convertShares";
import { protectiveVoteApplies, votes } from "../../../src/calc/seriesC/votes";
import { D, evts, n, pay, refAccrued, terms } from "./fixtures";

const t = terms();
const conv = (
  shares: number,
  day: number,
  fmv: number,
  kind: ConversionKind = "OPTIONAL",
  t0 = t,
  events: ReturnType<typeof evts> = [],
  payments = [] as ReturnType<typeof pay>[],
) => convertShares(t0, { shares: new Dec(shares), day, fmv: new Dec(fmv), kind, events, payments });

describe("Cert §5(a), §5(e): principal and dividend shares per kind", () => {
  const accruedOn30 = refAccrued(2002, 6, 29); // 30-month anniversary
  const accruedAfter = refAccrued(2002, 6, 30);

  test("OPTIONAL, fmv below the conversion price: D / fmv shares, nothing extinguished", () => {
    const r = conv(1, D(2002, 6, 29), 10);
    expect(n(r.principalShares)).toBe(1); // 28 / 28
    expect(n(r.dividendShares)).toBeCloseTo(accruedOn30 / 10, 9); // max(D/10, D/28)
    expect(n(r.extinguishedPerShare)).toBe(0);
  });

  test("OPTIONAL, fmv above the conversion price: D / conversion price shares", () => {
    const r = conv(1, D(2002, 6, 29), 40);
    expect(n(r.dividendShares)).toBeCloseTo(accruedOn30 / 28, 9);
  });

  test.each<ConversionKind>(["MANDATORY", "THRESHOLD"])("%s on the 30-month anniversary keeps only the Minimum Dividend Amount (§5(e)(A))", (kind) => {
    const r = conv(1, D(2002, 6, 29), 10, kind);
    expect(n(r.dividendShares)).toBeCloseTo(2.8 / 10, 12);
    expect(n(r.extinguishedPerShare)).toBeCloseTo(accruedOn30 - 2.8, 9);
  });

  test.each<ConversionKind>(["MANDATORY", "THRESHOLD"])("%s one day after the 30-month anniversary keeps all accrued dividends", (kind) => {
    const r = conv(1, D(2002, 6, 30), 10, kind);
    expect(n(r.dividendShares)).toBeCloseTo(accruedAfter / 10, 9);
    expect(n(r.extinguishedPerShare)).toBe(0);
  });

  test("SALE on the 30-month anniversary: dividends cut to the Qualified Return (§5(e)(B))", () => {
    const fmv = 50;
    const r = conv(1, D(2002, 6, 29), fmv, "SALE");
    // uncapped: (1 + D/28) × 50 > 58.80 → dividend shares = 58.80/50 − 1
    expect((1 + accruedOn30 / 28) * fmv).toBeGreaterThan(58.8);
    const capShares = 58.8 / fmv - 1;
    expect(n(r.dividendShares)).toBeCloseTo(capShares, 12);
    expect(n(r.extinguishedPerShare)).toBeCloseTo(accruedOn30 - capShares * 28, 9);
    expect((n(r.principalShares) + n(r.dividendShares)) * fmv).toBeCloseTo(58.8, 9);
  });

  test("SALE below the Qualified Return: nothing extinguished", () => {
    const r = conv(1, D(2002, 6, 29), 10, "SALE");
    expect((1 + accruedOn30 / 10) * 10).toBeLessThan(58.8);
    expect(n(r.dividendShares)).toBeCloseTo(accruedOn30 / 10, 9);
    expect(n(r.extinguishedPerShare)).toBe(0);
  });

  test("SALE where the principal alone exceeds the Qualified Return: every dividend extinguished", () => {
    const r = conv(1, D(2002, 6, 29), 60, "SALE");
    expect(n(r.dividendShares)).toBe(0);
    expect(n(r.extinguishedPerShare)).toBeCloseTo(accruedOn30, 9);
  });

  test("SALE one day after the 30-month anniversary: no Qualified Return test", () => {
    const r = conv(1, D(2002, 6, 30), 50, "SALE");
    expect(n(r.dividendShares)).toBeCloseTo(accruedAfter / 28, 9);
  });

  test("early on, the Minimum Dividend Amount exceeds the accrual (first anniversary)", () => {
    const r = conv(1, D(2000, 6, 30), 20);
    expect(refAccrued(2000, 6, 30)).toBeLessThan(2.8);
    expect(n(r.dividendShares)).toBeCloseTo(2.8 / 20, 12);
  });

  test("Qualified Return uses the Minimum Dividend left after payments before the date", () => {
    // $1 paid on 2001-01-31: Minimum Dividend 1.80, QR = 56 + 1.80 = 57.80
    const r = conv(1, D(2002, 6, 29), 50, "SALE", t, [], [pay(1, 2001, 1, 31, 1)]);
    expect(n(r.perShare.qualifiedReturn)).toBeCloseTo(57.8, 12);
    expect(n(r.dividendShares)).toBeCloseTo(57.8 / 50 - 1, 12);
  });
});

describe("Cert §5(n): whole shares over the holder's aggregate, cash to the cent half-up", () => {
  test("1,000 shares, fmv 10, after the 30-month anniversary", () => {
    const r = conv(1000, D(2002, 6, 30), 10);
    const total = 1000 + (1000 * refAccrued(2002, 6, 30)) / 10;
    expect(n(r.wholeShares)).toBe(Math.floor(total));
    expect(n(r.cashInLieu)).toBeCloseTo(Math.round((total - Math.floor(total)) * 10 * 100) / 100, 9);
  });

  test("a fraction worth exactly half a cent rounds up", () => {
    // dividend rate 0 → D = Minimum Dividend 0.125; fmv 1 → 0.125 dividend shares → $0.125 → $0.13
    const r = conv(1, D(2001, 1, 1), 1, "OPTIONAL", terms({ dividendRate: 0, minimumDividend: 0.125 }));
    expect(n(r.wholeShares)).toBe(1);
    expect(n(r.cashInLieu)).toBe(0.13);
  });

  test("after a 3-for-2 split the principal shares are whole (no 40-digit residue)", () => {
    const t0 = terms({ dividendRate: 0, minimumDividend: 0 });
    const ev = evts(t0, [{ day: D(2000, 8, 29), type: "SPLIT", a: 1.5 }]);
    const r = conv(1000, D(2001, 1, 1), 10, "OPTIONAL", t0, ev);
    expect(n(r.wholeShares)).toBe(1500);
    expect(n(r.cashInLieu)).toBe(0);
  });
});

describe("Cert §5(k)(6): 20% cap pro rata", () => {
  const capped = terms({ votingPowerAtIssue: 10_000_000 });
  test("a 10% holder is capped at 10% × 20% × 10,000,000 = 200,000 shares, no cash for the excess", () => {
    const r = conv(125_000, D(2002, 6, 30), 10, "OPTIONAL", capped);
    expect(n(r.principalShares) + n(r.dividendShares)).toBeGreaterThan(200_000);
    expect(n(r.wholeShares)).toBe(200_000);
    expect(n(r.cashInLieu)).toBe(0);
  });
  test("a fractional cap: whole shares and cash for the fraction of the cap", () => {
    // cap = 1 / 1,250,000 × 0.2 × 10,000,000 = 1.6 shares; entitled 1 + D/10 > 1.6
    const r = conv(1, D(2002, 6, 30), 10, "OPTIONAL", capped);
    expect(n(r.cap as Dec)).toBeCloseTo(1.6, 12);
    expect(n(r.wholeShares)).toBe(1);
    expect(n(r.cashInLieu)).toBe(6);
  });
  test("below the cap nothing changes", () => {
    const r = conv(1000, D(2002, 6, 30), 10, "OPTIONAL", terms({ votingPowerAtIssue: 1e9 }));
    const total = 1000 + (1000 * refAccrued(2002, 6, 30)) / 10;
    expect(n(r.wholeShares)).toBe(Math.floor(total));
  });
});

describe("argument domains", () => {
  test("shares must be > 0; fmv > 0; date on or after issue", () => {
    expect(() => conv(0, D(2001, 1, 1), 10)).toThrow(/^shares: /);
    expect(() => conv(-1, D(2001, 1, 1), 10)).toThrow(/^shares: /);
    expect(() => conv(1, D(2001, 1, 1), 0)).toThrow(/^fmv: /);
    expect(() => conv(1, D(1999, 12, 28), 10)).toThrow(/^convDate: .*before the Original Issue Date/);
  });
});

describe("Cert §3(a) votes and §3(b) separate class vote", () => {
  test("votes = floor(shares × conversion rate), dividends excluded; a split counts from its date", () => {
    const ev = evts(t, [{ day: D(2000, 8, 29), type: "SPLIT", a: 1.5 }]);
    expect(n(votes(t, new Dec(1000), D(2000, 8, 28), ev))).toBe(1000);
    expect(n(votes(t, new Dec(1000), D(2000, 8, 29), ev))).toBe(1500);
    expect(n(votes(t, new Dec(333), D(2000, 8, 29), ev))).toBe(Math.floor(333 * 1.5));
    expect(n(votes(t, new Dec(0), D(2001, 1, 1), ev))).toBe(0);
    expect(() => votes(t, new Dec(-1), D(2001, 1, 1), ev)).toThrow(/^shares: /);
    expect(() => votes(t, new Dec(1), D(1999, 1, 1), ev)).toThrow(/^asOf: /);
  });
  test("§5(k)(6): votes are capped like the shares issuable on conversion (votingPowerAtIssue given)", () => {
    // voting power at issue 5,000,000 → the series may receive 20% × 5,000,000 = 1,000,000 common shares.
    // All 1,250,000 Series C shares at rate 28/28 = 1: 1,250,000 common uncapped, 1,000,000 capped.
    const capped = terms({ votingPowerAtIssue: 5_000_000 });
    expect(n(votes(t, new Dec(1_250_000), D(2001, 1, 1), []))).toBe(1_250_000);
    expect(n(votes(capped, new Dec(1_250_000), D(2001, 1, 1), []))).toBe(1_000_000);
    // a holder of 100,000 shares bears the cap pro rata: 100,000 / 1,250,000 × 1,000,000 = 80,000
    expect(n(votes(capped, new Dec(100_000), D(2001, 1, 1), []))).toBe(80_000);
    // the same holder converting gets the same capped number of common shares (dividends are extra there, and capped too)
    const c = convertShares(capped, { shares: new Dec(100_000), day: D(2001, 1, 1), fmv: new Dec(28), kind: "OPTIONAL", events: [], payments: [] });
    expect(n(c.wholeShares)).toBe(80_000);
    // a split raises the rate, not the cap: 1,000 shares after the 3-for-2 split → 1,500 common, cap 1,000 / 1,250,000 × 1,000,000 = 800
    const ev = evts(capped, [{ day: D(2000, 8, 29), type: "SPLIT", a: 1.5 }]);
    expect(n(votes(capped, new Dec(1000), D(2001, 1, 1), ev))).toBe(800);
    expect(n(votes(terms({ votingPowerAtIssue: 10_000_000 }), new Dec(1000), D(2001, 1, 1), ev))).toBe(1500); // cap 1,600: not binding
  });
  test("one third of 1,250,000 is 416,666.67: 416,667 outstanding keeps the vote, 416,666 does not", () => {
    expect(protectiveVoteApplies(t, new Dec(416_667))).toBe(true);
    expect(protectiveVoteApplies(t, new Dec(416_666))).toBe(false);
    expect(protectiveVoteApplies(t, new Dec(1_250_000))).toBe(true);
    expect(protectiveVoteApplies(t, new Dec(0))).toBe(false);
    expect(protectiveVoteApplies(terms({ sharesIssued: 300 }), new Dec(100))).toBe(true); // exactly one third
    expect(() => protectiveVoteApplies(t, new Dec(-1))).toThrow(/^outstanding: /);
    expect(() => protectiveVoteApplies(t, new Dec(1_250_001))).toThrow(/^outstanding: /);
  });
});
