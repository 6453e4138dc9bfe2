import { checkSource, spillChartSource, tableChartSource } from "../../src/taskpane/model/chartSources";

describe("chart sources from the model layout's blocks", () => {
  test("a Table (the payoff over a column of common values): data rows under the header, columns by header", () => {
    const s = tableChartSource(
      { id: "payoffTable", sheet: "Series C", headers: ["Common value per share", "Liquidation preference per share"], area: "'Series C'!$AB$3:$AC$14" },
      {
        title: "Liquidation preference per share",
        kind: "xyLine",
        x: "Common value per share",
        series: ["Liquidation preference per share"],
        xTitle: "Common value per share",
        yTitle: "Per Series C share",
        block: "'Series C'!$AB$1:$AC$14",
      },
    );
    expect(s.categories).toBe("'Series C'!$AB$4:$AB$14");
    expect(s.series).toEqual([{ name: "Liquidation preference per share", values: "'Series C'!$AC$4:$AC$14" }]);
    expect(s.block).toBe("'Series C'!$AB$1:$AC$14");
    expect(() => checkSource(s)).not.toThrow();
  });

  test("a spill with a header row (the dividend ledger): every reserved row below the header", () => {
    const headers = ["period end", "days", "year days", "opening balance", "dividend", "paid", "closing accrued"];
    const s = spillChartSource({ id: "dividendLedger", sheet: "Series C", reserved: "'Series C'!$E$14:$K$39", header: true }, headers, {
      title: "Dividend ledger",
      kind: "line",
      x: "period end",
      series: ["closing accrued", "dividend"],
      xTitle: "Period end",
      yTitle: "Per Series C share",
    });
    expect(s.categories).toBe("'Series C'!$E$15:$E$39");
    expect(s.series.map((x) => x.values)).toEqual(["'Series C'!$K$15:$K$39", "'Series C'!$I$15:$I$39"]);
    expect(s.block).toBe("'Series C'!$E$14:$K$39");
  });

  test("a line on a column chart; a sheet name without spaces is not quoted", () => {
    const s = spillChartSource(
      { id: "vestingSchedule", sheet: "Options", reserved: "Options!$E$5:$G$15", header: true },
      ["vest date", "shares vesting", "cumulative"],
      {
        title: "Vesting",
        kind: "columnLine",
        x: "vest date",
        series: ["shares vesting", { header: "cumulative", line: true }],
        xTitle: "Vest date",
        yTitle: "New options",
      },
    );
    expect(s.series).toEqual([
      { name: "shares vesting", values: "Options!$F$6:$F$15" },
      { name: "cumulative", values: "Options!$G$6:$G$15", line: true },
    ]);
  });

  test("an unknown header or an area without data rows is a clear error", () => {
    const t = { id: "x", sheet: "S", headers: ["a", "b"], area: "S!A1:B1" };
    expect(() => tableChartSource(t, { title: "T", kind: "line", x: "a", series: ["b"], xTitle: "", yTitle: "" })).toThrow(
      'chart "T": the Table S!A1:B1 has no data rows',
    );
    expect(() => tableChartSource({ ...t, area: "S!A1:B5" }, { title: "T", kind: "line", x: "a", series: ["c"], xTitle: "", yTitle: "" })).toThrow(
      'chart "T": no column "c" in a | b',
    );
  });
});
