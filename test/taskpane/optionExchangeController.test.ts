import { GrantList, PAGE_SIZE } from "../../src/taskpane/model/grantList";
import { GrantCalculator, Totals, totalsJob } from "../../src/taskpane/model/optionExchange";
import { OptionExchangeController, OptionExchangeListener } from "../../src/taskpane/model/optionExchangeController";
import { gridFromText } from "../../src/taskpane/model/paste";
import { RosterReader } from "../../src/taskpane/model/roster";
import { LARGE_ROSTER_CHARS, RosterController, RosterListener, RosterPorts } from "../../src/taskpane/model/rosterController";
import { TotalsController, totalLines } from "../../src/taskpane/model/totalsController";

const ROSTER = "Grant,Grant date,Options outstanding,Exercise price\na,2000-01-01,1000,10\nb,2000-01-01,1525,10\nc,2000-01-01,525,10";

function rosterOf(n: number, bad: (i: number) => boolean = () => false): string {
  const rows = ["Grant,Grant date,Options outstanding,Exercise price"];
  for (let i = 0; i < n; i++) rows.push(`g${i},2000-01-01,${bad(i) ? "1.5" : 1000 + i},${10 + (i % 7)}`);
  return rows.join("\n");
}

/** A listener that counts the calls it gets. */
function recorder(): RosterListener & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    progress: () => calls.push("progress"),
    text: (u) => calls.push(`text:${u}`),
    started: () => calls.push("started"),
    read: () => calls.push("read"),
    edited: () => calls.push("edited"),
  };
}

function ports(answers: { confirm?: boolean; selection?: unknown[][] | Error } = {}): RosterPorts & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    confirm: async (title, _text, ok = "Replace") => {
      asked.push(`${title}|${ok}`);
      return answers.confirm ?? true;
    },
    readSelection: async () => {
      if (answers.selection instanceof Error) throw answers.selection;
      return answers.selection ?? [];
    },
    idle: () => undefined,
  };
}

