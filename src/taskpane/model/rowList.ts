import { quoteProblemText, readGrid } from "./paste";

/**
 * The Series C tab's lists of rows — events, dividend payments, capital — as
 * one kind of thing: cards of labelled fields, added and removed one at a
 * time, replaced as a whole (by a range of the sheet, an example, or
 * nothing) after asking. What differs per list is its RowListSpec: the empty
 * row, the card of a row (its fields, from the list's own table of columns:
 * EVENT_FIELDS, CAPITAL_FIELDS), its words. No DOM: ui/rowListEditor.ts draws
 * the cards and forwards the user's input.
 */

export interface Row {
  id: string;
}

/** One field of a row's card. */
export interface RowField {
  /** DOM id: the prefix, the row's id, the column ("sc-ev3-date"). */
  id: string;
  label: string;
  value: string;
  /** A choice among options; a change of a `restructures` field draws the card again (its fields depend on it). */
  options?: ReadonlyArray<{ value: string; label: string }> | readonly string[];
  restructures?: boolean;
  hint?: string;
  placeholder?: string;
  inputmode?: "decimal";
  /** Keeps the value typed in the row. */
  set(value: string): void;
}

/** A row as a card: its legend, the two fields of its first line, a note, its other fields (two per line), Remove. */
export interface RowCard {
  id: string;
  legend: string;
  head: RowField[];
  note?: { id: string; text: string };
  fields: RowField[];
  removeId: string;
  removeText: string;
}

/** What the user is told, per list. */
export interface RowListWords {
  /** "event", "events": for counts. */
  one: string;
  many: string;
  /** "Replace the events?" */
  replaceTitle: string;
  /** "The list holds 3 events." */
  holds(n: number): string;
  /** "the list" / "the table": what is left as it was. */
  container: string;
  /** "The events were left as they were." */
  leftAlone: string;
  /** "All events were removed." */
  removedAll: string;
  /** What to use in the sheet for a range longer than the pane edits. */
  tooMany: string;
}

export interface RowListSpec<R extends Row> {
  /** DOM id prefix of the rows' cards and fields ("sc-ev"). */
  prefix: string;
  /** DOM id of the list's Add button: the focus goes there when no row is left. */
  addId: string;
  empty(id: string): R;
  card(row: R, index: number, rows: readonly R[]): RowCard;
  /** The field focused in a new row. */
  firstFieldId(row: R): string;
  /** Rows read from the sheet's selected range. */
  fromValues?(grid: readonly (readonly unknown[])[]): { rows: R[]; problems: string[] };
  /** Rows the pane edits at most (a range with more is refused). */
  max?: number;
  words: RowListWords;
}

/** The next unused id for a list. */
export function nextId(rows: ReadonlyArray<{ id: string }>): string {
  let n = 0;
  for (const r of rows) n = Math.max(n, Number(r.id) || 0);
  return String(n + 1);
}

/** What the list needs from outside the model. */
export interface RowListPorts {
  confirm(title: string, text: string): Promise<boolean>;
  readSelection(): Promise<unknown[][]>;
}

/** What the editor is told: the rows changed (drawn again, the focus on `focusId`), the status changed, rows' fields are gone. */
export interface RowListListener {
  rows(focusId: string | undefined): void;
  status(): void;
  /** The fields whose ids start with `idPrefix` are gone (what was known about them, e.g. that they were touched, is forgotten). */
  forget(idPrefix: string): void;
}

/**
 * One list of rows of a form: `get` and `set` reach the form's array (the form
 * is saved as it is). Each change tells the listener which field to focus.
 */
export class RowList<R extends Row> {
  status = "";
  listener: RowListListener = { rows: () => undefined, status: () => undefined, forget: () => undefined };

  constructor(
    readonly spec: RowListSpec<R>,
    private readonly get: () => R[],
    private readonly set: (rows: R[]) => void,
    private readonly ports: RowListPorts,
  ) {}

  get rows(): R[] {
    return this.get();
  }

  cards(): RowCard[] {
    const rows = this.get();
    return this.shownRows().map((r, i) => this.spec.card(r, i, rows));
  }

  /**
   * The rows drawn as cards: at most `spec.max`. A longer list (restored from
   * a saved record) is kept, saved and counted whole; drawing 30,000 cards
   * would hold the pane for seconds.
   */
  shownRows(): R[] {
    const rows = this.get();
    const max = this.spec.max ?? Infinity;
    return rows.length > max ? rows.slice(0, max) : rows;
  }

