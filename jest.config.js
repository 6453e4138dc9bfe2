/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // Type errors are caught by `npm run typecheck`; Jest only transpiles (fast on 2 cores).
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  // office-addin-mock 4 requires office-addin-manifest, which loads an ESM-only package under Jest.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.ts" },
  testTimeout: 120000,
};
