import { OPTION_EXCHANGE_EXAMPLE, SERIES_C_EXAMPLE, optionExchangeModel, seriesCModel } from "../../src/layout";
import { cellAddress } from "../../src/layout/address";

// scripts/make-workbook.js renders the layout's optional parts (absent from the example workbook) as
// the task pane inserts them: a notice date, an Employee column, the exchange value with its ratio format.

const makeWorkbook: {
  buildWorkbook(o: { sheets: unknown[] }): { wb: { getWorksheet(name: string): { getCell(a: string): { value: unknown; numFmt?: string } } }; computed: { spills: Map<unknown, unknown[][]> } };
} = require("../../scripts/make-workbook");

describe("the optional parts in a generated workbook", () => {
  test("every formula computes; the exchange value spill is cached with the ratio's own format", () => {
    const ox = optionExchangeModel({ ...OPTION_EXCHANGE_EXAMPLE, roster: OPTION_EXCHANGE_EXAMPLE.roster.map((g) => ({ ...g, holder: `Holder of ${g.grant}` })), valuation: { spot: 5, rate: 0.05, vol: 0.8, oldYears: 8.5 } });
    const sc = seriesCModel({ ...SERIES_C_EXAMPLE, noticeDate: SERIES_C_EXAMPLE.redemptionDate! - 30, trigger: "3D" });
    const { wb, computed } = makeWorkbook.buildWorkbook({ sheets: [sc, ox] });
    const s = ox.spills.find((x) => x.id === "exchangeValue")!;
    const values = computed.spills.get(s)!;
    expect(values.map((r) => r[0])).toEqual(["label", "old grant value", "new grant value", "incremental value", "value-for-value ratio"]);
    const ws = wb.getWorksheet(ox.name);
    const at = (i: number) => ws.getCell(cellAddress({ row: s.anchor.row + i, col: s.anchor.col + 1 }));
    expect([at(1).numFmt, at(4).numFmt]).toEqual(["$#,##0.00", "0.00####"]);
    expect(at(4).value).toBe(values[4][1]);
  });
});
