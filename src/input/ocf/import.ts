import { Dec, ZERO } from "../../calc/core/decimal";
import { parseIsoDate } from "../../calc/time/isoDate";
import { fromNumeric } from "./numeric";
import { fileOfObjects, OcfPackage } from "./package";
import { OcfObject, OcfPackageError, OcfProblem } from "./types";

/**
 * An OCF package as of a date, as MPWR's tables (docs/ocf.md): the capital table (rows
 * `name | type | quantity | a | b | c | rank | participation`, docs/functions.md), the grant
 * roster, candidate events for the Series C's conversion price, and what OCF cannot carry, listed
 * for the user. Pure: no DOM, no file system.
 */
export type CapitalRowType = "SENIOR" | "SERIESC" | "PREFERRED" | "JUNIOR" | "COMMON" | "OPTION" | "WARRANT";

export interface CapitalRow {
  readonly name: string;
  readonly type: CapitalRowType;
  readonly quantity: Dec;
  /** PREFERRED/JUNIOR: preference per share; OPTION/WARRANT: exercise price. */
  readonly a?: Dec;
  /** PREFERRED/JUNIOR: accrued unpaid dividends per share — never in OCF, always left for the user. */
  readonly b?: Dec;
  /** PREFERRED/JUNIOR: common per share on conversion. */
  readonly c?: Dec;
  /** 1 = paid first; undefined for common, options and warrants (paid last). */
  readonly rank?: number;
  /** undefined = non-participating; a cap in $ per share. */
  readonly participation?: Dec;
  /** The OCF objects the row is built from (stock class id, security ids, …). */
  readonly source: string;
}

export interface RosterRow {
  /** The grant's OCF security_id (what an export's cancellation refers to). */
  readonly grant: string;
  readonly holder: string;
  /** ISO date of the issuance. */
  readonly grantDate: string;
  readonly options: Dec;
  readonly price: Dec;
  readonly type: "ISO" | "NSO";
  /** ISO date. */
  readonly expiration: string;
}

export interface CandidateEvent {
  readonly date: string;
  readonly type: "SPLIT" | "ISSUE";
  readonly a: Dec;
  readonly b?: Dec;
  readonly c?: Dec;
  /** ISSUE rows are candidates: the user confirms each (exempt issuances, deemed-outstanding count). */
  readonly confirm: boolean;
  readonly note: string;
  readonly source: string;
}

export interface StockClassChoice {
  readonly id: string;
  readonly name: string;
  readonly classType: string;
  readonly seniority: string;
}

export interface OcfImport {
  readonly issuer: string;
  readonly asOf: string;
  readonly seriesC: StockClassChoice;
  readonly capital: readonly CapitalRow[];
  readonly roster: readonly RosterRow[];
  readonly events: readonly CandidateEvent[];
  /** What the package cannot carry or does not give, for the user to fill in. */
  readonly missing: readonly string[];
  readonly warnings: readonly OcfProblem[];
}

export interface ImportOptions {
  /** ISO date YYYY-MM-DD: transactions dated on or before it are replayed. */
  readonly asOf: string;
  /** The stock class id of the Series C Convertible Preferred. */
  readonly seriesC: string;
}

type Family = "STOCK" | "EQUITY_COMPENSATION" | "WARRANT" | "CONVERTIBLE";

