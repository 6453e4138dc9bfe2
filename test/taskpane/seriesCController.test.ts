import { RowList, RowListListener, RowListPorts, nextId } from "../../src/taskpane/model/rowList";
import { EXAMPLE_CAPITAL_NOTE, SeriesCController } from "../../src/taskpane/model/seriesCController";
import { CAPITAL_LIST, EVENT_LIST, MAX_EVENTS, PAYMENT_LIST } from "../../src/taskpane/model/seriesCRows";
import { EventRow, defaultSeriesCForm } from "../../src/taskpane/model/seriesC";

function ports(answers: { confirm?: boolean; selection?: unknown[][] } = {}): RowListPorts & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    confirm: async (title, text) => {
      asked.push(`${title} ${text}`);
      return answers.confirm ?? true;
    },
    readSelection: async () => answers.selection ?? [],
  };
}

/** The listener's calls, in order. */
function listen<R extends { id: string }>(list: RowList<R>): string[] {
  const calls: string[] = [];
  const l: RowListListener = {
    rows: (focus) => calls.push(`rows:${focus}`),
    status: () => calls.push(`status:${list.status}`),
    forget: (prefix) => calls.push(`forget:${prefix}`),
  };
  list.listener = l;
  return calls;
}

describe("RowList: the one list of rows behind events, payments and capital", () => {
  test("add gives the next unused id and focuses the new row's first field; remove focuses the row now in its place, then Add", () => {
    const c = new SeriesCController("MDY", ports());
    const calls = listen(c.payments);
    c.payments.add();
    c.payments.add();
    expect(c.form.payments.map((r) => r.id)).toEqual(["1", "2"]);
    c.payments.remove(c.form.payments[0]);
    c.payments.remove(c.form.payments[0]);
    expect(calls).toEqual(["rows:sc-pay1-date", "rows:sc-pay2-date", "forget:sc-pay1-", "rows:sc-pay2-date", "forget:sc-pay2-", "rows:sc-add-payment"]);
    expect(nextId([{ id: "7" }, { id: "x" }])).toBe("8");
  });

  test("each list's card: its fields from the list's table of columns, labelled, with ids by row identity", () => {
    const c = new SeriesCController("MDY", ports());
    c.events.add();
    const row = c.form.events[0];
    row.type = "ISSUE";
    const card = EVENT_LIST.card(row, 0, c.form.events);
    expect([card.id, card.legend, card.removeText]).toEqual(["sc-ev1", "Event 1", "Remove event 1"]);
    expect(card.head.map((f) => [f.id, f.label, !!f.restructures])).toEqual([
      ["sc-ev1-date", "Date", false],
      ["sc-ev1-type", "Type", true],
    ]);
    expect(card.fields.map((f) => f.label)).toEqual([
      "Shares issued",
      "Total consideration",
      "Common outstanding before (deemed)",
      "Fair market value per share (optional)",
    ]);
    card.fields[1].set("$1,000");
    expect(row.b).toBe("$1,000");
    expect(PAYMENT_LIST.card({ id: "4", date: "", amount: "" }, 2, []).head.map((f) => f.id)).toEqual(["sc-pay4-date", "sc-pay4-amount"]);
    const capital = CAPITAL_LIST.card({ id: "2", name: "", type: "OPTION", quantity: "", a: "", b: "", c: "" }, 1, []);
    expect([capital.legend, capital.note?.id, capital.fields.map((f) => f.label)]).toEqual([
      "Capital row 2",
      "sc-cap2-note",
      ["Shares under the options", "Exercise price per share"],
    ]);
  });

  test("an EXPIRE row offers the RIGHTS and PLANOPTION events by identity, and says when its event was removed", () => {
    const rows: EventRow[] = [
      { id: "1", date: "2001-01-02", type: "RIGHTS", a: "", b: "", c: "", d: "", target: "" },
      { id: "2", date: "", type: "SPLIT", a: "", b: "", c: "", d: "", target: "" },
      { id: "3", date: "", type: "EXPIRE", a: "", b: "", c: "", d: "", target: "9" },
    ];
    const target = EVENT_LIST.card(rows[2], 2, rows).fields[0];
    expect(target.options).toEqual([
      { value: "", label: "Choose the expired event" },
      { value: "1", label: "Event 1: RIGHTS 2001-01-02" },
      { value: "9", label: "(the event it referred to was removed)" },
    ]);
  });

  test("replacing rows asks first, saying how many there are; no leaves them", async () => {
    const p = ports({ confirm: false });
    const c = new SeriesCController("MDY", p);
    const calls = listen(c.capital);
    c.capital.add();
    await c.capital.clear();
    expect(p.asked).toEqual(["Replace the capital table? The table holds 1 class. Removing all replaces it."]);
    expect(c.form.capital).toHaveLength(1);
    expect(calls).toEqual(["rows:sc-cap1-name"]);
    await c.useExampleCapital();
    expect(c.capital.status).toBe("The capital table was left as it was.");
  });

  test("the example capital, then Remove all", async () => {
    const c = new SeriesCController("MDY", ports());
    const calls = listen(c.capital);
    await c.useExampleCapital();
    expect(c.capital.status).toBe(EXAMPLE_CAPITAL_NOTE);
    expect(c.form.capital.map((r) => r.type)).toEqual(["SENIOR", "SERIESC", "PARITY", "COMMON", "OPTION"]);
    await c.capital.clear();
    expect(c.form.capital).toEqual([]);
    expect(calls).toEqual([
      "forget:sc-cap",
      "rows:sc-cap1-name",
      `status:${EXAMPLE_CAPITAL_NOTE}`,
      "forget:sc-cap",
      "rows:sc-add-capital",
      "status:All classes were removed.",
    ]);
  });

  test("events from the selected range: read, with what to check; too many for the pane are refused", async () => {
    const c = new SeriesCController(
      "MDY",
      ports({
        selection: [
          ["Date", "Type"],
          [36526, "SPLIT", 2],
          [36527, "BOGUS"],
        ],
      }),
    );
    listen(c.events);
    await c.events.useSelection();
    expect(c.events.status).toBe(
      'Read 1 event from the selected range. Check: row 3: "BOGUS" is not an event type (SPLIT, STOCKDIV, ISSUE, RIGHTS, PLANOPTION, EXPIRE, EXEMPT).',
    );
    expect(c.form.events.map((e) => [e.date, e.type, e.a])).toEqual([["2000-01-01", "SPLIT", "2"]]);

    const many = Array.from({ length: MAX_EVENTS + 1 }, (_, i) => [36526 + i, "EXEMPT", 1]);
    const big = new SeriesCController("MDY", ports({ selection: many }));
    listen(big.events);
    await big.events.useSelection();
    expect(big.events.status).toBe(
      `The selected range holds ${MAX_EVENTS + 1} events; the pane edits up to ${MAX_EVENTS}. Use SERIESC_CONVPRICE and SERIESC_ADJUSTMENTS in the sheet for this table. The list was left as it was.`,
    );
    expect(big.form.events).toEqual([]);
  });
});

describe("SeriesCController: the tab's state without a DOM", () => {
  test("a field typed is read; what is not counted yet is said; Insert is refused while a problem blocks", () => {
    const c = new SeriesCController("MDY", ports());
    c.setState(defaultSeriesCForm());
    c.setField("asOf", "2001-06-30");
    c.events.add();
    c.parse();
    expect(c.parsed.asOf).toBeDefined();
    expect(c.leftOutText()).toBe("Not counted until complete and valid: event 1 (not filled in yet).");
    expect(c.insertRefusal(2)).toBe("Nothing written: fix the 2 problems listed at the top of this tab first.");
    expect(c.insertRefusal(0)).toBeUndefined();
  });

  test("the state saved is a copy: editing the form afterwards does not change it", () => {
    const c = new SeriesCController("MDY", ports());
    c.setState({ ...defaultSeriesCForm(), payments: [{ id: "1", date: "2001-01-01", amount: "1" }] });
    const saved = c.getState();
    c.form.payments[0].amount = "2";
    expect(saved.payments[0].amount).toBe("1");
  });
});
