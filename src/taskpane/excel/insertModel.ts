import { ModelOptions, ModelSheet, areaAddress, cellAddress, columnName, quoteSheet } from "../../layout";
import { MAX_CHUNK_BYTES } from "../model/chunks";
import {
  InsertStep,
  ModelKind,
  NOT_IN_LIST_TITLE,
  TABLE_STYLE,
  batchSteps,
  modelNames,
  notInList,
  planInsert,
  withPrefix,
  workbookNames,
} from "../model/insertPlan";

/**
 * Inserts a model of the shared layout into a new worksheet (Office.js I/O
 * only; model/insertPlan.ts decides what is written). The sheet and every
 * name are new: when "Series C" or one of the model's names exists, the next
 * free "Series C (2)" with SC2_… is used, so nothing in the workbook is ever
 * replaced. The steps go in requests of at most 1 MB (Excel on the web
 * rejects requests over 5 MB), with progress; Cancel, or a failure part-way,
 * removes the new sheet and the names added, leaving the workbook as it was.
 */

export interface InsertOptions {
  /** Called once the writing begins, with the number of requests. */
  started?: (requests: number, sheetName: string) => void;
  /** Requests done so far. */
  progress?: (done: number, total: number) => void;
  /** Checked between requests: when true, what was written is removed. */
  cancelled?: () => boolean;
  maxBytes?: number;
}

export type InsertOutcome =
  | { inserted: true; model: ModelSheet; sheetName: string; prefix: string; renamed: boolean; requests: number }
  | { inserted: false; reason: "cancelled"; sheetName: string; started: boolean };

/** Choices of sheet name and prefix probed per request while looking for a free one. */
const PROBE = 5;
/** Give up after this many sheets of the same model. */
const MAX_COPIES = 100;

