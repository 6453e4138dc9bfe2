import { webDarkTheme, webLightTheme } from "@fluentui/tokens";

/**
 * The pane's light and dark looks: Fluent design tokens (the package Fluent UI React v9 and Fluent web
 * components use) as CSS variables on :root, e.g. --colorBrandBackground; styles.css only refers to
 * these variables. Which one: Office's theme inside Office (`Office.context.officeTheme`: its
 * `isDarkTheme`, or its body background's luminance where a host leaves `isDarkTheme` out), the
 * browser's `prefers-color-scheme` outside it.
 */

export type ThemeName = "light" | "dark";

/** What the pane reads of Office's theme (Office.OfficeTheme; any part may be missing on a host). */
export interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

const FLUENT: Record<ThemeName, Record<string, string | number>> = { light: webLightTheme, dark: webDarkTheme };

/** WCAG 2 relative luminance of #rgb or #rrggbb; undefined for anything else. */
export function colourLuminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const six = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  const channel = (i: number) => {
    const c = parseInt(six.slice(2 * i, 2 * i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/**
 * Office's theme as light or dark: `isDarkTheme` where the host gives it (Excel: Black and Dark
 * Gray are dark), else dark when white text on the body background has more contrast than black
 * text (luminance below ≈ 0.179); undefined when Office says nothing usable (outside Office).
 */
export function themeOfOffice(t: OfficeThemeLike | undefined | null): ThemeName | undefined {
  if (!t) return undefined;
  if (typeof t.isDarkTheme === "boolean") return t.isDarkTheme ? "dark" : "light";
  const l = typeof t.bodyBackgroundColor === "string" ? colourLuminance(t.bodyBackgroundColor) : undefined;
  if (l === undefined) return undefined;
  return 1.05 / (l + 0.05) > (l + 0.05) / 0.05 ? "dark" : "light";
}

/** Sets the theme's tokens as CSS variables, `data-theme` and `color-scheme` (native controls and scroll bars follow). */
export function applyFluentTheme(name: ThemeName = "light", root: HTMLElement = document.documentElement): void {
  for (const [token, value] of Object.entries(FLUENT[name])) root.style.setProperty(`--${token}`, String(value));
  root.style.colorScheme = name;
  root.dataset.theme = name;
}

/** Office's theme now, if the pane runs in Office and the host has one. */
function officeTheme(): OfficeThemeLike | undefined {
  try {
    if (typeof Office === "undefined") return undefined;
    return (Office.context as { officeTheme?: OfficeThemeLike } | undefined)?.officeTheme ?? undefined;
  } catch {
    return undefined; // Office.context before Office is ready, or a host without it
  }
}

/**
 * Follows the theme: applies it now (from `prefers-color-scheme`, so the first paint is right),
 * again once Office is ready (its theme wins), and on every change — the browser's scheme, and
 * Office's theme read again whenever the pane gets focus or is shown (Excel raises no event when
 * its theme changes; Outlook's OfficeThemeChanged is Outlook's only). `onChange` hears each new
 * theme, the first included. Returns a function that stops following.
 */
export function followTheme(onChange: (name: ThemeName) => void, win: Window = window): () => void {
  const media = typeof win.matchMedia === "function" ? win.matchMedia("(prefers-color-scheme: dark)") : undefined;
  let current: ThemeName | undefined;
  const update = () => {
    const next = themeOfOffice(officeTheme()) ?? (media?.matches ? "dark" : "light");
    if (next === current) return;
    current = next;
    applyFluentTheme(next, win.document.documentElement);
    onChange(next);
  };
  update();
  if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
    try {
      void Promise.resolve(Office.onReady())
        .then(update)
        .catch(() => undefined);
    } catch {
      // office.js present but unusable: the browser's scheme stands
    }
  }
  const onVisible = () => {
    if (win.document.visibilityState === "visible") update();
  };
  media?.addEventListener("change", update);
  win.addEventListener("focus", update);
  win.document.addEventListener("visibilitychange", onVisible);
  return () => {
    media?.removeEventListener("change", update);
    win.removeEventListener("focus", update);
    win.document.removeEventListener("visibilitychange", onVisible);
  };
}
