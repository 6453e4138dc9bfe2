import {
  changedElsewhere,
  checksum,
  conflictQuestion,
  decodeRecord,
  encodeRecord,
  nextStamp,
  readStamp,
  restoreStatus,
} from "../../src/taskpane/model/savedRecord";
import { defaultState, formRecord, parseXmlPart, recordsFromParts, toXmlParts } from "../../src/taskpane/model/state";

describe("a saved record carries its format, length and checksum", () => {
  const form = formRecord(defaultState());

  test("a record reads back as saved, for both keys and any text", () => {
    for (const text of [form, "", "Grant,Options\r\n1,100\n", "line\nMPWR-STATE/2 {}\n\u0000 é 😀"]) {
      expect(decodeRecord("form", encodeRecord("form", text))).toEqual({ kind: "ok", text, legacy: false });
      expect(decodeRecord("roster", encodeRecord("roster", text))).toEqual({ kind: "ok", text, legacy: false });
    }
    expect(decodeRecord("form", undefined)).toEqual({ kind: "none" });
  });

  test("the checksum changes with any one character (FNV-1a over the text)", () => {
    expect(checksum("")).toBe("811c9dc5");
    expect(checksum("a")).toBe("e40c292c"); // the published FNV-1a 32-bit value of "a"
    expect(checksum("Grant 1")).not.toBe(checksum("Grant 2"));
  });

  test("a record cut short is damaged, and says how much of it is there", () => {
    const saved = encodeRecord("roster", "G-1,100\nG-2,200\n");
    const cut = saved.slice(0, -4);
    const r = decodeRecord("roster", cut);
    expect(r).toEqual({ kind: "damaged", raw: cut, reason: "it holds 12 characters of the 16 saved" });
    expect(decodeRecord("roster", saved.slice(0, 20))).toMatchObject({ kind: "damaged", reason: "the record ends in its header" });
  });

  test("an altered character is caught by the checksum", () => {
    const saved = encodeRecord("form", form);
    const altered = saved.replace('"v":1', '"v":7');
    expect(decodeRecord("form", altered)).toEqual({ kind: "damaged", raw: altered, reason: "its checksum does not match its text" });
  });

  test("a header that cannot be read, another key's record, a newer format", () => {
    expect(decodeRecord("form", 'MPWR-STATE/2 {"key":\n{}')).toMatchObject({ kind: "damaged", reason: "its header cannot be read" });
    expect(decodeRecord("form", encodeRecord("roster", "x"))).toMatchObject({ kind: "damaged", reason: "it holds the roster record, not the form record" });
    expect(decodeRecord("form", encodeRecord("form", "{}").replace("MPWR-STATE/2", "MPWR-STATE/3"))).toMatchObject({
      kind: "damaged",
      reason: "it was saved by a newer version of the add-in (format 3)",
    });
  });

  test("records saved before the envelope: the form's JSON is read, damaged JSON is reported; the roster is plain text", () => {
    expect(decodeRecord("form", form)).toEqual({ kind: "ok", text: form, legacy: true });
    expect(decodeRecord("form", "{not json")).toEqual({ kind: "damaged", raw: "{not json", reason: "it is not the JSON the form is saved as" });
    expect(decodeRecord("form", "[1,2]")).toMatchObject({ kind: "damaged" });
    expect(decodeRecord("roster", "Grant\n1")).toEqual({ kind: "ok", text: "Grant\n1", legacy: true });
  });

  test("the status says restored only when something was, and a damaged record is reported with where its copy is kept", () => {
    const ok = decodeRecord("form", encodeRecord("form", form));
    const none = decodeRecord("roster", undefined);
    const bad = decodeRecord("roster", encodeRecord("roster", "abc").slice(0, -1));
    const kept = { kept: true, where: "in this browser's local storage as k" };
    expect(restoreStatus("this browser", ok, none, kept)).toBe("Inputs restored from this browser.");
    expect(restoreStatus("this browser", none, none, kept)).toBe("");
    expect(restoreStatus("this browser", ok, bad, kept)).toBe(
      "Saved inputs could not be read; the damaged copy is kept (in this browser's local storage as k). Why: it holds 2 characters of the 3 saved. Restored from this browser: the fields, events and payments.",
    );
    expect(restoreStatus("this workbook", bad, none, { kept: false, where: "", error: "full" })).toBe(
      "Saved inputs could not be read, and the damaged copy could not be kept aside (full): nothing will be saved over it. Why: it holds 2 characters of the 3 saved. Nothing was restored.",
    );
  });
});

