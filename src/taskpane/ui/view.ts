import { PaneContext } from "./context";

/** A tab of the pane: its panel, the workbook context, and its inputs as typed (saved and restored). */
export interface View<S> {
  panel: HTMLElement;
  setContext(ctx: PaneContext): void;
  getState(): S;
  setState(s: S): void;
  /** True while the tab works through a long job (a big roster): saving waits for it. */
  busy?(): boolean;
}
