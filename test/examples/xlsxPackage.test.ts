import { TableSpec } from "../../src/layout";
import * as layout from "../../src/layout";

// scripts/lib/xlsx-package.js: the step that finishes exceljs's package as Excel 365 writes it.

const pkg: {
  markDynamicArrays(xml: string, anchors: string[]): string;
  addMetadataPart(files: Record<string, string>): void;
  tableXml(id: string, t: TableSpec, l: typeof layout): string;
  printNames(workbookXml: string, sheets: unknown[], l: typeof layout): string;
  sheetParts(workbookXml: string, relsXml: string): { name: string; path: string }[];
} = require("../../scripts/lib/xlsx-package");

const sheetXml =
  '<worksheet><sheetData><row r="2"><c r="B2" s="4" t="str"><f t="array" ref="B2:C4">_xldudf_MPWR_SERIESC_KEYDATES()</f><v>label</v></c><c r="C2" t="s"><v>1</v></c></row>' +
  '<row r="5"><c r="D5"><f>_xldudf_MPWR_SERIESC_ACCRUED(SC_AsOf)</f><v>4.3</v></c></row></sheetData></worksheet>';

describe("dynamic array anchors", () => {
  test("the anchor's <c> gets cm=\"1\" and its <f t=\"array\"> aca=\"false\"; other cells are untouched", () => {
    expect(pkg.markDynamicArrays(sheetXml, ["B2"])).toBe(
      '<worksheet><sheetData><row r="2"><c r="B2" s="4" t="str" cm="1"><f t="array" ref="B2:C4" aca="false">_xldudf_MPWR_SERIESC_KEYDATES()</f><v>label</v></c><c r="C2" t="s"><v>1</v></c></row>' +
        '<row r="5"><c r="D5"><f>_xldudf_MPWR_SERIESC_ACCRUED(SC_AsOf)</f><v>4.3</v></c></row></sheetData></worksheet>',
    );
  });
  test("marking twice gives the same XML", () => {
    const once = pkg.markDynamicArrays(sheetXml, ["B2"]);
    expect(pkg.markDynamicArrays(once, ["B2"])).toBe(once);
  });
  test("an array formula that is not a spill of the layout (a legacy CSE array) is refused", () => {
    expect(() => pkg.markDynamicArrays(sheetXml, [])).toThrow(/B2 has an array formula that is not a spill/);
  });
  test("a spill anchor without an array formula is refused", () => {
    expect(() => pkg.markDynamicArrays(sheetXml, ["B2", "D5"])).toThrow(/D5 has no array formula/);
  });
});

describe("xl/metadata.xml in the package", () => {
  const files = () => ({
    "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t/styles" Target="styles.xml"/><Relationship Id="rId4" Type="t/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  });
  test("the part, its content type override and a workbook relationship with a fresh id", () => {
    const f: Record<string, string> = files();
    pkg.addMetadataPart(f);
    expect(f["xl/metadata.xml"]).toContain('<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/>');
    expect(f["[Content_Types].xml"]).toBe(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/></Types>',
    );
    expect(f["xl/_rels/workbook.xml.rels"]).toContain('<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/></Relationships>');
  });
  test("adding it twice adds nothing more", () => {
    const f: Record<string, string> = files();
    pkg.addMetadataPart(f);
    const once = { ...f };
    pkg.addMetadataPart(f);
    expect(f).toEqual(once);
  });
});

describe("Table parts", () => {
  test("a calculated column carries its formula; headers are the column names; no totals row", () => {
    const t: TableSpec = {
      name: "SC_Payoff",
      top: 5,
      left: 33,
      block: "payoff",
      columns: [
        { header: "Common value per share" },
        { header: "Liquidation preference per share", formula: layout.mpwr("SERIESC_LIQPREF", layout.name("SC_AsOf"), layout.thisRow("SC_Payoff", "Common value per share")) },
      ],
      rows: [
        [0, null],
        [5, null],
      ],
    };
    expect(pkg.tableXml("7", t, layout)).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="7" name="SC_Payoff" displayName="SC_Payoff" ref="AH6:AI8" totalsRowShown="0"><autoFilter ref="AH6:AI8"/>' +
        '<tableColumns count="2"><tableColumn id="1" name="Common value per share"/><tableColumn id="2" name="Liquidation preference per share"><calculatedColumnFormula>_xldudf_MPWR_SERIESC_LIQPREF(SC_AsOf,SC_Payoff[[#This Row],[Common value per share]])</calculatedColumnFormula></tableColumn></tableColumns>' +
        '<tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/></table>',
    );
  });
});

describe("print names", () => {
  test("one print area per sheet joining its areas, and the title rows; exceljs's own print names are replaced", () => {
    const wb = '<workbook><sheets><sheet name="Series C" sheetId="1" r:id="rId4"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">x</definedName><definedName name="SC_AsOf">\'Series C\'!$C$7</definedName></definedNames></workbook>';
    const sheet = { name: "Series C", print: { areas: [{ top: 0, left: 0, bottom: 72, right: 2 }, { top: 0, left: 4, bottom: 35, right: 10 }], titleRows: [0, 1] } };
    expect(pkg.printNames(wb, [sheet], layout)).toBe(
      '<workbook><sheets><sheet name="Series C" sheetId="1" r:id="rId4"/></sheets><definedNames>' +
        "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">'Series C'!$A$1:$C$73,'Series C'!$E$1:$K$36</definedName>" +
        "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'Series C'!$1:$2</definedName>" +
        "<definedName name=\"SC_AsOf\">'Series C'!$C$7</definedName></definedNames></workbook>",
    );
  });
  test("sheet parts are found through the workbook's relationships", () => {
    const wb = '<sheets><sheet sheetId="1" name="Series C" state="visible" r:id="rId4"/><sheet sheetId="2" name="Option exchange" state="visible" r:id="rId5"/></sheets>';
    const rels = '<Relationship Id="rId4" Type="x" Target="worksheets/sheet1.xml"/><Relationship Id="rId5" Type="x" Target="/xl/worksheets/sheet2.xml"/>';
    expect(pkg.sheetParts(wb, rels)).toEqual([
      { name: "Series C", path: "xl/worksheets/sheet1.xml" },
      { name: "Option exchange", path: "xl/worksheets/sheet2.xml" },
    ]);
  });
});