interface Security {
  readonly id: string;
  readonly family: Family;
  readonly issuance: OcfObject;
  readonly date: string;
  /** Shares (stock, options, warrants) or the amount (convertibles) outstanding. */
  quantity: Dec;
  closed: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Transaction types by what they do; the deprecated TX_PLAN_SECURITY_* names are equity compensation. */
const ISSUANCES: Record<string, Family> = {
  TX_STOCK_ISSUANCE: "STOCK",
  TX_EQUITY_COMPENSATION_ISSUANCE: "EQUITY_COMPENSATION",
  TX_PLAN_SECURITY_ISSUANCE: "EQUITY_COMPENSATION",
  TX_WARRANT_ISSUANCE: "WARRANT",
  TX_CONVERTIBLE_ISSUANCE: "CONVERTIBLE",
};

/** Transactions on one security: the family the security must belong to, and how it changes. */
type Effect = "reduce" | "close" | "none";
const SECURITY_TRANSACTIONS: Record<string, readonly [Family, Effect]> = {
  TX_STOCK_CANCELLATION: ["STOCK", "reduce"],
  TX_STOCK_REPURCHASE: ["STOCK", "reduce"],
  TX_STOCK_TRANSFER: ["STOCK", "reduce"],
  TX_STOCK_CONVERSION: ["STOCK", "reduce"],
  TX_STOCK_RETRACTION: ["STOCK", "close"],
  TX_STOCK_REISSUANCE: ["STOCK", "close"],
  TX_STOCK_ACCEPTANCE: ["STOCK", "none"],
  TX_EQUITY_COMPENSATION_CANCELLATION: ["EQUITY_COMPENSATION", "reduce"],
  TX_EQUITY_COMPENSATION_EXERCISE: ["EQUITY_COMPENSATION", "reduce"],
  TX_EQUITY_COMPENSATION_RELEASE: ["EQUITY_COMPENSATION", "reduce"],
  TX_EQUITY_COMPENSATION_TRANSFER: ["EQUITY_COMPENSATION", "reduce"],
  TX_EQUITY_COMPENSATION_RETRACTION: ["EQUITY_COMPENSATION", "close"],
  TX_EQUITY_COMPENSATION_ACCEPTANCE: ["EQUITY_COMPENSATION", "none"],
  TX_PLAN_SECURITY_CANCELLATION: ["EQUITY_COMPENSATION", "reduce"],
  TX_PLAN_SECURITY_EXERCISE: ["EQUITY_COMPENSATION", "reduce"],
  TX_PLAN_SECURITY_RELEASE: ["EQUITY_COMPENSATION", "reduce"],
  TX_PLAN_SECURITY_TRANSFER: ["EQUITY_COMPENSATION", "reduce"],
  TX_PLAN_SECURITY_RETRACTION: ["EQUITY_COMPENSATION", "close"],
  TX_PLAN_SECURITY_ACCEPTANCE: ["EQUITY_COMPENSATION", "none"],
  TX_WARRANT_CANCELLATION: ["WARRANT", "reduce"],
  TX_WARRANT_TRANSFER: ["WARRANT", "reduce"],
  // A warrant exercise names no quantity in OCF 1.2.0: the warrant is exercised in full (a part
  // left over is a balance security with its own issuance).
  TX_WARRANT_EXERCISE: ["WARRANT", "close"],
  TX_WARRANT_RETRACTION: ["WARRANT", "close"],
  TX_WARRANT_ACCEPTANCE: ["WARRANT", "none"],
  TX_CONVERTIBLE_CANCELLATION: ["CONVERTIBLE", "reduce"],
  TX_CONVERTIBLE_TRANSFER: ["CONVERTIBLE", "reduce"],
  TX_CONVERTIBLE_CONVERSION: ["CONVERTIBLE", "close"],
  TX_CONVERTIBLE_RETRACTION: ["CONVERTIBLE", "close"],
  TX_CONVERTIBLE_ACCEPTANCE: ["CONVERTIBLE", "none"],
  TX_STOCK_PLAN_RETURN_TO_POOL: ["EQUITY_COMPENSATION", "none"],
  TX_VESTING_START: ["EQUITY_COMPENSATION", "none"],
  TX_VESTING_EVENT: ["EQUITY_COMPENSATION", "none"],
  TX_VESTING_ACCELERATION: ["EQUITY_COMPENSATION", "none"],
};
/** Vesting transactions apply to any vesting security (stock, options, warrants). */
const ANY_FAMILY = new Set(["TX_VESTING_START", "TX_VESTING_EVENT", "TX_VESTING_ACCELERATION"]);
/** Class-level and issuer-level transactions. */
const CLASS_TRANSACTIONS = new Set(["TX_STOCK_CLASS_SPLIT", "TX_STOCK_CLASS_CONVERSION_RATIO_ADJUSTMENT", "TX_STOCK_CLASS_AUTHORIZED_SHARES_ADJUSTMENT"]);
const PLAN_TRANSACTIONS = new Set(["TX_STOCK_PLAN_POOL_ADJUSTMENT"]);
const ISSUER_TRANSACTIONS = new Set(["TX_ISSUER_AUTHORIZED_SHARES_ADJUSTMENT"]);

const OPTION_TYPES = new Set(["OPTION_ISO", "OPTION_NSO", "OPTION"]);

const str = (o: OcfObject, field: string): string | undefined => (typeof o[field] === "string" ? (o[field] as string) : undefined);
const money = (o: OcfObject, field: string): { amount: Dec; currency: string } | undefined => {
  const m = o[field] as { amount?: string; currency?: string } | undefined;
  return m && typeof m.amount === "string" && typeof m.currency === "string" ? { amount: fromNumeric(m.amount), currency: m.currency } : undefined;
};
const numeric = (o: OcfObject, field: string): Dec | undefined => (typeof o[field] === "string" ? fromNumeric(o[field] as string) : undefined);

function ratioOf(r: unknown): Dec | undefined {
  const x = r as { numerator?: string; denominator?: string } | undefined;
  if (!x || typeof x.numerator !== "string" || typeof x.denominator !== "string") return undefined;
  const d = fromNumeric(x.denominator);
  return d.isZero() ? undefined : fromNumeric(x.numerator).div(d);
}

function money$(x: Dec): string {
  return `$${x.toFixed()}`;
}

function holderName(stakeholders: Map<string, OcfObject>, id: string | undefined): string {
  if (id === undefined) return "";
  const s = stakeholders.get(id);
  const name = s?.name as { legal_name?: string } | undefined;
  return name?.legal_name ?? id;
}

/** The stock classes a user may pick as the Series C (preferred classes first). */
export function stockClassChoices(pkg: OcfPackage): StockClassChoice[] {
  return pkg.files
    .filter((f) => f.fileType === "OCF_STOCK_CLASSES_FILE")
    .flatMap((f) => f.items)
    .map((c) => ({ id: c.id, name: str(c, "name") ?? c.id, classType: str(c, "class_type") ?? "", seniority: str(c, "seniority") ?? "" }))
    .sort((a, b) => (a.classType === b.classType ? 0 : a.classType === "PREFERRED" ? -1 : 1));
}

/**
 * Replays the package's transactions to `asOf` and builds the tables. The package is checked as a
 * whole first (every reference resolves, no transaction predates its security's issuance, no
 * duplicate ids): any problem refuses it with every problem listed.
 */
export function importPackage(pkg: OcfPackage, opts: ImportOptions): OcfImport {
  const steps = importPackageSteps(pkg, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Transactions or securities handled between two yields of `importPackageSteps`. */
export const IMPORT_SLICE = 1000;

/** `importPackage` in steps: it yields what it is doing every IMPORT_SLICE transactions or securities (the pane paints between). */
export function* importPackageSteps(pkg: OcfPackage, opts: ImportOptions): Generator<string, OcfImport> {
  let handled = 0;
  if (!ISO_DATE.test(opts.asOf) || parseIsoDate(opts.asOf) === undefined) {
    throw new OcfPackageError([{ file: "as-of date", message: `${JSON.stringify(opts.asOf)} is not a date YYYY-MM-DD` }]);
  }
  const asOf = opts.asOf;
  const fileOf = fileOfObjects(pkg);
  const problems: OcfProblem[] = [];
  const warnings: OcfProblem[] = [...pkg.warnings];
  const missing: string[] = [];
  const blame = (o: OcfObject, field: string | undefined, message: string): void => {
    problems.push({ file: fileOf.get(o) ?? "package", id: o.id, field, message });
  };

  const byType = (fileType: string): OcfObject[] => pkg.files.filter((f) => f.fileType === fileType).flatMap((f) => [...f.items]);
  const index = (objects: OcfObject[], kind: string): Map<string, OcfObject> => {
    const m = new Map<string, OcfObject>();
    for (const o of objects) {
      if (m.has(o.id)) blame(o, "id", `${kind} id ${JSON.stringify(o.id)} is used twice`);
      else m.set(o.id, o);
    }
    return m;
  };
  const classes = index(byType("OCF_STOCK_CLASSES_FILE"), "stock class");
  const stakeholders = index(byType("OCF_STAKEHOLDERS_FILE"), "stakeholder");
  const plans = index(byType("OCF_STOCK_PLANS_FILE"), "stock plan");
  const transactions = byType("OCF_TRANSACTIONS_FILE");
  index(transactions, "transaction");

  const seriesC = classes.get(opts.seriesC);
  if (seriesC === undefined) {
    const known = [...classes.values()].map((c) => `${c.id} (${str(c, "name")})`).join(", ");
    throw new OcfPackageError([
      { file: "Series C class", message: `${JSON.stringify(opts.seriesC)} is not a stock class id of the package; its classes are ${known || "none"}` },
    ]);
  }
  if (str(seriesC, "class_type") !== "PREFERRED") {
    throw new OcfPackageError([
      {
        file: "Series C class",
        id: seriesC.id,
        message: `${str(seriesC, "name")} is a ${str(seriesC, "class_type")} class; the Series C is a preferred class`,
      },
    ]);
  }

  const refClass = (o: OcfObject, field: string, required: boolean): void => {
    const id = str(o, field);
    if (id === undefined) {
      if (required) blame(o, field, "is required");
    } else if (!classes.has(id)) blame(o, field, `refers to stock class ${JSON.stringify(id)}, which the package does not define`);
  };
  const refStakeholder = (o: OcfObject): void => {
    const id = str(o, "stakeholder_id");
    if (id !== undefined && !stakeholders.has(id)) blame(o, "stakeholder_id", `refers to stakeholder ${JSON.stringify(id)}, which the package does not define`);
  };
  for (const c of classes.values()) {
    (c.conversion_rights as { converts_to_stock_class_id?: string }[] | undefined)?.forEach((r, i) => {
      if (r.converts_to_stock_class_id !== undefined && !classes.has(r.converts_to_stock_class_id)) {
        blame(
          c,
          `conversion_rights[${i}].converts_to_stock_class_id`,
          `refers to stock class ${JSON.stringify(r.converts_to_stock_class_id)}, which the package does not define`,
        );
      }
    });
  }

  // Securities: every issuance, whatever its date, so that references can be checked.
  const securities = new Map<string, Security>();
  for (const tx of transactions) {
    if (++handled % IMPORT_SLICE === 0) yield `Checking the transactions (${handled.toLocaleString("en-US")})`;
    const family = ISSUANCES[tx.object_type];
    if (family === undefined) continue;
    const id = str(tx, "security_id") as string;
    if (securities.has(id)) {
      blame(tx, "security_id", `security ${JSON.stringify(id)} is issued twice`);
      continue;
    }
    refStakeholder(tx);
    if (family === "STOCK") refClass(tx, "stock_class_id", true);
    if (family === "EQUITY_COMPENSATION") {
      refClass(tx, "stock_class_id", false);
      const plan = str(tx, "stock_plan_id");
      if (plan !== undefined && !plans.has(plan)) blame(tx, "stock_plan_id", `refers to stock plan ${JSON.stringify(plan)}, which the package does not define`);
    }
    let quantity = ZERO;
    if (family === "CONVERTIBLE") quantity = money(tx, "investment_amount")?.amount ?? ZERO;
    else quantity = numeric(tx, "quantity") ?? ZERO;
    securities.set(id, { id, family, issuance: tx, date: str(tx, "date") as string, quantity, closed: false });
  }

  // Every other transaction: its references and its date against its security's issuance.
  for (const tx of transactions) {
    if (++handled % IMPORT_SLICE === 0) yield `Checking the transactions (${handled.toLocaleString("en-US")})`;
    const t = tx.object_type;
    if (ISSUANCES[t] !== undefined) continue;
    const date = str(tx, "date") as string;
    if (CLASS_TRANSACTIONS.has(t)) {
      refClass(tx, "stock_class_id", true);
      continue;
    }
    if (PLAN_TRANSACTIONS.has(t)) {
      const plan = str(tx, "stock_plan_id");
      if (plan !== undefined && !plans.has(plan)) blame(tx, "stock_plan_id", `refers to stock plan ${JSON.stringify(plan)}, which the package does not define`);
      continue;
    }
    if (ISSUER_TRANSACTIONS.has(t)) continue;
    const rule = SECURITY_TRANSACTIONS[t];
    if (rule === undefined) {
      blame(tx, "object_type", `${t} is not a transaction MPWR replays`);
      continue;
    }
    const sid = str(tx, "security_id") as string;
    const sec = securities.get(sid);
    if (sec === undefined) {
      blame(tx, "security_id", `refers to security ${JSON.stringify(sid)}, which no issuance in the package creates`);
      continue;
    }
    if (!ANY_FAMILY.has(t) && sec.family !== rule[0])
      blame(
        tx,
        "security_id",
        `${t} applies to ${rule[0].toLowerCase().replace("_", " ")} securities; ${JSON.stringify(sid)} is ${sec.family.toLowerCase().replace("_", " ")}`,
      );
    if (date < sec.date) blame(tx, "date", `${date} is before the issuance of security ${JSON.stringify(sid)} on ${sec.date} (dates out of order)`);
    for (const field of ["resulting_security_ids", "balance_security_id"]) {
      const ids = Array.isArray(tx[field]) ? (tx[field] as string[]) : typeof tx[field] === "string" ? [tx[field] as string] : [];
      for (const r of ids) {
        const target = securities.get(r);
        if (target === undefined) blame(tx, field, `refers to security ${JSON.stringify(r)}, which no issuance in the package creates`);
        else if (target.date < date)
          blame(tx, field, `security ${JSON.stringify(r)} is issued on ${target.date}, before this ${date} transaction that creates it (dates out of order)`);
      }
    }
  }
  if (problems.length > 0) throw new OcfPackageError(problems);

  // Replay, in date order; on one date issuances first, then the rest in package order.
  const order = transactions
    .map((tx, i) => ({ tx, i, date: str(tx, "date") as string, first: ISSUANCES[tx.object_type] !== undefined ? 0 : 1 }))
    .filter((x) => x.date <= asOf)
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.first - y.first || x.i - y.i));
  const ratio = new Map<string, Dec>(); // stock class id → common per share on conversion, as adjusted
  const conversionPrice = new Map<string, Dec>();
  for (const c of classes.values()) {
    const right = (
      c.conversion_rights as { conversion_mechanism?: { type?: string; ratio?: unknown; conversion_price?: { amount: string } } }[] | undefined
    )?.[0];
    const m = right?.conversion_mechanism;
    if (m?.type === "RATIO_CONVERSION") {
      const r = ratioOf(m.ratio);
      if (r !== undefined) ratio.set(c.id, r);
      if (m.conversion_price) conversionPrice.set(c.id, fromNumeric(m.conversion_price.amount));
    }
  }
  const events: CandidateEvent[] = [];
  const commonClasses = new Set([...classes.values()].filter((c) => str(c, "class_type") === "COMMON").map((c) => c.id));
  const isCommon = (s: Security): boolean => s.family === "STOCK" && commonClasses.has(str(s.issuance, "stock_class_id") as string);
  // Common shares outstanding so far in the replay, kept as it goes (a 100,000-transaction
  // package must not re-add every security at each issuance).
  let commonOutstanding = ZERO;
  const spend = (sec: Security, amount: Dec): void => {
    if (isCommon(sec)) commonOutstanding = commonOutstanding.minus(amount);
    sec.quantity = sec.quantity.minus(amount);
    if (sec.quantity.isZero()) sec.closed = true;
  };
  const issued = new Set<string>();
  // Cert §5(k)(1)-(2): only what the corporation does "after the Original Issue Date" — the
  // Series C's first issuance in the package — adjusts the Conversion Price.
  const originalIssue = [...securities.values()]
    .filter((s) => s.family === "STOCK" && str(s.issuance, "stock_class_id") === seriesC.id)
    .reduce<string | undefined>((d, s) => (d === undefined || s.date < d ? s.date : d), undefined);
  const afterIssue = (date: string): boolean => originalIssue !== undefined && date > originalIssue;
  for (const { tx, date } of order) {
    if (++handled % IMPORT_SLICE === 0) yield `Replaying the transactions (${handled.toLocaleString("en-US")})`;
    const t = tx.object_type;
    if (ISSUANCES[t] !== undefined) {
      const sec = securities.get(str(tx, "security_id") as string) as Security;
      if (sec.family === "STOCK" && commonClasses.has(str(tx, "stock_class_id") as string)) {
        const price = money(tx, "share_price")?.amount;
        const cp = conversionPrice.get(seriesC.id);
        if (price !== undefined && cp !== undefined && price.lt(cp) && afterIssue(date)) {
          // Cert §5(k)(1): a common issuance below the Conversion Price adjusts it unless exempt
          // (§5(k)(4)); the user confirms each candidate and the count deemed outstanding.
          events.push({
            date,
            type: "ISSUE",
            a: sec.quantity,
            b: price.times(sec.quantity),
            c: commonOutstanding,
            confirm: true,
            note: `common issued at ${money$(price)} a share, below the Series C conversion price ${money$(cp)} in the package: confirm it is not exempt (Cert §5(k)(4)) and the common deemed outstanding (c)`,
            source: tx.id,
          });
        }
      }
      issued.add(sec.id);
      if (isCommon(sec)) commonOutstanding = commonOutstanding.plus(sec.quantity);
      continue;
    }
    if (t === "TX_STOCK_CLASS_SPLIT") {
      const cls = str(tx, "stock_class_id") as string;
      const r = ratioOf(tx.split_ratio);
      if (r === undefined) {
        blame(tx, "split_ratio", "has a zero denominator");
        continue;
      }
      for (const s of securities.values()) {
        if (s.family !== "STOCK" || s.closed || !issued.has(s.id) || str(s.issuance, "stock_class_id") !== cls) continue;
        const after = s.quantity.times(r);
        if (isCommon(s)) commonOutstanding = commonOutstanding.plus(after.minus(s.quantity));
        s.quantity = after;
      }
      if (commonClasses.has(cls) && afterIssue(date)) {
        events.push({
          date,
          type: "SPLIT",
          a: r,
          confirm: false,
          note: `${str(classes.get(cls) as OcfObject, "name")} split ${r.toFixed()} for 1 (Cert §5(k)(1))`,
          source: tx.id,
        });
      }
      continue;
    }
    if (t === "TX_STOCK_CLASS_CONVERSION_RATIO_ADJUSTMENT") {
      const m = tx.new_ratio_conversion_mechanism as { ratio?: unknown; conversion_price?: { amount: string } };
      const r = ratioOf(m.ratio);
      const cls = str(tx, "stock_class_id") as string;
      if (r !== undefined) ratio.set(cls, r);
      if (m.conversion_price) conversionPrice.set(cls, fromNumeric(m.conversion_price.amount));
      continue;
    }
    const rule = SECURITY_TRANSACTIONS[t];
    if (rule === undefined) continue;
    const sec = securities.get(str(tx, "security_id") as string) as Security;
    if (rule[1] === "none") continue;
    if (sec.closed) {
      blame(tx, "security_id", `security ${JSON.stringify(sec.id)} was already cancelled, exercised, converted or transferred in full before ${date}`);
      continue;
    }
    if (rule[1] === "close" || typeof tx.balance_security_id === "string") {
      // OCF: a transaction on part of a security moves the rest to the balance security, which
      // has its own issuance; the original security is then spent.
      spend(sec, sec.quantity);
      sec.closed = true;
      continue;
    }
    const amount =
      sec.family === "CONVERTIBLE" ? money(tx, "amount")?.amount : numeric(tx, tx.object_type.endsWith("CONVERSION") ? "quantity_converted" : "quantity");
    if (amount === undefined) {
      spend(sec, sec.quantity);
      sec.closed = true;
      continue;
    }
    if (amount.abs().gt(sec.quantity)) {
      blame(
        tx,
        sec.family === "CONVERTIBLE" ? "amount" : "quantity",
        `${amount.abs().toFixed()} is more than the ${sec.quantity.toFixed()} outstanding on security ${JSON.stringify(sec.id)} on ${date}`,
      );
      continue;
    }
    spend(sec, amount.abs());
  }
  if (problems.length > 0) throw new OcfPackageError(problems);
  const open = [...securities.values()].filter((s) => issued.has(s.id) && !s.closed && s.quantity.gt(0));

  // Capital table.
  const capital: CapitalRow[] = [];
  const usd = (o: OcfObject, field: string, what: string): Dec | undefined => {
    const m = money(o, field);
    if (m === undefined) return undefined;
    if (m.currency !== "USD") {
      problems.push({
        file: fileOf.get(o) ?? "package",
        id: o.id,
        field: `${field}.currency`,
        message: `${what} is in ${m.currency}; MPWR's capital table is in USD`,
      });
      return undefined;
    }
    return m.amount;
  };
  // Notes and other convertibles: SENIOR claims, by convertible seniority (1 = paid first).
  const notes = open.filter((s) => s.family === "CONVERTIBLE");
  const noteSeniorities = [...new Set(notes.map((s) => s.issuance.seniority as number))].sort((a, b) => a - b);
  for (const s of notes) {
    const m = money(s.issuance, "investment_amount");
    if (m !== undefined && m.currency !== "USD") {
      blame(s.issuance, "investment_amount.currency", `the convertible is in ${m.currency}; MPWR's capital table is in USD`);
      continue;
    }
    capital.push({
      name: `${str(s.issuance, "convertible_type") ?? "Convertible"} ${str(s.issuance, "custom_id") ?? s.id} (${holderName(stakeholders, str(s.issuance, "stakeholder_id"))})`,
      type: "SENIOR",
      quantity: s.quantity,
      rank: noteSeniorities.indexOf(s.issuance.seniority as number) + 1,
      source: s.id,
    });
    missing.push(
      `Interest accrued on convertible ${str(s.issuance, "custom_id") ?? s.id}: the claim is its principal ${money$(s.quantity)}; add any accrued interest`,
    );
  }
  const base = noteSeniorities.length;
  const sharesOf = (classId: string): Dec =>
    open.filter((s) => s.family === "STOCK" && str(s.issuance, "stock_class_id") === classId).reduce((n, s) => n.plus(s.quantity), ZERO);
  const preferred = [...classes.values()].filter((c) => str(c, "class_type") === "PREFERRED");
  const scSeniority = fromNumeric(str(seriesC, "seniority") as string);
  const senioritiesDesc = [...new Set(preferred.map((c) => fromNumeric(str(c, "seniority") as string).toString()))]
    .map((s) => new Dec(s))
    .sort((a, b) => b.comparedTo(a));
  const rankOf = (c: OcfObject): number => base + 1 + senioritiesDesc.findIndex((s) => s.eq(fromNumeric(str(c, "seniority") as string)));
  for (const c of preferred) {
    const shares = sharesOf(c.id);
    const name = str(c, "name") ?? c.id;
    if (c === seriesC) {
      capital.push({ name, type: "SERIESC", quantity: shares, rank: rankOf(c), source: c.id });
      continue;
    }
    if (shares.isZero()) continue;
    const seniority = fromNumeric(str(c, "seniority") as string);
    const price = usd(c, "price_per_share", "the price per share");
    const multiple = numeric(c, "liquidation_preference_multiple");
    let a: Dec | undefined;
    if (price === undefined) missing.push(`${name}: preference per share (the class has no price_per_share)`);
    else if (multiple === undefined)
      missing.push(`${name}: preference per share (the class has no liquidation_preference_multiple; its price per share is ${money$(price)})`);
    else a = price.times(multiple);
    const r = ratio.get(c.id);
    const right = (c.conversion_rights as { converts_to_stock_class_id?: string; conversion_mechanism?: { type?: string } }[] | undefined) ?? [];
    let conv: Dec | undefined;
    if (right.length === 0) conv = ZERO;
    else if (right[0].converts_to_stock_class_id !== undefined && !commonClasses.has(right[0].converts_to_stock_class_id))
      missing.push(`${name}: common per share on conversion (it converts into another preferred class)`);
    else if (r === undefined) missing.push(`${name}: common per share on conversion (the conversion right is not a ratio)`);
    else conv = r;
    // Participation: OCF gives only a cap, as a multiple of the price per share; the capital table's cap is
    // in $ per share and includes the preference and dividends (docs/functions.md#seriesc_exit). OCF has no
    // way to say "participating without a cap" (docs/ocf.md): such a class is entered as FULL by hand.
    const capMultiple = numeric(c, "participation_cap_multiple");
    let participation: Dec | undefined;
    if (capMultiple !== undefined) {
      const cap = price === undefined ? undefined : capMultiple.times(price);
      if (cap === undefined || capMultiple.lte(0))
        missing.push(`${name}: participation (cap multiple ${capMultiple.toFixed()} without a usable price per share: fill in FULL or the cap in $)`);
      else if (conv === undefined || conv.isZero())
        missing.push(
          `${name}: participation (a cap of ${money$(cap)} per share, but the class has no common per share on conversion, which participation shares as)`,
        );
      else if (a !== undefined && cap.lt(a))
        missing.push(`${name}: participation (the cap of ${money$(cap)} per share is below the preference of ${money$(a)} it includes)`);
      else participation = cap;
    }
    missing.push(`${name}: accrued unpaid dividends per share (OCF does not carry dividends)`);
    capital.push({
      name,
      type: seniority.lt(scSeniority) ? "JUNIOR" : "PREFERRED",
      quantity: shares,
      a,
      c: conv,
      rank: rankOf(c),
      participation,
      source: c.id,
    });
  }
  for (const c of classes.values()) {
    if (str(c, "class_type") !== "COMMON") continue;
    capital.push({ name: str(c, "name") ?? c.id, type: "COMMON", quantity: sharesOf(c.id), source: c.id });
  }
  // Options (and other equity compensation) by exercise price; warrants by exercise price.
  const groups = new Map<string, { name: string; type: "OPTION" | "WARRANT"; quantity: Dec; price: Dec; ids: string[] }>();
  const roster: RosterRow[] = [];
  for (const s of open) {
    if (++handled % IMPORT_SLICE === 0) yield `Building the tables (${handled.toLocaleString("en-US")})`;
    if (s.family !== "EQUITY_COMPENSATION" && s.family !== "WARRANT") continue;
    const tx = s.issuance;
    let label: string;
    let price: Dec | undefined;
    if (s.family === "WARRANT") {
      label = "Warrants";
      price = usd(tx, "exercise_price", "the exercise price");
      if (price === undefined) {
        missing.push(`Warrant ${str(tx, "custom_id") ?? s.id}: exercise price (not in the package)`);
        continue;
      }
      if (tx.quantity === undefined) {
        missing.push(`Warrant ${str(tx, "custom_id") ?? s.id}: number of shares (the package gives no quantity)`);
        continue;
      }
    } else {
      const ct = str(tx, "compensation_type") as string;
      if (ct === "RSU") {
        // An RSU delivers a share for no payment: an option with exercise price 0 on exit.
        label = "RSUs";
        price = ZERO;
      } else {
        label = OPTION_TYPES.has(ct) ? "Options" : ct === "CSAR" ? "Cash-settled SARs" : "Stock-settled SARs";
        price = usd(tx, OPTION_TYPES.has(ct) ? "exercise_price" : "base_price", OPTION_TYPES.has(ct) ? "the exercise price" : "the base price");
        if (price === undefined) {
          missing.push(`Equity compensation ${str(tx, "custom_id") ?? s.id}: ${OPTION_TYPES.has(ct) ? "exercise" : "base"} price (not in the package)`);
          continue;
        }
      }
      if (OPTION_TYPES.has(ct)) {
        const grantType = ct === "OPTION_ISO" || (ct === "OPTION" && tx.option_grant_type === "ISO") ? "ISO" : "NSO";
        roster.push({
          grant: s.id,
          holder: holderName(stakeholders, str(tx, "stakeholder_id")),
          grantDate: s.date,
          options: s.quantity,
          price,
          type: grantType,
          expiration: str(tx, "expiration_date") ?? "",
        });
      }
    }
    const type = s.family === "WARRANT" ? "WARRANT" : "OPTION";
    const key = `${type}|${label}|${price.toFixed()}`;
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { name: `${label} at ${money$(price)}`, type, quantity: s.quantity, price, ids: [s.id] });
    else {
      g.quantity = g.quantity.plus(s.quantity);
      g.ids.push(s.id);
    }
  }
  const grouped = [...groups.values()].sort((x, y) => (x.type === y.type ? x.price.comparedTo(y.price) : x.type === "OPTION" ? -1 : 1));
  for (const g of grouped)
    capital.push({ name: g.name, type: g.type, quantity: g.quantity, a: g.price, source: g.ids.length === 1 ? g.ids[0] : `${g.ids.length} securities` });
  if (problems.length > 0) throw new OcfPackageError(problems);

