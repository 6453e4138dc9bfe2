/** The Office stand-in compiled for the page (test/support/compileStandIn.js). */
export function officeStandInScript(): string;
