import { DateOrder } from "../../input/text";
import { Problem } from "./fields";
import { GrantList } from "./grantList";
import type { OptionExchangeModelInput } from "../../layout";
import { ModelInputReading, optionExchangeModelInput } from "./modelInput";
import {
  GrantCalculator,
  OPTION_EXCHANGE_ID,
  OPTION_EXCHANGE_LABEL,
  OptionExchangeField,
  OptionExchangeForm,
  OptionExchangeReading,
  defaultOptionExchangeForm,
  grantsWithProblems,
  optionExchangeProblems,
  grantLine,
  readOptionExchangeInputs,
  rosterProblems,
  totalsJob,
} from "./optionExchange";
import { firstChartable } from "./optionExchangeCharts";
import { gridFromText } from "./paste";
import { RosterReader } from "./roster";
import { RosterController, RosterPorts } from "./rosterController";
import { TotalsController } from "./totalsController";

/** What the Option exchange view is told; it renders the controller's state. */
export interface OptionExchangeListener {
  /** The roster's reading status or progress changed. */
  rosterProgress(): void;
  /** The roster's text changed; `updateBox`: show it in the box. */
  rosterText(updateBox: boolean): void;
  /** The problems and the page of grants are to be drawn again. */
  render(): void;
  /** The charts are to be drawn again (after the totals started: they come first). */
  figures(): void;
  /** The totals started, went on (`done` of `of` grants) or finished. */
  totalsStarted(): void;
  totalsProgress(done: number, of: number): void;
  totalsDone(): void;
  /** The user changed the inputs (they are to be saved). */
  edited(): void;
}

/**
 * The Option exchange tab's state and orchestration, without a DOM: the fields
 * as typed and read, the roster (RosterController), the totals
 * (TotalsController), the page of grants (GrantList), the grant the charts
 * show, the problems to list, and whether Insert may write. The view
 * (ui/optionExchangeView.ts) renders it and forwards the user's input.
 */
export class OptionExchangeController {
  /** The defaults with the typed fields blank until the saved inputs are restored. */
  readonly form: OptionExchangeForm = { ...defaultOptionExchangeForm(), expiration: "", ratio: "" };
  readonly calc = new GrantCalculator();
  readonly roster: RosterController;
  readonly totals: TotalsController;
  readonly list = new GrantList();
  reading: OptionExchangeReading;
  /** Index in the roster of the grant the grant charts show, or −1. */
  chartGrant = -1;

  constructor(
    private readonly order: DateOrder,
    ports: RosterPorts,
    private readonly listener: OptionExchangeListener,
  ) {
    this.reading = readOptionExchangeInputs(this.form, order);
    this.totals = new TotalsController(this.calc, {
      started: () => listener.totalsStarted(),
      progress: (done, of) => listener.totalsProgress(done, of),
      done: () => listener.totalsDone(),
    });
    this.roster = new RosterController(order, ports, {
      progress: () => listener.rosterProgress(),
      text: (updateBox) => {
        this.form.roster = this.roster.text;
        listener.rosterText(updateBox);
      },
      started: () => this.totals.cancel(),
      read: () => this.rosterRead(),
      edited: () => {
        this.form.rosterColumns = this.roster.mappingsText();
        listener.edited();
      },
    });
  }

  /** True while the roster is read or totalled: saving and the charts wait. */
  busy(): boolean {
    return this.roster.busy || this.totals.running;
  }

  /** A field typed. */
  setField(k: OptionExchangeField, value: string): void {
    this.form[k] = value;
    this.inputsChanged();
  }

  /** The fields read again after a change: the problems, the totals (when they depend on it), the charts. */
  private inputsChanged(): void {
    this.reading = readOptionExchangeInputs(this.form, this.order);
    this.listener.render();
    this.totals.inputsChanged(this.roster.roster.grants, this.reading.inputs);
    this.listener.figures();
    this.listener.edited();
  }

  /** A term typed in the Terms section ("": the default). */
  setTerm(name: string, text: string): void {
    const terms = { ...(this.form.terms ?? {}) };
    if (text.trim() === "") delete terms[name];
    else terms[name] = text;
    this.form.terms = terms;
    this.inputsChanged();
  }

  /** "Reset to default". */
  resetTerm(name: string): void {
    this.setTerm(name, "");
  }

  /** The grant the user picked for the grant charts. */
  pickGrant(index: number): void {
    this.chartGrant = index;
  }