  missing.unshift(
    `${str(seriesC, "name")} (the Series C): its own terms — Liquidation Value, dividend rate and accrued dividends, conversion price history — come from the Certificate of Designation (MPWR's terms), not from OCF`,
  );
  roster.sort((x, y) => (x.grantDate < y.grantDate ? -1 : x.grantDate > y.grantDate ? 1 : x.grant < y.grant ? -1 : x.grant > y.grant ? 1 : 0));
  const issuer = pkg.manifest.data.issuer as { legal_name?: string } | undefined;
  return {
    issuer: issuer?.legal_name ?? "",
    asOf,
    seriesC: { id: seriesC.id, name: str(seriesC, "name") ?? seriesC.id, classType: "PREFERRED", seniority: str(seriesC, "seniority") ?? "" },
    capital,
    roster,
    events,
    missing,
    warnings,
  };
}

/** The capital table as cells: `name | type | quantity | a | b | c | rank | participation` (numbers as exact decimal text). */
export function capitalCells(rows: readonly CapitalRow[]): string[][] {
  const d = (x: Dec | undefined): string => (x === undefined ? "" : x.toFixed());
  return rows.map((r) => [r.name, r.type, d(r.quantity), d(r.a), d(r.b), d(r.c), r.rank === undefined ? "" : String(r.rank), d(r.participation)]);
}