/** The first k whose sheet name and names are all free in the workbook. */
async function freeNames(context: Excel.RequestContext, kind: ModelKind, names: readonly string[]): Promise<number> {
  const wb = context.workbook;
  const base = modelNames(kind, 1).prefix;
  for (let from = 1; from <= MAX_COPIES; from += PROBE) {
    const probes = [];
    for (let k = from; k < from + PROBE; k++) {
      const o = modelNames(kind, k);
      probes.push({
        k,
        sheet: wb.worksheets.getItemOrNullObject(o.sheetName),
        names: withPrefix(names, base, o.prefix).flatMap((n) => [wb.names.getItemOrNullObject(n), wb.tables.getItemOrNullObject(n)]),
      });
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- probes five copies' names per request, and stops at the first free one (usually the first request)
    await context.sync();
    const free = probes.find((p) => p.sheet.isNullObject && p.names.every((n) => n.isNullObject));
    if (free) return free.k;
  }
  throw new Error(`the workbook already has ${MAX_COPIES} sheets or sets of names of this model`);
}

/** Removes the sheet and the names this insert added (the names were free before it). */
async function removeModel(context: Excel.RequestContext, sheetName: string, names: readonly string[]): Promise<void> {
  const wb = context.workbook;
  const found = names.map((n) => wb.names.getItemOrNullObject(n));
  const sheet = wb.worksheets.getItemOrNullObject(sheetName);
  await context.sync();
  for (const n of found) if (!n.isNullObject) n.delete();
  if (!sheet.isNullObject) sheet.delete();
  await context.sync();
}

function apply(context: Excel.RequestContext, sheet: Excel.Worksheet, sheetName: string, s: InsertStep): void {
  const range = (a: Parameters<typeof areaAddress>[0]) => sheet.getRange(areaAddress(a));
  switch (s.kind) {
    case "columnWidths":
      for (const c of s.columns) sheet.getRange(`${columnName(c.first)}:${columnName(c.last)}`).format.columnWidth = c.points;
      return;
    case "cells": {
      const r = range(s.area);
      if (s.formats) r.numberFormat = s.formats;
      if (s.values) r.values = s.values;
      return;
    }
    case "style": {
      const f = range(s.area).format;
      if (s.style.bold) f.font.bold = true;
      if (s.style.italic) f.font.italic = true;
      if (s.style.size) f.font.size = s.style.size;
      if (s.style.color) f.font.color = `#${s.style.color}`;
      if (s.style.fill) f.fill.color = `#${s.style.fill}`;
      return;
    }
    case "table": {
      // With the sheet's name: a bare address would be read on the active sheet (TableCollection.add).
      const t = sheet.tables.add(`${quoteSheet(sheetName)}!${areaAddress(s.area)}`, true);
      t.name = s.name;
      t.style = TABLE_STYLE;
      t.showBandedRows = false;
      return;
    }
    case "name":
      context.workbook.names.add(s.name, `=${quoteSheet(sheetName)}!${cellAddress(s.cell, true)}`, s.comment);
      return;
    case "formulas":
      range(s.area).formulas = s.formulas;
      return;
    case "alignment": {
      const f = range(s.area).format;
      if (s.wrap) f.wrapText = true;
      else f.verticalAlignment = "Top";
      return;
    }
    case "validation": {
      const v = range(s.area).dataValidation;
      v.rule = { list: { inCellDropDown: true, source: s.list.join(",") } };
      v.ignoreBlanks = true;
      v.prompt = { showPrompt: true, title: "", message: s.prompt };
      v.errorAlert = { showAlert: true, style: "Stop", title: NOT_IN_LIST_TITLE, message: notInList(s.list) };
      return;
    }
    case "freeze":
      sheet.freezePanes.freezeRows(s.rows);
      return;
    case "print": {
      const p = sheet.pageLayout;
      p.setPrintArea(s.areas.map((a) => areaAddress(a)).join(","));
      p.setPrintTitleRows(`$${s.titleRows[0] + 1}:$${s.titleRows[1] + 1}`);
      p.orientation = s.orientation === "landscape" ? "Landscape" : "Portrait";
      p.zoom = { horizontalFitToPages: s.fitToWidth, verticalFitToPages: s.fitToHeight };
      return;
    }
    case "autofitRows":
      range(s.area).format.autofitRows();
      return;
  }
}

/**
 * Builds the model for the first free sheet name and prefix (`build` gets
 * them) and writes it. The new sheet is activated when done.
 */
export async function insertModel(kind: ModelKind, build: (options: Required<ModelOptions>) => ModelSheet, o: InsertOptions = {}): Promise<InsertOutcome> {
  const maxBytes = o.maxBytes ?? MAX_CHUNK_BYTES;
  return Excel.run(async (context) => {
    const first = build(modelNames(kind, 1));
    const k = await freeNames(context, kind, workbookNames(first));
    const names = modelNames(kind, k);
    const model = k === 1 ? first : build(names);
    const batches = batchSteps(planInsert(model, maxBytes), maxBytes);
    const added = model.names.map((n) => n.name);
    if (o.cancelled?.()) return { inserted: false, reason: "cancelled", sheetName: names.sheetName, started: false };
    o.started?.(batches.length, names.sheetName);
    let begun = false;
    try {
      const sheet = context.workbook.worksheets.add(names.sheetName);
      begun = true;
      for (let i = 0; i < batches.length; i++) {
        if (i > 0 && o.cancelled?.()) {
          await removeModel(context, names.sheetName, added);
          return { inserted: false, reason: "cancelled", sheetName: names.sheetName, started: true };
        }
        for (const step of batches[i]) apply(context, sheet, names.sheetName, step);
        if (i === batches.length - 1) sheet.activate();
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch of writes: each request stays under Excel on the web's size limit, with progress and Cancel between them
        await context.sync();
        o.progress?.(i + 1, batches.length);
      }
    } catch (e) {
      if (begun) {
        try {
          await removeModel(context, names.sheetName, added);
        } catch {
          // The original error says more than the cleanup's.
        }
      }
      throw e;
    }
    return { inserted: true, model, sheetName: names.sheetName, prefix: names.prefix, renamed: k > 1, requests: batches.length };
  });
}
