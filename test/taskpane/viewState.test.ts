import { conversionPrice, conversionRate } from "../../src/calc/seriesC/conversionPrice";
import { CONVERSION_KINDS } from "../../src/calc/seriesC/conversion";
import { CAPITAL_TYPES } from "../../src/calc/seriesC/capital";
import { REDEMPTION_TRIGGERS } from "../../src/calc/seriesC/redemption";
import { seriesCTerms } from "../../src/calc/seriesC/terms";
import { dayFromCivil } from "../../src/calc/time/civil";
import { CAPITAL_TYPE_OPTIONS } from "../../src/taskpane/model/capital";
import { formatNumber, formatPerShare } from "../../src/taskpane/model/cells";
import { GRANT_COLUMNS, GrantList } from "../../src/taskpane/model/grantList";
import { GrantCalculator, Totals, totalsJob } from "../../src/taskpane/model/optionExchange";
import { HELP_TOPIC_IDS, PANE_HELP } from "../../src/taskpane/model/paneHelp";
import { gridFromText } from "../../src/taskpane/model/paste";
import { RosterReader } from "../../src/taskpane/model/roster";
import { CONVERSION_KIND_OPTIONS, REDEMPTION_TRIGGER_OPTIONS, defaultSeriesCForm, parseSeriesC, previewSeriesC } from "../../src/taskpane/model/seriesC";
import { defaultState, formRecord, readFormRecord } from "../../src/taskpane/model/state";
import { optionExchangeSummary, seriesCSummary } from "../../src/taskpane/model/summaryLine";
import { HIDEABLE_COLUMNS, SectionMemory, defaultViewState, readViewState } from "../../src/taskpane/model/viewState";

const { renderHelpPage } = require("../../scripts/help-page") as { renderHelpPage(metadata: unknown, version: string, options?: unknown): string };

describe("how the pane is arranged is saved with the inputs", () => {
  test("sections' open state and the grants table's settings read back from the form record", () => {
    const s = defaultState();
    s.view = {
      sections: { "sc-events": false, "ox-charts": false, "sc-results": true },
      grants: { sortColumn: "eligible", sortDirection: "descending", pageSize: 50, hidden: ["oldValue", "breakeven"] },
    };
    s.optionExchange.rate = "5%";
    expect(readFormRecord(formRecord(s), "")).toEqual(s);
  });

  test("a record saved before the pane remembered its layout reads with every section open and the table's defaults", () => {
    const old = JSON.parse(formRecord(defaultState()));
    delete old.view;
    expect(readFormRecord(JSON.stringify(old), "")?.view).toEqual(defaultViewState());
    expect(defaultViewState()).toEqual({ sections: {}, grants: { sortDirection: "ascending", pageSize: 25, hidden: [] } });
  });

  test("a damaged view falls back field by field: unknown columns, page sizes, ids and non-booleans are dropped", () => {
    expect(
      readViewState({
        sections: { "sc-events": false, "bad id!": false, "sc-capital": "no", "ox-grants": true },
        grants: { sortColumn: "salary", sortDirection: "sideways", pageSize: 30, hidden: ["grant", "price", "nope", 3] },
      }),
    ).toEqual({ sections: { "sc-events": false, "ox-grants": true }, grants: { sortDirection: "ascending", pageSize: 25, hidden: ["price"] } });
    expect(readViewState(null)).toEqual(defaultViewState());
    expect(readViewState({ sections: [true], grants: "x" })).toEqual(defaultViewState());
    expect(readFormRecord(JSON.stringify({ view: 7 }), "")?.view).toEqual(defaultViewState());
  });

  test("SectionMemory: every section starts open; only a real change is saved (a restore's own toggle events are not)", () => {
    const m = new SectionMemory();
    expect(m.isOpen("sc-events")).toBe(true);
    expect(m.toggled("sc-events", true)).toBe(false);
    expect(m.toggled("sc-events", false)).toBe(true);
    expect(m.isOpen("sc-events")).toBe(false);
    expect(m.toggled("sc-events", false)).toBe(false);
    expect(m.get()).toEqual({ "sc-events": false });
    m.set({ "ox-charts": false });
    expect([m.isOpen("sc-events"), m.isOpen("ox-charts")]).toEqual([true, false]);
    expect(m.toggled("Not An Id", false)).toBe(false);
  });
});

