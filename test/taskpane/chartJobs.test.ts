import { Dec } from "../../src/calc/core/decimal";
import { optionExchangeTerms } from "../../src/calc/optionExchange/terms";
import { checkCapital } from "../../src/calc/seriesC/capital";
import { dayFromCivil } from "../../src/calc/time/civil";
import { dividendsChart } from "../../src/taskpane/charts/model/dividends";
import { payoffChart } from "../../src/taskpane/charts/model/payoff";
import { runSteps } from "../../src/taskpane/charts/model/steps";
import { ChartData, ChartResult, chartKey, isProblem } from "../../src/taskpane/charts/model/types";
import { vestingChart } from "../../src/taskpane/charts/model/vesting";
import { waterfallChart, waterfallChartSteps } from "../../src/taskpane/charts/model/waterfall";
import { exampleCapital } from "../../src/taskpane/model/capital";
import { ChartJob, isReady, needsMessage } from "../../src/taskpane/model/chartJobs";
import { GrantCalculator, OptionExchangeForm, defaultOptionExchangeForm, readOptionExchangeInputs } from "../../src/taskpane/model/optionExchange";
import { addVesting, firstChartable, optionExchangeCharts, rosterVestingSteps } from "../../src/taskpane/model/optionExchangeCharts";
import { gridFromText } from "../../src/taskpane/model/paste";
import { RosterReader } from "../../src/taskpane/model/roster";
import { SeriesCForm, defaultSeriesCForm, parseSeriesC } from "../../src/taskpane/model/seriesC";
import { seriesCCharts } from "../../src/taskpane/model/seriesCCharts";

const scJobs = (form: SeriesCForm) => seriesCCharts(parseSeriesC(form, "MDY"), form);
const chartOf = (job: ChartJob): ChartResult => (isReady(job.chart) ? job.chart : runSteps(job.chart()));
const problemOf = (job: ChartJob): string => {
  const c = chartOf(job);
  if (!isProblem(c)) throw new Error(`expected a problem, got the chart ${c.id}`);
  return c.problem;
};
const D = dayFromCivil;

