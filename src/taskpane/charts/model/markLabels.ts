/**
 * Where the labels of a chart's vertical marks go, so that none overlaps
 * another however close the marks are (a waterfall's breakpoints can be a few
 * pixels apart in a 320 px pane). Pure: the plot (../view/plot.ts) measures
 * the texts and draws; the tests check the placement in Node.
 *
 * Each label goes right of its line when it fits in the plot, else left of
 * it, in the first row (from the top) where it keeps `gap` from every label
 * already there; marks are taken left to right. When the full label fits in
 * no row, its short form (the mark's number, say) is tried; when neither
 * fits, the label is left out (the line stays, and the text alternative
 * lists every mark).
 */

export interface MarkLabelInput {
  /** The line's x, in the plot's pixels. */
  pos: number;
  label: string;
  /** A shorter label tried when the full one fits nowhere. */
  short?: string;
}

export interface PlacedLabel {
  text: string;
  /** Left edge of the text. */
  x: number;
  /** 0 = the top row. */
  row: number;
}

export interface LabelArea {
  left: number;
  right: number;
  rows: number;
  /** Space kept between two labels of a row, and between a label and its line. */
  gap: number;
}

/** Per mark (in the order given), its placed label or undefined when it fits nowhere. */
export function placeMarkLabels(marks: readonly MarkLabelInput[], measure: (text: string) => number, area: LabelArea): Array<PlacedLabel | undefined> {
  const rows: Array<Array<[number, number]>> = Array.from({ length: Math.max(0, area.rows) }, () => []);
  const order = marks.map((_, i) => i).sort((a, b) => marks[a].pos - marks[b].pos);
  const out: Array<PlacedLabel | undefined> = marks.map(() => undefined);
  const free = (row: Array<[number, number]>, from: number, to: number) => row.every(([a, b]) => to + area.gap <= a || from >= b + area.gap);
  for (const i of order) {
    const m = marks[i];
    for (const text of m.short !== undefined && m.short !== m.label ? [m.label, m.short] : [m.label]) {
      const w = measure(text);
      if (w > area.right - area.left) continue;
      const right = m.pos + area.gap;
      let x = right + w > area.right ? m.pos - area.gap - w : right;
      x = Math.max(area.left, Math.min(x, area.right - w));
      const r = rows.findIndex((row) => free(row, x, x + w));
      if (r < 0) continue;
      rows[r].push([x, x + w]);
      out[i] = { text, x, row: r };
      break;
    }
  }
  return out;
}
