import { Dec, ZERO } from "../../calc/core/decimal";
import { ExitBreakpoint } from "../../calc/seriesC/exitBreakpoints";
import { InputError, isInputError } from "../../calc/core/errors";
import { HolderPayout, holderPayouts } from "../../calc/seriesC/payouts";
import { SALE_ROUTE_TEXT, SaleRoutes, saleRoutes } from "../../calc/seriesC/sale";
import { ExitDistribution, ExitModel, distributeExit } from "../../calc/seriesC/exit";
import { Day } from "../../calc/time/civil";
import { formatMoney, formatPerShare } from "./cells";
import {
  EXIT_LABEL,
  ExitReading,
  ExitTable,
  WHO_GETS_WHAT_HEADER,
  breakpointsKnown,
  breakpointsOf,
  capitalNeeds,
  convertsText,
  noTable,
  percentOf,
  preparedExit,
} from "./exit";
import { attemptAs, inPaneWords } from "./fields";
import { HOLDER_LABEL } from "./holders";
import { SERIESC_LABEL } from "./seriesC";
import type { ParsedSeriesC } from "./seriesC";

/** A route of a Sale of the Company as the section shows it (SERIESC_SALE's row). */
export interface SaleRoute {
  route: string;
  perShare: string;
  exact: string;
  clause: string;
  available: boolean;
  /** "Yes", or "No: " and why. */
  availableText: string;
  best: boolean;
}

/** A breakpoint as the section lists it: the exit value and what happens there. */
export interface BreakpointItem {
  proceeds: string;
  exact: string;
  event: string;
}

/** Everything the exit section shows. */
export interface ExitPreview {
  whoGetsWhat: ExitTable;
  whoGetsWhatCaption: string;
  breakpoints: { items: BreakpointItem[]; note?: string; error?: string; pending?: boolean };
  sale: { routes: SaleRoute[]; best?: string; note?: string; error?: string };
  payouts: ExitTable;
  payoutsCaption: string;
}

type Attempt<T> = { ok: true; value: T } | { ok: false; message: string; detail: string };

/**
 * The exit section's calculation (model/exit.ts reads its fields), keeping
 * between keystrokes what does not depend on the exit value: the prepared
 * waterfall (calc/seriesC/exit.ts `prepareExit`), by the inputs it reads.
 * No DOM: ui/exitSection.ts renders what `preview` returns.
 */
export class ExitController {
  private distributedBy?: ExitModel;
  private distributedAt?: Dec;
  private distributed?: Attempt<ExitDistribution>;
  private saleKey = "";
  private saleResult?: Attempt<SaleRoutes>;

  /** The waterfall prepared for the valid capital on the as-of date (undefined while either is missing; model/exit.ts `preparedExit`). */
  prepared(p: ParsedSeriesC): Attempt<ExitModel> | undefined {
    if (p.asOf === undefined || !p.capital.complete || !p.capital.capital.length) return undefined;
    return attemptAs(undefined, () => preparedExit(p) as ExitModel);
  }

  preview(p: ParsedSeriesC): ExitPreview {
    const at = p.exit.exitValue ? ` at an exit value of ${formatMoney(p.exit.exitValue)}` : "";
    return {
      whoGetsWhat: this.whoGetsWhat(p, p.exit),
      whoGetsWhatCaption: `Who gets what${at}`,
      breakpoints: this.breakpoints(p),
      sale: this.sale(p),
      payouts: this.payouts(p, p.exit),
      payoutsCaption: `Payouts by holder${at}`,
    };
  }

  /**
   * Where the distribution changes slope (SERIESC_BREAKPOINTS). Found after the
   * keystroke's frame: while they are not known for this capital, `pending`
   * (the view then calls `findBreakpoints` once the frame is painted).
   */
  breakpoints(p: ParsedSeriesC, find = false): ExitPreview["breakpoints"] {
    const why = capitalNeeds(p);
    if (why) return { items: [], note: why };
    const m = this.prepared(p)!;
    if (!m.ok) return { items: [], error: m.message };
    if (!find && !breakpointsKnown(m.value)) return { items: [], pending: true, note: "Finding the breakpoints…" };
    const found = attemptAs(undefined, () => breakpointsOf(m.value));
    if (!found.ok) return { items: [], error: found.message };
    if (!found.value.length) return { items: [], note: "None: every amount is a straight line in the exit value from $0." };
    return {
      items: found.value.map((b) => ({ proceeds: formatMoney(b.proceeds), exact: b.proceeds.toString(), event: breakpointSentence(b) })),
    };
  }

  /** The breakpoints found now (after the frame that showed the keystroke). */
  findBreakpoints(p: ParsedSeriesC): ExitPreview["breakpoints"] {
    return this.breakpoints(p, true);
  }

  /** The distribution of `proceeds` by the prepared waterfall (who gets what and the payouts read the same one). */
  distribution(m: ExitModel, proceeds: Dec): Attempt<ExitDistribution> {
    if (this.distributedBy !== m || !this.distributedAt?.eq(proceeds) || !this.distributed) {
      this.distributedBy = m;
      this.distributedAt = proceeds;
      this.distributed = attemptAs(undefined, () => distributeExit(m, proceeds));
    }
    return this.distributed;
  }

