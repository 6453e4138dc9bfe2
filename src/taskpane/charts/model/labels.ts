/**
 * Where a plot's text goes, so that no two labels overlap at any pane width
 * (320 px and up): the x axis' ticks — as many as their labels leave room for,
 * dates by month or by year as the span and the width allow — and the marks'
 * labels, each put where it collides with nothing placed before it. Pure: the
 * caller measures text (the canvas in the pane, a fixed width per character in
 * the tests) and passes the plot's size in CSS pixels.
 */

/** A label's box in CSS pixels, from the plot area's top left. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Space kept between two tick labels side by side. */
export const TICK_GAP = 10;

export interface Ticks {
  /** The ticks, in the axis' unit (seconds for dates, as uPlot takes them). */
  splits: number[];
  labels: string[];
}

export type Measure = (text: string) => number;

/** The ticks whose labels, centred on them, stay within [−overhang, width + overhang] (an end tick's label may not). */
function within(t: Ticks, at: (v: number) => number, width: number, measure: Measure, overhang: number): Ticks {
  const keep = t.splits.map((v, i) => {
    const w = measure(t.labels[i]);
    const left = at(v) - w / 2;
    return left >= -overhang && left + w <= width + overhang;
  });
  return { splits: t.splits.filter((_, i) => keep[i]), labels: t.labels.filter((_, i) => keep[i]) };
}

/** Labels centred on their ticks lie side by side with TICK_GAP between them. */
function apart(t: Ticks, at: (v: number) => number, measure: Measure): boolean {
  let right = -Infinity;
  for (let i = 0; i < t.splits.length; i++) {
    const w = measure(t.labels[i]);
    const left = at(t.splits[i]) - w / 2;
    if (left < right + TICK_GAP) return false;
    right = left + w;
  }
  return true;
}

const DAY = 86400;
const MONTH_STEPS = [1, 2, 3, 6];
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/** The first day of a month as uPlot's seconds (UTC midnight). */
const monthStart = (year: number, month: number): number => Date.UTC(year, month, 1) / 1000;

/**
 * Ticks of a date axis from `min` to `max` (Unix seconds) on a plot `width` px
 * wide: the smallest step of 1, 2, 3 or 6 months ("2001-06") or 1, 2, 5, 10…
 * years ("2001") whose labels fit side by side. A step that leaves fewer than
 * two ticks is taken only when no finer one fits.
 */
export function dateTicks(min: number, max: number, width: number, measure: Measure, overhang = 0): Ticks {
  const span = Math.max(max - min, DAY);
  const at = (s: number) => ((s - min) / span) * width;
  const first = new Date(min * 1000);
  const candidates: Ticks[] = [];
  for (const step of MONTH_STEPS) {
    const splits: number[] = [];
    let m = Math.ceil((first.getUTCFullYear() * 12 + first.getUTCMonth() + (first.getUTCDate() > 1 || min % DAY !== 0 ? 1 : 0)) / step) * step;
    for (let s = monthStart(Math.floor(m / 12), m % 12); s <= max; m += step, s = monthStart(Math.floor(m / 12), m % 12)) splits.push(s);
    if (splits.length <= 400) candidates.push({ splits, labels: splits.map((s) => new Date(s * 1000).toISOString().slice(0, 7)) });
  }
  for (const step of YEAR_STEPS) {
    const splits: number[] = [];
    const startYear = Math.ceil((first.getUTCFullYear() + (min > monthStart(first.getUTCFullYear(), 0) ? 1 : 0)) / step) * step;
    for (let y = startYear, s = monthStart(y, 0); s <= max; y += step, s = monthStart(y, 0)) splits.push(s);
    candidates.push({ splits, labels: splits.map((s) => String(new Date(s * 1000).getUTCFullYear())) });
  }
  const fitting = candidates.map((c) => within(c, at, width, measure, overhang)).filter((c) => apart(c, at, measure));
  return fitting.find((c) => c.splits.length >= 2) ?? fitting.find((c) => c.splits.length > 0) ?? { splits: [], labels: [] };
}

/** The least of 1, 2, 2.5, 5 × 10^k at or above x (> 0). */
function niceStep(x: number): number {
  const e = Math.floor(Math.log10(x));
  for (const k of [e, e + 1])
    for (const s of [1, 2, 2.5, 5, 10]) {
      const v = s * 10 ** k;
      if (v >= x * (1 - 1e-12)) return v;
    }
  return 10 ** (e + 2);
}

