import { ModelSheet, STYLES, areaAddress, cellAddress, columnName, columnWidthPoints, formulaText, quoteSheet } from "../../../src/layout";
import { FakeCell, FakeExcel } from "./standIn";

/**
 * What "Insert model" must leave in the workbook, written out cell by cell
 * from the layout's description (docs/workbook.md): constants, formulas in
 * the `MPWR.` form, number formats (text the user typed as Text, @), the
 * roles' fonts and fills, spill formats, Tables, defined names, validation
 * lists, widths, frozen rows and page setup; no other cell holds anything.
 */

type Expected = Record<string, Partial<FakeCell>>;
/** A cell nothing was written to. */
const BLANK: FakeCell = {
  formula: "",
  value: "",
  numberFormat: "General",
  bold: false,
  italic: false,
  size: 11,
  color: "#000000",
  fill: null,
  wrap: false,
  valign: "Bottom",
};

/** What the layout says each cell of the sheet holds, written out cell by cell from docs/workbook.md's rules. */
function expectedCells(m: ModelSheet): Expected {
  const out: Expected = {};
  const at = (row: number, col: number) => (out[cellAddress({ row, col })] ??= {});
  const look = (role: keyof typeof STYLES) => {
    const s = STYLES[role];
    return { bold: !!s.bold, italic: !!s.italic, size: s.size ?? 11, color: s.color ? `#${s.color}` : "#000000", fill: s.fill ? `#${s.fill}` : null };
  };
  for (const c of m.cells) {
    const cell = at(c.row, c.col);
    Object.assign(cell, look(c.role));
    if (c.formula) Object.assign(cell, { formula: formulaText(c.formula, "ui"), numberFormat: c.format ?? "General" });
    else if (c.value !== undefined && c.value !== "") {
      // Text typed by the user is formatted as Text (@), so Excel keeps it as typed.
      const text = c.role === "input" && typeof c.value === "string";
      Object.assign(cell, { formula: c.value, value: c.value, numberFormat: text ? "@" : (c.format ?? "General") });
    } else Object.assign(cell, { formula: "", numberFormat: c.format ?? "General" });
  }
  for (const s of m.spills) {
    for (let i = 0; i < s.reserve.rows; i++) {
      for (let j = 0; j < s.reserve.cols; j++) {
        const cell = at(s.anchor.row + i, s.anchor.col + j);
        const own = s.cellFormats?.find((f) => f.row === i && f.col === j)?.format;
        if (s.header && i === 0) Object.assign(cell, look("header"), { numberFormat: "General" });
        else cell.numberFormat = own ?? s.columnFormats[j] ?? "General";
        if (s.wrapColumns) Object.assign(cell, { valign: "Top", wrap: s.wrapColumns.includes(j) });
        if (i === 0 && j === 0) cell.formula = formulaText(s.formula, "ui");
        else cell.formula ??= "";
      }
    }
  }
  return out;
}

/** Checks that the workbook holds the model as the layout describes it (a stand-in, or what a page's stand-in reported). */
export function expectSheetIsLayout(x: Pick<FakeExcel, "sheet" | "tables" | "names">, m: ModelSheet): void {
  const sheet = x.sheet(m.name)!;
  expect(sheet).not.toBeNull();
  const want = expectedCells(m);
  // Every cell the layout describes, with what it says; and no other cell holds anything.
  for (const [a, props] of Object.entries(want)) {
    const got = sheet.cells[a] ?? BLANK;
    const pick = Object.fromEntries(Object.keys(props).map((k) => [k, (got as unknown as Record<string, unknown>)[k]]));
    expect([a, pick]).toEqual([a, props]);
  }
  for (const [a, c] of Object.entries(sheet.cells)) if (!(a in want)) expect([a, c.formula]).toEqual([a, ""]);
  // Tables, names, validation lists.
  const tables = x.tables();
  for (const t of m.tables) {
    expect(tables[t.name]).toEqual({
      sheet: m.name,
      address: areaAddress({ top: t.top, left: t.left, bottom: t.top + t.rows.length, right: t.left + t.columns.length - 1 }),
      style: "TableStyleLight1",
      showBandedRows: false,
    });
  }
  const names = x.names();
  for (const n of m.names) expect(names[n.name]).toEqual({ reference: `=${quoteSheet(m.name)}!${cellAddress(n.cell, true)}`, comment: n.label });
  expect(sheet.validations).toEqual(
    m.validations.map((v) => ({
      address: areaAddress(v.area),
      rule: { list: { inCellDropDown: true, source: v.list.join(",") } },
      ignoreBlanks: true,
      prompt: { showPrompt: true, title: "", message: v.prompt },
      errorAlert: { showAlert: true, style: "Stop", title: "Not in the list", message: `Choose one of ${v.list.join(", ")}.` },
    })),
  );
  // Widths in points, two frozen rows, print areas (every band), title rows (to the Tables' header row), landscape one page wide.
  m.columnWidths.forEach((w, c) => expect([columnName(c), sheet.widths[c]]).toEqual([columnName(c), columnWidthPoints(w)]));
  expect(sheet.frozenRows).toBe(m.frozenRows);
  expect(sheet.page).toEqual({
    printArea: m.print.areas.map((a) => areaAddress(a)).join(","),
    titleRows: `$${m.print.titleRows[0] + 1}:$${m.print.titleRows[1] + 1}`,
    orientation: "Landscape",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
  });
}
