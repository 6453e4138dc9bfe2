/* A stand-in for the `CustomFunctions` object Excel's runtime provides —
 * `associate`, `Error`, `ErrorCode`, nothing else — and the loader that
 * evaluates a built functions.js with it as the only host object of a vm
 * context. One copy serves the tests (test/support), the documentation and
 * workbook generators and the help page. */
"use strict";
const vm = require("vm");

const ErrorCode = Object.freeze({
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
});

class CustomFunctionsError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}

function makeCustomFunctions() {
  const registered = new Map();
  return {
    registered,
    Error: CustomFunctionsError,
    ErrorCode,
    associate(id, fn) {
      if (typeof id === "object") for (const [k, f] of Object.entries(id)) registered.set(k.toUpperCase(), f);
      else registered.set(String(id).toUpperCase(), fn);
    },
  };
}

/** Evaluates a bundle's source in a context whose only global is the stand-in. */
function loadFunctionsFromSource(code, filename = "dist/functions.js") {
  const cf = makeCustomFunctions();
  vm.runInContext(code, vm.createContext({ CustomFunctions: cf }), { filename });
  return cf;
}

module.exports = { ErrorCode, CustomFunctionsError, makeCustomFunctions, loadFunctionsFromSource };
