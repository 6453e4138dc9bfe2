export declare const ErrorCode: {
  readonly invalidValue: "#VALUE!";
  readonly notAvailable: "#N/A";
  readonly divisionByZero: "#DIV/0!";
  readonly invalidNumber: "#NUM!";
  readonly nullReference: "#NULL!";
  readonly invalidName: "#NAME?";
  readonly invalidReference: "#REF!";
};

export declare class CustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string);
}

export interface CustomFunctionsStandIn {
  associate: (id: string | Record<string, unknown>, fn?: unknown) => void;
  Error: typeof CustomFunctionsError;
  ErrorCode: typeof ErrorCode;
  registered: Map<string, (...args: unknown[]) => unknown>;
}

export declare function makeCustomFunctions(): CustomFunctionsStandIn;
export declare function loadFunctionsFromSource(code: string, filename?: string): CustomFunctionsStandIn;