describe("custom XML parts that cannot be put together are reported, not taken for no record", () => {
  test("a part whose text is not the JSON string it was saved as", () => {
    const parts = toXmlParts("form", "abc", "000000000000001-000001").map((x) => parseXmlPart(x)!);
    parts[0].text = parts[0].text.slice(0, -2);
    expect(recordsFromParts(parts)).toEqual({ unreadable: { form: '"ab' } });
  });

  test("only an incomplete generation: what was found of it is kept", () => {
    const parts = toXmlParts("roster", "x".repeat(600_000), "000000000000001-000001").map((x) => parseXmlPart(x)!);
    const found = recordsFromParts([parts[0], parts[2]]);
    expect(found.roster).toBeUndefined();
    expect(found.unreadable?.roster?.length).toBe(parts[0].text.length + parts[2].text.length);
  });

  test("damaged copies kept aside have their own namespaces, read by no record", () => {
    const aside = toXmlParts("form-damaged", "{bad", "000000000000001-000001").map((x) => parseXmlPart(x)!);
    expect(aside[0].key).toBe("form-damaged");
    expect(recordsFromParts(aside)).toEqual({});
  });
});

describe("two panes, one workbook: the version stamp", () => {
  const at = new Date("2026-12-07T03:00:00Z");

  test("each save stamps one more than the stamp found, with the pane that saved", () => {
    expect(nextStamp(undefined, "a", at)).toEqual({ rev: 1, by: "a", at: "2026-12-07T03:00:00.000Z" });
    expect(nextStamp({ rev: 7, by: "b", at: "x" }, "a", at).rev).toBe(8);
    expect(readStamp(JSON.stringify(nextStamp(undefined, "a", at)))).toEqual(nextStamp(undefined, "a", at));
  });

  test("inputs saved by another pane since this one loaded are detected; this pane's own saves are not", () => {
    const loaded = { rev: 3, by: "a", at: "2026-12-07T02:00:00.000Z" };
    expect(changedElsewhere(loaded, loaded)).toBe(false);
    expect(changedElsewhere(loaded, { ...loaded, rev: 4, by: "b" })).toBe(true);
    // the same number from a pane that loaded the same stamp and saved first
    expect(changedElsewhere(loaded, { rev: 3, by: "b", at: loaded.at })).toBe(true);
    // nothing was saved when this pane loaded: any stamp now is someone else's
    expect(changedElsewhere(undefined, loaded)).toBe(true);
    // nothing saved at all, or saved before stamps existed
    expect(changedElsewhere(undefined, undefined)).toBe(false);
    // a damaged stamp counts as a change made elsewhere
    expect(readStamp("{oops")).toEqual({ rev: -1, by: "", at: "" });
    expect(changedElsewhere(loaded, readStamp("{oops"))).toBe(true);
    expect(readStamp(undefined)).toBeUndefined();
  });

  test("the question names where and when", () => {
    expect(conflictQuestion("this workbook", { rev: 4, by: "b", at: "2026-12-07T03:00:00.000Z" }, () => "03:00")).toBe(
      "Another pane or a co-author saved inputs in this workbook at 03:00, after this pane loaded them. Save this pane's inputs over theirs, or load theirs in place of this pane's?",
    );
  });
});
