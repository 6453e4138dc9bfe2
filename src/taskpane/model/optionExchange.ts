import { Dec } from "../../calc/core/decimal";
import { breakevenPrice } from "../../calc/optionExchange/breakeven";
import { exchangeValue } from "../../calc/optionExchange/exchangeValue";
import { isoSplit } from "../../calc/optionExchange/iso";
import { checkRatio, newOptionsForGrant, totalNewOptions } from "../../calc/optionExchange/newShares";
import { OptionExchangeTerms, optionExchangeTerms } from "../../calc/optionExchange/terms";
import { vestingSchedule } from "../../calc/optionExchange/vesting";
import { Day, formatIso } from "../../calc/time/civil";
import { requiredDay, requiredNumber } from "../../input/values";
import { CellInput, attempt, cellFromText, formatDay, formatMoney, formatNumber, textFromCell } from "./cells";

/** One grant of the roster: grant id | grant date | options outstanding | exercise price. */
export interface RosterRow {
  /** 1-based position among the grants (header and blank lines not counted): `eligible (row N)`. */
  row: number;
  /** 1-based line of the pasted text, for messages about the paste itself. */
  line: number;
  id: string;
  grantDate: CellInput;
  outstanding: CellInput;
  exercisePrice: CellInput;
}

export interface Roster {
  rows: RosterRow[];
  /** Problems with the shape of the paste (not with the values). */
  problems: string[];
  headerSkipped: boolean;
}

export const ROSTER_COLUMNS = ["Grant", "Grant date", "Options outstanding", "Exercise price"] as const;

/** Splits one line of Excel's clipboard text (tab-separated; a cell with a tab, quote or newline is quoted). */
function splitLine(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let text = "";
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          text += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else text += line[i++];
      }
      const tab = line.indexOf("\t", i);
      cells.push(text + (tab < 0 ? line.slice(i) : line.slice(i, tab)));
      if (tab < 0) return cells;
      i = tab + 1;
    } else {
      const tab = line.indexOf("\t", i);
      if (tab < 0) {
        cells.push(line.slice(i));
        return cells;
      }
      cells.push(line.slice(i, tab));
      i = tab + 1;
    }
  }
}

/** A first line whose options-outstanding cell is words, not a number, is a header ("Options outstanding"). */
function looksLikeHeader(cells: string[]): boolean {
  const outstanding = cellFromText(cells[2] ?? "");
  const date = cellFromText(cells[1] ?? "");
  return typeof outstanding === "string" && /[a-z]/i.test(outstanding) && typeof date !== "number";
}

/**
 * Rows pasted from Excel (tab-separated, CRLF or LF, optional header row,
 * thousands separators, $ signs, M/D/YYYY or ISO dates or serials). Blank lines
 * are skipped; a line with more than 4 non-empty columns is a problem.
 */
export function parseRoster(text: string): Roster {
  const rows: RosterRow[] = [];
  const problems: string[] = [];
  let headerSkipped = false;
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    const cells = splitLine(raw).map((c) => c.trim());
    if (cells.every((c) => c === "")) return;
    if (rows.length === 0 && !headerSkipped && problems.length === 0 && looksLikeHeader(cells)) {
      headerSkipped = true;
      return;
    }
    let width = cells.length;
    while (width > 0 && cells[width - 1] === "") width--;
    if (width > 4) {
      problems.push(`line ${index + 1}: ${width} columns; expected 4: grant id, grant date, options outstanding, exercise price`);
      return;
    }
    rows.push({
      row: rows.length + 1,
      line: index + 1,
      id: cells[0] ?? "",
      grantDate: cellFromText(cells[1] ?? ""),
      outstanding: cellFromText(cells[2] ?? ""),
      exercisePrice: cellFromText(cells[3] ?? ""),
    });
  });
  return { rows, problems, headerSkipped };
}

/** The selected range's values (from Excel.run) as roster text: tab-separated, dates shown as YYYY-MM-DD. */
export function rosterTextFromValues(values: readonly (readonly unknown[])[]): string {
  return values
    .map((row) => [0, 1, 2, 3].map((k) => textFromCell(row[k], k === 1).replace(/[\t\r\n]+/g, " ")).join("\t"))
    .filter((line) => line.replace(/\t/g, "").trim() !== "")
    .join("\n");
}

