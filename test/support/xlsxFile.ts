/**
 * Reads an .xlsx the way the workbook tests need it: the cells through exceljs
 * (values, formulas, number formats, fonts) and, from the package's XML, what
 * exceljs does not expose: each cell's `cm` and array-formula attributes, Table
 * parts (columns, calculated column formulas), defined names, print names,
 * validations, frozen panes and page setup.
 */
import ExcelJS from "exceljs";
import path from "path";
import { columnIndex, parseArea } from "../../src/layout/address";

const JSZip = require(require.resolve("jszip", { paths: [path.dirname(require.resolve("exceljs/package.json"))] }));

export type Value = string | number | boolean | null;

export interface FileTable {
  name: string;
  sheet: string;
  /** 1-based, top = the header row. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  columns: { name: string; calculatedColumnFormula?: string }[];
  xml: string;
}

export interface FileName {
  name: string;
  localSheetId?: number;
  text: string;
}

export interface FileSheet {
  name: string;
  part: string;
  xml: string;
  ws: ExcelJS.Worksheet;
  tables: FileTable[];
  /** Column widths by 1-based column. */
  widths: Map<number, number>;
}

export interface XlsxFile {
  /** Every part of the package, as text (binary parts as latin1). */
  parts: Record<string, string>;
  wb: ExcelJS.Workbook;
  sheets: FileSheet[];
  names: FileName[];
}

const unescape = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const attr = (xml: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(xml);
  return m ? unescape(m[1]) : undefined;
};

/** Column letters → 1-based index (src/layout/address.ts counts from 0). */
export const columnNumber = (letters: string): number => columnIndex(letters) + 1;

/** "E6:I7" → 1-based bounds. */
export function bounds(ref: string): { top: number; left: number; bottom: number; right: number } {
  const a = parseArea(ref);
  return { top: a.top + 1, left: a.left + 1, bottom: a.bottom + 1, right: a.right + 1 };
}

export async function readXlsx(buffer: Buffer): Promise<XlsxFile> {
  const zip = await JSZip.loadAsync(buffer);
  const parts: Record<string, string> = {};
  for (const n of Object.keys(zip.files)) if (!zip.files[n].dir) parts[n] = await zip.file(n).async("string");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);

  const rels = new Map([...parts["xl/_rels/workbook.xml.rels"].matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const sheets: FileSheet[] = [...parts["xl/workbook.xml"].matchAll(/<sheet [^>]*\/>/g)].map((m) => {
    const name = attr(m[0], "name")!;
    const part = `xl/${rels.get(attr(m[0], "r:id")!)}`;
    const xml = parts[part];
    const sheetRels = parts[part.replace("worksheets/", "worksheets/_rels/") + ".rels"] ?? "";
    const tableTargets = [...sheetRels.matchAll(/<Relationship [^>]*Type="[^"]*\/table"[^>]*Target="([^"]+)"/g)].map((t) =>
      path.posix.normalize(path.posix.join(path.posix.dirname(part), t[1])),
    );
    const tables = tableTargets.map((t): FileTable => {
      const txml = parts[t];
      const head = /<table [^>]*>/.exec(txml)![0];
      const b = bounds(attr(head, "ref")!);
      const columns = [...txml.matchAll(/<tableColumn ([^>]*?)(?:\/>|>([\s\S]*?)<\/tableColumn>)/g)].map((c) => {
        const f = c[2] ? /<calculatedColumnFormula>([\s\S]*?)<\/calculatedColumnFormula>/.exec(c[2]) : null;
        return { name: attr(` ${c[1]}`, "name")!, ...(f ? { calculatedColumnFormula: unescape(f[1]) } : {}) };
      });
      return { name: attr(head, "name")!, sheet: name, ...b, columns, xml: txml };
    });
    const widths = new Map<number, number>();
    for (const c of xml.matchAll(/<col [^>]*\/>/g)) {
      for (let i = Number(attr(c[0], "min")); i <= Number(attr(c[0], "max")); i++) widths.set(i, Number(attr(c[0], "width")));
    }
    return { name, part, xml, ws: wb.getWorksheet(name)!, tables, widths };
  });
  const names = [...parts["xl/workbook.xml"].matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)].map((m) => {
    const local = attr(` ${m[1]}`, "localSheetId");
    return { name: attr(` ${m[1]}`, "name")!, ...(local !== undefined ? { localSheetId: Number(local) } : {}), text: unescape(m[2]) };
  });
  return { parts, wb, sheets, names };
}

/** The `<c>` element of a cell (its opening tag and content), or undefined. */
export function cellXml(sheet: FileSheet, address: string): string | undefined {
  const m = new RegExp(`<c r="${address}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(sheet.xml);
  return m?.[0];
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A cell's value as the add-in receives it: dates as serials, empty as null, formulas as their cached result. */
export function plain(v: unknown): Value {
  if (v === null || v === undefined || v === "") return null;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86400000;
  if (typeof v === "object") {
    const f = v as { formula?: string; sharedFormula?: string; result?: unknown };
    if ("formula" in f || "sharedFormula" in f) return plain(f.result);
    if ("richText" in (v as object)) return ((v as { richText: { text: string }[] }).richText ?? []).map((r) => r.text).join("");
    throw new Error(`unexpected cell value ${JSON.stringify(v)}`);
  }
  return v as Value;
}
