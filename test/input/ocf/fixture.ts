import { OcfInputFile } from "../../../src/input/ocf/package";

/**
 * A small, hand-checked OCF 1.2.0 package: common, a senior Series D, the Series C, a junior
 * Series B, a convertible note, option grants (one cancelled in part, one exercised in part, one
 * transferred), a warrant, a 2-for-1 common split and a common issuance below the Series C's
 * conversion price.
 */
export type Json = Record<string, unknown>;
const usd = (amount: string): Json => ({ amount, currency: "USD" });
const ratio = (numerator: string, denominator: string): Json => ({ numerator, denominator });

export const COMMON = "class-common";
export const SERIES_C = "class-series-c";
export const SERIES_D = "class-series-d";
export const SERIES_B = "class-series-b";

export function stockClass(id: string, name: string, classType: string, seniority: string, extra: Json = {}): Json {
  return {
    object_type: "STOCK_CLASS",
    id,
    name,
    class_type: classType,
    default_id_prefix: `${name.slice(0, 2)}-`,
    initial_shares_authorized: "100000000",
    votes_per_share: "1",
    seniority,
    ...extra,
  };
}

const conversionTo = (numerator: string, denominator: string, price: string): Json[] => [
  {
    type: "STOCK_CLASS_CONVERSION_RIGHT",
    conversion_mechanism: { type: "RATIO_CONVERSION", conversion_price: usd(price), ratio: ratio(numerator, denominator), rounding_type: "NORMAL" },
    converts_to_stock_class_id: COMMON,
  },
];

export function stakeholder(id: string, name: string): Json {
  return { object_type: "STAKEHOLDER", id, name: { legal_name: name }, stakeholder_type: "INDIVIDUAL" };
}

export function stockIssuance(id: string, date: string, classId: string, holder: string, quantity: string, price: string): Json {
  return {
    object_type: "TX_STOCK_ISSUANCE",
    id: `tx-${id}`,
    security_id: id,
    date,
    custom_id: id.toUpperCase(),
    stakeholder_id: holder,
    stock_class_id: classId,
    share_price: usd(price),
    quantity,
    security_law_exemptions: [],
    stock_legend_ids: [],
  };
}

export function optionGrant(
  id: string,
  date: string,
  holder: string,
  quantity: string,
  price: string,
  kind: "OPTION_ISO" | "OPTION_NSO",
  expiration: string,
): Json {
  return {
    object_type: "TX_EQUITY_COMPENSATION_ISSUANCE",
    id: `tx-${id}`,
    security_id: id,
    date,
    custom_id: id.toUpperCase(),
    stakeholder_id: holder,
    stock_plan_id: "plan-1996",
    compensation_type: kind,
    quantity,
    exercise_price: usd(price),
    expiration_date: expiration,
    termination_exercise_windows: [],
    security_law_exemptions: [],
  };
}

export function manifest(lists: Record<string, string[]>, asOf = "2001-06-30", version = "1.2.0"): Json {
  const files: Json = {};
  for (const list of [
    "stock_plans_files",
    "stock_legend_templates_files",
    "stock_classes_files",
    "vesting_terms_files",
    "valuations_files",
    "transactions_files",
    "stakeholders_files",
  ])
    files[list] = [];
  for (const [list, paths] of Object.entries(lists)) files[list] = paths.map((filepath) => ({ filepath, md5: "00000000000000000000000000000000" }));
  return {
    ocf_version: version,
    file_type: "OCF_MANIFEST_FILE",
    issuer: {
      object_type: "ISSUER",
      id: "issuer-mpower",
      legal_name: "Mpower Holding Corporation",
      formation_date: "1996-01-01",
      country_of_formation: "US",
      country_subdivision_of_formation: "DE",
      tax_ids: [],
    },
    as_of: asOf,
    generated_at: "2001-06-30T12:00:00Z",
    ...files,
  };
}

export interface FixtureParts {
  classes: Json[];
  stakeholders: Json[];
  plans: Json[];
  transactions: Json[];
}