describe("Series C figures: computed from the same parsed inputs, only when their inputs change", () => {
  const base = { ...defaultSeriesCForm(), capital: exampleCapital() }; // as of 2001-06-30, FMV $10, no events or payments
  const jobs = scJobs(base);
  const t = parseSeriesC(base, "MDY").terms;

  test("the payoff and dividends charts are the chart models' for the form's values (the entered FMV marked)", () => {
    const payoff = chartOf(jobs.payoff) as ChartData;
    expect(chartKey(payoff)).toBe(chartKey(payoffChart({ terms: t, day: D(2001, 6, 30), events: [], payments: [], commonValue: new Dec(10) })));
    expect(payoff.marks.map((m) => m.label)).toContain("entered $10.00");
    expect(chartKey(chartOf(jobs.dividends))).toBe(chartKey(dividendsChart({ terms: t, asOf: D(2001, 6, 30), payments: [] })));
  });

  test("a keystroke in a field a chart does not use keeps its key (nothing recomputed); one it uses changes it", () => {
    const after = (change: Partial<SeriesCForm>) => scJobs({ ...base, ...change });
    const same = (a: Record<string, ChartJob>, b: Record<string, ChartJob>) => Object.keys(a).filter((k) => a[k].key === b[k].key);
    expect(same(jobs, after({ shares: "2,000", kind: "MANDATORY", trigger: "3D", noticeDate: "2002-01-01" }))).toEqual(["payoff", "dividends", "waterfall"]);
    expect(same(jobs, after({ fmv: "$10.00" }))).toEqual(["payoff", "dividends", "waterfall"]); // the same value typed otherwise
    expect(same(jobs, after({ fmv: "12" }))).toEqual(["dividends", "waterfall"]);
    expect(same(jobs, after({ asOf: "2001-07-01" }))).toEqual([]);
    expect(same(jobs, after({ payments: [{ id: "1", date: "2000-12-31", amount: "2.80" }] }))).toEqual([]);
    expect(same(jobs, after({ events: [{ id: "1", date: "2000-08-29", type: "SPLIT", a: "3/2", b: "", c: "", d: "", target: "" }] }))).toEqual(["dividends"]);
    // an event still being typed is left out of the numbers and of the charts alike
    expect(same(jobs, after({ events: [{ id: "1", date: "2000-08-", type: "SPLIT", a: "3/2", b: "", c: "", d: "", target: "" }] }))).toEqual([
      "payoff",
      "dividends",
      "waterfall",
    ]);
  });

  test("while an input a chart needs is empty or invalid, the figure says which one, in its visible label", () => {
    expect(problemOf(scJobs({ ...base, asOf: "2001-13-01" }).payoff)).toBe("Fix the as-of / event date above to draw the payoff chart.");
    expect(problemOf(scJobs({ ...base, fmv: "" }).payoff)).toBe("Enter the common stock fair market value per share above to draw the payoff chart.");
    expect(problemOf(scJobs({ ...base, asOf: "x", fmv: "" }).payoff)).toBe(
      "Fix the as-of / event date and the common stock fair market value per share above to draw the payoff chart.",
    );
    expect(problemOf(scJobs({ ...base, asOf: "1999-01-01" }).dividends)).toBe("Fix the as-of / event date above to draw the dividends chart.");
    expect(needsMessage([], "x")).toBeUndefined();
  });

  test("the exit waterfall: needs a capital table; a row with a problem holds it; the calc's own answer is shown", () => {
    expect(problemOf(scJobs(defaultSeriesCForm()).waterfall)).toBe(
      "Add the classes that share in an exit under Capital below (or use the example there) to draw the exit waterfall.",
    );
    const capital = exampleCapital();
    const withRows = (rows = capital, exitMax = "") => scJobs({ ...base, capital: rows, exitMax }).waterfall;
    const bad = capital.map((r) => ({ ...r }));
    bad[1].quantity = "-1";
    bad[3].name = "";
    expect(problemOf(withRows(bad))).toBe("Fix capital row 2 and capital row 4 below to draw the exit waterfall.");
    expect(problemOf(withRows(capital, "-5"))).toBe("Fix the largest exit value on the chart below to draw the exit waterfall.");
    const noCommon = capital.filter((r) => r.type !== "COMMON");
    expect(problemOf(withRows(noCommon))).toMatch(
      /^Capital: [\d.]+ would be left after the preferred classes, and no COMMON row with shares receives it \(Cert §4\(c\)\)$/,
    );
    // the chart is the model's, over the range given
    const rows = checkCapital(
      capital.map((r, i) => ({
        row: i + 1,
        name: r.name,
        type: r.type,
        quantity: Number(r.quantity.replace(/,/g, "")),
        a: r.a ? Number(r.a) : undefined,
        b: r.b ? Number(r.b) : undefined,
        c: r.c ? Number(r.c) : undefined,
      })),
    );
    const chart = chartOf(withRows(capital, "$600,000,000")) as ChartData;
    expect(chartKey(chart)).toBe(
      chartKey(waterfallChart({ terms: t, day: D(2001, 6, 30), capital: rows, events: [], payments: [], maxProceeds: new Dec(600e6) })),
    );
    expect(chart.xs[chart.xs.length - 1].toNumber()).toBe(600e6);
    // a blank row (just added) does not hold the chart
    expect(withRows([...capital, { id: "9", name: "", type: "COMMON", quantity: "", a: "", b: "", c: "" }]).key).toBe(withRows().key);
  });

  test("the waterfall is computed a step per exit value (the pane spreads the steps over tasks)", () => {
    const rows = checkCapital(
      exampleCapital().map((r, i) => ({
        row: i + 1,
        name: r.name,
        type: r.type,
        quantity: Number(r.quantity.replace(/,/g, "")),
        a: r.a ? Number(r.a) : undefined,
      })),
    );
    const steps = waterfallChartSteps({ terms: t, day: D(2001, 12, 31), capital: rows, events: [], payments: [] });
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    expect(yields).toBe(r.value.xs.length + 2);
  });
});

