/**
 * Open Cap Format (OCF v1.2.x) package as MPWR reads it (docs/ocf.md). The vendored schemas
 * (vendor/ocf/schema) define every object; these types name only the fields MPWR uses, after the
 * object has passed its schema.
 */
export interface OcfObject {
  readonly object_type: string;
  readonly id: string;
  readonly [field: string]: unknown;
}

/** One problem in a package: the file, the object (when one is at fault) and the field. */
export interface OcfProblem {
  readonly file: string;
  readonly id?: string;
  readonly field?: string;
  readonly message: string;
}

export function describeProblem(p: OcfProblem): string {
  const where = [p.file, p.id === undefined ? undefined : `object ${p.id}`, p.field].filter((x) => x !== undefined && x !== "");
  return `${where.join(": ")}: ${p.message}`;
}

/**
 * A package refused as a whole: every problem found, nothing built from it. The message names the
 * first problems; `problems` holds them all.
 */
export class OcfPackageError extends Error {
  readonly problems: readonly OcfProblem[];
  constructor(problems: readonly OcfProblem[]) {
    const shown = problems.slice(0, 5).map(describeProblem);
    const more = problems.length > shown.length ? ` (and ${problems.length - shown.length} more)` : "";
    super(`OCF package refused: ${shown.join("; ")}${more}`);
    this.name = "OcfPackageError";
    this.problems = problems;
  }
}
