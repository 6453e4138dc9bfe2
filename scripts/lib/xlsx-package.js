/* Finishes the .xlsx package exceljs writes for the model workbook, as Excel
 * 365 writes these parts (docs/workbook.md):
 * - dynamic arrays: each spill anchor `<c … cm="1"><f t="array" ref="…"
 *   aca="false">`, and xl/metadata.xml with the XLDAPR dynamic array
 *   properties (fDynamic="1"), its content type and workbook relationship
 *   ([MS-XLSX] CT_DynamicArrayProperties; ECMA-376 Part 1 §18.3.1.4 `cm`,
 *   §18.9 metadata). exceljs 4 writes only legacy array formulas;
 * - Table parts rendered from the layout: calculated columns
 *   (`calculatedColumnFormula`), filter buttons, no totals-row leftovers;
 * - print areas and print titles as one `_xlnm.Print_Area` /
 *   `_xlnm.Print_Titles` name per sheet (exceljs writes one name per area,
 *   with mixed references);
 * - a current calcId, so Excel shows the cached values on open;
 * - fixed zip entry dates, so regenerating gives the same bytes. */
"use strict";
const path = require("path");

const JSZip = require(require.resolve("jszip", { paths: [path.dirname(require.resolve("exceljs/package.json"))] }));

const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));
/**
 * Excel recalculates every formula on open when the file's calcId is older than
 * its own calculation engine; exceljs writes Excel 2016's. A current one keeps
 * the cached values on screen until the add-in loads.
 */
const CURRENT_CALC_ID = "191029";

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const DYNAMIC_ARRAY_NS = "http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray";
/** The extension that carries dynamic array properties in a future-metadata block ([MS-XLSX]). */
const DYNAMIC_ARRAY_EXT = "{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}";
const METADATA_PART = "xl/metadata.xml";
const METADATA_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";
const METADATA_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";
/** The cell-metadata index of a dynamic array anchor: the first (1-based) block of cellMetadata. */
const DYNAMIC_ARRAY_CM = "1";

/**
 * xl/metadata.xml: one metadata type XLDAPR, one future-metadata block whose
 * dynamic array properties say "dynamic" (fDynamic) and "not collapsed", and
 * one cell-metadata block pointing at it (type 1, block 0).
 */
const METADATA_XML =
  XML_DECLARATION +
  `<metadata xmlns="${MAIN_NS}" xmlns:xda="${DYNAMIC_ARRAY_NS}">` +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  `<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="${DYNAMIC_ARRAY_EXT}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>` +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  "</metadata>";

const escapeXml = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescapeXml = (s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Reads the sheets of xl/workbook.xml: [{ name, path }] in order. */
function sheetParts(workbookXml, relsXml) {
  const targets = new Map([...relsXml.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  return [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].map((m) => ({
    name: unescapeXml(m[1]),
    path: `xl/${targets.get(m[2]).replace(/^\/?xl\//, "")}`,
  }));
}

/**
 * Marks spill anchors as dynamic arrays in a worksheet's XML: the anchor `<c>`
 * gets cm="1", its `<f t="array">` aca="false". Every array formula of the sheet
 * must be one of the anchors: no legacy (CSE) array formula is left.
 */
function markDynamicArrays(sheetXml, anchors) {
  const wanted = new Set(anchors);
  const seen = new Set();
  const out = sheetXml.replace(/<c r="([A-Z]+\d+)"([^>]*)><f t="array" ref="([^"]+)"([^>]*)>/g, (all, address, cellAttrs, ref, fAttrs) => {
    if (!wanted.has(address)) throw new Error(`xlsx-package: ${address} has an array formula that is not a spill of the layout`);
    seen.add(address);
    return `<c r="${address}"${cellAttrs.replace(/ cm="\d+"/, "")} cm="${DYNAMIC_ARRAY_CM}"><f t="array" ref="${ref}"${fAttrs.replace(/ aca="[^"]*"/, "")} aca="false">`;
  });
  for (const a of wanted) if (!seen.has(a)) throw new Error(`xlsx-package: spill anchor ${a} has no array formula`);
  return out;
}

/** Adds xl/metadata.xml's content type and workbook relationship (once). */
function addMetadataPart(files) {
  files["xl/metadata.xml"] = METADATA_XML;
  const types = files["[Content_Types].xml"];
  if (!types.includes(`PartName="/${METADATA_PART}"`)) {
    files["[Content_Types].xml"] = types.replace("</Types>", `<Override PartName="/${METADATA_PART}" ContentType="${METADATA_CONTENT_TYPE}"/></Types>`);
  }
  const rels = files["xl/_rels/workbook.xml.rels"];
  if (!rels.includes(METADATA_REL)) {
    const next = Math.max(0, ...[...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]))) + 1;
    files["xl/_rels/workbook.xml.rels"] = rels.replace(
      "</Relationships>",
      `<Relationship Id="rId${next}" Type="${METADATA_REL}" Target="metadata.xml"/></Relationships>`,
    );
  }
}