describe("the grants table's settings (GrantList)", () => {
  const grants = new RosterReader("MDY").read(
    gridFromText("Grant,Grant date,Options,Strike\nA,2000-01-01,100,5\nB,2000-02-01,300,4\nC,2000-03-01,200,6"),
  ).grants;
  const calc = new GrantCalculator();

  test("settings() and applySettings() carry the sort, the page size and the hidden columns", () => {
    const list = new GrantList();
    list.sortBy("eligible");
    list.sortBy("eligible");
    list.setPageSize(100);
    list.setShown("oldValue", false);
    list.setShown("grant", false); // the first column is always shown
    const saved = list.settings();
    expect(saved).toEqual({ sortColumn: "eligible", sortDirection: "descending", pageSize: 100, hidden: ["oldValue"] });
    const back = new GrantList();
    back.next();
    back.applySettings(saved);
    expect(back.settings()).toEqual(saved);
    expect(back.page).toBe(0);
    expect(back.pageOf(grants, { ratio: 0.75 }, calc).lines.map((l) => l.label)).toEqual(["B", "C", "A"]);
    expect(back.columns().map((c) => c.id)).toEqual(GRANT_COLUMNS.map((c) => c.id).filter((id) => id !== "oldValue"));
  });

  test("the CSV holds the columns shown", () => {
    const list = new GrantList();
    for (const c of HIDEABLE_COLUMNS) if (c !== "eligible") list.setShown(c, false);
    expect(list.csv(grants, { ratio: 0.75 }, calc).split("\r\n")).toEqual(["Grant,Eligible,Left out of the totals because", "A,100,", "B,300,", "C,200,"]);
  });
});

describe("the key results line", () => {
  test("Series C: the conversion price, rate and liquidation amount as the results show them (Cert §5(c), §4(a))", () => {
    const preview = previewSeriesC(parseSeriesC(defaultSeriesCForm(), "MDY"));
    const items = seriesCSummary(preview);
    const t = seriesCTerms();
    const day = dayFromCivil(2001, 6, 30);
    expect(items.map((i) => [i.id, i.label])).toEqual([
      ["sc-sum-convprice", "Conversion price"],
      ["sc-sum-convrate", "Conversion rate"],
      ["sc-sum-liquidation", "Liquidation / share"],
    ]);
    expect(items[0].value).toBe(formatPerShare(conversionPrice(t, [], day)));
    expect(items[1].value).toBe(formatNumber(conversionRate(t, [], day), 6));
    expect(items[2].value).toBe(preview.lines.find((l) => l.id === "liquidation")?.text);
    // Without a valid as-of date: no figure, and why.
    const bad = seriesCSummary(previewSeriesC(parseSeriesC({ ...defaultSeriesCForm(), asOf: "soon" }, "MDY")));
    expect(bad[0]).toEqual({ id: "sc-sum-convprice", label: "Conversion price", value: "—", why: "Needs a valid value for the as-of date." });
  });

  test("Option exchange: grants counted, new options and incremental value; what is missing says why", () => {
    expect(optionExchangeSummary(undefined).map((i) => i.value)).toEqual(["—", "—", "—"]);
    const grants = new RosterReader("MDY").read(
      gridFromText("Grant,Grant date,Options,Strike\nA,2000-01-01,100,5\nB,2000-02-01,1.5,4\nC,2000-03-01,201,6"),
    ).grants;
    const job = totalsJob(grants, { ratio: 0.75 }, new GrantCalculator());
    let r = job.next();
    while (!r.done) r = job.next();
    const t = r.value as Totals;
    const items = optionExchangeSummary(t);
    expect(items.map((i) => i.value)).toEqual(["2", "225", "—"]); // floor(75) + floor(150.75) (Offer §1); B left out
    expect(items[2].why).toBe("Fill in the stock price, rate and volatility under Exchange value.");
  });
});

describe("drop-downs spell out their options, from the vocabularies' words", () => {
  test("conversion kinds, redemption triggers and capital types: every word, its meaning and clause", () => {
    expect(CONVERSION_KIND_OPTIONS.map((o) => o.value)).toEqual([...CONVERSION_KINDS]);
    expect(REDEMPTION_TRIGGER_OPTIONS.map((o) => o.value)).toEqual([...REDEMPTION_TRIGGERS]);
    expect(CAPITAL_TYPE_OPTIONS.map((o) => o.value)).toEqual([...CAPITAL_TYPES]);
    expect(REDEMPTION_TRIGGER_OPTIONS[0].label).toBe("6A — holders' election after the sixth anniversary (Cert §6(a))");
    expect(CONVERSION_KIND_OPTIONS.find((o) => o.value === "THRESHOLD")?.label).toBe(
      "THRESHOLD — Optional Conversion within 60 days of the Market Threshold (Cert §5(e)(A))",
    );
    for (const o of [...CONVERSION_KIND_OPTIONS, ...REDEMPTION_TRIGGER_OPTIONS, ...CAPITAL_TYPE_OPTIONS])
      expect(o.label).toMatch(new RegExp(`^${o.value} — \\S`));
  });
});

describe("the pane's help topics", () => {
  test("every topic is an anchor of the help page, listed in its contents", () => {
    const page = renderHelpPage({ functions: [] }, "1.0.0", { reference: { groups: [], failures: [] } });
    for (const id of HELP_TOPIC_IDS) {
      expect(page).toContain(`<section id="${id}">`);
      expect(page).toContain(`<a href="#${id}">${PANE_HELP[id].title}</a>`);
    }
  });
});
