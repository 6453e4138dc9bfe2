import Papa from "papaparse";
import { Dec } from "../../src/calc/core/decimal";
import { optionExchangeTerms } from "../../src/calc/optionExchange/terms";
import { valueRoster } from "../../src/calc/optionExchange/valuation";
import { dayFromCivil, formatIso } from "../../src/calc/time/civil";
import { GRANT_COLUMNS, GrantList, PAGE_SIZES, cellText, sortedOrder } from "../../src/taskpane/model/grantList";
import { GrantCalculator, OptionExchangeInputs, Totals, grantLine, grantValue, totalsJob } from "../../src/taskpane/model/optionExchange";
import { gridFromText } from "../../src/taskpane/model/paste";
import { RosterReader } from "../../src/taskpane/model/roster";

/** g0…g(n−1): holders "Employee <i>", dates and prices varying; rows `bad(i)` with 1.5 options (not a whole number). */
function rosterOf(n: number, bad: (i: number) => boolean = () => false): string {
  const rows = ["Grant,Employee,Grant date,Options outstanding,Exercise price"];
  for (let i = 0; i < n; i++)
    rows.push(`g${i},Employee ${(i * 7) % n},2000-0${1 + (i % 9)}-${10 + (i % 17)},${bad(i) ? "1.5" : 1000 + ((i * 37) % 500)},${10 + (i % 7) + (i % 3) / 4}`);
  return rows.join("\n");
}
const read = (text: string) => new RosterReader("MDY").read(gridFromText(text)).grants;
const EXPIRATION = dayFromCivil(2001, 9, 27);
const valued: OptionExchangeInputs = { ratio: 0.75, newStrike: 4.5, expiration: EXPIRATION, valuation: { spot: 5, rate: 0.05, vol: 0.8, oldYears: 8.5 } };

describe("GrantList: search by grant id or holder", () => {
  const grants = read(rosterOf(60));
  const calc = new GrantCalculator();

  test("the search matches the grant id or the holder, any case, and starts from the first page", () => {
    const list = new GrantList();
    list.next();
    list.setQuery("G1");
    const p = list.pageOf(grants, valued, calc);
    // g1, g10–g19: by id; Employee 1… by holder (holder of grant i is Employee 7i mod 60).
    const expected = grants.map((g, i) => [g, i] as const).filter(([g]) => g.grant.toLowerCase().includes("g1") || g.holder.toLowerCase().includes("g1"));
    expect(p.shown).toEqual(expected.map(([, i]) => i));
    expect(p.info).toBe(`Grants 1–11 of 11 matching “G1”, page 1 of 1`);
    list.setQuery("employee 13");
    expect(list.pageOf(grants, valued, calc).lines.map((l) => l.label)).toEqual(["g19 (Employee 13)"]);
    list.setQuery("nobody");
    expect(list.pageOf(grants, valued, calc).info).toBe("No grant matches “nobody”.");
  });
});

describe("GrantList: sorting by a column (header buttons, aria-sort)", () => {
  const grants = read(rosterOf(200, (i) => i % 50 === 7));
  const calc = new GrantCalculator();

  test.each(["grantDate", "price", "eligible", "newOptions", "oldValue", "newValue", "incremental", "breakeven"] as const)(
    "%s: ascending then descending by the exact figures; grants without one last either way",
    (column) => {
      const list = new GrantList();
      list.setPageSize(250);
      const col = GRANT_COLUMNS.find((c) => c.id === column);
      const figure = (i: number): Dec | undefined => {
        const line = grantLine(grants[i], i, valued, calc);
        const x =
          col?.exact?.(line) ??
          (column === "grantDate" ? String(grants[i].grantDate ?? "") : column === "price" ? String(grants[i].price ?? "") : String(grants[i].options ?? ""));
        return x === "" || (column === "eligible" && grants[i].problems.length) ? undefined : new Dec(x);
      };
      for (const direction of ["ascending", "descending"] as const) {
        list.sortBy(column);
        expect(list.sortOf(column)).toBe(direction);
        const shown = list.pageOf(grants, valued, calc).shown;
        expect([...shown].sort((a, b) => a - b)).toEqual(grants.map((_, i) => i));
        const figures = shown.map(figure).filter((x): x is Dec => x !== undefined);
        for (let k = 1; k < figures.length; k++) {
          const c = figures[k - 1].cmp(figures[k]);
          expect(direction === "ascending" ? c <= 0 : c >= 0).toBe(true);
        }
        // The grants left out (no figure) come last.
        const firstMissing = shown.findIndex((i) => figure(i) === undefined);
        if (firstMissing >= 0) expect(shown.slice(firstMissing).every((i) => figure(i) === undefined)).toBe(true);
      }
    },
  );

  test("the grant column sorts ids as people read them (g2 before g10); ties keep the roster's order", () => {
    const g = read("Grant,Grant date,Options,Strike\ng10,2000-01-01,1,1\ng2,2000-01-01,1,1\nG2,2000-01-01,1,1\ng1,2000-01-01,1,1");
    expect([...sortedOrder("grant", "ascending", g, {}, calc)]).toEqual([3, 1, 2, 0]);
    expect([...sortedOrder("grant", "descending", g, {}, calc)]).toEqual([0, 1, 2, 3]);
    expect([...sortedOrder("eligible", "ascending", g, {}, calc)]).toEqual([0, 1, 2, 3]);
  });

  test("a column computed from the inputs is sorted again when they change; the search keeps the sort", () => {
    const list = new GrantList();
    list.sortBy("breakeven");
    const a = list.pageOf(grants, valued, calc).shown;
    const b = list.pageOf(grants, { ...valued, newStrike: 30 }, calc).shown;
    expect(a).not.toEqual(b);
    expect(b).toEqual([...sortedOrder("breakeven", "ascending", grants, { ...valued, newStrike: 30 }, calc)].slice(0, 25));
    list.setQuery("g1");
    const searched = Array.from(list.order(grants, { ...valued, newStrike: 30 }, calc) as ArrayLike<number>);
    const all = [...sortedOrder("breakeven", "ascending", grants, { ...valued, newStrike: 30 }, calc)];
    expect(searched).toEqual(all.filter((i) => /g1/i.test(grants[i].grant) || /g1/i.test(grants[i].holder)));
  });
});