/** A Table part as Excel writes it, from the layout's TableSpec (formulas in the file dialect). */
function tableXml(id, t, layout) {
  const ref = layout.areaAddress({ top: t.top, left: t.left, bottom: t.top + t.rows.length, right: t.left + t.columns.length - 1 });
  const columns = t.columns
    .map((c, i) => {
      const formula = c.formula ? `<calculatedColumnFormula>${escapeXml(layout.formulaText(c.formula, "file"))}</calculatedColumnFormula>` : "";
      return formula
        ? `<tableColumn id="${i + 1}" name="${escapeXml(c.header)}">${formula}</tableColumn>`
        : `<tableColumn id="${i + 1}" name="${escapeXml(c.header)}"/>`;
    })
    .join("");
  return (
    XML_DECLARATION +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${escapeXml(t.name)}" displayName="${escapeXml(t.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${t.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/>' +
    "</table>"
  );
}

/** Replaces every Table part exceljs wrote with the layout's rendering (same part, same id). */
function renderTables(files, sheets, layout) {
  const specs = new Map(sheets.flatMap((s) => s.tables.map((t) => [t.name, t])));
  for (const part of Object.keys(files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))) {
    const m = /<table [^>]*id="(\d+)"[^>]*name="([^"]+)"/.exec(files[part]);
    const t = m && specs.get(unescapeXml(m[2]));
    if (!t) throw new Error(`xlsx-package: ${part} is not a Table of the layout`);
    files[part] = tableXml(m[1], t, layout);
    specs.delete(t.name);
  }
  if (specs.size) throw new Error(`xlsx-package: Tables missing from the package: ${[...specs.keys()].join(", ")}`);
}

/** One print area (its areas joined by commas) and the print title rows per sheet. */
function printNames(workbookXml, sheets, layout) {
  const names = sheets
    .flatMap((s, i) => {
      const q = layout.quoteSheet(s.name);
      const areas = s.print.areas.map((a) => `${q}!${layout.areaAddress(a, true)}`).join(",");
      const [first, last] = s.print.titleRows;
      return [
        `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${escapeXml(areas)}</definedName>`,
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${q}!$${first + 1}:$${last + 1}`)}</definedName>`,
      ];
    })
    .join("");
  const cleaned = workbookXml.replace(/<definedName name="_xlnm\.Print_(?:Area|Titles)"[^>]*>[^<]*<\/definedName>/g, "");
  if (cleaned.includes("<definedNames>")) return cleaned.replace("<definedNames>", `<definedNames>${names}`);
  return cleaned.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`);
}

/** exceljs output → the finished package; `sheets` are the layout's ModelSheets, in workbook order. */
async function finishPackage(buffer, sheets) {
  require("./ts-require");
  const layout = require("../../src/layout");
  const zip = await JSZip.loadAsync(buffer);
  const order = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const files = {};
  for (const n of order) files[n] = await zip.file(n).async(n.endsWith(".xml") || n.endsWith(".rels") ? "string" : "nodebuffer");

  const parts = sheetParts(files["xl/workbook.xml"], files["xl/_rels/workbook.xml.rels"]);
  let anySpill = false;
  sheets.forEach((s, i) => {
    if (parts[i].name !== s.name) throw new Error(`xlsx-package: sheet ${i + 1} is ${parts[i].name}, expected ${s.name}`);
    const anchors = s.spills.map((sp) => layout.cellAddress(sp.anchor));
    if (anchors.length) anySpill = true;
    files[parts[i].path] = markDynamicArrays(files[parts[i].path], anchors);
  });
  if (anySpill) addMetadataPart(files);
  renderTables(files, sheets, layout);
  files["xl/workbook.xml"] = printNames(files["xl/workbook.xml"], sheets, layout).replace(/calcId="\d+"/, `calcId="${CURRENT_CALC_ID}"`);

  const out = new JSZip();
  for (const n of [...order, ...Object.keys(files).filter((n) => !order.includes(n))]) out.file(n, files[n], { date: FIXED_DATE, createFolders: false });
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

module.exports = {
  finishPackage,
  markDynamicArrays,
  addMetadataPart,
  tableXml,
  printNames,
  sheetParts,
  METADATA_XML,
  METADATA_PART,
  METADATA_CONTENT_TYPE,
  METADATA_REL,
  CURRENT_CALC_ID,
  FIXED_DATE,
  JSZip,
};
