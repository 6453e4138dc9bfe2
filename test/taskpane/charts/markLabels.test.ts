import { PlacedLabel, placeMarkLabels } from "../../../src/taskpane/charts/model/markLabels";

/** A fixed-width font: 6 px per character. */
const measure = (t: string) => 6 * t.length;
const area = { left: 0, right: 250, rows: 3, gap: 3 };

function overlaps(placed: Array<PlacedLabel | undefined>): boolean {
  const boxes = placed.flatMap((p) => (p ? [{ row: p.row, from: p.x, to: p.x + measure(p.text) }] : []));
  return boxes.some((a, i) => boxes.some((b, j) => i < j && a.row === b.row && a.from < b.to + area.gap && b.from < a.to + area.gap));
}

describe("the labels of a chart's vertical marks never overlap (a 320 px pane: a plot about 250 px wide)", () => {
  test("marks far apart: every label on the top row, right of its line", () => {
    const placed = placeMarkLabels(
      [
        { pos: 10, label: "$10M" },
        { pos: 120, label: "$60M" },
      ],
      measure,
      area,
    );
    expect(placed).toEqual([
      { text: "$10M", x: 13, row: 0 },
      { text: "$60M", x: 123, row: 0 },
    ]);
  });

  test("marks a few pixels apart go to the next rows; a label that would leave the plot goes left of its line", () => {
    const placed = placeMarkLabels(
      [
        { pos: 100, label: "Series D converts" },
        { pos: 104, label: "options exercised" },
        { pos: 245, label: "cap" },
      ],
      measure,
      area,
    );
    expect(placed.map((p) => p?.row)).toEqual([0, 1, 0]);
    expect(placed[2]).toEqual({ text: "cap", x: 245 - 3 - 18, row: 0 });
    expect(overlaps(placed)).toBe(false);
  });

  test("more crowded marks than rows: their short labels, then none; never an overlap, whatever the order given", () => {
    const marks = Array.from({ length: 40 }, (_, i) => ({ pos: 240 - i * 6, label: `breakpoint ${i + 1} at $${i}M`, short: String(i + 1) }));
    const placed = placeMarkLabels(marks, measure, area);
    expect(overlaps(placed)).toBe(false);
    expect(placed.some((p) => p !== undefined && /^\d+$/.test(p.text))).toBe(true);
    expect(placed.filter((p) => p !== undefined).length).toBeGreaterThan(20);
    for (const p of placed) if (p) expect(p.x >= area.left && p.x + measure(p.text) <= area.right).toBe(true);
  });

  test("no room at all (no row): nothing is placed", () => {
    expect(placeMarkLabels([{ pos: 5, label: "a" }], measure, { ...area, rows: 0 })).toEqual([undefined]);
  });
});
