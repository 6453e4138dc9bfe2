import { unzipSync } from "fflate";
import { OcfObject, OcfPackageError, OcfProblem } from "./types";
import { parseJsonInSlices } from "./jsonSlices";
import { FileValidation, validateFile, validateFileSteps, ValidatedFile } from "./validate";

/**
 * Reading an OCF package (docs/ocf.md): a `.zip` or a set of `.ocf.json` files, one of them the
 * manifest (file_type OCF_MANIFEST_FILE), which lists the others. Every file is parsed and
 * validated (validate.ts); any error refuses the whole package (OcfPackageError), so nothing is
 * built from half a package.
 */
export interface OcfInputFile {
  /** The file's path in the package (a zip entry, or the file name). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface PackageFile extends ValidatedFile {
  /** The path the manifest gives, relative to the manifest ("StockClasses.ocf.json"). */
  readonly path: string;
}

export interface OcfPackage {
  readonly manifest: ValidatedFile;
  /** The files the manifest lists, in the manifest's order. */
  readonly files: readonly PackageFile[];
  readonly warnings: readonly OcfProblem[];
}

/** A file larger than this is refused before it is parsed (a 100,000-grant transactions file is ~40 MB compact). */
export const MAX_FILE_BYTES = 48 * 1024 * 1024;
/** A zip whose entries together inflate to more than this is refused before inflating (zip bombs). */
export const MAX_PACKAGE_BYTES = 256 * 1024 * 1024;
const MAX_ENTRIES = 2000;

/** The manifest's lists of files and the file type each list holds. */
export const MANIFEST_LISTS: ReadonlyArray<readonly [string, string]> = [
  ["stock_plans_files", "OCF_STOCK_PLANS_FILE"],
  ["stock_legend_templates_files", "OCF_STOCK_LEGEND_TEMPLATES_FILE"],
  ["stock_classes_files", "OCF_STOCK_CLASSES_FILE"],
  ["vesting_terms_files", "OCF_VESTING_TERMS_FILE"],
  ["valuations_files", "OCF_VALUATIONS_FILE"],
  ["transactions_files", "OCF_TRANSACTIONS_FILE"],
  ["stakeholders_files", "OCF_STAKEHOLDERS_FILE"],
  ["financings_files", "OCF_FINANCINGS_FILE"],
  ["documents_files", "OCF_DOCUMENTS_FILE"],
];

/** A file this small is read without a yield between its decoding and its parse. */
const SMALL_FILE_BYTES = 1 << 20;

const mb = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;

/** The entries of a zip: names and bytes, refused before inflating when they are too large. */
export function unzipPackage(zipName: string, bytes: Uint8Array): OcfInputFile[] {
  const problems: OcfProblem[] = [];
  let total = 0;
  let entries = 0;
  let inflated: Record<string, Uint8Array>;
  try {
    inflated = unzipSync(bytes, {
      filter: (f) => {
        // Only the JSON files are inflated; other entries (a document's PDF) are left packed.
        if (f.name.endsWith("/") || !/\.json$/i.test(f.name)) return false;
        entries++;
        total += f.originalSize;
        if (f.originalSize > MAX_FILE_BYTES)
          problems.push({ file: `${zipName}/${f.name}`, message: `is ${mb(f.originalSize)}, more than the ${mb(MAX_FILE_BYTES)} a file may have` });
        return problems.length === 0 && total <= MAX_PACKAGE_BYTES && entries <= MAX_ENTRIES;
      },
    });
  } catch (e) {
    throw new OcfPackageError([{ file: zipName, message: `is not a readable zip archive (${e instanceof Error ? e.message : String(e)})` }]);
  }
  if (total > MAX_PACKAGE_BYTES) problems.push({ file: zipName, message: `inflates to more than ${mb(MAX_PACKAGE_BYTES)}` });
  if (entries > MAX_ENTRIES) problems.push({ file: zipName, message: `has more than ${MAX_ENTRIES} entries` });
  if (problems.length > 0) throw new OcfPackageError(problems);
  return Object.entries(inflated).map(([name, data]) => ({ name, bytes: data }));
}

