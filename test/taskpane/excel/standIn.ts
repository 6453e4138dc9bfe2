import { FakeExcel, installOfficeStandIn } from "../../support/officeStandIn";

export type { FakeCell, FakeChart, FakeExcel, FakeSheet, FakeValidation } from "../../support/officeStandIn";

/**
 * The Excel stand-in (test/support/officeStandIn.ts) installed in Node, so
 * the pane's Excel I/O runs against the same stand-in in unit tests as in the
 * e2e tests: `Excel`, `Office` and `__fakeExcel` become globals.
 */
let loaded: FakeExcel | undefined;

export function standIn(): FakeExcel {
  if (loaded) {
    loaded.clear();
    return loaded;
  }
  const store = new Map<string, string>();
  const sessionStorage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, String(v)) };
  loaded = installOfficeStandIn(globalThis, sessionStorage);
  return loaded;
}
