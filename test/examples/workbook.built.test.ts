import fs from "fs";
import path from "path";
import { CONVERSION_KINDS } from "../../src/calc/seriesC/conversion";
import { EVENT_TYPES } from "../../src/calc/seriesC/events";
import { REDEMPTION_TRIGGERS } from "../../src/calc/seriesC/redemption";
import { OPTION_EXCHANGE_TERMS } from "../../src/calc/optionExchange/terms";
import { SERIES_C_TERMS } from "../../src/calc/seriesC/terms";
import { OPTION_EXCHANGE_TERM_DOCS } from "../../src/calc/optionExchange/termWords";
import { SERIES_C_TERM_DOCS } from "../../src/calc/seriesC/termWords";
import { FileSheet, FileTable, Value, XlsxFile, bounds, cellXml, columnNumber, plain, readXlsx } from "../support/xlsxFile";
import { cellAddress } from "../../src/layout/address";

// examples/mpwr-model.xlsx (scripts/make-workbook.js, docs/workbook.md): read back from the file
// and checked against the built dist/functions.js, the documents' figures and what Excel 365 writes.

const formulas: {
  loadBuiltFunctions(): Map<string, unknown>;
  readMetadata(): unknown;
  evaluateFormula(formula: string, fns: Map<string, unknown>, metadata: unknown, resolve: (ref: string) => Value[][]): { value?: unknown; error?: { code: string; message: string } };
} = require("../../scripts/mpwr-formula");
const refs: { makeResolver(wb: unknown, sheet: string, row: number): (ref: string) => Value[][] } = require("../../scripts/lib/workbook-refs");
const makeWorkbook: { buildWorkbook(): unknown; workbookBuffer(b: unknown): Promise<Buffer>; wrappedLines(text: string, width: number): number; LINE_HEIGHT: number; OUT: string } = require("../../scripts/make-workbook");

const FILE = path.resolve(__dirname, "../../examples/mpwr-model.xlsx");

interface Formula {
  sheet: FileSheet;
  address: string;
  row: number;
  col: number;
  text: string;
  shareType?: string;
  ref?: string;
}

function formulaCells(file: XlsxFile): Formula[] {
  const out: Formula[] = [];
  for (const sheet of file.sheets) {
    sheet.ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { formula?: string; sharedFormula?: string; shareType?: string; ref?: string } | null;
        if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
          out.push({ sheet, address: cell.address, row: Number(cell.row), col: Number(cell.col), text: v.formula ?? `shared ${v.sharedFormula}`, shareType: v.shareType, ref: v.ref });
        }
      }),
    );
  }
  return out;
}

/** The workbook's names and Tables as the formula resolver needs them. */
function resolverWorkbook(file: XlsxFile) {
  const names = new Map<string, { sheet: string; top: number; left: number; bottom: number; right: number }>();
  for (const n of file.names.filter((x) => x.localSheetId === undefined)) {
    const m = /^'?(.*?)'?!(\$[A-Z]+\$\d+(?::\$[A-Z]+\$\d+)?)$/.exec(n.text);
    if (!m) throw new Error(`name ${n.name} is not a cell reference: ${n.text}`);
    names.set(n.name, { sheet: m[1].replace(/''/g, "'"), ...bounds(m[2]) });
  }
  const tables = new Map<string, FileTable & { columns: string[] }>();
  for (const s of file.sheets) for (const t of s.tables) tables.set(t.name, { ...t, columns: t.columns.map((c) => c.name) } as never);
  return {
    names,
    tables,
    cell: (sheet: string, row: number, col: number) => plain(file.sheets.find((s) => s.name === sheet)!.ws.getCell(row, col).value),
  };
}

const close = (a: unknown, b: unknown) => (typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)) : a === b);
/** 1-based row and column → "B3". */
const address = (row: number, col: number) => cellAddress({ row: row - 1, col: col - 1 });

