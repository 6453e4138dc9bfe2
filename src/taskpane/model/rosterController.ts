import { HeaderReading, RosterGrant, RosterMapping } from "../../input/roster";
import { ColumnMappingForm, describeMapping, forget, mappingsFromRecord, mappingsRecord, remember } from "./columnMapping";
import { DateOrder } from "../../input/text";
import { JobRunner } from "./jobs";
import { CHUNKED_PASTE_CHARS, GridReading, gridFromTextInChunks, quoteProblemText, readGrid } from "./paste";
import { EMPTY_ROSTER, RosterReader, RosterState, acrossRows } from "./roster";
import { rosterTextFromValues } from "./selection";

/**
 * A roster longer than this is not kept in the text box: Chromium takes about
 * 200 ms just to lay out a 5,000-line textarea. It is read, kept and saved as
 * pasted, the box shows how many rows it holds, and "Edit as text" brings the
 * text into the box on request.
 */
export const LARGE_ROSTER_CHARS = 20_000;

/** What the roster controller needs from outside the model: questions to the user, the sheet, the page's idle time. */
export interface RosterPorts {
  /** Asks the user to confirm (the view's dialog; `ok`: the confirming button's label, "Replace" when not given). */
  confirm(title: string, text: string, ok?: string): Promise<boolean>;
  /** The values of the selected range, read in chunks (Office I/O). */
  readSelection(progress: (done: number, total: number) => void): Promise<unknown[][]>;
  /** Calls `f` once the page is idle. */
  idle(f: () => void): void;
}

/** What the view is told; each call follows a change of the controller's state. */
export interface RosterListener {
  /** The reading's status or progress changed (`progress`, `status`, `busy`). */
  progress(): void;
  /** The text changed (`isLarge()`, `largeSummary()`); `updateBox`: the box should show `boxText()` (not typed there). */
  text(updateBox: boolean): void;
  /** Reading the text began: work that depends on the roster stops. */
  started(): void;
  /** The roster was read (`roster` holds it). */
  read(): void;
  /** The user changed the text (typed, pasted, replaced or cleared it): it is to be saved. */
  edited(): void;
}

const grantsText = (n: number): string => `${n.toLocaleString("en-US")} grant${n === 1 ? "" : "s"}`;

/**
 * The Option exchange tab's roster: the text as pasted or typed, read into
 * grants (model/roster.ts) — at once when short, in slices with progress when
 * long (a newer text cancels the reading of an older one) — the "large" text
 * kept out of the box, the selected range and Clear (each asking before it
 * replaces a roster), and the rows of a new paste remembered once the page is
 * idle. No DOM: the view renders `status`, `progress` and the text, and forwards
 * the user's input.
 */
export class RosterController {
  /** The roster's text, as saved. */
  text = "";
  roster: RosterState = EMPTY_ROSTER;
  /** True while a long text is read in slices. */
  busy = false;
  /** Changes whenever the roster was read again. */
  version = 0;
  /** The status line: what was read, what the selected range held. */
  status = "";
  /** The reading's progress, 0 to 1, while `busy`. */
  progress = 0;
  /** The user chose "Edit as text" for a large roster: the text is in the box. */
  editingLarge = false;
  /**
   * The form asking which column is which (model/columnMapping.ts): open while the header leaves a
   * required column missing or ambiguous, or when the user chose to change the columns.
   */
  mappingForm: ColumnMappingForm | undefined;
  /** Why "Use these columns" did not read the roster (the form's problems), shown with the form. */
  mappingProblems: readonly string[] = [];
  /** The user opened the form (Change the columns): Cancel closes it. */
  mappingAsked = false;
  private readonly reader: RosterReader;
  private readonly runner = new JobRunner();
  private readonly rememberRunner = new JobRunner();
  private token = 0;

  constructor(
    order: DateOrder,
    private readonly ports: RosterPorts,
    private readonly listener: RosterListener,
  ) {
    this.reader = new RosterReader(order);
  }

  /** The mappings remembered (saved with the pane's inputs as `mappingsText()`). */
  get mappings(): readonly RosterMapping[] {
    return this.reader.mappings;
  }

  /** The remembered mappings as saved (the form record's rosterColumns). */
  mappingsText(): string {
    return mappingsRecord(this.reader.mappings);
  }

  /** Saved mappings restored (before the roster text is: the text is read with them). */
  restoreMappings(text: string | undefined): void {
    this.reader.mappings = mappingsFromRecord(text);
  }

