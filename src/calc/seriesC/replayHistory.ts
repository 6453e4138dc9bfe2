import { Dec } from "../core/decimal";
import { AppliedPrices } from "./appliedPrices";
import { AuditOutcome, IssueQuote, Issuance, PriceState, effectivePrice, exemptAudit, issuanceAudit, planCount, scaleAudit } from "./antiDilution";
import { unhandled } from "../core/errors";
import { CorporateEvent, EventType, cellText } from "./events";
import { SeriesCTerms } from "./terms";
import { Day } from "../time/civil";

/*
 * The replay's history (replay.ts): what a table keeps per event is in arrays, and what a reader asks for — a
 * step's state, the certificate of adjustment, a price's Decimal — is made when read.
 */

/** An EXPIRE row's rule (its note is made when read, ExpiryLine). */
const EXPIRY_RULE = "§5(k)(3) readjustment";

// An issuance's audit flags (`auditFlags`, `ReplayHistory.adjustments`).
const NONE = 1;
const RATCHET = 2;
const CARVED_OUT = 4;
const OUTCOME = 8;
const DILUTIVE = 16;
const BELOW_FLOOR = 32;
const FLOOR_BINDS = 64;

/** What an issuance's audit line will say (Cert §5(l)), as a byte: `ReplayHistory.adjustments` writes the line from it. */
export function auditFlags(x: Pick<Issuance, "none" | "ratchet" | "carvedOut">, outcome: AuditOutcome | undefined): number {
  return (
    (x.none ? NONE : 0) |
    (x.ratchet ? RATCHET : 0) |
    (x.carvedOut ? CARVED_OUT : 0) |
    (outcome ? OUTCOME | (outcome.dilutive ? DILUTIVE : 0) | (outcome.belowFloor ? BELOW_FLOOR : 0) | (outcome.floorBinds ? FLOOR_BINDS : 0) : 0)
  );
}

/** One line of the certificate of adjustment (Cert §5(l)). */
export interface Adjustment {
  row: number;
  day: Day;
  type: EventType;
  effectivePrice?: Dec;
  /**
   * When the Effective Price is the quotient of two of the user's cells: the consideration and the
   * shares as typed (a caller that needs only a double can skip the Decimal division, core/decimal.ts
   * `quotientDouble`).
   */
  typedQuotient?: readonly [consideration: number, shares: number];
  rule: string;
  before: Dec;
  after: Dec;
  /**
   * `before` and `after` as doubles, when known without their Decimals: the correctly rounded doubles of
   * prices kept to 1e-33 (the replay's fixed point), the same as the Decimals' unless a price lies within
   * 1e-33 of the midpoint between two doubles.
   */
  beforeNumber?: number;
  afterNumber?: number;
  note: string;
}

/**
 * A line of the replay's certificate: its prices are read from the applied prices (appliedPrices.ts) and its
 * Effective Price (a Decimal division) is computed when first read. A table keeps one per event: it holds
 * what it cannot find again, nothing more.
 */
class AuditLine implements Adjustment {
  constructor(
    protected readonly event: CorporateEvent,
    readonly rule: string,
    private readonly text: string,
    private readonly quote: IssueQuote | undefined,
    private readonly prices: AppliedPrices,
    private readonly pos: number,
  ) {}

  get row(): number {
    return this.event.row;
  }
  get day(): Day {
    return this.event.day;
  }
  get type(): EventType {
    return this.event.type;
  }
  get note(): string {
    return this.text;
  }

  get before(): Dec {
    return this.prices.at(this.pos - 1);
  }
  get after(): Dec {
    return this.prices.at(this.pos);
  }
  get beforeNumber(): number | undefined {
    return this.prices.number(this.pos - 1);
  }
  get afterNumber(): number | undefined {
    return this.prices.number(this.pos);
  }

  get effectivePrice(): Dec | undefined {
    return this.quote && effectivePrice(this.quote);
  }

  get typedQuotient(): readonly [number, number] | undefined {
    return this.quote?.typed ? [this.quote.considerationApprox, this.quote.sharesApprox] : undefined;
  }
}

/** An EXPIRE row's line (Cert §5(k)(3)): its note is made from the row when read. */
class ExpiryLine extends AuditLine {
  get note(): string {
    const e = this.event;
    return `rights of row ${cellText(e.approx.a)} expired: replayed as ${cellText(e.approx.b)} shares for ${cellText(e.approx.c)}`;
  }
}