  private rosterRead(): void {
    this.form.roster = this.roster.text;
    this.list.reset();
    this.chartGrant = firstChartable(this.roster.roster.grants);
    this.listener.render();
    this.totals.start(this.roster.roster.grants, this.reading.inputs, 80);
    this.listener.figures();
  }

  /** Every problem to list (`submitted`: Insert was pressed, so an empty roster is one). */
  problems(submitted: boolean): Problem[] {
    const roster = this.roster.roster;
    const out = optionExchangeProblems(this.reading, roster);
    if (submitted && !this.roster.busy && roster.grants.length === 0 && !roster.problem)
      out.push({
        field: OPTION_EXCHANGE_ID.roster,
        message: `${OPTION_EXCHANGE_LABEL.roster}: paste a roster or use the selected range; there are no grants to write`,
      });
    return out;
  }

  /** The roster field's message: its problem, how many grants have one (and the first), or that it is empty. */
  rosterError(submitted: boolean): string | undefined {
    const roster = this.roster.roster;
    const L = OPTION_EXCHANGE_LABEL;
    const n = grantsWithProblems(roster);
    if (roster.problem) return `${L.roster}: ${roster.problem}`;
    if (n)
      return `${n.toLocaleString("en-US")} grant${n === 1 ? " has a problem" : "s have problems"}: ${rosterProblems(roster, 1)[0]?.message.replace(`${L.roster}: `, "")}${n > 1 ? " (tick “Only grants with problems” to see them all)" : ""}`;
    if (submitted && !this.roster.busy && roster.grants.length === 0) return `${L.roster}: paste a roster or use the selected range`;
    return undefined;
  }

  /** Why Insert writes nothing, given the problems shown that block (none: it may write). */
  insertRefusal(blocking: number): string | undefined {
    if (this.roster.busy) return "Nothing written: the roster is still being read.";
    if (blocking) return `Nothing written: fix the ${blocking === 1 ? "problem" : `${blocking} problems`} listed at the top of this tab first.`;
    return undefined;
  }

  modelInput(): ModelInputReading<OptionExchangeModelInput> {
    return optionExchangeModelInput(this.reading.inputs, this.roster.roster.grants);
  }

  /** Saved inputs restored. */
  setState(s: OptionExchangeForm): void {
    Object.assign(this.form, s, { terms: { ...(s.terms ?? {}) } });
    this.reading = readOptionExchangeInputs(this.form, this.order);
    this.roster.restoreMappings(this.form.rosterColumns);
    this.form.rosterColumns = this.roster.mappingsText();
    this.roster.restore(this.form.roster);
  }

  getState(): OptionExchangeForm {
    return { ...this.form, terms: { ...(this.form.terms ?? {}) } };
  }
}

/**
 * The roster path on made-up grants, nothing kept: three rosters of 1,500 grants (CSV with quotes,
 * tab-separated, CSV), each valued at 20 exercise prices of its own, one per call of `idle` (each
 * about 30–60 ms the first time). The browser compiles the reader, the totals and the 40-digit
 * Black–Scholes arithmetic then, so that the first real paste runs about as fast as later ones.
 */
export function warmUp(order: DateOrder, idle: (f: () => void) => void, step = 0): void {
  const sep = step === 1 ? "\t" : ",";
  const text = ["Exercise Price,Options Outstanding,Grant Date,Optionee,Grant ID".split(",").join(sep)]
    .concat(
      Array.from({ length: 1500 }, (_, i) =>
        [`"$${(5 + 20 * step + (i % 20)).toFixed(2)}"`, `"${(1000 + i).toLocaleString("en-US")}"`, `2000-0${1 + (i % 9)}-15`, `"Employee ${i}"`, `G-${i}`].join(
          sep,
        ),
      ),
    )
    .join("\r\n");
  const calc = new GrantCalculator();
  const roster = new RosterReader(order).read(gridFromText(text));
  const job = totalsJob(roster.grants, { ratio: 0.75, newStrike: 4.5, expiration: 37161, valuation: { spot: 5, rate: 0.05, vol: 0.8, oldYears: 8.5 } }, calc);
  while (!job.next().done);
  roster.grants.slice(0, 25).forEach((g, i) => grantLine(g, i, { ratio: 0.75, newStrike: 4.5 }, calc));
  if (step < 2) idle(() => warmUp(order, idle, step + 1));
}
