import { EVENT_COLUMNS, EVENT_TYPES, EVENT_TYPE_TABLE, EventColumn, EventColumnSpec, EventType, eventTypeSpec } from "./eventTypes";

/**
 * What people read about each event type, the second half of the one
 * description of event types (eventTypes.ts has the first: meanings, checks,
 * clause, session, effect). The pane, the workbook's layout and the docs read
 * it; the functions do not (their bundle loads in every workbook). Its type
 * asks for an entry per type and, per type, exactly the columns it uses.
 */

/** How a column is read in the pane: a number of shares, an amount of money, a plain number, or the row of another event. */
export type EventColumnKind = "shares" | "money" | "number" | "row";

export interface EventColumnWords {
  kind: EventColumnKind;
  /** The pane's field label. */
  label: string;
  /** The few words of the workbook's drop-down prompt ("a=ratio"). */
  short: string;
  /** The docs' events table, when it says more than the column's meaning. */
  doc?: string;
  /** The pane's hint under the field. */
  hint?: string;
}

export interface EventTypeWordsOf<T extends EventType> {
  /** The clause that governs it: "§5(f)". */
  clause: string;
  /** A few words: "subdivision or combination". */
  title: string;
  /** One sentence for the docs: what the event does to the conversion price. */
  does: string;
  columns: { [C in keyof (typeof EVENT_TYPE_TABLE)[T]["columns"]]: EventColumnWords };
}

const commonBefore: EventColumnWords = {
  kind: "shares",
  label: "Common outstanding before (deemed)",
  short: "c=common before",
  doc: "common deemed outstanding just before",
};
const fmv: EventColumnWords = {
  kind: "money",
  label: "Fair market value per share (optional)",
  short: "d=FMV",
  doc: "FMV per share (for the $5.0M carve-out; optional)",
};

export const EVENT_TYPE_WORDS: { [T in EventType]: EventTypeWordsOf<T> } = {
  SPLIT: {
    clause: "§5(f)",
    title: "subdivision or combination",
    does: "multiplies the price by 1/a",
    columns: {
      a: {
        kind: "number",
        label: "Ratio (new shares per old share)",
        short: "a=ratio",
        doc: "new shares per old (1.5 = 3-for-2; 0.5 = 1-for-2)",
        hint: "3/2 or 1.5 for a 3-for-2 split; 1/2 for a 1-for-2 combination",
      },
    },
  },
  STOCKDIV: {
    clause: "§5(g)",
    title: "stock dividend",
    does: "multiplies the price by a/(a + b)",
    columns: {
      a: { kind: "shares", label: "Common shares outstanding just before", short: "a=common before" },
      b: { kind: "shares", label: "Shares paid as the dividend", short: "b=dividend shares" },
    },
  },
  ISSUE: {
    clause: "§5(k)",
    title: "issue of common stock",
    does: "when its Effective Price is below the price: the weighted average (§5(k)(1)); before the 18-month anniversary and outside the $5.0M carve-out (§5(k)(4)(E)), the lower of that and the Effective Price (§5(k)(5)); never below the floor",
    columns: {
      a: { kind: "shares", label: "Shares issued", short: "a=shares", doc: "Additional Shares of Common Stock issued" },
      b: { kind: "money", label: "Total consideration", short: "b=consideration" },
      c: commonBefore,
      d: fmv,
    },
  },
  RIGHTS: {
    clause: "§5(k)(3)",
    title: "rights, options, convertibles",
    does: "as ISSUE, for the maximum shares issuable (§5(k)(3))",
    columns: {
      a: { kind: "shares", label: "Maximum shares issuable", short: "a=shares" },
      b: { kind: "money", label: "Total consideration", short: "b=consideration", doc: "consideration for the rights + minimum payable on exercise" },
      c: commonBefore,
      d: fmv,
    },
  },
  PLANOPTION: {
    clause: "§5(k)(4)(B)",
    title: "Stock Option Plan grant",
    does: "as RIGHTS for the options above the plan's cap; those within it are not Additional Shares (§5(k)(4)(B))",
    columns: {
      a: { kind: "shares", label: "Plan option shares", short: "a=shares", doc: "options granted under the Stock Option Plan" },
      b: { kind: "money", label: "Minimum exercise consideration", short: "b=consideration" },
      c: commonBefore,
      d: fmv,
    },
  },
  EXPIRE: {
    clause: "§5(k)(3)",
    title: "rights expired unexercised",
    does: "readjusts the price as if the expired event had issued only what was actually issued",
    columns: {
      a: {
        kind: "row",
        label: "Rights or options that expired",
        short: "a=row of the expired event",
        doc: "row number (within the range) of the RIGHTS/PLANOPTION row that expired",
      },
      b: { kind: "shares", label: "Shares actually issued", short: "b=shares issued", doc: "shares actually issued under it" },
      c: { kind: "money", label: "Consideration actually received", short: "c=received" },
    },
  },
  EXEMPT: {
    clause: "§5(k)(4)",
    title: "exempt issue",
    does: "leaves the price alone (not Additional Shares of Common Stock)",
    columns: {
      a: {
        kind: "shares",
        label: "Shares (excluded from Additional Shares)",
        short: "a=shares",
        doc: "shares excluded from Additional Shares of Common Stock",
      },
    },
  },
};

/** A column as the pane, the prompt and the docs see it: its facts and its words. */
export type EventColumnDescription = EventColumnSpec & EventColumnWords & { col: EventColumn };

/** The columns a type uses, in order a–d. */
export function eventTypeColumns(type: EventType): EventColumnDescription[] {
  const facts = eventTypeSpec(type).columns;
  const words = EVENT_TYPE_WORDS[type].columns as Partial<Record<EventColumn, EventColumnWords>>;
  return EVENT_COLUMNS.flatMap((col) => {
    const spec = facts[col];
    const w = words[col];
    return spec && w ? [{ col, ...spec, ...w }] : [];
  });
}

/** The pane's label of a type in its drop-down: "SPLIT — subdivision or combination (§5(f))". */
export const eventTypeLabel = (type: EventType): string => `${type} — ${EVENT_TYPE_WORDS[type].title} (${EVENT_TYPE_WORDS[type].clause})`;

/**
 * The workbook's drop-down prompt: what a–d mean for each type, types whose
 * columns read the same told once ("ISSUE, RIGHTS, PLANOPTION a=shares, …").
 */
export function eventColumnsPrompt(): string {
  const groups: Array<{ types: EventType[]; text: string }> = [];
  for (const type of EVENT_TYPES) {
    const text = eventTypeColumns(type)
      .map((c) => c.short)
      .join(", ");
    const last = groups[groups.length - 1];
    if (last && last.text === text) last.types.push(type);
    else groups.push({ types: [type], text });
  }
  return groups.map((g) => `${g.types.join(", ")} ${g.text}.`).join(" ");
}
