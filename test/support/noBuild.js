/* Jest setup of the `unit` project: no build. A unit test that reads one fails on this folder,
 * which never exists, instead of passing on whatever an earlier build left. */
"use strict";
const path = require("path");
const { TEST_DIST } = require("./testDist");

process.env.MPWR_DIST = path.join(path.dirname(TEST_DIST), "no-build-in-unit-tests");
