import { RosterGrant } from "../../input/roster";
import { GrantCalculator, GrantLine, OptionExchangeInputs, grantLine } from "./optionExchange";

/** Grants per page of the list: the pane never renders every grant. */
export const PAGE_SIZE = 25;

/** One page of the grant list, as the view draws it. */
export interface GrantPage {
  /** Indexes into the roster of the grants on the page. */
  shown: number[];
  info: string;
  hasPrevious: boolean;
  hasNext: boolean;
  lines: GrantLine[];
  /** "Row 4 (1002): …", for the grants of the page. */
  problems: string[];
  /** The break-even notes of the page's grants without problems. */
  notes: string[];
}

/**
 * The Option exchange tab's list of grants: a page at a time, optionally only
 * the grants with problems; which grants' details are open. No DOM.
 */
export class GrantList {
  page = 0;
  onlyProblems = false;
  /** Grants whose details are open (indexes into the roster). */
  readonly open = new Set<number>();

  /** A new roster: the first page, every grant's details closed. */
  reset(): void {
    this.page = 0;
    this.open.clear();
  }

  previous(): void {
    this.page = Math.max(0, this.page - 1);
  }

  next(): void {
    this.page += 1;
  }

  setOnlyProblems(on: boolean): void {
    this.onlyProblems = on;
    this.page = 0;
  }

  /** The page now shown (the page number kept within the list). */
  pageOf(grants: readonly RosterGrant[], inputs: OptionExchangeInputs, calc: GrantCalculator): GrantPage {
    let filtered: number[] | undefined;
    if (this.onlyProblems) {
      filtered = [];
      for (let i = 0; i < grants.length; i++) if (grants[i].problems.length) filtered.push(i);
    }
    const count = filtered ? filtered.length : grants.length;
    const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
    this.page = Math.min(this.page, pages - 1);
    const from = this.page * PAGE_SIZE;
    const shown: number[] = [];
    for (let k = from; k < Math.min(count, from + PAGE_SIZE); k++) shown.push(filtered ? filtered[k] : k);
    const info =
      count === 0
        ? "No grant has a problem."
        : `Grants ${(from + 1).toLocaleString("en-US")}–${(from + shown.length).toLocaleString("en-US")} of ${count.toLocaleString("en-US")}${filtered ? " with problems" : ""}`;
    const lines: GrantLine[] = [];
    const problems: string[] = [];
    const notes: string[] = [];
    for (const i of shown) {
      const line = grantLine(grants[i], i, inputs, calc);
      if (line.breakevenNote && !line.problems.length) notes.push(`Break-even, ${line.label}: ${line.breakevenNote}`);
      for (const p of line.problems) problems.push(`Row ${grants[i].line} (${line.label}): ${p}`);
      lines.push(line);
    }
    return { shown, info, hasPrevious: this.page > 0, hasNext: this.page < pages - 1, lines, problems, notes };
  }
}
