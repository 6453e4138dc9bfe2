import { Dec } from "../../calc/core/decimal";
import { RosterGrant } from "../../input/roster";
import { formatPerShare } from "../model/cells";
import { OptionExchangeChart, OptionExchangeChartInputs, chartable, optionExchangeCharts } from "../model/optionExchangeCharts";
import { grantLabel } from "../model/roster";
import { h } from "./dom";
import { FigureGroup, FigureSlot } from "./figures";
import { selectField } from "./fields";

export interface OptionExchangeFiguresView {
  root: HTMLElement;
  /** The grants the picker offers: those of the page of the list now shown (indexes into the roster). */
  offer(grants: readonly RosterGrant[], indexes: readonly number[]): void;
  update(x: OptionExchangeChartInputs): void;
}

/**
 * The Option exchange tab's charts, in its results: the roster's vesting, and
 * for one grant — picked among the grants of the page of the list shown, the
 * first grant that can be charted until then — the value at exercise of one
 * eligible option against the new ones and the grant's vesting
 * (model/optionExchangeCharts.ts). `picked` is told the index of a grant the user
 * picks; while `busy` (the roster read or totalled) the charts wait.
 */
export function optionExchangeFiguresView(panel: HTMLElement, picked: (index: number) => void, busy: () => boolean): OptionExchangeFiguresView {
  const group = new FigureGroup(panel, busy);
  const slots: Record<OptionExchangeChart, FigureSlot> = {
    rosterVesting: new FigureSlot("ox-fig-roster-vesting"),
    exercise: new FigureSlot("ox-fig-exercise"),
    grantVesting: new FigureSlot("ox-fig-grant-vesting"),
  };
  const picker = selectField({
    id: "ox-fig-grant",
    label: "Grant shown in the two charts below",
    options: [],
    hint: "The grants of the page of the list shown above; Previous and Next offer others.",
  });
  // (a .field is display: flex, which would show it through `hidden`: the box around it is hidden instead)
  const pickerBox = h("div", { id: "ox-fig-grant-box", hidden: true }, picker.root);
  picker.control.addEventListener("change", () => picked(Number(picker.control.value)));
  let selected = -1;
  let offered: { grants: readonly RosterGrant[]; indexes: readonly number[] } = { grants: [], indexes: [] };

  function fillPicker(): void {
    const { grants, indexes } = offered;
    const list = indexes.filter((i) => grants[i] && chartable(grants[i]));
    if (selected >= 0 && grants[selected] && !list.includes(selected)) list.unshift(selected);
    pickerBox.hidden = list.length === 0;
    const key = JSON.stringify([list, selected, grants.length]);
    const select = picker.control as HTMLSelectElement;
    if (select.dataset.key === key) return;
    select.dataset.key = key;
    select.replaceChildren(
      ...list.map((i) => h("option", { value: String(i), text: `${grantLabel(grants[i])} · ${formatPerShare(new Dec(grants[i].price as number))}` })),
    );
    if (selected >= 0) select.value = String(selected);
  }

  const root = h(
    "div",
    { class: "figures", id: "ox-figures" },
    h("p", {
      class: "hint",
      text: "Drawn from the same calculation as the numbers above, as you type. Each chart's key points are written under its title; its data table lists the points plotted.",
    }),
    slots.rosterVesting.root,
    pickerBox,
    slots.exercise.root,
    slots.grantVesting.root,
  );
  return {
    root,
    offer(grants, indexes) {
      offered = { grants, indexes };
      fillPicker();
    },
    update(x) {
      selected = x.grant;
      fillPicker();
      const jobs = optionExchangeCharts(x);
      for (const k of Object.keys(slots) as OptionExchangeChart[]) group.show(slots[k], jobs[k]);
    },
  };
}
