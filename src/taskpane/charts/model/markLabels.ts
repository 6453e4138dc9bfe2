/**
 * Where the labels of a chart's vertical marks go, so that none overlaps
 * another however close the marks are (a waterfall's breakpoints can be a few
 * pixels apart in a 320 px pane). Pure: the plot (../view/plot.ts) measures
 * the texts and draws; the tests check the placement in Node.
 *
 * Each label goes in the first row (from the top) where it keeps `gap` from
 * every label already there, right of its line or else left of it, always
 * inside the plot; marks are taken left to right. When the full label fits in
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
      // right of the line, else left of it, where the label fits in the plot; else as near as it fits
      const right = m.pos + area.gap;
      const left = m.pos - area.gap - w;
      const fits = [right, left].filter((x) => x >= area.left && x + w <= area.right);
      const sides = fits.length ? fits : [Math.max(area.left, Math.min(right, area.right - w))];
      let placed: PlacedLabel | undefined;
      for (let r = 0; r < rows.length && !placed; r++) {
        const x = sides.find((at) => free(rows[r], at, at + w));
        if (x !== undefined) placed = { text, x, row: r };
      }
      if (!placed) continue;
      rows[placed.row].push([placed.x, placed.x + w]);
      out[i] = placed;
      break;
    }
  }
  return out;
}
