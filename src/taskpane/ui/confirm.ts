import { h } from "./dom";

/**
 * In-pane confirmation (window.confirm does not exist in Office add-ins): a
 * modal <dialog> that traps focus, closes on Escape (= Cancel), and resolves
 * true only for the explicit Replace button.
 */
export function confirmDialog(title: string, message: string, okLabel = "Replace", cancelLabel = "Cancel"): Promise<boolean> {
  return new Promise((resolve) => {
    const titleEl = h("h2", { id: "confirm-title", text: title });
    const text = h("p", { id: "confirm-text", text: message });
    const ok = h("button", { type: "button", class: "button primary", id: "confirm-ok", text: okLabel });
    const cancel = h("button", { type: "button", class: "button", id: "confirm-cancel", text: cancelLabel });
    const dialog = h(
      "dialog",
      { class: "confirm", "aria-labelledby": "confirm-title", "aria-describedby": "confirm-text" },
      titleEl,
      text,
      h("div", { class: "actions" }, ok, cancel),
    );
    const previous = document.activeElement as HTMLElement | null;
    let done = false;
    const finish = (answer: boolean) => {
      if (done) return;
      done = true;
      if (dialog.open) dialog.close();
      dialog.remove();
      previous?.focus();
      resolve(answer);
    };
    ok.addEventListener("click", () => finish(true));
    cancel.addEventListener("click", () => finish(false));
    dialog.addEventListener("cancel", (e) => {
      e.preventDefault();
      finish(false);
    });
    document.body.appendChild(dialog);
    dialog.showModal();
    cancel.focus(); // the safe choice has the focus
  });
}
