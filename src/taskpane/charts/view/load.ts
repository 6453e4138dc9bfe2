import type uPlotType from "uplot";

/**
 * uPlot is loaded on first need, into a chunk of its own (webpack's dynamic
 * import): the pane's first paint never waits for it, and dist/functions.js
 * never contains it. The chunk's URL is relative to taskpane.js (webpack
 * output.publicPath "auto"), so a build served under a path loads it there.
 */
export type UPlot = typeof uPlotType;

let loading: Promise<UPlot> | undefined;

export function loadUplot(): Promise<UPlot> {
  if (!loading) {
    loading = Promise.all([import(/* webpackChunkName: "uplot" */ "uplot"), import(/* webpackChunkName: "uplot" */ "uplot/dist/uPlot.min.css")]).then(
      ([lib, css]) => {
        if (!document.getElementById("uplot-css")) {
          const style = document.createElement("style");
          style.id = "uplot-css";
          style.textContent = (css as { default: string }).default;
          document.head.appendChild(style);
        }
        return lib.default;
      },
    );
    loading.catch(() => (loading = undefined)); // a failed load (network) is tried again next time
  }
  return loading;
}
