import { CustomFunctionsError } from "../../support/customFunctions";

/** Asserts a thrown CustomFunctions.Error with the code and a message starting with the argument name. */
export function expectExcelError(call: () => unknown, code: "#VALUE!" | "#NUM!" | "#N/A", arg: string): void {
  let thrown: unknown;
  try {
    call();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(CustomFunctionsError);
  const err = thrown as CustomFunctionsError;
  expect({ code: err.code, message: err.message }).toEqual({
    code,
    message: expect.stringMatching(new RegExp(`^${arg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`)),
  });
}

export const serial = (y: number, m: number, d: number) => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);

/** What Excel passes for an omitted argument (null), typed for the adapters' optional parameters. */
export const NONE = null as unknown as undefined;
