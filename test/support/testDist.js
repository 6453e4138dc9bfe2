/* The folder the tests build into and read: never dist/, which may hold a production build
 * about to be uploaded (docs/deploy.md). `npm run build:test` writes it; Jest's setup files point
 * the tests (test/support/dist.ts) and the scripts they call (scripts/mpwr-formula.js, through
 * MPWR_DIST) at it. Plain CommonJS: jest.config.js and package.json's scripts use it too. */
"use strict";
const path = require("path");

const TEST_DIST = path.resolve(__dirname, "../../test-output/dist");

module.exports = { TEST_DIST };