export interface OptionExchangeForm {
  roster: string;
  newStrike: string;
  expiration: string;
  ratio: string;
  /** Optional Black–Scholes inputs for the exchange value comparison. */
  spot: string;
  rate: string;
  vol: string;
  oldYears: string;
}

export type OptexField = "newStrike" | "expiration" | "ratio" | "spot" | "rate" | "vol" | "oldYears" | "roster";

export function defaultOptionExchangeForm(): OptionExchangeForm {
  const t = optionExchangeTerms();
  return {
    roster: "",
    newStrike: "",
    expiration: formatIso(t.expirationDate),
    ratio: t.ratio.toString(),
    spot: "",
    rate: "",
    vol: "",
    oldYears: "",
  };
}

export interface GrantResult {
  row: number;
  id: string;
  grantDate?: string;
  outstanding?: string;
  exercisePrice?: string;
  newOptions?: string;
  newOptionsExact?: string;
  /** Per-grant problems with the grant's own values (the functions' messages). */
  errors: string[];
  vesting?: string[][];
  vestingError?: string;
  iso?: string[][];
  isoError?: string;
  breakeven?: string;
  breakevenExact?: string;
  breakevenError?: string;
  exchange?: string[][];
  exchangeError?: string;
}

export interface OptionExchangePreview {
  terms: OptionExchangeTerms;
  errors: Partial<Record<OptexField, string>>;
  grants: GrantResult[];
  total?: string;
  totalExact?: string;
  totalError?: string;
  /** True when the Black–Scholes inputs are all filled in. */
  valuation: boolean;
}

const OPTEX_LABEL: Record<OptexField, string> = {
  newStrike: "the new exercise price",
  expiration: "the expiration date",
  ratio: "the exchange ratio",
  spot: "the stock price",
  rate: "the risk-free rate",
  vol: "the volatility",
  oldYears: "the old options' remaining term",
  roster: "the roster",
};