  /** The mapping the roster is read with, in words (undefined: the header's names settle the columns). */
  mappingInUse(): string | undefined {
    const h = this.roster.header;
    if (!h?.mapped || !h.headers) return undefined;
    return describeMapping({ headers: h.headers, columns: h.columns });
  }

  /** "Change the columns": the form, with the columns as read now. */
  changeMapping(): void {
    const h = this.roster.header;
    if (!h?.isHeader) return;
    this.mappingForm = new ColumnMappingForm(h);
    this.mappingProblems = [];
    this.mappingAsked = true;
    this.listener.progress();
  }

  /** "Use these columns": the form's choices remembered for this header (saved) and the roster read again with them; the text is unchanged. */
  useMapping(): boolean {
    const form = this.mappingForm;
    if (!form) return false;
    const problems = form.problems();
    if (problems.length > 0) {
      this.mappingProblems = problems;
      this.listener.progress();
      return false;
    }
    this.reader.mappings = remember(this.reader.mappings, form.mapping());
    this.closeMapping();
    this.readText();
    this.listener.edited();
    return true;
  }

  /** "Use the header's names": the mapping for this header forgotten, the roster read by its names again. */
  forgetMapping(): void {
    const h = this.roster.header;
    if (!h?.headers) return;
    this.reader.mappings = forget(this.reader.mappings, h.headers);
    this.closeMapping();
    this.readText();
    this.listener.edited();
  }

  /** Cancel: closes a form the user opened (a form the header needs stays until the columns are chosen). */
  cancelMapping(): void {
    if (!this.mappingAsked) return;
    this.closeMapping();
    this.listener.progress();
  }

  private closeMapping(): void {
    this.mappingForm = undefined;
    this.mappingProblems = [];
    this.mappingAsked = false;
  }

  /** After a read: the form opens when the header needs it (keeping the choices made for the same header), and closes when it no longer does. */
  private updateMapping(header: HeaderReading | undefined): void {
    const needs = !!header?.isHeader && !!header.problem && ((header.unresolved?.length ?? 0) > 0 || !!header.mapped);
    const same = (f: ColumnMappingForm) =>
      !!header?.headers && f.headers.length === header.headers.length && f.headers.every((x, i) => x === header.headers?.[i]);
    if (needs && header) {
      if (!this.mappingForm || !same(this.mappingForm)) {
        this.mappingForm = new ColumnMappingForm(header);
        this.mappingProblems = [];
      }
      this.mappingAsked = false;
    } else if (this.mappingForm && !(this.mappingAsked && header && same(this.mappingForm))) this.closeMapping();
  }

  /** A large text is shown as a summary, not in the box. */
  isLarge(): boolean {
    return this.text.length > LARGE_ROSTER_CHARS && !this.editingLarge;
  }

  /** What the box holds: the text, or nothing while it is large. */
  boxText(): string {
    return this.isLarge() ? "" : this.text;
  }

  largeSummary(): string {
    let rows = 1;
    const text = this.text;
    for (let k = text.indexOf("\n"); k >= 0; k = text.indexOf("\n", k + 1)) rows++;
    return `The roster holds ${rows.toLocaleString("en-US")} rows of pasted text (${Math.round(text.length / 1024).toLocaleString("en-US")} KB), too many to show here. Paste into the box to replace them, or choose Edit as text.`;
  }

  /** Keeps the text (typed into the box: `show` false, the box has it already) and reads it. */
  typed(text: string, show = false): void {
    this.keep(text, show);
    this.readText();
    this.listener.edited();
  }

  /**
   * A paste into the box: undefined when the browser should paste as usual, else handled here
   * (a large roster's paste replaces it, asking first; a long paste is spliced into the text, never into the box).
   */
  pasted(text: string, box: { value: string; selectionStart: number; selectionEnd: number }): "browser" | "replaced" | "spliced" {
    if (!this.isLarge() && text.length <= LARGE_ROSTER_CHARS) return "browser";
    if (this.isLarge()) {
      void this.replace(text, "The pasted text");
      return "replaced";
    }
    this.typed(box.value.slice(0, box.selectionStart) + text + box.value.slice(box.selectionEnd), true);
    return "spliced";
  }

  editAsText(): void {
    this.editingLarge = true;
    this.keep(this.text, true);
  }

  /** A restored text (saved inputs): no question asked. */
  restore(text: string): void {
    this.editingLarge = false;
    this.keep(text, true);
    this.readText();
  }

  private keep(text: string, show: boolean): void {
    this.text = text;
    if (text.length <= LARGE_ROSTER_CHARS) this.editingLarge = false;
    this.listener.text(show);
  }