/**
 * Ticks of a numeric axis from `min` to `max` on a plot `width` px wide: round
 * steps (1, 2, 2.5, 5 × 10^k), the smallest whose labels (`label(splits)`, which
 * may format them together, e.g. all with cents) fit side by side.
 */
export function numberTicks(min: number, max: number, width: number, measure: Measure, label: (splits: number[]) => string[], overhang = 0): Ticks {
  const span = max - min;
  if (!(span > 0)) return { splits: [min], labels: label([min]) };
  const at = (v: number) => ((v - min) / span) * width;
  let step = niceStep(span / 50);
  for (let tries = 0; tries < 40; tries++, step = niceStep(step * 1.0001)) {
    const splits: number[] = [];
    for (let k = Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) splits.push(Number((k * step).toPrecision(12)) || 0);
    const t = within({ splits, labels: label(splits) }, at, width, measure, overhang);
    if (t.splits.length <= 1 || apart(t, at, measure)) return t;
  }
  return { splits: [min], labels: label([min]) };
}

/** A mark's line at `pos` px (x from the plot's left for a vertical line, y from its top for a horizontal one), and its label's size. */
export interface MarkLabel {
  axis: "x" | "y";
  pos: number;
  w: number;
  h: number;
}

/**
 * A mark's label as lines no wider than `maxWidth` where it can be: whole, or broken at spaces
 * ("Qualified Return" / "$58.80") on a narrow plot. A word wider than `maxWidth` stays whole.
 */
export function labelLines(label: string, measure: Measure, maxWidth: number): string[] {
  if (measure(label) <= maxWidth) return [label];
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Space between a mark's line and its label, and around the plot's edge. */
export const MARK_PAD = 3;

/**
 * Where each mark's label goes in a plot `width` × `height` px: a horizontal
 * line's label at the right end under the line (else above it, else at the
 * left end), placed first; a vertical line's label right of the line (else
 * left of it) in the first row from the top where it overlaps no label placed
 * before. Every label stays inside the plot; a label with no free place left
 * (a plot smaller than its labels) takes the top row. Returns one rect per
 * mark, in the marks' order; null for a mark outside the plot.
 */
export function placeMarkLabels(marks: readonly MarkLabel[], width: number, height: number): (Rect | null)[] {
  const placed: Rect[] = [];
  const out: (Rect | null)[] = marks.map(() => null);
  const inside = (r: Rect) => r.x >= 0 && r.y >= 0 && r.x + r.w <= width && r.y + r.h <= height;
  const clampX = (x: number, w: number) => Math.max(MARK_PAD, Math.min(x, width - w - MARK_PAD));
  const take = (i: number, candidates: Rect[]) => {
    const free = candidates.find((r) => inside(r) && !placed.some((p) => overlaps(p, r)));
    const r = free ?? candidates[0];
    placed.push(r);
    out[i] = r;
  };
  const onPlot = (m: MarkLabel) => m.pos >= -0.5 && m.pos <= (m.axis === "x" ? width : height) + 0.5;
  marks.forEach((m, i) => {
    if (m.axis !== "y" || !onPlot(m)) return;
    const right = clampX(width - m.w - MARK_PAD - 1, m.w);
    const left = clampX(MARK_PAD, m.w);
    const below = Math.min(m.pos + MARK_PAD, height - m.h);
    const above = Math.max(m.pos - MARK_PAD - m.h, 0);
    take(i, [
      { x: right, y: below, w: m.w, h: m.h },
      { x: right, y: above, w: m.w, h: m.h },
      { x: left, y: below, w: m.w, h: m.h },
      { x: left, y: above, w: m.w, h: m.h },
    ]);
  });
  marks.forEach((m, i) => {
    if (m.axis !== "x" || !onPlot(m)) return;
    const sides = [m.pos + MARK_PAD, m.pos - MARK_PAD - m.w].map((x) => clampX(x, m.w));
    if (m.pos + MARK_PAD + m.w > width - MARK_PAD) sides.reverse(); // right of the line only if it fits there
    const candidates: Rect[] = [];
    for (let y = MARK_PAD; y + m.h <= height; y += m.h + 1) for (const x of sides) candidates.push({ x, y, w: m.w, h: m.h });
    take(i, candidates.length ? candidates : [{ x: sides[0], y: 0, w: m.w, h: m.h }]);
  });
  return out;
}
