import { HOLDER_LIST, holderRowsFromValues, readHolders } from "../../src/taskpane/model/holders";
import { RowListPorts } from "../../src/taskpane/model/rowList";
import { SeriesCController } from "../../src/taskpane/model/seriesCController";

function ports(confirm = true): RowListPorts & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    confirm: async (title, text) => {
      asked.push(`${title} ${text}`);
      return confirm;
    },
    readSelection: async () => [
      ["Holder", "Row", "Quantity"],
      ["Fund A", "Series C", 600000],
    ],
  };
}

describe("holders: holder | capital row | quantity, SERIESC_PAYOUTS' holdings", () => {
  test("cells read as rows: a header row skipped, blank rows skipped, short rows kept and said", () => {
    const r = holderRowsFromValues([["holder", "row", "quantity"], ["Fund A", "Series C", 600000], [], ["", "", ""], ["Founders", "Common"]]);
    expect(r.rows).toEqual([
      { id: "1", holder: "Fund A", row: "Series C", quantity: "600000" },
      { id: "2", holder: "Founders", row: "Common", quantity: "" },
    ]);
    expect(r.problems).toEqual(["row 5 has 2 cells, not holder | row | quantity"]);
  });

  test("a paste (Excel's clipboard or CSV) replaces the list through the row list, asking first when it has rows", async () => {
    const c = new SeriesCController("MDY", ports());
    await c.holders.usePaste("Holder\tRow\tQuantity\nFund A\tSeries C\t600,000\nFund A\tCommon\t1000000\n");
    expect(c.form.holders.map((h) => [h.holder, h.row, h.quantity])).toEqual([
      ["Fund A", "Series C", "600,000"],
      ["Fund A", "Common", "1000000"],
    ]);
    expect(c.holders.status).toBe("Read 2 holder rows from the pasted text.");
    const no = new SeriesCController("MDY", ports(false));
    no.form.holders.push({ id: "1", holder: "X", row: "Common", quantity: "1" });
    await no.holders.usePaste('Fund B,"Series D",500000');
    expect(no.form.holders.map((h) => h.holder)).toEqual(["X"]);
    expect(no.holders.status).toBe("The holders were left as they were.");
    await no.holders.usePaste("   ");
    expect(no.holders.status).toBe("The pasted text holds no holder rows; the table was left as it was.");
    await c.holders.useSelection();
    expect(c.form.holders.map((h) => h.holder)).toEqual(["Fund A"]);
  });

  test("each row must name a capital row of the table, hold a quantity of shares; a blank row is left out until filled", () => {
    const rows = [
      { id: "1", holder: "Fund A", row: " Series C ", quantity: "600,000" },
      { id: "2", holder: "", row: "Seris C", quantity: "-5" },
      { id: "3", holder: "", row: "", quantity: "" },
    ];
    const r = readHolders(rows, ["Series C", "Common"]);
    expect(r.holdings).toEqual([{ holder: "Fund A", row: "Series C", quantity: 600000 }]);
    expect(r.problems.map((p) => [p.field, p.message])).toEqual([
      ["sc-hold2-holder", "Holder row 2, Holder: required"],
      ["sc-hold2-row", 'Holder row 2, Capital row (its name): no capital row is named "Seris C" (the rows: Series C, Common)'],
      ["sc-hold2-quantity", "Holder row 2, Quantity (shares): must not be negative, got -5"],
    ]);
    expect(r.leftOut).toEqual(["holder row 2", "holder row 3 (not filled in yet)"]);
  });

  test("the card: holder and row on the first line, the quantity below, ids by row identity", () => {
    const card = HOLDER_LIST.card({ id: "7", holder: "", row: "", quantity: "" }, 0, []);
    expect(card.head.map((f) => [f.id, f.label])).toEqual([
      ["sc-hold7-holder", "Holder"],
      ["sc-hold7-row", "Capital row (its name)"],
    ]);
    expect(card.fields.map((f) => f.id)).toEqual(["sc-hold7-quantity"]);
    expect([card.legend, card.removeText]).toEqual(["Holder row 1", "Remove holder row 1"]);
  });
});
