import fs from "fs";
import path from "path";
import { CustomFunctionsStandIn, makeCustomFunctions } from "./customFunctions";
import { loadFunctionsFromSource } from "../../scripts/lib/custom-functions-stand-in";

const { TEST_DIST } = require("./testDist") as { TEST_DIST: string };

/** The build the tests read: the test build (test-output/dist), never dist/ (jest.config.js sets MPWR_DIST per tier). */
export const DIST = process.env.MPWR_DIST ?? TEST_DIST;

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean; repeating?: boolean }[];
  result: { type?: string; dimensionality?: string };
}

export function readMetadata(): { functions: FunctionMetadata[] } {
  return JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8"));
}

/**
 * Evaluates the built dist/functions.js the way the issue describes: in a plain
 * JavaScript context whose only host object is `CustomFunctions`. No DOM, no
 * Office: the bundle must neither need nor touch them at load time.
 */
export function loadBuiltFunctions(): CustomFunctionsStandIn {
  return loadFunctionsFromSource(fs.readFileSync(path.join(DIST, "functions.js"), "utf8"));
}

export function builtFunction(cf: CustomFunctionsStandIn, id: string): (...args: unknown[]) => unknown {
  const fn = cf.registered.get(id);
  if (!fn) throw new Error(`dist/functions.js does not register ${id}`);
  return fn;
}

/**
 * The same bundle evaluated in this realm, for timing only: a vm context
 * intercepts every global lookup (Math, JSON, Number…), which makes the bundle
 * several times slower than in Excel, where it runs in an ordinary realm.
 * `CustomFunctions` is still the only object handed to it.
 */
export function loadBuiltFunctionsForTiming(): CustomFunctionsStandIn {
  const code = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
  const cf = makeCustomFunctions();
  new Function("CustomFunctions", code)(cf);
  return cf;
}