  /** What a Series C share gets on a Sale of the Company by each route, the best one marked (SERIESC_SALE). */
  sale(p: ParsedSeriesC): ExitPreview["sale"] {
    const missing = (["asOf", "fmv"] as const).filter((k) => p.fields[k].error !== undefined).map((k) => SERIESC_LABEL[k].toLowerCase());
    if (missing.length) return { routes: [], note: `Enter a valid ${missing.join(" and ")} above: the sale is on that date, at that value.` };
    const key = JSON.stringify([p.terms, p.asOf, p.fmv?.toString(), p.noticeDay, p.events, p.payments]);
    if (key !== this.saleKey || !this.saleResult) {
      this.saleKey = key;
      this.saleResult = attemptAs(undefined, () =>
        saleRoutes(p.terms, { day: p.asOf as Day, fmv: p.fmv as Dec, noticeDay: p.noticeDay, events: p.events, payments: p.payments }),
      );
    }
    const r = this.saleResult;
    if (!r.ok) return { routes: [], error: r.message };
    const routes = r.value.routes.map((x): SaleRoute => {
      const text = SALE_ROUTE_TEXT[x.id];
      return {
        route: text.label.charAt(0).toUpperCase() + text.label.slice(1),
        perShare: formatPerShare(x.perShare),
        exact: x.perShare.toString(),
        clause: text.clause,
        available: x.unavailable === undefined,
        availableText: x.unavailable === undefined ? "Yes" : `No: ${x.unavailable}`,
        best: x.id === r.value.best.id,
      };
    });
    const best = routes.find((x) => x.best)!;
    return { routes, best: `Best: ${best.route.toLowerCase()}, ${best.perShare} per Series C share (${best.clause}).` };
  }

  /** What each holder receives at the exit value, in all and through each capital row (SERIESC_PAYOUTS). */
  payouts(p: ParsedSeriesC, exit: ExitReading): ExitTable {
    const header = ["Holder", "Total", ...p.capital.capital.map((r) => r.name)];
    const why = capitalNeeds(p);
    if (why) return noTable(header, { note: why });
    const holdings = exit.holders.holdings;
    if (!holdings.length) return noTable(header, { note: "Paste or add the holders below to see what each receives." });
    if (exit.exitValueError || !exit.exitValue)
      return noTable(header, { note: `Enter an ${EXIT_LABEL.exitValue.toLowerCase()} above to see what each holder receives.` });
    const m = this.prepared(p)!;
    if (!m.ok) return noTable(header, { error: m.message });
    const proceeds = exit.exitValue;
    const positions = exit.holders.rows.filter((r) => r.holding).map((r) => r.position);
    const inputs = holdings.map((h, i) => ({ row: positions[i], holder: h.holder, rowName: h.row, quantity: h.quantity }));
    const d = this.distribution(m.value, proceeds);
    if (!d.ok) return noTable(header, { error: d.message });
    let payouts: HolderPayout[];
    try {
      payouts = holderPayouts(d.value, m.value.capital, inputs);
    } catch (e) {
      if (!isInputError(e)) throw e;
      return noTable(header, { error: holdingsError(e) });
    }
    const rows = payouts.map((x) => [x.holder, formatMoney(x.total), ...x.amounts.map(formatMoney)]);
    const exact = payouts.map((x) => [x.total.toString()]);
    return { header, rows, exact };
  }

  /** Who gets what at the exit value: one row per capital row (SERIESC_EXIT), then the total. */
  whoGetsWhat(p: ParsedSeriesC, exit: ExitReading): ExitTable {
    const why = capitalNeeds(p);
    if (why) return noTable(WHO_GETS_WHAT_HEADER, { note: why });
    if (exit.exitValueError) return noTable(WHO_GETS_WHAT_HEADER, { note: `Fix the ${EXIT_LABEL.exitValue.toLowerCase()} above.` });
    if (!exit.exitValue) return noTable(WHO_GETS_WHAT_HEADER, { note: `Enter an ${EXIT_LABEL.exitValue.toLowerCase()} above to see who gets what.` });
    const m = this.prepared(p)!;
    if (!m.ok) return noTable(WHO_GETS_WHAT_HEADER, { error: m.message });
    const proceeds = exit.exitValue;
    const d = this.distribution(m.value, proceeds);
    if (!d.ok) return noTable(WHO_GETS_WHAT_HEADER, { error: d.message });
    const rows = d.value.rows.map((r) => [
      r.name,
      convertsText(r.converts),
      formatMoney(r.amount),
      r.perShare === undefined ? "—" : formatPerShare(r.perShare),
      percentOf(r.amount, proceeds),
    ]);
    const exact = d.value.rows.map((r) => [r.amount.toString(), r.perShare?.toString() ?? ""]);
    const total = d.value.rows.reduce((x, r) => x.plus(r.amount), ZERO);
    rows.push(["Total", "", formatMoney(total), "", percentOf(total, proceeds)]);
    exact.push([total.toString(), ""]);
    return { header: WHO_GETS_WHAT_HEADER, rows, exact, totalRow: true };
  }
}

/** The calculation's refusal of a holdings row, in the holders table's words, from where it is (never its text): "Holder row 3, Quantity (shares): …". */
function holdingsError(e: InputError): string {
  const at = e.at;
  if (at?.row === undefined || at.problem === undefined) return inPaneWords(e);
  const label = at.column === "row" ? HOLDER_LABEL.row : at.column === "holder" ? HOLDER_LABEL.holder : HOLDER_LABEL.quantity;
  return `Holder row ${at.row}, ${label}: ${at.problem}`;
}

/** What happens at a breakpoint, as one sentence: "Series D converts; options at $10.00 exercised." */
export function breakpointSentence(b: ExitBreakpoint): string {
  const text = b.events.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? "" : "."}`;
}
