import { webLightTheme } from "@fluentui/tokens";

/**
 * Fluent design tokens (the package Fluent UI React v9 and Fluent web
 * components use) as CSS variables on :root, e.g. --colorBrandBackground;
 * styles.css only refers to these variables.
 */
export function applyFluentTheme(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(webLightTheme)) root.style.setProperty(`--${name}`, String(value));
}