describe("RosterController: the roster's text, read into grants without a DOM", () => {
  test("a typed roster is read at once, counted as an edit, and its version changes", () => {
    const l = recorder();
    const r = new RosterController("MDY", ports(), l);
    r.typed(ROSTER);
    expect(r.roster.grants.map((g) => g.options)).toEqual([1000, 1525, 525]);
    expect(r.busy).toBe(false);
    expect(r.version).toBe(1);
    expect(l.calls).toEqual(["text:false", "started", "progress", "read", "edited"]);
  });

  test("restoring saved inputs reads the roster without counting an edit or asking", () => {
    const l = recorder();
    const p = ports();
    const r = new RosterController("MDY", p, l);
    r.typed("x");
    r.restore(ROSTER);
    expect(r.roster.grants).toHaveLength(3);
    expect(p.asked).toEqual([]);
    expect(l.calls.filter((c) => c === "edited")).toHaveLength(1);
  });

  test(`a text longer than ${LARGE_ROSTER_CHARS.toLocaleString("en-US")} characters is kept out of the box, summarised by its rows, until Edit as text`, () => {
    const r = new RosterController("MDY", ports(), recorder());
    const text = rosterOf(1000);
    expect(text.length).toBeGreaterThan(LARGE_ROSTER_CHARS);
    r.restore(text);
    expect(r.isLarge()).toBe(true);
    expect(r.boxText()).toBe("");
    expect(r.largeSummary()).toMatch(/^The roster holds 1,001 rows of pasted text \(\d+ KB\), too many to show here\./);
    r.editAsText();
    expect(r.isLarge()).toBe(false);
    expect(r.boxText()).toBe(text);
  });

  test("a long paste into a short roster is spliced in where the selection was; a short one is left to the browser", () => {
    const r = new RosterController("MDY", ports(), recorder());
    r.typed("Grant,Grant date,Options outstanding,Exercise price\n");
    expect(r.pasted("a,2000-01-01,1000,10", { value: r.text, selectionStart: r.text.length, selectionEnd: r.text.length })).toBe("browser");
    const rows = rosterOf(1000).split("\n").slice(1).join("\n");
    expect(r.pasted(rows, { value: r.text, selectionStart: r.text.length, selectionEnd: r.text.length })).toBe("spliced");
    expect(r.roster.grants).toHaveLength(1000);
    expect(r.isLarge()).toBe(true);
  });

  test("replacing a roster asks first; no leaves it as it was", async () => {
    const p = ports({ confirm: false });
    const r = new RosterController("MDY", p, recorder());
    r.typed(ROSTER);
    expect(await r.replace("a,b\n1,2", "The selected range")).toBe(false);
    expect(p.asked).toEqual(["Replace the roster?|Replace"]);
    expect(r.roster.grants).toHaveLength(3);
  });

  test("Clear the roster asks with a Clear button; no leaves it as it was", async () => {
    const p = ports({ confirm: false });
    const r = new RosterController("MDY", p, recorder());
    r.typed(ROSTER);
    await r.clear();
    expect(p.asked).toEqual(["Clear the roster?|Clear"]);
    expect(r.roster.grants).toHaveLength(3);
  });

  test("the selected range: used when it holds grants, with the count said; left alone when it holds none or has a problem", async () => {
    const good = new RosterController(
      "MDY",
      ports({
        selection: [
          ["Grant", "Grant date", "Options outstanding", "Exercise price"],
          ["a", 36526, 1000, 10],
          ["b", 36526, 2000, 12],
        ],
      }),
      recorder(),
    );
    await good.useSelection();
    expect(good.status).toBe("Read 2 grants from the selected range.");
    expect(good.roster.grants.map((g) => g.options)).toEqual([1000, 2000]);

    const none = new RosterController("MDY", ports({ selection: [["Grant", "Grant date", "Options outstanding", "Exercise price"]] }), recorder());
    none.typed(ROSTER);
    await none.useSelection();
    expect(none.status).toBe("The selected range holds no grants; the roster was left as it was.");
    expect(none.roster.grants).toHaveLength(3);

    const failing = new RosterController("MDY", ports({ selection: new Error("The range is too large") }), recorder());
    await failing.useSelection();
    expect(failing.status).toBe("Could not read the selection: The range is too large");
  });

  test("a very long text is read in slices, with progress, and gives the same grants as a read at once", async () => {
    const text = rosterOf(16_000);
    expect(text.length).toBeGreaterThan(400_000);
    const l = recorder();
    const r = new RosterController("MDY", ports(), l);
    const read = new Promise<void>((resolve) => {
      l.read = () => resolve();
    });
    r.restore(text);
    expect(r.busy).toBe(true);
    expect(r.status).toMatch(/^Reading the roster/);
    await read;
    expect(r.busy).toBe(false);
    expect(r.status).toBe("Read 16,000 grants.");
    expect(r.roster.grants).toEqual(new RosterReader("MDY").read(gridFromText(text)).grants);
  });

  test("a newer text cancels the reading of an older one", async () => {
    const l = recorder();
    const r = new RosterController("MDY", ports(), l);
    let reads = 0;
    const read = new Promise<void>((resolve) => {
      l.read = () => {
        reads++;
        resolve();
      };
    });
    r.restore(rosterOf(16_000));
    r.restore(rosterOf(16_001));
    await read;
    expect(reads).toBe(1);
    expect(r.roster.grants).toHaveLength(16_001);
  });
});

describe("TotalsController: the roster's totals, again only when the inputs they depend on change", () => {
  const grants = new RosterReader("MDY").read(gridFromText(ROSTER)).grants;

  test("the totals are totalsJob's; a change of the expiration date does not start them again, one of the ratio does", async () => {
    const calc = new GrantCalculator();
    const done: Totals[] = [];
    let started = 0;
    const t = new TotalsController(calc, { started: () => started++, progress: () => undefined, done: (x) => done.push(x) });
    t.start(grants, { ratio: 0.75 });
    expect(done).toHaveLength(1); // three grants: within the first slice
    const job = totalsJob(grants, { ratio: 0.75 }, calc);
    let r = job.next();
    while (!r.done) r = job.next();
    expect(done[0]).toEqual(r.value);
    expect(t.inputsChanged(grants, { ratio: 0.75, expiration: 37000 })).toBe(false);
    expect(t.inputsChanged(grants, { ratio: 0.5 })).toBe(true);
    expect(started).toBe(2);
    expect(totalLines(t.totals as Totals).map((x) => [x.id, x.value])).toEqual([
      ["ox-total-grants", "3"],
      ["ox-total-eligible", "3,050"],
      ["ox-total", "1,524"], // the ratio 0.5: 500 + 762 + 262
    ]);
  });

  test("without a valid ratio the new options say so", () => {
    const t = new TotalsController(new GrantCalculator(), { started: () => undefined, progress: () => undefined, done: () => undefined });
    t.start(grants, {});
    expect(totalLines(t.totals as Totals).find((x) => x.id === "ox-total")).toEqual({
      id: "ox-total",
      label: "New options",
      value: "Needs a valid exchange ratio",
    });
  });
});

