import pkg from "../../package.json";
import css from "./ui/styles.css";
import { startApp } from "./ui/app";
import { setFigureTheme } from "./charts/view/figure";
import { followTheme } from "./ui/theme";

/** Entry of dist/taskpane.js: the shared-runtime page inside Excel, or a plain page in a browser. */
function start(): void {
  // Office's theme (or the browser's scheme outside Office), followed as it changes; the charts redraw in it.
  followTheme((name) => void setFigureTheme(name));
  const style = document.createElement("style");
  style.textContent = css;
  document.head.appendChild(style);
  const root = document.getElementById("app");
  if (root) startApp(root, pkg.version);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
