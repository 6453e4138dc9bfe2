/**
 * A stand-in for the `CustomFunctions` object Excel's runtime provides:
 * `associate`, `Error` and `ErrorCode`, nothing else. Used both as a global for
 * unit tests of the adapters and as the only host object of the vm context in
 * which the built dist/functions.js is evaluated.
 */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}

export interface CustomFunctionsStandIn {
  associate: (id: string | Record<string, unknown>, fn?: unknown) => void;
  Error: typeof CustomFunctionsError;
  ErrorCode: typeof ErrorCode;
  registered: Map<string, (...args: unknown[]) => unknown>;
}

export function makeCustomFunctions(): CustomFunctionsStandIn {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  return {
    registered,
    Error: CustomFunctionsError,
    ErrorCode,
    associate(id, fn) {
      if (typeof id === "object") {
        for (const [k, f] of Object.entries(id)) registered.set(k.toUpperCase(), f as (...args: unknown[]) => unknown);
      } else {
        registered.set(id.toUpperCase(), fn as (...args: unknown[]) => unknown);
      }
    },
  };
}

/** Installs the stand-in as the global `CustomFunctions` for adapter unit tests. */
export function installCustomFunctions(): CustomFunctionsStandIn {
  const cf = makeCustomFunctions();
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = cf;
  return cf;
}