describe("GrantList: pages", () => {
  const grants = read(rosterOf(1000));
  const calc = new GrantCalculator();

  test("page sizes; the first grant shown stays on the page; go to page is kept within the list", () => {
    const list = new GrantList();
    expect(PAGE_SIZES).toEqual([25, 50, 100, 250]);
    list.goTo(9); // grants 201–225
    list.setPageSize(100);
    expect(list.pageOf(grants, {}, calc).info).toBe("Grants 201–300 of 1,000, page 3 of 10");
    list.goTo(99);
    expect(list.pageOf(grants, {}, calc)).toMatchObject({ page: 9, pages: 10, hasNext: false, hasPrevious: true });
    list.goTo(0);
    expect(list.pageOf(grants, {}, calc).page).toBe(0);
    list.setPageSize(33); // not offered: ignored
    expect(list.pageSize).toBe(100);
  });
});

describe("Per-grant values and the grants left out of the totals", () => {
  const grants = read(rosterOf(300, (i) => i % 40 === 3));
  const calc = new GrantCalculator();

  test("each grant's old, new and incremental value is its row of OPTEX_VALUATION; they add up to the totals", () => {
    const inputs: OptionExchangeInputs = { ...valued, expiration: EXPIRATION };
    const terms = optionExchangeTerms([
      { name: "ratio", value: 0.75 },
      { name: "newExercisePrice", value: 4.5 },
      { name: "expirationDate", value: formatIso(EXPIRATION) },
    ]);
    const v = valued.valuation as NonNullable<OptionExchangeInputs["valuation"]>;
    const ok = grants.filter((g) => g.problems.length === 0);
    const reference = valueRoster(terms, { valuationDay: EXPIRATION, spot: v.spot, rate: v.rate, vol: v.vol, divYield: 0 }, ok);
    let k = 0;
    grants.forEach((g, i) => {
      const value = grantValue(g, inputs, calc);
      if (g.problems.length) return expect(value).toBeUndefined();
      const x = reference.rows[k++];
      if ("message" in x) return expect(value).toBeUndefined();
      expect([value?.oldValue, value?.newValue, value?.incremental]).toEqual([x.oldValue, x.newValue, x.incremental]);
      const line = grantLine(g, i, inputs, calc);
      expect(line.incrementalExact).toBe(String(x.incremental));
    });
    const job = totalsJob(grants, inputs, calc);
    let r = job.next();
    while (!r.done) r = job.next();
    const t = r.value as Totals;
    for (const [total, sum] of [
      [t.oldValue, reference.totals.oldValue],
      [t.newValue, reference.totals.newValue],
      [t.incremental, reference.totals.incremental],
    ] as const)
      expect((total as Dec).toNumber()).toBe(sum);
    expect(t.withProblems).toBe(8);
  });

  test("the left-out line counts the grants with problems; a bad row says why", () => {
    const list = new GrantList();
    const p = list.pageOf(grants, valued, calc);
    expect(p.leftOut).toBe("8 grants are left out of the totals: their rows have problems (marked in the table).");
    expect(p.lines[3].problems).toEqual(["options: options are whole numbers, got 1.5"]);
    expect(p.lines[3].oldValue).toBeUndefined();
    expect(list.pageOf(grants.slice(0, 3), valued, calc).leftOut).toBe("Every grant is in the totals.");
    expect(list.pageOf(grants.slice(0, 4), valued, calc).leftOut).toBe("1 grant is left out of the totals: its row has a problem (marked in the table).");
  });

  test("Export CSV: the table as shown (search, sort, every page), the columns' texts and why a grant is left out", () => {
    const list = new GrantList();
    list.setQuery("g1");
    list.sortBy("eligible");
    list.sortBy("eligible"); // descending
    const csv = Papa.parse<string[]>(list.csv(grants, valued, calc), { skipEmptyLines: true }).data;
    const order = Array.from(list.order(grants, valued, calc) as ArrayLike<number>);
    expect(csv[0]).toEqual([
      "Grant",
      "Grant date",
      "Exercise price",
      "Eligible",
      "New options",
      "Old value",
      "New value",
      "Incremental value",
      "Break-even",
      "Left out of the totals because",
    ]);
    expect(csv).toHaveLength(order.length + 1);
    expect(order.length).toBeGreaterThan(25);
    order.forEach((i, k) => {
      const line = grantLine(grants[i], i, valued, calc);
      expect(csv[k + 1]).toEqual([...GRANT_COLUMNS.map((c) => cellText(c, line)), line.problems.join("; ")]);
    });
    expect(csv.find((r) => r[0].startsWith("g123 "))?.[9]).toBe("options: options are whole numbers, got 1.5");
  });
});

describe("Sorting 50,000 grants (the time is checked by npm run bench)", () => {
  test("every column gives a permutation of the roster", () => {
    const grants = read(rosterOf(50_000, (i) => i % 1000 === 1));
    const calc = new GrantCalculator();
    for (const c of GRANT_COLUMNS) {
      const order = sortedOrder(c.id, "descending", grants, valued, calc);
      const seen = new Uint8Array(grants.length);
      for (const i of order) seen[i]++;
      expect(seen.every((x) => x === 1)).toBe(true);
    }
  });
});
