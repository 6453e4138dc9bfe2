import { RowList } from "../../src/taskpane/model/rowList";
import { EventRow } from "../../src/taskpane/model/seriesC";
import { EVENT_LIST, MAX_EVENTS } from "../../src/taskpane/model/seriesCRows";

const ports = { confirm: async () => true, readSelection: async () => [] };
function events(n: number): EventRow[] {
  return Array.from(
    { length: n },
    (_, i) =>
      ({
        id: String(i + 1),
        date: "2002-01-01",
        type: i % 2 ? "EXPIRE" : "RIGHTS",
        a: "1000",
        b: "5",
        c: "",
        d: "",
        target: i % 2 ? String(i) : "",
      }) as EventRow,
  );
}

describe("an event list longer than the pane edits (restored from a saved record)", () => {
  test("30,000 events: every one kept, the first MAX_EVENTS drawn, the rest said", () => {
    let rows = events(30_000);
    const list = new RowList(
      EVENT_LIST,
      () => rows,
      (r) => (rows = r),
      ports,
    );
    const cards = list.cards();
    expect(list.rows.length).toBe(30_000);
    expect(cards.length).toBe(MAX_EVENTS);
    expect(list.notShownText()).toBe(
      `The list holds 30,000 events; the first ${MAX_EVENTS} are shown here. The others are kept, saved and counted. Use SERIESC_CONVPRICE and SERIESC_ADJUSTMENTS in the sheet for this table.`,
    );
    // an EXPIRE card offers the targets among the cards drawn, not 15,000 of them
    const target = cards[1].fields.find((f) => f.id.endsWith("-target"));
    expect(target?.options?.length).toBe(1 + MAX_EVENTS / 2);
  });

  test("an EXPIRE whose target is beyond the cards drawn names it, not 'removed'", () => {
    let rows = events(MAX_EVENTS + 10);
    rows[1].target = String(MAX_EVENTS + 5); // a RIGHTS row past the cards
    const list = new RowList(
      EVENT_LIST,
      () => rows,
      (r) => (rows = r),
      ports,
    );
    const options = list.cards()[1].fields.find((f) => f.id.endsWith("-target"))?.options as Array<{ value: string; label: string }>;
    expect(options[options.length - 1]).toEqual({ value: String(MAX_EVENTS + 5), label: `Event ${MAX_EVENTS + 5}: RIGHTS 2002-01-01` });
    rows[1].target = "99999";
    const gone = list.cards()[1].fields.find((f) => f.id.endsWith("-target"))?.options as Array<{ value: string; label: string }>;
    expect(gone[gone.length - 1]).toEqual({ value: "99999", label: "(the event it referred to was removed)" });
  });

  test("a list within the limit is drawn whole and says nothing more", () => {
    let rows = events(5);
    const list = new RowList(
      EVENT_LIST,
      () => rows,
      (r) => (rows = r),
      ports,
    );
    expect(list.cards().length).toBe(5);
    expect(list.notShownText()).toBe("");
  });
});