describe("Option exchange figures", () => {
  const reader = new RosterReader("MDY");
  const t = optionExchangeTerms();
  const calc = new GrantCalculator();
  const form = (over: Partial<OptionExchangeForm> = {}): OptionExchangeForm => ({ ...defaultOptionExchangeForm(), newStrike: "4.50", ...over });
  const ROSTER = "Grant,Grant date,Options,Exercise price\nA,2000-01-03,abc,10\nB,2000-01-03,1000,25\nC,2000-02-01,1525,12.50";
  const roster = reader.read(gridFromText(ROSTER));
  const inputs = (f: OptionExchangeForm, grant = firstChartable(roster.grants), version = 1) => ({
    reading: readOptionExchangeInputs(f, "MDY"),
    form: f,
    roster,
    rosterVersion: version,
    grant,
    calc,
  });

  test("the grant the charts show at first is the first one without problems", () => {
    expect(roster.grants[0].problems.length).toBeGreaterThan(0);
    expect(firstChartable(roster.grants)).toBe(1);
  });

  test("exercise and vesting of the chosen grant; the roster's vesting counts the grants without problems", () => {
    const jobs = optionExchangeCharts(inputs(form()));
    const exercise = chartOf(jobs.exercise) as ChartData;
    expect(exercise.title).toBe("Value at exercise: one eligible option of grant B vs 0.75 new options");
    expect(exercise.marks.map((m) => m.label)).toEqual(["break-even $86.50"]); // (25 − 0.75 × 4.50) / 0.25
    const grant = chartOf(jobs.grantVesting) as ChartData;
    expect(chartKey(grant)).toBe(chartKey(vestingChart(t, [{ newShares: new Dec(750), grantDay: t.expirationDate }], { grant: "B" })));
    const all = chartOf(jobs.rosterVesting) as ChartData;
    expect(chartKey(all)).toBe(
      chartKey(
        vestingChart(
          t,
          [750, 1143].map((n) => ({ newShares: new Dec(n), grantDay: t.expirationDate })),
        ),
      ),
    );
  });

  test("keys: the vesting charts do not depend on the new exercise price; the roster's follows each reading of the roster", () => {
    const a = optionExchangeCharts(inputs(form()));
    const b = optionExchangeCharts(inputs(form({ newStrike: "5" })));
    expect([a.rosterVesting.key === b.rosterVesting.key, a.grantVesting.key === b.grantVesting.key, a.exercise.key === b.exercise.key]).toEqual([
      true,
      true,
      false,
    ]);
    expect(optionExchangeCharts(inputs(form(), 1, 2)).rosterVesting.key).not.toBe(a.rosterVesting.key);
    expect(optionExchangeCharts(inputs(form(), 2)).grantVesting.key).not.toBe(a.grantVesting.key);
  });

  test("the Stock price field marks today's price on the value-at-exercise chart; only that chart's key follows it", () => {
    const a = optionExchangeCharts(inputs(form()));
    const b = optionExchangeCharts(inputs(form({ spot: "$30" })));
    expect((chartOf(b.exercise) as ChartData).marks.map((m) => m.label)).toEqual(["break-even $86.50", "stock price $30.00"]);
    expect([a.exercise.key === b.exercise.key, a.rosterVesting.key === b.rosterVesting.key, a.grantVesting.key === b.grantVesting.key]).toEqual([
      false,
      true,
      true,
    ]);
    // A stock price that is not one (0, text) marks nothing; the field says why.
    for (const spot of ["0", "abc"]) expect((chartOf(optionExchangeCharts(inputs(form({ spot }))).exercise) as ChartData).marks).toHaveLength(1);
  });

  test("what the figures say while something is missing", () => {
    const none = { reading: readOptionExchangeInputs(form(), "MDY"), form: form(), roster: { grants: [] }, rosterVersion: 0, grant: -1, calc };
    expect(problemOf(optionExchangeCharts(none).exercise)).toBe("Paste a roster above to draw this chart.");
    expect(problemOf(optionExchangeCharts(inputs(form({ newStrike: "" }))).exercise)).toBe(
      "Enter the exercise price of the new options above to draw this chart.",
    );
    expect(problemOf(optionExchangeCharts(inputs(form({ ratio: "2" }))).rosterVesting)).toBe("Fix the exchange ratio above to draw the vesting chart.");
    expect(problemOf(optionExchangeCharts(inputs(form({ expiration: "" }))).grantVesting)).toBe("Enter the expiration date above to draw the vesting chart.");
  });

  test("5,000 grants: the roster's vesting summed a slice at a time equals the whole roster's, exactly", () => {
    const lines = ["Grant,Grant date,Options,Exercise price"];
    for (let i = 0; i < 5000; i++) lines.push(`G${i},2000-01-03,${i % 97 === 0 ? "x" : 100 + ((i * 37) % 4000)},${5 + (i % 60)}`);
    const big = new RosterReader("MDY").read(gridFromText(lines.join("\n")));
    const good = big.grants.filter((g) => g.problems.length === 0);
    expect(good.length).toBe(5000 - 52);
    const whole = vestingChart(
      t,
      good.map((g) => ({ newShares: new Dec(Math.floor((g.options as number) * 0.75)), grantDay: t.expirationDate })),
    );
    const steps = rosterVestingSteps(t, big.grants, 0.75, t.expirationDate, calc, 700);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    expect(yields).toBe(1 + Math.ceil(5000 / 700));
    expect(chartKey(r.value)).toBe(chartKey(whole));
  });

  test("schedules added per vest date (addVesting): shares summed, cumulative recomputed", () => {
    const x = [
      { day: 10, shares: new Dec(3), cumulative: new Dec(3) },
      { day: 20, shares: new Dec(4), cumulative: new Dec(7) },
    ];
    const y = [
      { day: 15, shares: new Dec(1), cumulative: new Dec(1) },
      { day: 20, shares: new Dec(2), cumulative: new Dec(3) },
    ];
    expect(addVesting(x, y).map((r) => [r.day, r.shares.toNumber(), r.cumulative.toNumber()])).toEqual([
      [10, 3, 3],
      [15, 1, 4],
      [20, 6, 10],
    ]);
  });
});
