import { importOcf, readOcfFiles, runSteps } from "../../src/taskpane/model/ocfImport";
import { packageFiles, SERIES_C } from "../input/ocf/fixture";

describe("pane model: Import OCF package (no DOM)", () => {
  it("reads the files, offers the preferred classes, then shows what was imported and what is missing", () => {
    const steps: string[] = [];
    const read = runSteps(readOcfFiles(packageFiles()), (t) => steps.push(t));
    expect(steps).toEqual(["Reading 5 files"]);
    expect(read.state.status).toBe("chooseClass");
    if (read.state.status !== "chooseClass" || !read.pkg) throw new Error("no classes");
    expect(read.state.classes.map((c) => c.id)).toEqual(["class-series-d", SERIES_C, "class-series-b"]);
    const state = runSteps(importOcf(read.pkg, "2001-06-30", SERIES_C));
    if (state.status !== "imported") throw new Error(state.status);
    expect(state.summary).toEqual([
      "Mpower Holding Corporation as of 2001-06-30; Series C: Series C Convertible Preferred",
      "8 capital rows",
      "3 outstanding option grants (4500 options)",
      "1 common split for the events table; 1 common issuance below the conversion price to confirm",
      "4 items OCF does not carry, to fill in",
    ]);
    expect(state.capital[2]).toEqual(["Series C Convertible Preferred", "SERIESC", "1250000", "", "", "", "3", ""]);
  });

  it("a refused package shows every problem, nothing imported", () => {
    const read = runSteps(readOcfFiles(packageFiles().slice(1)));
    expect(read.state).toMatchObject({ status: "refused", problems: [expect.stringMatching(/has no OCF manifest/)] });
    const ok = runSteps(readOcfFiles(packageFiles()));
    if (!ok.pkg) throw new Error("no package");
    expect(runSteps(importOcf(ok.pkg, "2001-06-30", "nope"))).toMatchObject({ status: "refused", problems: [expect.stringMatching(/"nope" is not a stock class id/)] });
  });
});
