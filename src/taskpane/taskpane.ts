import pkg from "../../package.json";
import css from "./ui/styles.css";
import { startApp } from "./ui/app";
import { applyFluentTheme } from "./ui/theme";

/** Entry of dist/taskpane.js: the shared-runtime page inside Excel, or a plain page in a browser. */
function start(): void {
  applyFluentTheme();
  const style = document.createElement("style");
  style.textContent = css;
  document.head.appendChild(style);
  const root = document.getElementById("app");
  if (root) startApp(root, pkg.version);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