export function fixtureParts(): FixtureParts {
  return {
    classes: [
      stockClass(COMMON, "Common Stock", "COMMON", "1"),
      stockClass(SERIES_D, "Series D Preferred", "PREFERRED", "4", {
        price_per_share: usd("50.00"),
        liquidation_preference_multiple: "1",
        conversion_rights: conversionTo("1", "1", "50.00"),
      }),
      stockClass(SERIES_C, "Series C Convertible Preferred", "PREFERRED", "3", {
        price_per_share: usd("28.00"),
        liquidation_preference_multiple: "1",
        conversion_rights: conversionTo("1", "1", "28.00"),
      }),
      stockClass(SERIES_B, "Series B Preferred", "PREFERRED", "2", {
        price_per_share: usd("10.00"),
        liquidation_preference_multiple: "1.5",
        participation_cap_multiple: "3",
        conversion_rights: conversionTo("1", "1", "10.00"),
      }),
    ],
    stakeholders: [stakeholder("sh-fund", "Fund LP"), stakeholder("sh-ann", "Ann Lee"), stakeholder("sh-bob", "Bob Ray"), stakeholder("sh-cy", "Cy Orr")],
    plans: [{ object_type: "STOCK_PLAN", id: "plan-1996", plan_name: "1996 Stock Option Plan", initial_shares_reserved: "4640000", stock_class_ids: [COMMON] }],
    transactions: [
      stockIssuance("cs-1", "1998-01-01", COMMON, "sh-fund", "1000000", "1.00"),
      stockIssuance("sc-1", "1999-12-29", SERIES_C, "sh-fund", "1250000", "28.00"),
      stockIssuance("sd-1", "2000-06-01", SERIES_D, "sh-fund", "200000", "50.00"),
      stockIssuance("sb-1", "1998-06-01", SERIES_B, "sh-fund", "300000", "10.00"),
      { object_type: "TX_STOCK_CLASS_SPLIT", id: "split-2000", date: "2000-03-01", stock_class_id: COMMON, split_ratio: ratio("2", "1") },
      stockIssuance("cs-2", "2000-09-15", COMMON, "sh-ann", "100000", "12.50"),
      stockIssuance("cs-3", "2001-01-10", COMMON, "sh-bob", "400", "30.00"),
      {
        object_type: "TX_CONVERTIBLE_ISSUANCE",
        id: "tx-note-1",
        security_id: "note-1",
        date: "2000-12-01",
        custom_id: "NOTE-1",
        stakeholder_id: "sh-fund",
        convertible_type: "NOTE",
        investment_amount: usd("5000000.00"),
        conversion_triggers: [
          {
            trigger_id: "NOTE-1.TRIG.1",
            type: "AUTOMATIC_ON_DATE",
            trigger_date: "2003-12-01",
            conversion_right: {
              type: "CONVERTIBLE_CONVERSION_RIGHT",
              conversion_mechanism: {
                type: "CONVERTIBLE_NOTE_CONVERSION",
                interest_rates: [{ rate: "0.08", accrual_start_date: "2000-12-01" }],
                day_count_convention: "ACTUAL_365",
                interest_payout: "DEFERRED",
                interest_accrual_period: "ANNUAL",
                compounding_type: "SIMPLE",
              },
              converts_to_future_round: true,
            },
          },
        ],
        security_law_exemptions: [],
        seniority: 1,
      },
      optionGrant("opt-1", "1999-02-01", "sh-ann", "1000", "25.00", "OPTION_ISO", "2009-02-01"),
      optionGrant("opt-2", "2000-02-01", "sh-bob", "2000", "25.00", "OPTION_NSO", "2010-02-01"),
      optionGrant("opt-3", "2000-05-01", "sh-cy", "3000", "40.125", "OPTION_ISO", "2010-05-01"),
      optionGrant("opt-4", "2001-07-01", "sh-cy", "500", "10.00", "OPTION_NSO", "2011-07-01"),
      {
        object_type: "TX_EQUITY_COMPENSATION_CANCELLATION",
        id: "cx-1",
        security_id: "opt-2",
        date: "2000-08-01",
        quantity: "500",
        reason_text: "forfeited on termination",
      },
      stockIssuance("cs-ex", "2000-10-01", COMMON, "sh-cy", "1000", "40.125"),
      {
        object_type: "TX_EQUITY_COMPENSATION_EXERCISE",
        id: "ex-1",
        security_id: "opt-3",
        date: "2000-10-01",
        quantity: "1000",
        resulting_security_ids: ["cs-ex"],
      },
      {
        object_type: "TX_WARRANT_ISSUANCE",
        id: "tx-w-1",
        security_id: "w-1",
        date: "2000-01-15",
        custom_id: "W-1",
        stakeholder_id: "sh-fund",
        quantity: "50000",
        exercise_price: usd("35.00"),
        purchase_price: usd("0.00"),
        exercise_triggers: [
          {
            trigger_id: "W-1.TRIG.1",
            type: "ELECTIVE_AT_WILL",
            conversion_right: {
              type: "WARRANT_CONVERSION_RIGHT",
              conversion_mechanism: { type: "FIXED_AMOUNT_CONVERSION", converts_to_quantity: "50000" },
              converts_to_stock_class_id: COMMON,
            },
          },
        ],
        security_law_exemptions: [],
      },
    ],
  };
}

const enc = (x: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(x, null, 1));

export function packageFiles(parts: FixtureParts = fixtureParts(), extra: Json = {}): OcfInputFile[] {
  return [
    {
      name: "Manifest.ocf.json",
      bytes: enc({
        ...manifest({
          stock_classes_files: ["./StockClasses.ocf.json"],
          stakeholders_files: ["./Stakeholders.ocf.json"],
          stock_plans_files: ["./StockPlans.ocf.json"],
          transactions_files: ["./Transactions.ocf.json"],
        }),
        ...extra,
      }),
    },
    { name: "StockClasses.ocf.json", bytes: enc({ file_type: "OCF_STOCK_CLASSES_FILE", items: parts.classes }) },
    { name: "Stakeholders.ocf.json", bytes: enc({ file_type: "OCF_STAKEHOLDERS_FILE", items: parts.stakeholders }) },
    { name: "StockPlans.ocf.json", bytes: enc({ file_type: "OCF_STOCK_PLANS_FILE", items: parts.plans }) },
    { name: "Transactions.ocf.json", bytes: enc({ file_type: "OCF_TRANSACTIONS_FILE", items: parts.transactions }) },
  ];
}
