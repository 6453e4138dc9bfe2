import { detectExcel, registeredFunctions } from "../excel/sheet";
import { PaneContext } from "./context";
import { h } from "./dom";
import { optionExchangeView } from "./optionExchangeView";
import { seriesCView } from "./seriesCView";
import { tabs } from "./tabs";

/** Builds the pane at once (it works without Office), then enables the sheet actions if Excel answers. */
export function startApp(root: HTMLElement, version: string): void {
  let ctx: PaneContext = { inExcel: false, available: undefined };
  const sc = seriesCView(ctx);
  const ox = optionExchangeView(ctx);
  const mode = h("p", { class: "mode", id: "mode", text: "Standalone page: results are computed here; nothing is written to a workbook." });
  root.replaceChildren(
    h("header", { class: "top" }, h("h1", { text: "MPWR" }), h("span", { class: "version", text: `v${version}` })),
    mode,
    tabs(
      [
        { id: "seriesc", label: "Series C", panel: sc.panel },
        { id: "optex", label: "Option exchange", panel: ox.panel },
      ],
      "Models",
    ),
  );
  root.removeAttribute("aria-busy");
  void (async () => {
    const inExcel = await detectExcel();
    if (!inExcel) return;
    ctx = { inExcel, available: await registeredFunctions() };
    mode.textContent = "In Excel: Insert writes a live model at the selected cell.";
    sc.setContext(ctx);
    ox.setContext(ctx);
  })();
}
