import { RosterReader } from "../../src/taskpane/model/roster";
import { gridFromText } from "../../src/taskpane/model/paste";

// The pane's roster reports checkAcrossRows (src/input/roster.ts) on the rows concerned, which are not summed:
// a grant id met again, a grant dated after the offer commenced (Offer §1: 2001-08-27), a total row.
describe("pane roster: checks across rows", () => {
  const text = [
    "Grant ID\tGrant date\tOptions outstanding\tExercise price",
    "g1\t2000-01-03\t100\t25",
    "g2\t2001-09-01\t200\t25",
    "g1\t2000-02-03\t300\t25",
    "Total\t\t600\t",
  ].join("\n");

  it("a duplicate id and a grant after the commencement are problems on their rows; the first g1 is a grant", () => {
    const r = new RosterReader("MDY").read(gridFromText(text));
    expect(r.grants.map((g) => [g.grant, g.problems.map((p) => p.message)])).toEqual([
      ["g1", []],
      ["g2", [expect.stringMatching(/^granted 2001-09-01, after the offer commenced on 2001-08-27: not an eligible option \(Offer §1\), not summed/)]],
      ["g1", [expect.stringMatching(/^grant id "g1" is also on row 2: a duplicate, not summed twice/)]],
      ["Total", [expect.stringMatching(/total or subtotal row/)]],
    ]);
  });

  it("the rows cached by content are not changed: the same row read again without its duplicate has no problem", () => {
    const reader = new RosterReader("MDY");
    reader.read(gridFromText(text));
    const again = reader.read(gridFromText(["Grant ID\tGrant date\tOptions outstanding\tExercise price", "g1\t2000-02-03\t300\t25"].join("\n")));
    expect(again.grants.map((g) => g.problems)).toEqual([[]]);
  });

  it("with no commencement date only duplicates are checked", () => {
    const reader = new RosterReader("MDY");
    reader.commencement = undefined;
    expect(reader.read(gridFromText(text)).grants[1].problems).toEqual([]);
  });
});