  /** Replaces a roster the user has (asking first); false when the user said no. Clearing it (`text` empty) asks "Clear the roster?". */
  async replace(text: string, what: string): Promise<boolean> {
    if (this.text.trim() !== "" && this.text !== text) {
      const holds = `The roster holds ${grantsText(this.roster.grants.length)}.`;
      const ok =
        text === ""
          ? await this.ports.confirm("Clear the roster?", `${holds} Clearing it removes them.`, "Clear")
          : await this.ports.confirm("Replace the roster?", `${holds} ${what} replaces it.`);
      if (!ok) return false;
    }
    this.editingLarge = false;
    this.keep(text, true);
    this.readText();
    this.listener.edited();
    return true;
  }

  private say(status: string): void {
    this.status = status;
    this.listener.progress();
  }

  /** The selected range as the roster, when it holds grants (asking before it replaces one). */
  async useSelection(): Promise<void> {
    this.say("Reading the selection…");
    try {
      const values = await this.ports.readSelection((done, total) => {
        if (total > 2000) this.say(`Reading the selection: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows…`);
      });
      const grid = values as Array<Array<string | number | boolean | null>>;
      const read = this.reader.read(grid);
      if (read.problem) return this.say(`The selected range was not used: ${read.problem}. The roster was left as it was.`);
      if (read.grants.length === 0) return this.say("The selected range holds no grants; the roster was left as it was.");
      const text = rosterTextFromValues(grid, read.header?.columns.grantDate);
      if (await this.replace(text, "The selected range")) this.say(`Read ${grantsText(read.grants.length)} from the selected range.`);
      else this.say("The roster was left as it was.");
    } catch (e) {
      this.say(`Could not read the selection: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async clear(): Promise<void> {
    if (this.text.trim() === "") return;
    if (await this.replace("", "Clearing it")) this.say("The roster was cleared.");
  }

  /** Reads the text: at once when short; in slices, with progress, when long. */
  private readText(): void {
    const text = this.text;
    const token = ++this.token;
    this.runner.cancel();
    this.rememberRunner.cancel();
    this.listener.started();
    if (text.length < CHUNKED_PASTE_CHARS) {
      this.busy = false;
      const reading = readGrid(text);
      this.roster = this.reader.read(reading.grid);
      this.afterRead(false, reading);
      return;
    }
    // A big paste: read in slices, with progress; the page stays responsive.
    this.busy = true;
    this.progress = 0;
    this.say("Reading the roster…");
    void gridFromTextInChunks(
      text,
      (f) => {
        this.progress = f * 0.5;
        this.say(`Reading the roster: ${Math.round(f * 50)}%…`);
      },
      () => token !== this.token,
    ).then((reading) => {
      if (!reading || token !== this.token) return;
      const grid = reading.grid;
      const { header, start } = this.reader.begin(grid);
      if (!header || header.problem) {
        this.roster = header ? { header, grants: [], problem: header.problem } : EMPTY_ROSTER;
        this.afterRead(true, reading);
        return;
      }
      const grants: RosterGrant[] = [];
      const reader = this.reader;
      const job = function* (): Generator<number, RosterGrant[]> {
        for (let i = start; i < grid.length; i += 500) {
          reader.rows(grid, header, i, Math.min(grid.length, i + 500), grants);
          yield i;
        }
        return grants;
      };
      this.runner.run(job(), {
        firstBudgetMs: 10,
        progress: (i) => {
          this.progress = 0.5 + (0.5 * i) / grid.length;
          this.say(`Reading the roster: ${Math.round(50 + (50 * i) / grid.length)}%…`);
        },
        done: (gs) => {
          if (token !== this.token) return;
          this.roster = { header, grants: acrossRows(gs, reader.commencement) };
          this.afterRead(true, reading);
        },
      });
    });
  }

  private afterRead(long: boolean, reading: GridReading): void {
    this.version++;
    this.updateMapping(this.roster.header);
    const quotes = quoteProblemText(reading);
    if (long) {
      this.busy = false;
      this.say(`Read ${grantsText(this.roster.grants.length)}.${quotes ? ` ${quotes}` : ""}`);
    } else if (quotes) this.say(quotes);
    else if (this.status.startsWith("An unbalanced quote")) this.say("");
    else this.listener.progress();
    this.listener.read();
    // The rows of a new paste are cached for later edits once the page is idle (model/roster.ts).
    const token = this.token;
    this.ports.idle(() => {
      if (token === this.token) this.rememberRunner.run(this.reader.remember(), { firstBudgetMs: 8, sliceMs: 8, done: () => undefined });
    });
  }
}
