import { GRANT_COLUMNS, GrantColumnId, PAGE_SIZE, PAGE_SIZES, SortDirection } from "./grantList";

/**
 * How the pane is arranged, saved with the inputs (model/state.ts): which
 * sections are open (by section id, each tab's ids carrying its prefix:
 * "sc-events", "ox-grants") and the grants table's settings. Read defensively:
 * anything unknown or damaged falls back to the defaults. No DOM.
 */
export interface GrantTableSettings {
  /** The column sorted by; absent: the roster's order. */
  sortColumn?: GrantColumnId;
  sortDirection: SortDirection;
  pageSize: number;
  /** The columns hidden (the first column, the grant, is always shown). */
  hidden: GrantColumnId[];
}

export interface ViewState {
  /** Open (true) or closed (false) per section id; a section not listed has its default. */
  sections: Record<string, boolean>;
  grants: GrantTableSettings;
}

export function defaultGrantTableSettings(): GrantTableSettings {
  return { sortDirection: "ascending", pageSize: PAGE_SIZE, hidden: [] };
}

export function defaultViewState(): ViewState {
  return { sections: {}, grants: defaultGrantTableSettings() };
}

/** A section id as the pane makes them: lower case, digits and dashes. */
export const SECTION_ID = /^[a-z][a-z0-9-]{0,63}$/;

const COLUMN_IDS = new Set<string>(GRANT_COLUMNS.map((c) => c.id));
/** The columns that can be hidden: all but the first (a row must say which grant it is). */
export const HIDEABLE_COLUMNS: readonly GrantColumnId[] = GRANT_COLUMNS.slice(1).map((c) => c.id);

export function readGrantTableSettings(v: unknown): GrantTableSettings {
  const d = defaultGrantTableSettings();
  if (!v || typeof v !== "object") return d;
  const o = v as Record<string, unknown>;
  const out: GrantTableSettings = { ...d };
  if (typeof o.sortColumn === "string" && COLUMN_IDS.has(o.sortColumn)) out.sortColumn = o.sortColumn as GrantColumnId;
  if (o.sortDirection === "ascending" || o.sortDirection === "descending") out.sortDirection = o.sortDirection;
  if (typeof o.pageSize === "number" && (PAGE_SIZES as readonly number[]).includes(o.pageSize)) out.pageSize = o.pageSize;
  if (Array.isArray(o.hidden)) out.hidden = HIDEABLE_COLUMNS.filter((c) => (o.hidden as unknown[]).includes(c));
  return out;
}

export function readViewState(v: unknown): ViewState {
  const d = defaultViewState();
  if (!v || typeof v !== "object") return d;
  const o = v as Record<string, unknown>;
  const sections: Record<string, boolean> = {};
  if (o.sections && typeof o.sections === "object" && !Array.isArray(o.sections))
    for (const [id, open] of Object.entries(o.sections as Record<string, unknown>)) if (SECTION_ID.test(id) && typeof open === "boolean") sections[id] = open;
  return { sections, grants: readGrantTableSettings(o.grants) };
}

/**
 * The open state of the pane's sections: what was saved, and a default for the
 * others (every section starts open). `toggled` says whether a change is new
 * (the page's own `toggle` events after a restore are not).
 */
export class SectionMemory {
  private state: Record<string, boolean> = {};

  isOpen(id: string): boolean {
    return this.state[id] ?? true;
  }

  /** The user opened or closed a section: true when that changes what is saved. */
  toggled(id: string, open: boolean): boolean {
    if (!SECTION_ID.test(id) || this.isOpen(id) === open) return false;
    // Only departures from the default are kept: a record lists the sections the user closed (or opened again).
    this.state = { ...this.state, [id]: open };
    return true;
  }

  get(): Record<string, boolean> {
    return { ...this.state };
  }

  set(sections: Record<string, boolean>): void {
    this.state = { ...sections };
  }
}