/** The state after a position, its price read from the applied prices when asked for; one object is both the step and its state. */
export class AppliedState implements PriceState, PriceStep {
  constructor(
    private readonly prices: AppliedPrices,
    private readonly pos: number,
    readonly day: Day,
    readonly splitFactor: Dec,
    private readonly count: Dec | number,
    readonly carveOutValue: Dec,
  ) {}

  get price(): Dec {
    return this.prices.at(this.pos);
  }

  get planOptions(): Dec {
    return planCount(this.count);
  }

  get state(): PriceState {
    return this;
  }
}

/** The machinery's state after one event (several events may share a date). */
export interface PriceStep {
  day: Day;
  state: PriceState;
}

export interface PriceHistory {
  price: Dec;
  /** The certificate of adjustment. */
  adjustments: Adjustment[];
  /** State at the close of `asOf`. */
  state: PriceState;
  /** State after each applied event, in event order (several may share a date). */
  steps: PriceStep[];
}

/**
 * The replay's history: what a table keeps per event is in arrays, and a step's state is made when read
 * (a sheet reads a few dates of a long table; `steps`, all of them, is made once when first read).
 */
export class ReplayHistory implements PriceHistory {
  private made?: PriceStep[];
  private lines?: Adjustment[];

  constructor(
    private readonly events: readonly CorporateEvent[],
    /** The events applied (those on or before the as-of date). */
    readonly length: number,
    private readonly prices: AppliedPrices,
    /** Per issuance, what its audit line says (`auditFlags`, replay.ts). */
    private readonly audit: { t: SeriesCTerms; quotes: readonly (IssueQuote | undefined)[]; flags: Uint8Array },
    /** Per position: the split factor, plan options and carve-out total after it. */
    private readonly splitAt: readonly Dec[],
    private readonly planAt: readonly (Dec | number)[],
    private readonly carveAt: readonly Dec[],
    readonly state: PriceState,
  ) {}

  /** The certificate of adjustment (Cert §5(l)), a line per event, made when first read. */
  get adjustments(): Adjustment[] {
    if (!this.lines) {
      this.lines = [];
      for (let i = 0; i < this.length; i++) this.lines.push(this.line(i));
    }
    return this.lines;
  }

  private line(i: number): Adjustment {
    const e = this.events[i];
    switch (e.type) {
      case "SPLIT":
      case "STOCKDIV": {
        const a = scaleAudit(e);
        return new AuditLine(e, a.rule, a.note, undefined, this.prices, i);
      }
      case "EXEMPT": {
        const a = exemptAudit(e);
        return new AuditLine(e, a.rule, a.note, undefined, this.prices, i);
      }
      case "EXPIRE":
        return new ExpiryLine(e, EXPIRY_RULE, "", undefined, this.prices, i);
      case "ISSUE":
      case "RIGHTS":
      case "PLANOPTION": {
        const f = this.audit.flags[i];
        const x = {
          none: (f & NONE) !== 0,
          quote: this.audit.quotes[i],
          planOptions: this.planAt[i],
          ratchet: (f & RATCHET) !== 0,
          carvedOut: (f & CARVED_OUT) !== 0,
        };
        const outcome = f & OUTCOME ? { dilutive: (f & DILUTIVE) !== 0, belowFloor: (f & BELOW_FLOOR) !== 0, floorBinds: (f & FLOOR_BINDS) !== 0 } : undefined;
        const a = issuanceAudit(this.audit.t, e, x, outcome);
        return new AuditLine(e, a.rule, a.note, a.quote, this.prices, i);
      }
      default:
        return unhandled(e.type);
    }
  }

  get price(): Dec {
    return this.state.price;
  }

  /** The price after position i (−1: the initial price). */
  priceAfter(i: number): Dec {
    return this.prices.at(i);
  }

  /** The state after position i (i < length, with steps). */
  stateAfter(i: number): PriceState {
    return this.made ? this.made[i].state : this.step(i);
  }

  get steps(): PriceStep[] {
    if (!this.made) {
      this.made = [];
      for (let i = 0; i < this.length; i++) this.made.push(this.step(i));
    }
    return this.made;
  }

  private step(i: number): AppliedState {
    return new AppliedState(this.prices, i, this.events[i].day, this.splitAt[i], this.planAt[i], this.carveAt[i]);
  }
}
