/**
 * The `CustomFunctions` stand-in (scripts/lib/custom-functions-stand-in.js):
 * `associate`, `Error` and `ErrorCode`, nothing else. Installed as a global
 * for the adapter unit tests; the dist loader gives it to the built bundle.
 */
import { CustomFunctionsStandIn, makeCustomFunctions } from "../../scripts/lib/custom-functions-stand-in";

export { CustomFunctionsError, ErrorCode, makeCustomFunctions } from "../../scripts/lib/custom-functions-stand-in";
export type { CustomFunctionsStandIn } from "../../scripts/lib/custom-functions-stand-in";

/** Installs the stand-in as the global `CustomFunctions` for adapter unit tests. */
export function installCustomFunctions(): CustomFunctionsStandIn {
  const cf = makeCustomFunctions();
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = cf;
  return cf;
}
