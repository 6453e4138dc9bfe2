import { RosterGrant } from "../../input/roster";
import { formatMoney, formatNumber } from "./cells";
import { JobRunner } from "./jobs";
import { GrantCalculator, OptionExchangeInputs, Totals, totalsJob } from "./optionExchange";
import { termsChanging } from "./terms";

/** The view is told each step; `totals` holds the last finished totals. */
export interface TotalsListener {
  /** A computation starts (the shown totals will change). */
  started(): void;
  /** Part of the roster done (after the first slice): the shown totals are stale. */
  progress(done: number, of: number): void;
  done(totals: Totals): void;
}

/**
 * The roster's totals (model/optionExchange.ts totalsJob), recomputed in slices
 * when the roster or the inputs they depend on change — not for the others
 * (without the valuation inputs the expiration date only changes a grant's
 * details). A new start cancels the one before.
 */
export class TotalsController {
  totals?: Totals;
  /**
   * Which changed terms of the Terms section change each total, by the total's element id (the
   * changed terms' names); computed after the totals, in slices of their own, only when a term was
   * changed and the grants are valued (the other totals read no term of the section).
   */
  termsChangingTotals = new Map<string, string[]>();
  private readonly runner = new JobRunner();
  private readonly notesRunner = new JobRunner();
  private key = "";

  constructor(
    private readonly calc: GrantCalculator,
    private readonly listener: TotalsListener,
  ) {}

  get running(): boolean {
    return this.runner.running;
  }

  /** The inputs the totals depend on (with the valuation inputs, the expiration date: the valuation date). */
  static keyOf(inputs: OptionExchangeInputs): string {
    return JSON.stringify([
      inputs.ratio,
      inputs.newStrike,
      inputs.valuation,
      inputs.valuation ? inputs.expiration : undefined,
      inputs.valuation ? inputs.terms : undefined,
    ]);
  }

  /** Starts again when the inputs the totals depend on changed; true when it did. */
  inputsChanged(grants: readonly RosterGrant[], inputs: OptionExchangeInputs): boolean {
    if (TotalsController.keyOf(inputs) === this.key) return false;
    this.start(grants, inputs);
    return true;
  }

  /**
   * Recomputes the totals. After a keystroke only a few milliseconds of it run before the frame is
   * painted (the rest follows in slices, with progress); after a paste the first slice may take
   * longer, so that a roster of a few thousand grants shows its totals in the same frame.
   */
  start(grants: readonly RosterGrant[], inputs: OptionExchangeInputs, firstBudgetMs = 4): void {
    this.key = TotalsController.keyOf(inputs);
    this.notesRunner.cancel();
    this.listener.started();
    this.runner.run(totalsJob(grants, inputs, this.calc, 100), {
      firstBudgetMs,
      progress: (done) => this.listener.progress(done, grants.length),
      done: (t) => {
        this.totals = t;
        this.termsChangingTotals = new Map();
        this.listener.done(t);
        const changed = (inputs.terms ?? []).map((o) => o.name);
        if (changed.length && inputs.valuation)
          // after the totals' frame, in short slices: a keystroke's frame does not wait for it
          this.notesRunner.run(termsChangingTotalsJob(grants, inputs, this.calc, changed, t), {
            firstBudgetMs: 0,
            sliceMs: 8,
            done: (by) => {
              this.termsChangingTotals = by;
              this.listener.done(t);
            },
          });
      },
    });
  }

  cancel(): void {
    this.runner.cancel();
    this.notesRunner.cancel();
  }
}

/** One line of the totals: its element id, label, text and exact value. */
export interface TotalLine {
  id: string;
  label: string;
  value: string;
  exact?: string;
}

/** The totals as the tab lists them. */
export function totalLines(t: Totals): TotalLine[] {
  const items: TotalLine[] = [{ id: "ox-total-grants", label: "Grants", value: t.grants.toLocaleString("en-US"), exact: String(t.grants) }];
  if (t.withProblems)
    items.push({
      id: "ox-total-problems",
      label: "Grants with problems (not counted)",
      value: t.withProblems.toLocaleString("en-US"),
      exact: String(t.withProblems),
    });
  items.push({ id: "ox-total-eligible", label: "Eligible options", value: formatNumber(t.eligible, 0), exact: t.eligible.toString() });
  items.push(
    t.newOptions
      ? { id: "ox-total", label: "New options (each grant rounded down)", value: formatNumber(t.newOptions, 0), exact: t.newOptions.toString() }
      : { id: "ox-total", label: "New options", value: "Needs a valid exchange ratio" },
  );
  if (t.oldValue && t.newValue && t.incremental && t.cost) {
    // OPTEX_VALUATION's total row (the same calc), valued at the expiration date
    items.push({ id: "ox-total-oldvalue", label: "Value of the old grants", value: formatMoney(t.oldValue), exact: t.oldValue.toString() });
    items.push({ id: "ox-total-newvalue", label: "Value of the new grants", value: formatMoney(t.newValue), exact: t.newValue.toString() });
    items.push({
      id: "ox-total-incremental",
      label: "Incremental fair value (new − old)",
      value: formatMoney(t.incremental),
      exact: t.incremental.toString(),
    });
    items.push({ id: "ox-total-cost", label: "Incremental cost (ASC 718)", value: formatMoney(t.cost), exact: t.cost.toString() });
    if (t.notValued)
      items.push({
        id: "ox-total-notvalued",
        label: "Grants not valued (see their details)",
        value: t.notValued.toLocaleString("en-US"),
        exact: String(t.notValued),
      });
  } else if (t.valuationProblem) items.push({ id: "ox-total-valuation", label: "Valuation", value: t.valuationProblem });
  return items;
}

/** Each total as comparable text, by its element id. */
const totalsKeys = (t: Totals): Map<string, string> => new Map(totalLines(t).map((l) => [l.id, l.exact ?? l.value]));

/**
 * model/terms.ts termsChanging over the totals: the totals computed again with the defaults in place
 * of the changed terms (and, when more than one changed, of each in turn), a slice at a time.
 */
export function* termsChangingTotalsJob(
  grants: readonly RosterGrant[],
  inputs: OptionExchangeInputs,
  calc: GrantCalculator,
  changed: readonly string[],
  actual: Totals,
): Generator<number, Map<string, string[]>> {
  yield 0; // nothing in the frame that shows the totals: the first slice runs in a task of its own
  const sets = changed.length === 1 ? [changed] : [changed, ...changed.map((n) => [n])];
  const computed = new Map<string, Map<string, string>>();
  for (const reset of sets) {
    const kept = (inputs.terms ?? []).filter((o) => !reset.includes(o.name));
    const t = yield* totalsJob(grants, { ...inputs, terms: kept.length ? kept : undefined }, calc, 100);
    computed.set(reset.join("|"), totalsKeys(t));
  }
  return termsChanging(changed, (reset) => computed.get(reset.join("|")) ?? new Map(), totalsKeys(actual));
}

export const totalsProgressText = (done: number, of: number): string =>
  `Computing the totals: ${done.toLocaleString("en-US")} of ${of.toLocaleString("en-US")} grants…`;
