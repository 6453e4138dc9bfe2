import type { SeriesCModelInput } from "../../layout";
import { DateOrder } from "../../input/text";
import { CapitalFormRow, exampleCapital } from "./capital";
import { ModelInputReading, seriesCModelInput } from "./modelInput";
import { RowList, RowListPorts } from "./rowList";
import {
  EventRow,
  ParsedSeriesC,
  PaymentRow,
  SeriesCField,
  SeriesCForm,
  SeriesCPreview,
  addTermsNotes,
  defaultSeriesCForm,
  parseSeriesC,
  seriesCResults,
} from "./seriesC";
import { CAPITAL_LIST, EVENT_LIST, PAYMENT_LIST } from "./seriesCRows";
import { ExitController, ExitPreview } from "./exitController";
import { HOLDER_LIST, HolderFormRow } from "./holders";

/** Said when the example capital is used. */
export const EXAMPLE_CAPITAL_NOTE =
  "The example capital of SERIESC_EXIT is in use: $10M senior notes, 1M Series C shares, a convertible Parity class, 10M common, 2M options at $10.";

/**
 * The Series C tab's state and orchestration, without a DOM: the form as
 * typed, its three lists of rows (events, payments, capital: model/rowList.ts),
 * the form read and checked, what the tab shows, and whether Insert may
 * write. The view (ui/seriesCView.ts) renders it and forwards the user's
 * input; `changed` is called after every change of the form.
 */
export class SeriesCController {
  /** The defaults with the typed fields blank until the saved inputs are restored (`restore`). */
  readonly form: SeriesCForm = { ...defaultSeriesCForm(), asOf: "", shares: "", fmv: "" };
  readonly events: RowList<EventRow>;
  readonly payments: RowList<PaymentRow>;
  readonly capital: RowList<CapitalFormRow>;
  /** Who holds how much of which capital row (model/holders.ts), and the exit section's calculation (model/exitController.ts). */
  readonly holders: RowList<HolderFormRow>;
  readonly exit = new ExitController();
  parsed: ParsedSeriesC;

  constructor(
    private readonly order: DateOrder,
    ports: RowListPorts,
  ) {
    const f = this.form;
    this.events = new RowList(
      EVENT_LIST,
      () => f.events,
      (rows) => (f.events = rows),
      ports,
    );
    this.payments = new RowList(
      PAYMENT_LIST,
      () => f.payments,
      (rows) => (f.payments = rows),
      ports,
    );
    this.capital = new RowList(
      CAPITAL_LIST,
      () => f.capital,
      (rows) => (f.capital = rows),
      ports,
    );
    this.holders = new RowList(
      HOLDER_LIST,
      () => f.holders,
      (rows) => (f.holders = rows),
      ports,
    );
    this.parsed = parseSeriesC(f, order);
  }

  setField(k: SeriesCField | "exitMax" | "exitValue", value: string): void {
    this.form[k] = value;
  }

  /** A term typed in the Terms section ("" or the default's text: the default). */
  setTerm(name: string, text: string): void {
    if (text.trim() === "") delete this.form.terms[name];
    else this.form.terms[name] = text;
  }

  /** "Reset to default": the term's typed value forgotten. */
  resetTerm(name: string): void {
    delete this.form.terms[name];
  }

  /** The form read and checked again (after any change). */
  parse(): ParsedSeriesC {
    this.parsed = parseSeriesC(this.form, this.order);
    return this.parsed;
  }

  /** What the tab shows, without the terms' notes (`termsNotes` adds them, once the page is idle). */
  preview(): SeriesCPreview {
    return seriesCResults(this.parsed);
  }

  /** The notes of the changed terms on a preview of the current reading; true when one was added. */
  termsNotes(preview: SeriesCPreview): boolean {
    return addTermsNotes(this.parsed, preview);
  }

  /** The exit section: who gets what, breakpoints, the Sale of the Company's routes, the holders' payouts. */
  exitPreview(): ExitPreview {
    return this.exit.preview(this.parsed);
  }

  /** The rows not counted until they are complete and valid, said in a sentence ("" when none). */
  leftOutText(): string {
    return this.parsed.leftOut.length ? `Not counted until complete and valid: ${this.parsed.leftOut.join(", ")}.` : "";
  }

  useExampleCapital(): Promise<void> {
    return this.capital.use(exampleCapital(), "The example capital", EXAMPLE_CAPITAL_NOTE);
  }

  /** Why Insert writes nothing, given the problems shown that block (none: it may write). */
  insertRefusal(blocking: number): string | undefined {
    return blocking ? `Nothing written: fix the ${blocking === 1 ? "problem" : `${blocking} problems`} listed at the top of this tab first.` : undefined;
  }

  /** With the capital table, when the form has one (Cert §4; the exit waterfall and the exit table). */
  modelInput(): ModelInputReading<SeriesCModelInput> {
    return seriesCModelInput(this.parsed);
  }

  getState(): SeriesCForm {
    const f = this.form;
    return {
      ...f,
      events: f.events.map((e) => ({ ...e })),
      payments: f.payments.map((p) => ({ ...p })),
      capital: f.capital.map((c) => ({ ...c })),
      terms: { ...f.terms },
      holders: f.holders.map((h) => ({ ...h })),
    };
  }

  setState(s: SeriesCForm): void {
    Object.assign(this.form, {
      ...s,
      events: s.events.map((e) => ({ ...e })),
      payments: s.payments.map((p) => ({ ...p })),
      capital: s.capital.map((c) => ({ ...c })),
      terms: { ...s.terms },
      holders: (s.holders ?? []).map((h) => ({ ...h })),
      exitValue: s.exitValue ?? "",
    });
  }
}