function normalise(path: string): string {
  const parts: string[] = [];
  for (const p of path.replace(/\\/g, "/").split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") parts.pop();
    else parts.push(p);
  }
  return parts.join("/");
}

function dirOf(path: string): string {
  const n = normalise(path);
  const i = n.lastIndexOf("/");
  return i < 0 ? "" : n.slice(0, i);
}

/**
 * A file's bytes as JSON, in steps (yields the fraction done): decoded as UTF-8 in one step (~40 ms
 * for 40 MB; decoding in pieces and joining them costs three times as much, the join's copy
 * included), then parsed in slices (jsonSlices.ts), so that no step holds the pane's page for long.
 */
function* parseJsonSteps(file: OcfInputFile): Generator<number, { data?: unknown; problem?: OcfProblem }> {
  if (file.bytes.length > MAX_FILE_BYTES)
    return { problem: { file: file.name, message: `is ${mb(file.bytes.length)}, more than the ${mb(MAX_FILE_BYTES)} a file may have` } };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    return { problem: { file: file.name, message: "is not UTF-8 text" } };
  }
  if (file.bytes.length > SMALL_FILE_BYTES) yield 0.1;
  try {
    const steps = parseJsonInSlices(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    for (;;) {
      const r = steps.next();
      if (r.done) return { data: r.value };
      yield 0.1 + 0.9 * r.value;
    }
  } catch (e) {
    return { problem: { file: file.name, message: `is not valid JSON (${e instanceof Error ? e.message : String(e)})` } };
  }
}

function isManifestCandidate(data: unknown): boolean {
  return typeof data === "object" && data !== null && (data as { file_type?: unknown }).file_type === "OCF_MANIFEST_FILE";
}

/**
 * Reads a package from its files (a zip is unzipped first by `readPackageInput`). The manifest's
 * `filepath`s are resolved against the manifest's folder; a listed file that is absent, or of
 * another file type than its list, refuses the package. Files the manifest does not list are not
 * read, and each is named in a warning. The manifest's md5 values are not checked (OCF's own sample
 * carries dummy values).
 */