describe("GrantList: a page of grants at a time", () => {
  const grants = new RosterReader("MDY").read(gridFromText(rosterOf(60, (i) => i % 20 === 3))).grants;
  const calc = new GrantCalculator();

  test(`${PAGE_SIZE} grants per page; Next and Previous stay within the list`, () => {
    const list = new GrantList();
    let p = list.pageOf(grants, { ratio: 0.75 }, calc);
    expect([p.info, p.hasPrevious, p.hasNext, p.shown.length]).toEqual(["Grants 1–25 of 60, page 1 of 3", false, true, 25]);
    expect(p.problems).toEqual([expect.stringMatching(/^Row 5 \(g3\): /), expect.stringMatching(/^Row 25 \(g23\): /)]);
    list.next();
    list.next();
    list.next();
    p = list.pageOf(grants, { ratio: 0.75 }, calc);
    expect([p.info, p.hasPrevious, p.hasNext, p.shown[0]]).toEqual(["Grants 51–60 of 60, page 3 of 3", true, false, 50]);
    expect(list.page).toBe(2);
  });

  test("only the grants with problems, from the first page; a new roster closes every grant's details", () => {
    const list = new GrantList();
    list.next();
    list.open.add(4);
    list.setOnlyProblems(true);
    const p = list.pageOf(grants, { ratio: 0.75 }, calc);
    expect([p.info, p.shown]).toEqual(["Grants 1–3 of 3 with problems, page 1 of 1", [3, 23, 43]]);
    list.reset();
    expect([list.page, list.open.size]).toEqual([0, 0]);
  });
});

describe("OptionExchangeController: the tab's state and orchestration without a DOM", () => {
  function controller(): { c: OptionExchangeController; said: string[] } {
    const said: string[] = [];
    const l: OptionExchangeListener = {
      rosterProgress: () => said.push("rosterProgress"),
      rosterText: () => said.push("rosterText"),
      render: () => said.push("render"),
      figures: () => said.push("figures"),
      totalsStarted: () => said.push("totalsStarted"),
      totalsProgress: () => said.push("totalsProgress"),
      totalsDone: () => said.push("totalsDone"),
      edited: () => said.push("edited"),
    };
    return { c: new OptionExchangeController("MDY", ports(), l), said };
  }

  test("a new roster: the problems and the page, then the totals, then the charts (the numbers first)", () => {
    const { c, said } = controller();
    c.setState({ roster: ROSTER, newStrike: "4.5", expiration: "2001-09-27", ratio: "0.75", spot: "", rate: "", vol: "", oldYears: "" });
    expect(said).toEqual(["rosterText", "rosterProgress", "render", "totalsStarted", "totalsDone", "figures"]);
    expect(c.totals.totals?.newOptions?.toString()).toBe("2286");
    expect(c.chartGrant).toBe(0);
    expect(c.busy()).toBe(false);
  });

  test("a field typed is read, drawn, saved; the totals start again only for the inputs they depend on", () => {
    const { c, said } = controller();
    c.setState({ roster: ROSTER, newStrike: "4.5", expiration: "2001-09-27", ratio: "0.75", spot: "", rate: "", vol: "", oldYears: "" });
    said.length = 0;
    c.setField("expiration", "2001-09-28");
    expect(said).toEqual(["render", "figures", "edited"]);
    said.length = 0;
    c.setField("ratio", "1/2");
    expect(said).toEqual(["render", "totalsStarted", "totalsDone", "figures", "edited"]);
    expect(c.totals.totals?.newOptions?.toString()).toBe("1524"); // 500 + 762 + 262
  });

  test("the roster's message and whether Insert may write", () => {
    const { c } = controller();
    c.setState({ roster: "", newStrike: "4.5", expiration: "2001-09-27", ratio: "0.75", spot: "", rate: "", vol: "", oldYears: "" });
    expect(c.rosterError(false)).toBeUndefined();
    expect(c.rosterError(true)).toBe("Grant roster: paste a roster or use the selected range");
    expect(c.problems(true).map((p) => p.message)).toEqual(["Grant roster: paste a roster or use the selected range; there are no grants to write"]);
    expect(c.insertRefusal(1)).toBe("Nothing written: fix the problem listed at the top of this tab first.");
    c.roster.typed(rosterOf(3, (i) => i > 0));
    expect(c.rosterError(false)).toBe(
      "2 grants have problems: Row 3 (g1): options: options are whole numbers, got 1.5 (tick “Only grants with problems” to see them all)",
    );
    expect(c.insertRefusal(0)).toBeUndefined();
    expect(c.modelInput().input.roster).toHaveLength(3);
  });
});
