import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { readPackage } from "../../src/input/ocf/package";
import { validateFile } from "../../src/input/ocf/validate";
import { fixtureParts, packageFiles, SERIES_C } from "../input/ocf/fixture";

// The command line (scripts/model.js, docs/ocf.md): OCF package → model workbook → package.
const root = join(__dirname, "..", "..");
// Without JEST_WORKER_ID, so that scripts/lib/ts-require.js transpiles src/ in the child as it does outside Jest.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "JEST_WORKER_ID"));
const run = (...args: string[]) => spawnSync(process.execPath, [join(root, "scripts", "model.js"), ...args], { encoding: "utf8", cwd: root, env });

function tableValues(ws: ExcelJS.Worksheet, name: string): unknown[][] {
  const t = ws.getTable(name) as unknown as { table: { tableRef: string } };
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(t.table.tableRef) as RegExpExecArray;
  const col = (s: string) => s.split("").reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  const out: unknown[][] = [];
  for (let r = Number(m[2]) + 1; r <= Number(m[4]); r++) {
    const row: unknown[] = [];
    for (let c = col(m[1]); c <= col(m[3]); c++) {
      const v = ws.getCell(r, c).value;
      row.push(v instanceof Date ? v.toISOString().slice(0, 10) : v);
    }
    out.push(row);
  }
  return out;
}

async function readModel(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sc = wb.getWorksheet("Series C") as ExcelJS.Worksheet;
  const ox = wb.getWorksheet("Option exchange") as ExcelJS.Worksheet;
  return { wb, capital: tableValues(sc, "SC_Capital"), events: tableValues(sc, "SC_Events"), roster: tableValues(ox, "OX_Roster") };
}

describe("npm run model (on the test build)", () => {
  const dir = mkdtempSync(join(tmpdir(), "mpwr-ocf-"));
  const pkgDir = join(dir, "pkg");
  mkdirSync(pkgDir);
  for (const f of packageFiles()) writeFileSync(join(pkgDir, f.name), f.bytes);
  const model = join(dir, "model.xlsx");
  const out = join(dir, "out");

  it("--ocf writes the model workbook filled from the package; progress on stderr", async () => {
    const r = run("--ocf", pkgDir, "--as-of", "2001-06-30", "--series-c", SERIES_C, "--out", model);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/replaying the transactions to 2001-06-30/);
    expect(r.stdout).toBe("");
    const m = await readModel(model);
    expect(m.capital).toEqual([
      // the package's seniority as ranks (1 = paid first) and the Series B's participation cap, in the Table's last two columns
      ["NOTE NOTE-1 (Fund LP)", "SENIOR", 5000000, null, null, null, 1, null],
      ["Series D Preferred", "PREFERRED", 200000, 50, null, 1, 2, null],
      ["Series C Convertible Preferred", "SERIESC", 1250000, null, null, null, 3, null],
      ["Series B Preferred", "JUNIOR", 300000, 15, null, 1, 4, 30],
      ["Common Stock", "COMMON", 2101400, null, null, null, null, null],
      ["Options at $25", "OPTION", 2500, 25, null, null, null, null],
      ["Options at $40.125", "OPTION", 2000, 40.125, null, null, null, null],
      ["Warrants at $35", "WARRANT", 50000, 35, null, null, null, null],
    ]);
    expect(m.roster.map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
      ["opt-1", "Ann Lee", "1999-02-01", 1000, 25],
      ["opt-2", "Bob Ray", "2000-02-01", 1500, 25],
      ["opt-3", "Cy Orr", "2000-05-01", 2000, 40.125],
    ]);
    expect(m.events).toEqual([["2000-03-01", "SPLIT", 2, null, null, null]]);
    const report = m.wb.getWorksheet("OCF import") as ExcelJS.Worksheet;
    const texts: string[] = [];
    report.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts).toContain("Series D Preferred: accrued unpaid dividends per share (OCF does not carry dividends)");
    expect(texts).toContain("2000-09-15");
    // The formulas stay live: the capital feeds SERIESC_EXIT.
    const sc = m.wb.getWorksheet("Series C") as ExcelJS.Worksheet;
    let exitFormula = "";
    sc.eachRow((row) =>
      row.eachCell((c) => {
        const f = (c.value as { formula?: string } | null)?.formula;
        if (f && f.includes("SERIESC_EXIT(")) exitFormula = f;
      }),
    );
    expect(exitFormula).toMatch(/SC_Capital/);
  });

  it("--export-ocf writes a package that validates, with the exchange; importing it again gives the same tables before the exchange", async () => {
    const r = run("--export-ocf", model, "--out", out);
    expect(r.status).toBe(0);
    const files = readdirSync(out)
      .filter((f) => statSync(join(out, f)).isFile())
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(out, name))) }));
    files.push({ name: "mpwr/mpwr-model.json", bytes: new Uint8Array(readFileSync(join(out, "mpwr", "mpwr-model.json"))) });
    for (const f of files.filter((x) => x.name.endsWith(".ocf.json")))
      expect(validateFile(f.name, JSON.parse(new TextDecoder().decode(f.bytes))).errors).toEqual([]);
    expect(readPackage(files).warnings).toEqual([]);
    const again = join(dir, "again.xlsx");
    expect(run("--ocf", out, "--as-of", "2001-06-30", "--series-c", SERIES_C, "--out", again).status).toBe(0);
    const [a, b] = [await readModel(model), await readModel(again)];
    expect(b.capital).toEqual(a.capital);
    expect(b.roster).toEqual(a.roster);
    expect(b.events).toEqual(a.events);
  });

  it("exit status 1, a clear message and nothing written for a bad package, an unknown class id or an unreadable file", () => {
    const bad = join(dir, "bad.xlsx");
    const parts = fixtureParts();
    parts.transactions.push({
      object_type: "TX_EQUITY_COMPENSATION_CANCELLATION",
      id: "cx-x",
      security_id: "nope",
      date: "2001-01-01",
      quantity: "1",
      reason_text: "x",
    });
    const badDir = join(dir, "badpkg");
    mkdirSync(badDir);
    for (const f of packageFiles(parts)) writeFileSync(join(badDir, f.name), f.bytes);
    const cases: [string[], RegExp][] = [
      [["--ocf", badDir, "--as-of", "2001-06-30", "--series-c", SERIES_C, "--out", bad], /object cx-x: security_id: refers to security "nope"/],
      [["--ocf", pkgDir, "--as-of", "2001-06-30", "--series-c", "class-x", "--out", bad], /"class-x" is not a stock class id of the package/],
      [
        ["--ocf", join(dir, "missing.zip"), "--as-of", "2001-06-30", "--series-c", SERIES_C, "--out", bad],
        /cannot read .*missing\.zip: no such file or folder/,
      ],
      [["--export-ocf", join(dir, "missing.xlsx"), "--out", join(dir, "o2")], /cannot read .*missing\.xlsx as a workbook/],
      [["--ocf", pkgDir, "--series-c", SERIES_C, "--out", bad], /--as-of is required/],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      expect([args[1], r.status]).toEqual([args[1], 1]);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // a message, not a stack
    }
    expect(existsSync(bad)).toBe(false);
    expect(existsSync(join(dir, "o2"))).toBe(false);
  });
});