export function readPackage(input: readonly OcfInputFile[]): OcfPackage {
  const steps = readPackageSteps(input);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `readPackage` in steps, for the pane: it yields what it is doing ("Reading f: 40%", "Read f",
 * "Validating f: …", "Validated f") between slices of each file's decoding and parse
 * (jsonSlices.ts) and of its validation, so a caller can hand the page back between them.
 */
export function* readPackageSteps(input: readonly OcfInputFile[]): Generator<string, OcfPackage> {
  const jsonFiles = input.filter((f) => /\.json$/i.test(f.name));
  const parsed = new Map<string, { file: OcfInputFile; data?: unknown }>();
  const problems: OcfProblem[] = [];
  for (const f of jsonFiles) {
    const key = normalise(f.name);
    if (parsed.has(key)) {
      problems.push({ file: f.name, message: "appears twice in the package" });
      continue;
    }
    const steps = parseJsonSteps(f);
    let read: { data?: unknown; problem?: OcfProblem };
    for (;;) {
      const r = steps.next();
      if (r.done) {
        read = r.value;
        break;
      }
      yield `Reading ${f.name}: ${Math.round(100 * r.value)}%`;
    }
    const { data, problem } = read;
    if (problem !== undefined) problems.push(problem);
    parsed.set(key, { file: f, data });
    yield `Read ${f.name}`;
  }
  if (problems.length > 0) throw new OcfPackageError(problems);
  const manifests = [...parsed.values()].filter((p) => isManifestCandidate(p.data));
  if (manifests.length === 0) {
    const names =
      input.length === 0
        ? "no files"
        : input
            .map((f) => f.name)
            .slice(0, 5)
            .join(", ");
    throw new OcfPackageError([
      { file: "package", message: `has no OCF manifest (a file with file_type OCF_MANIFEST_FILE, e.g. Manifest.ocf.json); received ${names}` },
    ]);
  }
  if (manifests.length > 1)
    throw new OcfPackageError([
      { file: "package", message: `has ${manifests.length} manifests (${manifests.map((m) => m.file.name).join(", ")}); a package has one` },
    ]);
  const manifestEntry = manifests[0];
  const warnings: OcfProblem[] = [];
  const mv = validateFile(manifestEntry.file.name, manifestEntry.data);
  if (mv.file === undefined) throw new OcfPackageError(mv.errors);
  warnings.push(...mv.warnings);
  const manifest = mv.file;
  const base = dirOf(manifestEntry.file.name);
  const used = new Set<string>([normalise(manifestEntry.file.name)]);
  const files: PackageFile[] = [];
  for (const [list, fileType] of MANIFEST_LISTS) {
    const refs = (manifest.data[list] as { filepath: string }[] | undefined) ?? [];
    for (const [i, ref] of refs.entries()) {
      yield* checkListed(ref, i, list, fileType);
    }
  }
  function* checkListed(ref: { filepath: string }, i: number, list: string, fileType: string): Generator<string, void> {
    const key = normalise(base === "" ? ref.filepath : `${base}/${ref.filepath}`);
    const entry = parsed.get(key);
    const field = `${list}[${i}].filepath`;
    if (entry === undefined) {
      problems.push({ file: manifest.name, field, message: `lists ${JSON.stringify(ref.filepath)}, which is not in the package` });
      return;
    }
    if (used.has(key)) {
      problems.push({ file: manifest.name, field, message: `lists ${JSON.stringify(ref.filepath)} a second time` });
      return;
    }
    used.add(key);
    const items = (entry.data as { items?: unknown } | null)?.items;
    const n = Array.isArray(items) ? items.length : 0;
    const steps = validateFileSteps(entry.file.name, entry.data);
    let v: FileValidation;
    for (;;) {
      const r = steps.next();
      if (r.done) {
        v = r.value;
        break;
      }
      yield `Validating ${entry.file.name}: ${r.value.toLocaleString("en-US")} of ${n.toLocaleString("en-US")} objects`;
    }
    problems.push(...v.errors);
    warnings.push(...v.warnings);
    if (v.file === undefined) return;
    if (v.file.fileType !== fileType) {
      problems.push({ file: entry.file.name, field: "file_type", message: `is ${v.file.fileType}, but the manifest lists it under ${list} (${fileType})` });
      return;
    }
    files.push({ ...v.file, path: normalise(ref.filepath) });
    yield `Validated ${entry.file.name}`;
  }
  if (problems.length > 0) throw new OcfPackageError(problems);
  // Files a Document object points to (`path`) belong to the package without a manifest list.
  for (const f of files) {
    if (f.fileType !== "OCF_DOCUMENTS_FILE") continue;
    for (const d of f.items) if (typeof d.path === "string") used.add(normalise(`${dirOf(f.name)}/${d.path}`));
  }
  for (const [key, entry] of parsed) {
    if (!used.has(key)) warnings.push({ file: entry.file.name, message: "is not listed in the manifest; not read" });
  }
  return { manifest, files, warnings };
}

/** A package from what the user gave: one zip, or files (a zip among several files is refused). */
export function readPackageInput(input: readonly OcfInputFile[]): OcfPackage {
  const zips = input.filter((f) => /\.zip$/i.test(f.name));
  if (zips.length > 0) {
    if (input.length > 1) throw new OcfPackageError([{ file: zips[0].name, message: "give either one .zip or the .ocf.json files, not both" }]);
    return readPackage(unzipPackage(zips[0].name, zips[0].bytes));
  }
  return readPackage(input);
}

/** Every object of the package's files of one file type, in file order. */
export function objectsOf(pkg: OcfPackage, fileType: string): OcfObject[] {
  return pkg.files.filter((f) => f.fileType === fileType).flatMap((f) => [...f.items]);
}

/** Which file each object came from (for messages). */
export function fileOfObjects(pkg: OcfPackage): Map<OcfObject, string> {
  const m = new Map<OcfObject, string>();
  for (const f of pkg.files) for (const o of f.items) m.set(o, f.name);
  return m;
}
