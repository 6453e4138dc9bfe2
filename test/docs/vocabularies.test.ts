import fs from "fs";
import path from "path";
import { EVENT_TYPES } from "../../src/calc/seriesC/eventTypes";
import { CAPITAL_TYPES } from "../../src/calc/seriesC/capitalTypes";

// The docs' tables of event types, capital row types and roster columns are rendered from their one
// description in src/ (scripts/vocab-docs.js); a change to a table without `node scripts/vocab-docs.js` fails here.
const vocabDocs: {
  sections(): Array<{ file: string; name: string; text: string }>;
  outdated(): Array<{ file: string; expected: string; actual: string }>;
} = require("../../scripts/vocab-docs");

const DOCS = path.resolve(__dirname, "../../docs");

test("every generated vocabulary section of docs/ matches its description in src/", () => {
  const stale = vocabDocs.outdated();
  for (const s of stale) expect({ file: s.file, text: s.actual }).toEqual({ file: s.file, text: s.expected });
  expect(stale).toEqual([]);
});

test("the events table of docs/conventions.md lists every event type, in order", () => {
  const events = vocabDocs.sections().find((s) => s.name === "event types");
  const types = [...(events?.text ?? "").matchAll(/^\| `([A-Z]+)` \|/gm)].map((m) => m[1]);
  expect(types).toEqual(EVENT_TYPES);
});

test("the functions' reference names the event types the parser accepts", () => {
  const md = fs.readFileSync(path.join(DOCS, "functions.md"), "utf8");
  const lists = [...md.matchAll(/\(types ([A-Z, ]+)\)/g)].map((m) => m[1]);
  expect(lists.length).toBeGreaterThan(0);
  for (const l of lists) expect(l).toBe(EVENT_TYPES.join(", "));
});

test("the capital table of docs/conventions.md lists every capital row type, in order", () => {
  const capital = vocabDocs.sections().find((s) => s.name === "capital row types");
  const types = [...(capital?.text ?? "").matchAll(/^\| `([A-Z]+)` \|/gm)].map((m) => m[1]);
  expect(types).toEqual(CAPITAL_TYPES);
});

test("the functions' reference names the capital row types the parser accepts", () => {
  const md = fs.readFileSync(path.join(DOCS, "functions.md"), "utf8");
  const lists = [...md.matchAll(/as for SERIESC_EXIT \(([A-Z, ]+)\)/g)].map((m) => m[1]);
  expect(lists.length).toBeGreaterThan(0);
  for (const l of lists) expect(l).toBe(CAPITAL_TYPES.join(", "));
});
