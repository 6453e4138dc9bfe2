import fc from "fast-check";
import { OPTION_EXCHANGE_EXAMPLE, SERIES_C_EXAMPLE, optionExchangeModel, seriesCModel } from "../../src/layout";
import { ACTION_BYTES, MAX_CHUNK_BYTES, jsonBytes } from "../../src/taskpane/model/chunks";
import { InsertStep, MODEL_NAMES, batchSteps, modelNames, planInsert, rectangles, withPrefix, workbookNames } from "../../src/taskpane/model/insertPlan";

/** The insert plan (pure): its order, its areas, its request sizes, its choice of names. */

describe("rectangles: exactly the cells of a set", () => {
  test("property: every cell covered once, nothing else", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 12 })), { selector: ([r, c]) => `${r},${c}`, maxLength: 120 }),
        (pairs) => {
          const cells = pairs.map(([row, col]) => ({ row, col }));
          const covered = new Map<string, number>();
          for (const a of rectangles(cells))
            for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) covered.set(`${r},${c}`, (covered.get(`${r},${c}`) ?? 0) + 1);
          expect([...covered.keys()].sort()).toEqual(pairs.map(([r, c]) => `${r},${c}`).sort());
          expect([...covered.values()].every((n) => n === 1)).toBe(true);
        },
      ),
    );
  });
  test("a block of equal rows is one rectangle", () => {
    const cells = [];
    for (let r = 5; r < 1005; r++) for (let c = 11; c < 16; c++) cells.push({ row: r, col: c });
    expect(rectangles(cells)).toEqual([{ top: 5, bottom: 1004, left: 11, right: 15 }]);
  });
});

describe("the plan of a model", () => {
  const m = seriesCModel(SERIES_C_EXAMPLE);
  const steps = planInsert(m);
  const first = (kind: InsertStep["kind"]) => steps.findIndex((s) => s.kind === kind);
  const last = (kind: InsertStep["kind"]) => steps.length - 1 - [...steps].reverse().findIndex((s) => s.kind === kind);

  test("the layout's order: widths, cells, Tables, names, formulas, validations, frozen rows, print", () => {
    expect(first("columnWidths")).toBe(0);
    expect(last("cells")).toBeLessThan(first("table"));
    expect(last("table")).toBeLessThan(first("name"));
    // Formulas refer to Tables (structured references must parse) and names.
    expect(last("name")).toBeLessThan(first("formulas"));
    expect(last("formulas")).toBeLessThan(first("validation"));
    expect(steps.filter((s) => s.kind === "table").map((s) => (s as { name: string }).name)).toEqual(m.tables.map((t) => t.name));
    expect(steps.filter((s) => s.kind === "name")).toHaveLength(m.names.length);
    expect(steps.filter((s) => s.kind === "validation")).toHaveLength(m.validations.length);
    // The Series C model's breakpoints and the option exchange model's calendar wrap their sentences: their rows are autofitted last.
    expect(steps.slice(-3).map((s) => s.kind)).toEqual(["freeze", "print", "autofitRows"]);
    expect(
      planInsert(optionExchangeModel())
        .slice(-3)
        .map((s) => s.kind),
    ).toEqual(["freeze", "print", "autofitRows"]);
  });

  test("every formula once, in the MPWR. form; each formula cell's number format in the cells before it", () => {
    const formulas = steps.flatMap((s) => (s.kind === "formulas" ? s.formulas.flat().filter((f) => f !== null) : []));
    expect(formulas).toHaveLength(m.cells.filter((c) => c.formula).length + m.spills.length);
    expect(formulas.every((f) => /^=(MPWR\.|INDEX\()/.test(f as string))).toBe(true);
  });

  test("each step's size covers the JSON it carries; the requests stay under 1 MB; a smaller limit gives more requests", () => {
    for (const s of steps) {
      const grids = s.kind === "cells" ? [s.formats, s.values] : s.kind === "formulas" ? [s.formulas] : [];
      const carried = grids.reduce((n, g) => n + (g ? jsonBytes(g) : 0), 0);
      expect(s.bytes).toBeGreaterThanOrEqual(carried + ACTION_BYTES);
    }
    const roster = Array.from({ length: 20_000 }, (_, i) => ({ grant: `G-${i}`, grantDate: 36600, options: 100, exercisePrice: 5, type: "ISO" }));
    const big = planInsert(optionExchangeModel({ ...OPTION_EXCHANGE_EXAMPLE, roster }));
    const batches = batchSteps(big);
    expect(batches.length).toBeGreaterThan(1);
    for (const b of batches) expect(b.reduce((n, s) => n + s.bytes, 0)).toBeLessThanOrEqual(MAX_CHUNK_BYTES);
    expect(batches.flat()).toEqual(big); // in order, nothing left out
    expect(batchSteps(planInsert(m, 50_000), 50_000).length).toBeGreaterThan(batchSteps(steps).length);
  });

  test("text typed by the user is formatted as Text before it is written", () => {
    const withText = planInsert(
      optionExchangeModel({ ...OPTION_EXCHANGE_EXAMPLE, roster: [{ grant: "=2+2", grantDate: 36600, options: 10, exercisePrice: 1, type: "NSO" }] }),
    );
    const cell = withText.find((s) => s.kind === "cells" && s.values?.some((r) => r.includes("=2+2"))) as Extract<InsertStep, { kind: "cells" }>;
    const i = cell.values!.findIndex((r) => r.includes("=2+2"));
    const j = cell.values![i].indexOf("=2+2");
    expect(cell.formats![i][j]).toBe("@");
    expect(cell.formats![i][cell.values![i].indexOf("NSO")]).toBe("@");
  });
});

describe("names", () => {
  test("the layout's own sheet name and prefix first, then numbered ones; every name of a model carries its prefix", () => {
    expect([1, 2, 3].map((k) => modelNames("seriesC", k))).toEqual([
      { sheetName: "Series C", prefix: "SC_" },
      { sheetName: "Series C (2)", prefix: "SC2_" },
      { sheetName: "Series C (3)", prefix: "SC3_" },
    ]);
    expect(modelNames("optionExchange", 2)).toEqual({ sheetName: "Option exchange (2)", prefix: "OX2_" });
    // What the layout uses when given no options.
    expect(seriesCModel().name).toBe(MODEL_NAMES.seriesC.sheetName);
    expect(optionExchangeModel().name).toBe(MODEL_NAMES.optionExchange.sheetName);
    const names = workbookNames(seriesCModel());
    expect(withPrefix(names, "SC_", "SC2_")).toEqual(workbookNames(seriesCModel(SERIES_C_EXAMPLE, modelNames("seriesC", 2))));
    expect(() => withPrefix(["Other"], "SC_", "SC2_")).toThrow(/does not start with the model's prefix SC_/);
  });
});
