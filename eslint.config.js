/* ESLint (flat config): JavaScript's and typescript-eslint's recommended rules, the Office
 * add-in rules `office-addin-lint` applies (eslint-plugin-office-addins' recommended config,
 * whose Excel rules — load before read, sync before read, isNullObject, no sync in a loop —
 * are the ones that matter here), and eslint-config-prettier last so that no rule argues with
 * the formatter. Formatting itself is Prettier's (`npm run format:check`), not a lint rule.
 * A deliberate exception is disabled at its line, with the reason. */
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const prettier = require("eslint-config-prettier");
const globals = require("globals");

const officeRecommended = officeAddins.configs.recommended.find((c) => c.rules && "office-addins/call-sync-after-load" in c.rules);
const officeRules = Object.fromEntries(Object.entries(officeRecommended.rules).filter(([rule]) => !rule.startsWith("prettier/")));

module.exports = tseslint.config(
  { ignores: ["dist/", "test-output/", "build-tsc/", "coverage/", "node_modules/", "vendor/", "src/input/ocf/generated/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { plugins: { "office-addins": officeAddins }, rules: officeRules },
  {
    rules: {
      // A leading underscore marks a parameter or binding kept on purpose (a callback's position, a rest sibling).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
    },
  },
  {
    // Excel passes the custom functions untyped cells: `any` is their declared type, which the function catalogue
    // reads as Excel's "any" (src/functions/catalogue.ts); the adapters coerce it (src/functions/shared).
    files: ["src/functions/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Tests reach into the page's globals and call the bundle's functions, whose results are untyped; they load the
    // plain CommonJS scripts (scripts/) with require(), as Node runs them.
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    // A require() of a Node module under its global's name (performance, crypto) is what the script means.
    rules: { "@typescript-eslint/no-require-imports": "off", "no-redeclare": ["error", { builtinGlobals: false }] },
  },
  // Code that runs in the page (page.evaluate callbacks).
  {
    files: ["bench/pane.js", "bench/ocf.js", "bench/exitPane.js", "bench/lib/pane.js", "test/e2e/**/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
  { files: ["src/**/*.ts"], languageOptions: { globals: { ...globals.browser } } },
  { files: ["test/**/*.ts", "bench/**/*.ts", "scripts/**/*.ts"], languageOptions: { globals: { ...globals.node, ...globals.jest, ...globals.browser } } },
  prettier,
);
