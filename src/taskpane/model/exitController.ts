import { ZERO } from "../../calc/core/decimal";
import { ExitModel, distributeExit, prepareExit } from "../../calc/seriesC/exit";
import { Day } from "../../calc/time/civil";
import { formatMoney, formatPerShare } from "./cells";
import { EXIT_LABEL, ExitReading, ExitTable, WHO_GETS_WHAT_HEADER, capitalNeeds, convertsText, exitModelKey, noTable, percentOf } from "./exit";
import { attemptAs } from "./fields";
import type { ParsedSeriesC } from "./seriesC";

/** Everything the exit section shows. */
export interface ExitPreview {
  whoGetsWhat: ExitTable;
}

type Attempt<T> = { ok: true; value: T } | { ok: false; message: string; detail: string };

/**
 * The exit section's calculation (model/exit.ts reads its fields), keeping
 * between keystrokes what does not depend on the exit value: the prepared
 * waterfall (calc/seriesC/exit.ts `prepareExit`), by the inputs it reads.
 * No DOM: ui/exitSection.ts renders what `preview` returns.
 */
export class ExitController {
  private modelKey = "";
  private model?: Attempt<ExitModel>;

  /** The waterfall prepared for the valid capital on the as-of date (undefined while either is missing). */
  prepared(p: ParsedSeriesC): Attempt<ExitModel> | undefined {
    if (p.asOf === undefined || !p.capital.complete || !p.capital.capital.length) return undefined;
    const key = exitModelKey(p);
    if (key !== this.modelKey || !this.model) {
      const day = p.asOf as Day;
      this.model = attemptAs(undefined, () => prepareExit(p.terms, { day, capital: p.capital.capital, events: p.events, payments: p.payments }));
      this.modelKey = key;
    }
    return this.model;
  }

  preview(p: ParsedSeriesC): ExitPreview {
    return { whoGetsWhat: this.whoGetsWhat(p, p.exit) };
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
    const d = attemptAs(undefined, () => distributeExit(m.value, proceeds));
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
