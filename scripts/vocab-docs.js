#!/usr/bin/env node
/* The docs' tables of the vocabularies — event types, capital row types, roster columns — rendered
 * from their one description in src/ and written between the markers
 *
 *   <!-- generated: NAME (node scripts/vocab-docs.js) -->
 *   …
 *   <!-- end generated: NAME -->
 *
 * in docs/*.md. `node scripts/vocab-docs.js` rewrites them; `--check` writes nothing and exits 1
 * when a file is out of date. test/docs/vocabularies.test.ts runs the same comparison. */
"use strict";
const fs = require("fs");
const path = require("path");
require("./lib/ts-require");
const { EVENT_TYPES, eventTypeSpec } = require("../src/calc/seriesC/eventTypes");
const { EVENT_TYPE_WORDS, eventTypeColumns } = require("../src/calc/seriesC/eventTypeWords");
const { CAPITAL_TYPES, FULL_PARTICIPATION, capitalTypeSpec } = require("../src/calc/seriesC/capitalTypes");
const { CAPITAL_TYPE_WORDS } = require("../src/calc/seriesC/capitalTypeWords");
const { CONVERSION_KINDS } = require("../src/calc/seriesC/conversion");
const { CONVERSION_KIND_WORDS } = require("../src/calc/seriesC/conversionKindWords");
const { REDEMPTION_TRIGGERS } = require("../src/calc/seriesC/redemption");
const { REDEMPTION_TRIGGER_WORDS } = require("../src/calc/seriesC/redemptionTriggerWords");
const { ROSTER_COLUMNS, ROSTER_COLUMN_TABLE, ROSTER_ALIASES } = require("../src/input/roster");
const { ROSTER_COLUMN_NOTES } = require("../src/input/rosterColumnWords");

const DOCS = path.resolve(__dirname, "..", "docs");

const esc = (s) => String(s).replace(/\|/g, "\\|");
const row = (cells) => `| ${cells.join(" | ")} |`;
const SESSION_TEXT = { opening: "opening of business", close: "close of business (record date)" };

function eventTypesTable() {
  const lines = [row(["type", "a", "b", "c", "d", "clause", "effective at", "effect"]), "|---|---|---|---|---|---|---|---|"];
  for (const type of EVENT_TYPES) {
    const spec = eventTypeSpec(type);
    const used = new Map(eventTypeColumns(type).map((c) => [c.col, c]));
    const cols = ["a", "b", "c", "d"].map((col) => {
      const c = used.get(col);
      if (!c) return "";
      const text = c.doc ?? c.meaning;
      return esc(c.required || /optional/.test(text) ? text : `${text} (optional)`);
    });
    lines.push(row([`\`${type}\``, ...cols, EVENT_TYPE_WORDS[type].clause, SESSION_TEXT[spec.session], esc(EVENT_TYPE_WORDS[type].does)]));
  }
  return lines.join("\n");
}

function capitalTypesTable() {
  const lines = [row(["type", "quantity", "a", "b", "c", "rank (1 = paid first)", "participation", "what it is"]), "|---|---|---|---|---|---|---|---|"];
  for (const type of CAPITAL_TYPES) {
    const spec = capitalTypeSpec(type);
    const cols = ["a", "b", "c"].map((col) => (spec.columns[col] ? esc(spec.columns[col].meaning) : ""));
    const rank = spec.rank === "last" ? "last (shares what is left)" : spec.ranked ? `${spec.rank} unless typed` : `${spec.rank} (with the Series C)`;
    const participation = spec.participates ? `empty = none; \`${FULL_PARTICIPATION}\`; or a cap in $ per share on the total` : "";
    lines.push(row([`\`${type}\``, esc(spec.quantity.meaning), ...cols, rank, participation, esc(CAPITAL_TYPE_WORDS[type].note)]));
  }
  return lines.join("\n");
}

const NEED_TEXT = { required: "required", grantOrHolder: "required: a grant id or an employee, or both", optional: "optional" };

function rosterColumnsTable() {
  const lines = [row(["column", "header names (examples)", "needed", "without a header"]), "|---|---|---|---|"];
  let position = 0;
  for (const c of ROSTER_COLUMNS) {
    const spec = ROSTER_COLUMN_TABLE[c];
    const names = [...spec.examples, ...ROSTER_ALIASES.filter(([, col]) => col === c).map(([h]) => h)];
    const unique = names.filter((n, i) => names.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i);
    const need = NEED_TEXT[spec.need] + (ROSTER_COLUMN_NOTES[c] ? `; ${ROSTER_COLUMN_NOTES[c]}` : "");
    lines.push(row([spec.label, esc(unique.join(", ")), esc(need), spec.headerless ? `column ${++position}` : "—"]));
  }
  return lines.join("\n");
}

function choicesTable() {
  const lines = [row(["field", "choice", "meaning", "clause"]), "|---|---|---|---|"];
  for (const k of CONVERSION_KINDS) lines.push(row(["Conversion kind", `\`${k}\``, esc(CONVERSION_KIND_WORDS[k].title), CONVERSION_KIND_WORDS[k].clause]));
  for (const t of REDEMPTION_TRIGGERS)
    lines.push(row(["Redemption trigger", `\`${t}\``, esc(REDEMPTION_TRIGGER_WORDS[t].title), REDEMPTION_TRIGGER_WORDS[t].clause]));
  return lines.join("\n");
}

/** Every generated section: the file it lives in, its name and its text. */
function sections() {
  return [
    { file: "conventions.md", name: "event types", text: eventTypesTable() },
    { file: "conventions.md", name: "capital row types", text: capitalTypesTable() },
    { file: "conventions.md", name: "roster columns", text: rosterColumnsTable() },
    { file: "user-guide.md", name: "roster columns", text: rosterColumnsTable() },
    { file: "user-guide.md", name: "conversion kinds and redemption triggers", text: choicesTable() },
  ];
}

const begin = (name) => `<!-- generated: ${name} (node scripts/vocab-docs.js) -->`;
const end = (name) => `<!-- end generated: ${name} -->`;

/** The file's text with the section replaced; throws when the markers are missing. */
function render(text, s) {
  const a = text.indexOf(begin(s.name));
  const b = text.indexOf(end(s.name));
  if (a < 0 || b < a) throw new Error(`docs/${s.file}: the markers of the generated section "${s.name}" are missing`);
  return `${text.slice(0, a)}${begin(s.name)}\n${s.text}\n${text.slice(b)}`;
}

/** Files whose generated sections differ from their sources: [{ file, expected, actual }]. */
function outdated() {
  const byFile = new Map();
  for (const s of sections()) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s]);
  const out = [];
  for (const [file, list] of byFile) {
    const actual = fs.readFileSync(path.join(DOCS, file), "utf8");
    const expected = list.reduce(render, actual);
    if (expected !== actual) out.push({ file, expected, actual });
  }
  return out;
}

if (require.main === module) {
  const check = process.argv.includes("--check");
  const stale = outdated();
  for (const s of stale) {
    if (check) console.error(`docs/${s.file} is out of date: run node scripts/vocab-docs.js`);
    else fs.writeFileSync(path.join(DOCS, s.file), s.expected);
  }
  if (check && stale.length) process.exit(1);
  if (!check) console.log(stale.length ? `wrote ${stale.map((s) => `docs/${s.file}`).join(", ")}` : "docs up to date");
}

module.exports = { sections, outdated, render };
