import { QUOTE_LIMIT, clipText, quoted } from "../../../src/calc/core/text";
import { checkEvents } from "../../../src/calc/seriesC/events";
import { seriesCTerms } from "../../../src/calc/seriesC/terms";
import { dayFromInput } from "../../../src/calc/time/dateInput";

describe("user text in messages: at most about 80 characters (docs/conventions.md#errors)", () => {
  test("short text is quoted whole; long text is cut at 80 characters with an ellipsis", () => {
    expect(quoted("SPLIT")).toBe('"SPLIT"');
    expect(clipText("x".repeat(80))).toBe("x".repeat(80));
    expect(clipText("x".repeat(81))).toBe(`${"x".repeat(80)}…`);
    expect(QUOTE_LIMIT).toBe(80);
  });
  test("a cut never splits a surrogate pair", () => {
    const text = `${"x".repeat(79)}😀tail`; // the emoji takes code units 79 and 80
    expect(clipText(text)).toBe(`${"x".repeat(79)}…`);
  });
  test("event types, dates and term names all quote through it", () => {
    const long = "Q".repeat(10_000);
    const messages: string[] = [];
    const grab = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        messages.push((e as Error).message);
      }
    };
    grab(() => checkEvents(seriesCTerms(), [{ row: 1, day: 40000, type: long }]));
    grab(() => dayFromInput(long, "asOf"));
    grab(() => seriesCTerms([{ name: long, value: 1 }]));
    grab(() => seriesCTerms([{ name: "stubDays", value: long }]));
    expect(messages).toHaveLength(4);
    for (const m of messages) {
      expect(m).toContain(`${"Q".repeat(80)}…`);
      expect(m).not.toContain("Q".repeat(81));
    }
  });
});
