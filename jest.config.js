/* Three tiers of tests, one Jest project each (`npm test` runs all three):
 *   unit   no build, no browser: calc, input, layout, the pane's models, docs that need no build
 *          (`npm run test:unit`);
 *   built  needs the test build in test-output/dist (`npm run test:built` makes it first): the
 *          files under test/dist, test/docs, test/formulas and test/fuzz, and every `*.built.test.ts`;
 *   e2e    the pane in Chromium on the test build (test/e2e, `npm run test:e2e`).
 * The tests never build into dist/, which may hold a production build about to be uploaded
 * (docs/deploy.md): `npm run build:test` writes test-output/dist (test/support/testDist.js, the one place that names it). */
const BUILT_DIRS = ["dist", "docs", "formulas", "fuzz"];

const common = {
  testEnvironment: "node",
  // Type errors are caught by `npm run typecheck`; Jest only transpiles (fast on 2 cores).
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
  projects: [
    {
      ...common,
      displayName: "unit",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/", ...BUILT_DIRS.map((d) => `<rootDir>/test/${d}/`), "\\.built\\.test\\.ts$"],
      // A unit test that reaches for the build fails (test/support/testDist.js, the one place that names it) instead of reading a stale one.
      setupFiles: ["<rootDir>/test/support/noBuild.js"],
    },
    {
      ...common,
      displayName: "built",
      roots: ["<rootDir>/test"],
      testMatch: [...BUILT_DIRS.map((d) => `<rootDir>/test/${d}/**/*.test.ts`), "**/*.built.test.ts"],
      setupFiles: ["<rootDir>/test/support/useTestDist.js"],
    },
    {
      ...common,
      displayName: "e2e",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.test.ts"],
      setupFiles: ["<rootDir>/test/support/useTestDist.js"],
    },
  ],
};
