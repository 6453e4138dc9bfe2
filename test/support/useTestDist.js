/* Jest setup of the `built` and `e2e` projects: the test build (test/support/testDist.js) must be
 * there, and is the build every test and script reads. */
"use strict";
const fs = require("fs");
const path = require("path");
const { TEST_DIST } = require("./testDist");

if (!fs.existsSync(path.join(TEST_DIST, "functions.js")) || !fs.existsSync(path.join(TEST_DIST, "taskpane.html"))) {
  throw new Error(`${path.relative(process.cwd(), TEST_DIST)} holds no build: run \`npm run build:test\` first (npm test, test:built and test:e2e do)`);
}
process.env.MPWR_DIST = TEST_DIST;
