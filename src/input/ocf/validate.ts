import { fileObjectTypes, fileValidators, objectValidators, OcfSchemaError } from "./generated/validators";
import { OcfObject, OcfProblem } from "./types";

/**
 * Schema validation of one OCF file with the validators compiled at build time from the vendored
 * OCF v1.2.0 schemas (scripts/build-ocf-validators.js: no `eval` at run time). As OCF's own
 * validation utility does, each object is validated against the schema of its own `object_type`;
 * the file wrapper against its file schema with the items left out. An object type the file schema
 * does not list for its items is a warning, not a rejection: OCF 1.2.0's TransactionsFile schema
 * omits TX_ISSUER_AUTHORIZED_SHARES_ADJUSTMENT, which OCF's own sample uses.
 */
export interface ValidatedFile {
  readonly name: string;
  readonly fileType: string;
  /** The file as parsed (the manifest's fields; items for the others). */
  readonly data: Record<string, unknown>;
  readonly items: readonly OcfObject[];
}

export interface FileValidation {
  readonly file?: ValidatedFile;
  readonly errors: OcfProblem[];
  readonly warnings: OcfProblem[];
}

/** OCF versions read: the 1.2.x family (validated by the 1.2.0 schemas). */
export const OCF_VERSION = /^1\.2\.(0|[1-9][0-9]*)$/;

/** At most this many problems are kept per file, so a broken 100,000-item file stays readable. */
const MAX_PROBLEMS_PER_FILE = 50;

function pointerParts(pointer: string): string[] {
  return pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The field an Ajv error is about, as a dotted path ("exercise_price.amount", "vestings[2].date"). */
export function fieldOf(e: OcfSchemaError, skip = 0): string {
  const parts = pointerParts(e.instancePath).slice(skip);
  const extra = e.params.missingProperty ?? e.params.additionalProperty;
  if (typeof extra === "string") parts.push(extra);
  return parts.reduce((acc, p) => (/^[0-9]+$/.test(p) ? `${acc}[${p}]` : acc === "" ? p : `${acc}.${p}`), "");
}

function messageOf(e: OcfSchemaError): string {
  if (e.keyword === "required") return "is required";
  if (e.keyword === "additionalProperties") return "is not a field of this object";
  if (e.keyword === "const" || e.keyword === "enum") {
    const allowed = (e.params.allowedValue ?? e.params.allowedValues) as unknown;
    return `must be ${Array.isArray(allowed) ? `one of ${allowed.join(", ")}` : JSON.stringify(allowed)}`;
  }
  return e.message ?? `fails ${e.keyword}`;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Validates one object against the schema of its object_type. */
export function validateObject(file: string, item: unknown, index: number): OcfProblem | undefined {
  const at = `items[${index}]`;
  if (!isRecord(item)) return { file, field: at, message: "is not an object" };
  const id = typeof item.id === "string" ? item.id : undefined;
  const type = item.object_type;
  if (typeof type !== "string") return { file, id, field: id === undefined ? `${at}.object_type` : "object_type", message: "is required (text)" };
  const validate = objectValidators[type];
  if (validate === undefined) return { file, id, field: "object_type", message: `${JSON.stringify(type).slice(0, 80)} is not an OCF 1.2 object type` };
  if (validate(item)) return undefined;
  const e = (validate.errors ?? [])[0];
  if (e === undefined) return { file, id, message: `fails the ${type} schema` };
  return { file, id: id ?? at, field: fieldOf(e) || undefined, message: `${messageOf(e)} (${type})` };
}

/** Validates a parsed file: its wrapper by the file schema, each item by its object type's schema. */
export function validateFile(name: string, data: unknown): FileValidation {
  const steps = validateFileSteps(name, data);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Objects validated between two yields of `validateFileSteps`. */
export const VALIDATE_SLICE = 1000;

/** `validateFile` in steps: it yields the number of objects validated after every VALIDATE_SLICE objects (the pane paints between). */
export function* validateFileSteps(name: string, data: unknown): Generator<number, FileValidation> {
  const errors: OcfProblem[] = [];
  const warnings: OcfProblem[] = [];
  if (!isRecord(data)) return { errors: [{ file: name, message: "is not a JSON object (an OCF file is an object with file_type)" }], warnings };
  const fileType = data.file_type;
  if (typeof fileType !== "string" || fileValidators[fileType] === undefined) {
    return {
      errors: [
        {
          file: name,
          field: "file_type",
          message: `${fileType === undefined ? "is missing" : `${JSON.stringify(fileType).slice(0, 80)} is not an OCF file type`}`,
        },
      ],
      warnings,
    };
  }
  let wrapper: Record<string, unknown> = data;
  if (fileType === "OCF_MANIFEST_FILE") {
    const version = data.ocf_version;
    if (typeof version !== "string" || !OCF_VERSION.test(version)) {
      errors.push({ file: name, field: "ocf_version", message: `${JSON.stringify(version)} is not a 1.2.x version (MPWR reads OCF 1.2.x)` });
      return { errors, warnings };
    }
    // The 1.2.0 schema fixes ocf_version to "1.2.0"; a 1.2.x patch release keeps the same shapes.
    wrapper = { ...data, ocf_version: "1.2.0" };
  }
  const items = data.items;
  const hasItems = fileType !== "OCF_MANIFEST_FILE";
  if (hasItems) {
    if (!Array.isArray(items)) return { errors: [{ file: name, field: "items", message: "is required (a list of objects)" }], warnings };
    wrapper = { ...data, items: [] };
  }
  const validateWrapper = fileValidators[fileType];
  if (!validateWrapper(wrapper)) {
    const e = (validateWrapper.errors ?? [])[0];
    errors.push({
      file: name,
      field: e === undefined ? undefined : fieldOf(e) || undefined,
      message: e === undefined ? `fails the ${fileType} schema` : messageOf(e),
    });
  }
  const listed = new Set(fileObjectTypes[fileType] ?? []);
  const objects: OcfObject[] = [];
  if (hasItems) {
    const list = items as unknown[];
    for (let i = 0; i < list.length && errors.length < MAX_PROBLEMS_PER_FILE; i++) {
      if (i > 0 && i % VALIDATE_SLICE === 0) yield i;
      const problem = validateObject(name, list[i], i);
      if (problem !== undefined) {
        errors.push(problem);
        continue;
      }
      const item = list[i] as OcfObject;
      if (!listed.has(item.object_type)) {
        warnings.push({
          file: name,
          id: item.id,
          field: "object_type",
          message: `${item.object_type} is not listed by the ${fileType} schema of OCF 1.2.0; validated by its own schema and read`,
        });
      }
      objects.push(item);
    }
    if (errors.length >= MAX_PROBLEMS_PER_FILE) errors.push({ file: name, message: `stopped after ${MAX_PROBLEMS_PER_FILE} problems` });
  }
  if (errors.length > 0) return { errors, warnings };
  return { file: { name, fileType, data, items: objects }, errors, warnings };
}
