import { webDarkTheme } from "@fluentui/tokens";

/**
 * How series are told apart, never by colour alone: each has a colour with at
 * least 4.5:1 contrast against the pane's backgrounds in its theme (light:
 * Fluent's colorNeutralBackground1 #ffffff and colorNeutralBackground2 #fafafa;
 * dark: #292929 and #1f1f1f), a dash pattern for lines, a hatch pattern for
 * stacked areas, and its name in the legend beside a sample of both; marks
 * carry their own text labels.
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

/** Text and mark lines: Fluent colorNeutralForeground2. */
export const INK = "#424242";
/** Grid lines: decoration only (the values are in the data table). */
export const GRID = "#e0e0e0";
/** The pane's light backgrounds the colours are checked against. */
export const BACKGROUNDS = ["#ffffff", "#fafafa"] as const;

/** A chart's colours in one theme of the pane (ui/theme.ts): series, text and marks, grid, the wash behind a mark's label. */
export interface ChartPalette {
  looks: readonly SeriesLook[];
  ink: string;
  grid: string;
  /** Behind a mark's label on the plot, so a line under it does not cross the text. */
  labelBackground: string;
  /** The backgrounds the colours keep 4.5:1 contrast against (the plot's and the pane's). */
  backgrounds: readonly string[];
}

const dark = webDarkTheme;

/** The dark theme's series: the same hues, dashes and hatches, from Fluent's dark tokens. */
export const DARK_LOOKS: readonly SeriesLook[] = LOOKS.map((look, i) => ({
  ...look,
  color: [
    dark.colorBrandForeground1, // blue
    dark.colorPaletteRedForeground1, // red
    dark.colorPaletteGreenForeground1, // green
    dark.colorPalettePurpleForeground2, // purple
    dark.colorPaletteDarkOrangeForeground1, // burnt orange
    dark.colorPaletteTealForeground2, // teal
    dark.colorNeutralForeground3, // grey
  ][i],
}));

export const CHART_PALETTES: Record<"light" | "dark", ChartPalette> = {
  light: { looks: LOOKS, ink: INK, grid: GRID, labelBackground: "rgba(255, 255, 255, 0.85)", backgrounds: BACKGROUNDS },
  dark: {
    looks: DARK_LOOKS,
    ink: dark.colorNeutralForeground2,
    grid: dark.colorNeutralStroke3,
    labelBackground: "rgba(41, 41, 41, 0.85)", // colorNeutralBackground1 #292929
    backgrounds: [dark.colorNeutralBackground1, dark.colorNeutralBackground2],
  },
};

export const lookOf = (i: number, palette: ChartPalette = CHART_PALETTES.light): SeriesLook => palette.looks[i % palette.looks.length];

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
