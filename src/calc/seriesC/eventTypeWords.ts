import { EVENT_COLUMNS, EVENT_TYPES, EVENT_TYPE_TABLE, EventColumn, EventColumnSpec, EventType, eventTypeSpec } from "./eventTypes";

/**
 * What people read about each event type, the second half of the one
 * description of event types (eventTypes.ts has the first: meanings, checks,
 * clause, session, effect). The pane, the workbook's layout and the docs read
 * it; the functions do not (their bundle loads in every workbook). Its type
 * asks for an entry per type and, per type, exactly the columns it uses.
 */

export interface EventColumnWords {
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
  /** A few words: "subdivision or combination". */
  title: string;
  /** One sentence for the docs: what the event does to the conversion price. */
  does: string;
  columns: { [C in keyof (typeof EVENT_TYPE_TABLE)[T]["columns"]]: EventColumnWords };
}

const commonBefore: EventColumnWords = { label: "Common outstanding before (deemed)", short: "c=common before", doc: "common deemed outstanding just before" };
const fmv: EventColumnWords = { label: "Fair market value per share (optional)", short: "d=FMV", doc: "FMV per share (for the $5.0M carve-out; optional)" };

export const EVENT_TYPE_WORDS: { [T in EventType]: EventTypeWordsOf<T> } = {
  SPLIT: {
    title: "subdivision or combination",
    does: "multiplies the price by 1/a",
    columns: {
      a: {
        label: "Ratio (new shares per old share)",
        short: "a=ratio",
        doc: "new shares per old (1.5 = 3-for-2; 0.5 = 1-for-2)",
        hint: "3/2 or 1.5 for a 3-for-2 split; 1/2 for a 1-for-2 combination",
      },
    },
  },
  STOCKDIV: {
    title: "stock dividend",
    does: "multiplies the price by a/(a + b)",
    columns: {
      a: { label: "Common shares outstanding just before", short: "a=common before" },
      b: { label: "Shares paid as the dividend", short: "b=dividend shares" },
    },
  },
  ISSUE: {
    title: "issue of common stock",
    does: "when its Effective Price is below the price: the weighted average (§5(k)(1)); before the 18-month anniversary and outside the $5.0M carve-out (§5(k)(4)(E)), the lower of that and the Effective Price (§5(k)(5)); never below the floor",
    columns: {
      a: { label: "Shares issued", short: "a=shares", doc: "Additional Shares of Common Stock issued" },
      b: { label: "Total consideration", short: "b=consideration" },
      c: commonBefore,
      d: fmv,
    },
  },
  RIGHTS: {
    title: "rights, options, convertibles",
    does: "as ISSUE, for the maximum shares issuable (§5(k)(3))",
    columns: {
      a: { label: "Maximum shares issuable", short: "a=shares" },
      b: { label: "Total consideration", short: "b=consideration", doc: "consideration for the rights + minimum payable on exercise" },
      c: commonBefore,
      d: fmv,
    },
  },
  PLANOPTION: {
    title: "Stock Option Plan grant",
    does: "as RIGHTS for the options above the plan's cap; those within it are not Additional Shares (§5(k)(4)(B))",
    columns: {
      a: { label: "Plan option shares", short: "a=shares", doc: "options granted under the Stock Option Plan" },
      b: { label: "Minimum exercise consideration", short: "b=consideration" },
      c: commonBefore,
      d: fmv,
    },
  },
  EXPIRE: {
    title: "rights expired unexercised",
    does: "readjusts the price as if the expired event had issued only what was actually issued",
    columns: {
      a: { label: "Rights or options that expired", short: "a=row of the expired event", doc: "row number (within the range) of the RIGHTS/PLANOPTION row that expired" },
      b: { label: "Shares actually issued", short: "b=shares issued", doc: "shares actually issued under it" },
      c: { label: "Consideration actually received", short: "c=received" },
    },
  },
  EXEMPT: {
    title: "exempt issue",
    does: "leaves the price alone (not Additional Shares of Common Stock)",
    columns: { a: { label: "Shares (excluded from Additional Shares)", short: "a=shares", doc: "shares excluded from Additional Shares of Common Stock" } },
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
export const eventTypeLabel = (type: EventType): string => `${type} — ${EVENT_TYPE_WORDS[type].title} (${eventTypeSpec(type).clause})`;

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
