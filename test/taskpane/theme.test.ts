import { colourLuminance, themeOfOffice } from "../../src/taskpane/ui/theme";
import { OFFICE_THEMES } from "../support/officeStandIn";

describe("the pane's theme from Office's (Office.context.officeTheme)", () => {
  test("isDarkTheme decides where the host gives it (Excel: Black and Dark Gray are dark)", () => {
    expect(themeOfOffice(OFFICE_THEMES.black)).toBe("dark");
    expect(themeOfOffice(OFFICE_THEMES.colorful)).toBe("light");
    expect(themeOfOffice({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe("light");
  });
  test("without isDarkTheme, the body background: dark when white text has more contrast on it than black text", () => {
    expect(themeOfOffice({ bodyBackgroundColor: "#262626" })).toBe("dark"); // Black
    expect(themeOfOffice({ bodyBackgroundColor: "#444444" })).toBe("dark"); // Dark Gray
    expect(themeOfOffice({ bodyBackgroundColor: "#E6E6E6" })).toBe("light"); // White / Colorful
    expect(themeOfOffice({ bodyBackgroundColor: "#fff" })).toBe("light");
    // The threshold: luminance 0.179 (#757575 is just below it, #777777 just above).
    expect([themeOfOffice({ bodyBackgroundColor: "#757575" }), themeOfOffice({ bodyBackgroundColor: "#777777" })]).toEqual(["dark", "light"]);
  });
  test("nothing usable (outside Office, a host without a theme, a colour it cannot read): undefined, so the browser's scheme decides", () => {
    expect(themeOfOffice(undefined)).toBeUndefined();
    expect(themeOfOffice(null)).toBeUndefined();
    expect(themeOfOffice({})).toBeUndefined();
    expect(themeOfOffice({ bodyBackgroundColor: "transparent" })).toBeUndefined();
  });
  test("colourLuminance: WCAG 2 relative luminance of #rgb and #rrggbb", () => {
    expect(colourLuminance("#ffffff")).toBeCloseTo(1, 12);
    expect(colourLuminance("#000")).toBe(0);
    expect(colourLuminance("#777777")).toBeCloseTo(0.184, 3);
    expect(colourLuminance("red")).toBeUndefined();
  });
});