describe("examples/mpwr-model.xlsx", () => {
  let file: XlsxFile;
  beforeAll(async () => {
    file = await readXlsx(fs.readFileSync(FILE));
  });
  const sheet = (name: string) => file.sheets.find((s) => s.name === name)!;
  const table = (name: string) => file.sheets.flatMap((s) => s.tables).find((t) => t.name === name)!;
  const name = (n: string) => file.names.find((x) => x.name === n && x.localSheetId === undefined)!;
  const namedCell = (n: string) => {
    const m = /^'?(.*?)'?!\$([A-Z]+)\$(\d+)$/.exec(name(n).text)!;
    return { sheet: sheet(m[1]), address: `${m[2]}${m[3]}`, row: Number(m[3]), col: columnNumber(m[2]) };
  };

  test("is exactly what scripts/make-workbook.js generates now (run `npm run build && npm run workbook`)", async () => {
    const fresh = await readXlsx(await makeWorkbook.workbookBuffer(makeWorkbook.buildWorkbook()));
    expect(Object.keys(file.parts).sort()).toEqual(Object.keys(fresh.parts).sort());
    for (const part of Object.keys(fresh.parts)) expect([part, file.parts[part]]).toEqual([part, fresh.parts[part]]);
  });

  test("has the Series C and Option exchange sheets, every formula stored under Excel's _xldudf_ name for the MPWR functions", () => {
    expect(file.sheets.map((s) => s.name)).toEqual(["Series C", "Option exchange"]);
    const all = formulaCells(file);
    expect(all.length).toBeGreaterThanOrEqual(40);
    for (const f of all) expect([f.address, f.text]).toEqual([f.address, expect.stringMatching(/^(_xldudf_MPWR_[A-Z_]+\(|INDEX\()/)]);
    const ids = new Set(all.map((f) => /^_xldudf_MPWR_([A-Z_]+)\(/.exec(f.text)?.[1]));
    for (const id of ["SERIESC_ACCRUED", "SERIESC_CONVPRICE", "SERIESC_LIQPREF", "SERIESC_LIQDETAIL", "SERIESC_DIVSCHEDULE", "SERIESC_ADJUSTMENTS", "SERIESC_KEYDATES", "SERIESC_REDEMPTION", "SERIESC_THRESHOLD_DATE", "OPTEX_NEWSHARES", "OPTEX_TOTAL", "OPTEX_VESTED", "OPTEX_SCHEDULE", "OPTEX_ISO", "OPTEX_BREAKEVEN", "OPTEX_FILING_FEE"]) {
      expect(ids).toContain(id);
    }
    const stored = Object.values(file.parts).flatMap((x) => [...x.matchAll(/<(?:f|calculatedColumnFormula)(?: [^>]*)?>([^<]*)</g)].map((m) => m[1]));
    expect(stored.length).toBeGreaterThanOrEqual(all.length);
    expect(stored.filter((f) => /MPWR\./.test(f))).toEqual([]);
  });

  test("every formula's cached value is what dist/functions.js returns for the inputs read from the workbook (names and structured references resolved)", () => {
    const fns = formulas.loadBuiltFunctions();
    const metadata = formulas.readMetadata();
    const wb = resolverWorkbook(file);
    let checked = 0;
    let spilled = 0;
    for (const f of formulaCells(file)) {
      const where = `${f.sheet.name}!${f.address} =${f.text}`;
      const r = formulas.evaluateFormula(f.text, fns, metadata, refs.makeResolver(wb, f.sheet.name, f.row));
      expect([where, r.error]).toEqual([where, undefined]);
      if (Array.isArray(r.value)) {
        // A spill: the anchor's ref is exactly the result's extent, and every cell of it caches its value.
        expect([where, f.shareType]).toEqual([where, "array"]);
        const rows = r.value as Value[][];
        const b = bounds(f.ref!);
        expect([where, b]).toEqual([where, { top: f.row, left: f.col, bottom: f.row + rows.length - 1, right: f.col + rows[0].length - 1 }]);
        rows.forEach((line, i) =>
          line.forEach((expected, j) => {
            const at = address(f.row + i, f.col + j);
            expect([where, at, cellXml(f.sheet, at) !== undefined]).toEqual([where, at, true]);
            const cached = plain(f.sheet.ws.getCell(f.row + i, f.col + j).value);
            const want = expected === "" ? null : expected;
            expect([where, at, close(cached, want) ? want : cached]).toEqual([where, at, want]);
            spilled++;
          }),
        );
      } else {
        expect([where, f.shareType]).toEqual([where, undefined]);
        const cached = plain(f.sheet.ws.getCell(f.row, f.col).value);
        expect([where, cellXml(f.sheet, f.address)!.includes("<v>")]).toEqual([where, true]);
        expect([where, close(cached, r.value) ? r.value : cached]).toEqual([where, r.value]);
      }
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(40);
    expect(spilled).toBeGreaterThanOrEqual(80);
  });

  test("the documents' figures: accrual, conversion price after the split, redemption, threshold date, Offer totals and filing fee", () => {
    const at = (sheetName: string, label: string): Value => {
      const ws = sheet(sheetName).ws;
      let found: Value = null;
      ws.eachRow((row) => {
        if (row.getCell(1).value === label) found = plain(row.getCell(3).value);
      });
      return found;
    };
    // Cert §2: 10% from 1999-12-29, compounded each 31 December, to 2001-06-30 on $28 (worked out in docs/functions.md).
    expect(at("Series C", "Accrued unpaid dividends per share (Cert §2)")).toBeCloseTo(4.345056078063426, 12);
    // Cert §5(f): $28 after the 3-for-2 split of 2000-08-29 is $28 × 2/3.
    expect(at("Series C", "Conversion price (Cert §5(d)–(k))")).toBeCloseTo(56 / 3, 12);
    // Cert §6(b): year 3 multiple 3.0 × $28.
    expect(at("Series C", "Redemption price per share (Cert §6)")).toBe(84);
    // 20 closes of $38 > 2 × $28 / 1.5 = $37.33, the 20th on 2000-10-02 (serial 36801).
    expect(at("Series C", "Market Threshold first achieved (Cert §5(b)(1), §12)")).toBe(36801);
    // Offer §2: floor(0.75 × 8,496,926) = 6,372,694; cover page: 1/50 of 1% of $31,038,500 = $6,207.70.
    expect(at("Option exchange", "New options for all eligible options (Offer §2)")).toBe(6372694);
    expect(at("Option exchange", "Schedule TO filing fee (cover page)")).toBeCloseTo(6207.7, 9);
    // Offer Q7: 1,000 → 750; 1,525 → 1,143; 525 → 393; roster total 2,286.
    expect(at("Option exchange", "New options for the roster: per-grant floors (Offer §1, Q7)")).toBe(750 + 1143 + 393);
  });

  test("the exit waterfall shares the proceeds, each exit value is shared in full, and the offer's calendar is the Offer's own", () => {
    /** The cached values of the spill whose formula calls `id`. */
    const spillOf = (id: string): Value[][] => {
      const f = formulaCells(file).find((x) => x.text.startsWith(`_xldudf_MPWR_${id}(`) && x.shareType === "array")!;
      const b = bounds(f.ref!);
      const out: Value[][] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const line: Value[] = [];
        for (let c = b.left; c <= b.right; c++) line.push(plain(f.sheet.ws.getCell(r, c).value));
        out.push(line);
      }
      return out;
    };
    const sum = (xs: Value[]) => xs.reduce((a: number, x) => a + (typeof x === "number" ? x : 0), 0);
    // SERIESC_EXIT: name | type | converts | amount | per share; the amounts add up to the proceeds (Cert §4(a)).
    const proceeds = plain(namedCell("SC_Proceeds").sheet.ws.getCell(namedCell("SC_Proceeds").row, namedCell("SC_Proceeds").col).value) as number;
    expect(proceeds).toBe(800000000);
    const exit = spillOf("SERIESC_EXIT");
    expect(exit[0]).toEqual(["name", "type", "converts", "amount", "per share"]);
    expect(exit.slice(1).map((r) => r[0])).toEqual(["Notes", "Series C", "Series D", "Common", "Options"]);
    expect(sum(exit.slice(1).map((r) => r[3]))).toBeCloseTo(proceeds, 3);
    expect(exit[1][3]).toBe(10000000); // the notes are paid in full first
    // SERIESC_BREAKPOINTS: proceeds | event | row, ascending; the senior notes paid in full are the first.
    const breakpoints = spillOf("SERIESC_BREAKPOINTS");
    expect(breakpoints[0]).toEqual(["proceeds", "event", "row"]);
    const kinks = breakpoints.slice(1).map((r) => r[0] as number);
    kinks.slice(1).forEach((x, i) => expect(x).toBeGreaterThan(kinks[i]));
    expect(kinks[0]).toBe(10000000);
    // SERIESC_EXIT_TABLE with no proceeds list: $0, every breakpoint and points between them; each row adds up to its proceeds.
    const table = spillOf("SERIESC_EXIT_TABLE");
    expect(table[0]).toEqual(["proceeds", "Notes", "Series C", "Series D", "Common", "Options"]);
    const points = table.slice(1).map((r) => r[0] as number);
    expect(points[0]).toBe(0);
    for (const x of kinks) expect(points).toContain(x);
    for (const r of table.slice(1)) expect(sum(r.slice(1))).toBeCloseTo(r[0] as number, 3);
    // SERIESC_PAYOUTS at the exit value: each holder's rows at SERIESC_EXIT's per-share amounts.
    const payouts = spillOf("SERIESC_PAYOUTS");
    expect(payouts[0]).toEqual(["holder", "total", "Notes", "Series C", "Series D", "Common", "Options"]);
    const perShare = (name: string) => exit.find((r) => r[0] === name)![4] as number;
    const fundA = payouts.find((r) => r[0] === "Fund A")!;
    expect(fundA[1]).toBeCloseTo(600000 * perShare("Series C") + 1000000 * perShare("Common"), 3);
    expect(payouts.slice(1).map((r) => r[0])).toEqual(["Fund A", "Fund B", "Founders", "Employees"]);
    // SERIESC_SALE: route | per share | clause | available, the best available route last.
    const sale = spillOf("SERIESC_SALE");
    expect(sale[0]).toEqual(["route", "per share", "clause", "available"]);
    expect(sale.length).toBe(5);
    expect(sale[4][0]).toMatch(/^best/);
    // OPTEX_DEADLINES with the Offer's dates: commenced Monday 2001-08-27 (serial 37130, day 1); Labor Day
    // 2001-09-03 skipped, the 20th business day is 2001-09-24 (37158); expiration 2001-09-27 (37161);
    // ten business days before it 2001-09-13 (37147); next business day 2001-09-28 (37162); the 40th
    // business day is 2001-10-23 (Columbus Day skipped), the withdrawal right the day after (37188).
    expect(spillOf("OPTEX_DEADLINES").slice(1).map((r) => r[1])).toEqual([37130, 37158, 37161, 37161, 37147, 37162, 37162, 37188, true, 37159]); // minimum period met; 11:59 p.m. on 2001-09-25 at the earliest
    // A notice on 2001-09-20 is after the cut-off: the offer runs to the 10th business day after it, 2001-10-04.
    const ox = sheet("Option exchange").ws;
    let extension: Value = null;
    ox.eachRow((row) => {
      if (row.getCell(1).value === "Expiration after that notice (Offer §1, §14)") extension = plain(row.getCell(3).value);
    });
    expect(extension).toBe(37168);
  });

  test("Excel Tables for events, payments, prices, terms, payoff and the roster, with the roster's header texts in order", () => {
    const names = file.sheets.flatMap((s) => s.tables.map((t) => `${s.name}:${t.name}`));
    expect(names.sort()).toEqual(
      ["Option exchange:OX_Holidays", "Option exchange:OX_Roster", "Option exchange:OX_Terms", "Series C:SC_Capital", "Series C:SC_Events", "Series C:SC_Holdings", "Series C:SC_Payments", "Series C:SC_Payoff", "Series C:SC_Prices", "Series C:SC_Terms"].sort(),
    );
    expect(table("OX_Roster").columns.map((c) => c.name)).toEqual(["Grant", "Grant date", "Options outstanding", "Exercise price", "Type"]);
    expect(table("SC_Events").columns.map((c) => c.name)).toEqual(["Date", "Type", "a", "b", "c", "d"]);
    expect(table("SC_Terms").columns.map((c) => c.name)).toEqual(["Term", "Name", "Value"]);
    for (const s of file.sheets) {
      for (const t of s.tables) {
        // The header row holds the column names; every Table has a filter and no totals row.
        t.columns.forEach((c, j) => expect([t.name, plain(s.ws.getCell(t.top, t.left + j).value)]).toEqual([t.name, c.name]));
        expect(t.xml).toMatch(/<autoFilter ref="[A-Z]+\d+:[A-Z]+\d+"\/>/);
        expect(t.xml).toMatch(/totalsRowShown="0"/);
        expect(t.xml).not.toMatch(/totalsRow(Label|Function)/);
        // A calculated column: its formula is the one in every data cell of the column.
        t.columns.forEach((c, j) => {
          if (!c.calculatedColumnFormula) return;
          for (let r = t.top + 1; r <= t.bottom; r++) {
            expect((s.ws.getCell(r, t.left + j).value as { formula?: string }).formula).toBe(c.calculatedColumnFormula);
          }
        });
      }
    }
    // Table ids are unique in the workbook (Excel repairs a file where they are not).
    const ids = file.sheets.flatMap((s) => s.tables.map((t) => /<table [^>]*\sid="(\d+)"/.exec(t.xml)![1]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(table("SC_Payoff").columns[1].calculatedColumnFormula).toMatch(/^_xldudf_MPWR_SERIESC_LIQPREF\(SC_AsOf,SC_Payoff\[\[#This Row\],\[Common value per share\]\],/);
  });

  test("the roster holds the sample grants, and the new options spill beside it covers every row", () => {
    const t = table("OX_Roster");
    const s = sheet("Option exchange");
    const rows = [];
    for (let r = t.top + 1; r <= t.bottom; r++) rows.push([t.left, t.left + 1, t.left + 2, t.left + 3, t.left + 4, t.left + 5].map((c) => plain(s.ws.getCell(r, c).value)));
    // 2000-03-15, 2000-06-01, 2001-01-10 as serials; new options floor(0.75 × options).
    expect(rows).toEqual([
      [1001, 36600, 1000, 45, "NSO", 750],
      [1002, 36678, 1525, 38.5, "ISO", 1143],
      [1003, 36901, 525, 12.25, "ISO", 393],
    ]);
    expect(plain(s.ws.getCell(t.top, t.right + 1).value)).toBe("New options");
    const anchor = s.ws.getCell(t.top + 1, t.right + 1).value as { formula: string; ref: string };
    expect(anchor.formula).toBe("_xldudf_MPWR_OPTEX_NEWSHARES(OX_Roster[Options outstanding],OX_Ratio)");
  });

  test("terms Tables: a human label beside the name | value columns the functions read, the calc defaults in order", () => {
    for (const [tableName, schema, docs] of [
      ["SC_Terms", SERIES_C_TERMS, SERIES_C_TERM_DOCS],
      ["OX_Terms", OPTION_EXCHANGE_TERMS, OPTION_EXCHANGE_TERM_DOCS],
    ] as const) {
      const t = table(tableName);
      const s = file.sheets.find((x) => x.name === t.sheet)!;
      const names: string[] = [];
      for (let r = t.top + 1; r <= t.bottom; r++) {
        const label = plain(s.ws.getCell(r, t.left).value) as string;
        const termName = plain(s.ws.getCell(r, t.left + 1).value) as string;
        names.push(termName);
        expect(label.toLowerCase()).toBe((docs as Record<string, string>)[termName].toLowerCase());
      }
      expect(names).toEqual(Object.keys(schema));
    }
    // Every function with a terms argument reads the Name and Value columns.
    const termsArgs = formulaCells(file).filter((f) => /_TERMS?\[/.test(f.text) || /Terms\[/.test(f.text));
    expect(termsArgs.length).toBeGreaterThan(15);
    for (const f of termsArgs) expect(f.text).toMatch(/(SC|OX)_Terms\[\[Name\]:\[Value\]\]/);
  });

  test("named inputs: each a single cell with its label two columns left and its own name in the name column", () => {
    const expected = ["SC_AsOf", "SC_CommonValue", "SC_Shares", "SC_Fmv", "SC_ConversionKind", "SC_RedemptionDate", "SC_Trigger", "SC_Outstanding", "OX_NewStrike", "OX_MeasureDate", "OX_GrantRow", "OX_EligibleOptions", "OX_TransactionValue", "OX_Ratio", "OX_ExpirationDate", "OX_FeeRate"];
    for (const n of expected) {
      const c = namedCell(n);
      const label = plain(c.sheet.ws.getCell(c.row, c.col - 2).value);
      expect([n, typeof label === "string" && label.length > 3]).toEqual([n, true]);
    }
    for (const n of expected.filter((x) => !["OX_Ratio", "OX_ExpirationDate", "OX_FeeRate"].includes(x))) {
      const c = namedCell(n);
      expect(plain(c.sheet.ws.getCell(c.row, c.col - 1).value)).toBe(n);
    }
    // The ratio, expiration and fee rate are the terms Table's values: one source for every formula.
    expect(plain(namedCell("OX_Ratio").sheet.ws.getCell(namedCell("OX_Ratio").row, namedCell("OX_Ratio").col - 1).value)).toBe("ratio");
    expect(plain(namedCell("OX_FeeRate").sheet.ws.getCell(namedCell("OX_FeeRate").row, namedCell("OX_FeeRate").col - 1).value)).toBe("feeRate");
    // Every name a formula uses is defined.
    const defined = new Set(file.names.map((x) => x.name));
    const tables = new Set(file.sheets.flatMap((s) => s.tables.map((t) => t.name)));
    for (const f of formulaCells(file)) {
      for (const m of f.text.replace(/^[^(]*\(/, "").matchAll(/\b([A-Z]{2}_[A-Za-z]+)\b(?!\[)/g)) {
        expect([f.address, m[1], defined.has(m[1]) || tables.has(m[1])]).toEqual([f.address, m[1], true]);
      }
    }
  });

  test("drop-down lists from calc's words: redemption trigger, conversion kind, event type, vesting rounding", () => {
    const validations = (s: FileSheet) => [...s.xml.matchAll(/<dataValidation ([^>]*)>\s*<formula1>([^<]*)<\/formula1>/g)].map((m) => ({ sqref: /sqref="([^"]+)"/.exec(m[1])![1], list: m[2].replace(/&quot;/g, '"'), attrs: m[1] }));
    const listAt = (s: FileSheet, addr: string) => {
      const b = bounds(addr);
      return validations(s).find((v) => v.sqref.split(" ").some((r) => {
        const a = bounds(r);
        return b.top >= a.top && b.bottom <= a.bottom && b.left >= a.left && b.right <= a.right;
      }))?.list;
    };
    const quoted = (words: readonly string[]) => `"${words.join(",")}"`;
    const trigger = namedCell("SC_Trigger");
    expect(listAt(trigger.sheet, trigger.address)).toBe(quoted(REDEMPTION_TRIGGERS));
    const kind = namedCell("SC_ConversionKind");
    expect(listAt(kind.sheet, kind.address)).toBe(quoted(CONVERSION_KINDS));
    const events = table("SC_Events");
    expect(listAt(sheet("Series C"), `${address(events.top + 1, events.left + 1)}:${address(events.bottom, events.left + 1)}`)).toBe(quoted(EVENT_TYPES));
    const ox = sheet("Option exchange");
    const terms = table("OX_Terms");
    let rounding = "";
    for (let r = terms.top + 1; r <= terms.bottom; r++) if (plain(ox.ws.getCell(r, terms.left + 1).value) === "vestingRounding") rounding = address(r, terms.left + 2);
    expect(listAt(ox, rounding)).toBe(quoted(OPTION_EXCHANGE_TERMS.vestingRounding.words));
    for (const s of file.sheets) {
      for (const v of validations(s)) {
        expect(v.attrs).toMatch(/type="list"/);
        expect(v.attrs).toMatch(/showErrorMessage="1"/);
        expect(v.list.length).toBeLessThanOrEqual(257); // Excel's 255-character limit on a literal list
        const prompt = /prompt="([^"]*)"/.exec(v.attrs)?.[1] ?? "";
        expect(prompt.replace(/&[a-z]+;/g, "x").length).toBeLessThanOrEqual(255);
      }
    }
  });

  test("formats: dates as dates, $ with cents, per-share values, % for rates, separators for shares; none shows a trailing point", () => {
    const fmt = (n: string) => {
      const c = namedCell(n);
      return c.sheet.ws.getCell(c.row, c.col).numFmt;
    };
    expect(fmt("SC_AsOf")).toBe("yyyy-mm-dd");
    expect(fmt("SC_CommonValue")).toBe("$#,##0.00####");
    expect(fmt("SC_Shares")).toBe("#,##0");
    expect(fmt("OX_TransactionValue")).toBe("$#,##0.00");
    expect(fmt("OX_FeeRate")).toBe("0.00%");
    expect(fmt("OX_Ratio")).toBe("0.00####");
    const used = new Set<string>();
    const unformatted: string[] = [];
    for (const s of file.sheets) {
      s.ws.eachRow((row) =>
        row.eachCell((cell) => {
          const f = cell.numFmt;
          if (f) used.add(f);
          const v = plain(cell.value);
          // A number on a date row of a terms table or a date result is shown as a date, never as General.
          if (typeof v === "number" && !f) unformatted.push(`${s.name}!${cell.address} = ${v}`);
        }),
      );
    }
    expect(unformatted).toEqual([]);
    for (const f of used) expect([f, /\.(?!0)/.test(f.replace(/"[^"]*"/g, ""))]).toEqual([f, false]);
    expect([...used].sort()).toEqual(["#,##0", "#,##0.00####", "$#,##0.00", "$#,##0.00####", "0", "0.00%", "0.00####", "yyyy-mm-dd"].sort());
  });

  test("print setup and view: print areas, repeated title rows, landscape fit to one page wide, frozen title rows", () => {
    file.sheets.forEach((s, i) => {
      const area = file.names.find((n) => n.name === "_xlnm.Print_Area" && n.localSheetId === i);
      const titles = file.names.find((n) => n.name === "_xlnm.Print_Titles" && n.localSheetId === i);
      // Every band of the model, left to right from the title row: the inputs, results and terms, and the Tables of inputs.
      const areas = (area?.text ?? "").split(",").map((a) => {
        expect(a.startsWith(`'${s.name}'!`)).toBe(true);
        return bounds(a.slice(s.name.length + 3).replace(/\$/g, ""));
      });
      expect(areas[0]).toMatchObject({ top: 1, left: 1 });
      for (const a of areas) expect(a.top).toBe(1);
      for (const t of s.tables) {
        const inside = areas.some((a) => t.top >= a.top && t.bottom <= a.bottom && t.left >= a.left && t.right <= a.right);
        expect([t.name, inside]).toEqual([t.name, true]);
      }
      // The rows repeated on every page: the title down to the header row of the input Tables (the terms Table sits lower).
      const inputTables = s.tables.filter((t) => !t.name.endsWith("Terms"));
      expect(inputTables.length).toBeGreaterThan(1);
      for (const t of inputTables) expect([t.name, `'${s.name}'!$1:$${t.top}`]).toEqual([t.name, titles?.text]);
      expect(file.names.filter((n) => n.name === "_xlnm.Print_Area" && n.localSheetId === i)).toHaveLength(1);
      expect(s.xml).toMatch(/<sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
      expect(s.xml).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
      expect(s.xml).toMatch(/<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"\/>/);
    });
  });

  test("no text is cut: every text fits its column or runs over empty cells; every number fits its column", () => {
    const shown = (v: number, f: string): string => {
      const fixed = (x: number, min: number, max: number) => {
        let s = Math.abs(x).toFixed(max);
        while (s.split(".")[1]?.length > min && s.endsWith("0")) s = s.slice(0, -1);
        const [i, d] = s.split(".");
        return `${x < 0 ? "-" : ""}${i.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${d ? `.${d}` : ""}`;
      };
      switch (f) {
        case "yyyy-mm-dd":
          return "2001-06-30";
        case "$#,##0.00":
          return `$${fixed(v, 2, 2)}`;
        case "$#,##0.00####":
          return `$${fixed(v, 2, 6)}`;
        case "#,##0":
          return fixed(v, 0, 0);
        case "#,##0.00####":
        case "0.00####":
          return fixed(v, 2, 6);
        case "0.00%":
          return `${fixed(v * 100, 2, 2)}%`;
        default:
          return String(v);
      }
    };
    let checked = 0;
    const cut: string[] = [];
    for (const s of file.sheets) {
      const width = (col: number) => s.widths.get(col) ?? 9.14;
      s.ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = plain(cell.value);
          if (v === null) return;
          const col = Number(cell.col);
          const font = cell.font ?? {};
          const scale = (font.size ?? 11) / 11 * (font.bold ? 1.1 : 1);
          if (typeof v === "string" && cell.alignment?.wrapText) {
            // Wrapped text: its row is tall enough for the lines it takes.
            const lines = makeWorkbook.wrappedLines(v, width(col));
            const height = s.ws.getRow(Number(cell.row)).height ?? makeWorkbook.LINE_HEIGHT;
            if (lines * makeWorkbook.LINE_HEIGHT > height) cut.push(`${s.name}!${cell.address} wraps to ${lines} lines in a row of ${height} points`);
          } else if (typeof v === "string") {
            let room = width(col);
            for (let c = col + 1; plain(s.ws.getCell(Number(cell.row), c).value) === null && c <= col + 40; c++) room += width(c);
            const inHeader = s.tables.some((t) => t.top === Number(cell.row) && col >= t.left && col <= t.right);
            const need = Math.ceil(v.length * scale) + (inHeader ? 2 : 0);
            if (need > room) cut.push(`${s.name}!${cell.address} "${v}" needs ${need}, has ${room.toFixed(1)}`);
          } else if (typeof v === "number") {
            const text = shown(v, cell.numFmt ?? "");
            if (text.length + 1 > width(col)) cut.push(`${s.name}!${cell.address} ${text} needs ${text.length + 1}, has ${width(col)}`);
          }
          checked++;
        }),
      );
    }
    expect(cut).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  test("dynamic arrays as Excel 365 writes them: xl/metadata.xml, its content type and relationship, cm on every spill anchor", () => {
    // [MS-XLSX] CT_DynamicArrayProperties in a future-metadata block of type XLDAPR; the anchor's cm
    // points at the first cell-metadata block (ECMA-376 Part 1 §18.3.1.4, §18.9).
    expect(file.parts["xl/metadata.xml"]).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
        '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
        '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
        '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
        "</metadata>",
    );
    expect(file.parts["[Content_Types].xml"]).toContain('<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>');
    expect(file.parts["xl/_rels/workbook.xml.rels"]).toMatch(/<Relationship Id="rId\d+" Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/sheetMetadata" Target="metadata.xml"\/>/);
    const anchors: string[] = [];
    for (const s of file.sheets) {
      const arrays = [...s.xml.matchAll(/<c ([^>]*)><f t="array"([^>]*)>/g)];
      // No legacy (CSE) array formula: every array formula is a dynamic array.
      for (const m of arrays) {
        expect(m[1]).toMatch(/ cm="1"$/);
        expect(m[2]).toMatch(/^ ref="[A-Z]+\d+(:[A-Z]+\d+)?" aca="false"$/);
        anchors.push(`${s.name}!${/r="([A-Z]+\d+)"/.exec(m[1])![1]}`);
      }
      expect(s.xml.match(/ cm="/g)?.length ?? 0).toBe(arrays.length);
    }
    const spills = formulaCells(file).filter((f) => f.shareType === "array");
    expect(anchors.sort()).toEqual(spills.map((f) => `${f.sheet.name}!${f.address}`).sort());
    expect(anchors.length).toBe(15);
  });

  test("fixed document dates and a current calcId, so Excel shows the cached values on open", () => {
    expect(file.wb.created.toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(file.wb.modified.toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(file.parts["xl/workbook.xml"]).toMatch(/<calcPr calcId="191029"\/>/);
  });
});