  /** Said under the cards when not every row is drawn ("" when every one is). */
  notShownText(): string {
    const n = this.get().length;
    const max = this.spec.max ?? Infinity;
    if (n <= max) return "";
    const { many, tooMany } = this.spec.words;
    return `The list holds ${n.toLocaleString("en-US")} ${many}; the first ${max} are shown here. The others are kept, saved and counted. ${tooMany}`;
  }

  add(): void {
    const rows = this.get();
    const row = this.spec.empty(nextId(rows));
    rows.push(row);
    this.listener.rows(this.spec.firstFieldId(row));
  }

  /** Removes a row; the focus goes to the row now in its place (or the one before, or Add). */
  remove(row: R): void {
    const rows = this.get();
    const i = rows.indexOf(row);
    if (i < 0) return;
    rows.splice(i, 1);
    this.listener.forget(`${this.spec.prefix}${row.id}-`);
    const after = rows[Math.min(i, rows.length - 1)];
    this.listener.rows(after ? this.spec.firstFieldId(after) : this.spec.addId);
  }

  /** A row's choice that shapes its card changed: drawn again, the focus kept on it. */
  restructured(focusId: string): void {
    this.listener.rows(focusId);
  }

  /** Replaces every row, asking first when there are any; false when the user said no. */
  async replace(rows: R[], what: string): Promise<boolean> {
    const n = this.get().length;
    if (n) {
      const ok = await this.ports.confirm(this.spec.words.replaceTitle, `${this.spec.words.holds(n)} ${what} replaces ${n === 1 ? "it" : "them"}.`);
      if (!ok) return false;
    }
    this.listener.forget(this.spec.prefix);
    this.set(rows);
    this.listener.rows(rows.length ? this.spec.firstFieldId(rows[0]) : this.spec.addId);
    return true;
  }

  private say(text: string): void {
    this.status = text;
    this.listener.status();
  }

  /** The rows of the selected range, when it holds some and not more than the pane edits. */
  async useSelection(): Promise<void> {
    const { fromValues } = this.spec;
    if (!fromValues) return;
    this.say("Reading the selection…");
    try {
      await this.take(fromValues(await this.ports.readSelection()), "the selected range");
    } catch (e) {
      this.say(`Could not read the selection: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** The rows of a pasted text (model/paste.ts: Excel's clipboard, CSV), read as the selected range is. */
  async usePaste(text: string): Promise<void> {
    const { fromValues } = this.spec;
    if (!fromValues) return;
    const reading = readGrid(text);
    const read = fromValues(reading.grid);
    const quotes = quoteProblemText(reading);
    await this.take(quotes ? { rows: read.rows, problems: [...read.problems, quotes.replace(/\.$/, "")] } : read, "the pasted text");
  }

  /** Rows read from `source` replace the list, when there are some and not more than the pane edits. */
  private async take(read: { rows: R[]; problems: string[] }, source: string): Promise<void> {
    const { words, max = Infinity } = this.spec;
    const n = read.rows.length;
    const Source = source.charAt(0).toUpperCase() + source.slice(1);
    if (n === 0)
      return this.say(`${Source} holds no ${words.many}${read.problems.length ? ` (${read.problems[0]})` : ""}; ${words.container} was left as it was.`);
    if (n > max)
      return this.say(
        `${Source} holds ${n.toLocaleString("en-US")} ${words.many}; the pane edits up to ${max}. ${words.tooMany} The ${words.container.replace(/^the /, "")} was left as it was.`,
      );
    if (await this.replace(read.rows, Source))
      this.say(`Read ${n} ${n === 1 ? words.one : words.many} from ${source}.${read.problems.length ? ` Check: ${read.problems.join("; ")}.` : ""}`);
    else this.say(words.leftAlone);
  }

  /** Another set of rows (an example), said in `done` when used. */
  async use(rows: R[], what: string, done: string): Promise<void> {
    if (await this.replace(rows, what)) this.say(done);
    else this.say(this.spec.words.leftAlone);
  }

  async clear(): Promise<void> {
    if (!this.get().length) return;
    if (await this.replace([], "Removing all")) this.say(this.spec.words.removedAll);
  }
}