/** Everything the Option exchange view shows, computed by src/calc. */
export function previewOptionExchange(form: OptionExchangeForm): OptionExchangePreview {
  const terms = optionExchangeTerms();
  const errors: OptionExchangePreview["errors"] = {};
  function field<T>(name: OptexField, f: () => T): T | undefined {
    const r = attempt(f);
    if (r.ok) return r.value;
    errors[name] = r.message;
    return undefined;
  }
  const roster = parseRoster(form.roster);
  if (roster.problems.length) errors.roster = `roster: ${roster.problems.join("; ")}`;
  const newStrike = field("newStrike", () => requiredNumber(cellFromText(form.newStrike), "newStrike", { min: 0, minExclusive: true, what: "the new options' exercise price" }));
  const expiration = field("expiration", () => requiredDay(cellFromText(form.expiration), "expirationDate"));
  const ratio = field("ratio", () => checkRatio(requiredNumber(cellFromText(form.ratio), "ratio", { what: "new options per eligible option" })));
  const valuation = [form.spot, form.rate, form.vol, form.oldYears].every((s) => s.trim() !== "");
  const spot = valuation ? field("spot", () => requiredNumber(cellFromText(form.spot), "spot", { what: "stock price" })) : undefined;
  const rate = valuation ? field("rate", () => requiredNumber(cellFromText(form.rate), "rate", { what: "risk-free rate, e.g. 0.05" })) : undefined;
  const vol = valuation ? field("vol", () => requiredNumber(cellFromText(form.vol), "vol", { what: "volatility, e.g. 0.8" })) : undefined;
  const oldYears = valuation ? field("oldYears", () => requiredNumber(cellFromText(form.oldYears), "oldYears", { what: "old options' remaining term in years" })) : undefined;

  const fix = (fields: OptexField[]): string | undefined => {
    const bad = fields.filter((k) => errors[k] !== undefined);
    return bad.length ? `Fix ${bad.map((k) => OPTEX_LABEL[k]).join(" and ")} above.` : undefined;
  };

  const eligibleOk: { eligible: Dec; arg: string }[] = [];
  const grants = roster.rows.map((g): GrantResult => {
    const out: GrantResult = { row: g.row, id: g.id, errors: [] };
    const arg = `eligible (row ${g.row})`;
    const day = attempt(() => requiredDay(g.grantDate, `grantDate (row ${g.row})`));
    if (day.ok) out.grantDate = formatDay(day.value);
    else out.errors.push(day.message);
    const eligible = attempt(() => {
      const n = requiredNumber(g.outstanding, arg, { what: "options outstanding" });
      newOptionsForGrant(n, new Dec(1), arg); // the calc's whole-number check, independent of the ratio
      return n;
    });
    if (eligible.ok) {
      out.outstanding = formatNumber(eligible.value, 0);
      eligibleOk.push({ eligible: eligible.value, arg });
    } else out.errors.push(eligible.message);
    const oldStrike = attempt(() => requiredNumber(g.exercisePrice, `exercisePrice (row ${g.row})`, { min: 0, minExclusive: true, what: "the grant's exercise price" }));
    if (oldStrike.ok) out.exercisePrice = formatMoney(oldStrike.value);
    else out.errors.push(oldStrike.message);

    if (!eligible.ok) return out;
    const blocked = fix(["ratio"]);
    if (blocked) return { ...out, vestingError: blocked, isoError: blocked, breakevenError: blocked };
    const newOptions = newOptionsForGrant(eligible.value, ratio as Dec, arg);
    out.newOptions = formatNumber(newOptions, 0);
    out.newOptionsExact = newOptions.toString();

    const needExp = fix(["expiration"]);
    const vest = needExp ? { ok: false as const, message: needExp } : attempt(() => vestingSchedule(terms, newOptions, expiration as Day));
    if (vest.ok) out.vesting = vest.value.map((v) => [formatDay(v.day), formatNumber(v.shares, 0), formatNumber(v.cumulative, 0)]);
    else out.vestingError = vest.message;

    const needIso = fix(["expiration", "newStrike"]);
    const iso = needIso ? { ok: false as const, message: needIso } : attempt(() => isoSplit(terms, newOptions, newStrike as Dec, expiration as Day));
    if (iso.ok) out.iso = iso.value.map((y) => [String(y.year), formatNumber(y.shares, 0), formatMoney(y.value), formatNumber(y.isoShares, 0), formatNumber(y.nsoShares, 0)]);
    else out.isoError = iso.message;

    const needBe = fix(["newStrike"]);
    if (!oldStrike.ok) out.breakevenError = "Fix the grant's exercise price.";
    else if (needBe) out.breakevenError = needBe;
    else {
      const be = attempt(() => breakevenPrice(oldStrike.value, newStrike as Dec, ratio as Dec));
      if (be.ok) {
        out.breakeven = formatMoney(be.value);
        out.breakevenExact = be.value.toString();
      } else out.breakevenError = be.message;
    }

    if (valuation) {
      const needEv = fix(["newStrike", "spot", "rate", "vol", "oldYears"]);
      if (!oldStrike.ok) out.exchangeError = "Fix the grant's exercise price.";
      else if (needEv) out.exchangeError = needEv;
      else {
        const ev = attempt(() =>
          exchangeValue({
            oldShares: eligible.value,
            oldStrike: oldStrike.value,
            oldYears: oldYears as Dec,
            newStrike: newStrike as Dec,
            spot: spot as Dec,
            rate: rate as Dec,
            vol: vol as Dec,
            newYears: terms.termYears,
            ratio: ratio as Dec,
            divYield: new Dec(0),
          }),
        );
        if (ev.ok) {
          out.exchange = [
            ["Value of the old grant", formatMoney(ev.value.oldValue)],
            ["Value of the new grant", formatMoney(ev.value.newValue)],
            ["Incremental value", formatMoney(ev.value.incremental)],
            ["Value-for-value ratio", ev.value.valueForValueRatio === undefined ? "—" : formatNumber(ev.value.valueForValueRatio, 4)],
          ];
        } else out.exchangeError = ev.message;
      }
    }
    return out;
  });

  const preview: OptionExchangePreview = { terms, errors, grants, valuation };
  if (ratio !== undefined && eligibleOk.length === roster.rows.length && roster.rows.length > 0) {
    const total = attempt(() => totalNewOptions(eligibleOk, ratio));
    if (total.ok) {
      preview.total = formatNumber(total.value, 0);
      preview.totalExact = total.value.toString();
    } else preview.totalError = total.message;
  }
  return preview;
}
