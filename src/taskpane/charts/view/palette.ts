/**
 * How series are told apart, never by colour alone: each has a colour with at
 * least 4.5:1 contrast against the pane's light backgrounds (Fluent's
 * colorNeutralBackground1 #ffffff and colorNeutralBackground2 #fafafa), a dash
 * pattern for lines, a hatch pattern for stacked areas, and its name in the
 * legend beside a sample of both; marks carry their own text labels.
 */
export interface SeriesLook {
  color: string;
  /** Canvas/SVG dash pattern in CSS pixels; [] is solid. */
  dash: number[];
  /** Hatch of a stacked area. */
  hatch: "diagonal" | "backDiagonal" | "horizontal" | "vertical" | "cross" | "dots" | "none";
}

export const LOOKS: readonly SeriesLook[] = [
  { color: "#0f6cbd", dash: [], hatch: "diagonal" }, // Fluent brand blue
  { color: "#b10e1c", dash: [8, 4], hatch: "backDiagonal" }, // red
  { color: "#0e700e", dash: [6, 2, 2, 2], hatch: "horizontal" }, // green
  { color: "#5c2e91", dash: [10, 3, 2, 3], hatch: "vertical" }, // purple
  { color: "#8a3707", dash: [4, 4], hatch: "cross" }, // burnt orange
  { color: "#005b70", dash: [12, 4], hatch: "dots" }, // teal
  { color: "#616161", dash: [1, 2], hatch: "none" }, // grey
];

export const lookOf = (i: number): SeriesLook => LOOKS[i % LOOKS.length];

/** Text and mark lines: Fluent colorNeutralForeground2. */
export const INK = "#424242";
/** Grid lines: decoration only (the values are in the data table). */
export const GRID = "#e0e0e0";
/** The pane's light backgrounds the colours are checked against. */
export const BACKGROUNDS = ["#ffffff", "#fafafa"] as const;

/** WCAG 2 relative luminance of #rrggbb. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
