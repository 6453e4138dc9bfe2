import { createHash } from "crypto";
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

// The vendored Open Cap Format files must stay byte-identical to the release (OCF's licence and
// $comment notices): SHA256SUMS, written when they were copied, is the record.
const root = join(__dirname, "..", "..", "vendor", "ocf");
const own = new Set(["SHA256SUMS", "README.md"]);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function recorded(): Map<string, string> {
  const lines = readFileSync(join(root, "SHA256SUMS"), "utf8").split("\n").filter((l) => l !== "");
  return new Map(
    lines.map((line) => {
      const m = /^([0-9a-f]{64}) {2}\.\/(.+)$/.exec(line);
      if (m === null) throw new Error(`SHA256SUMS: malformed line ${line}`);
      return [m[2], m[1]];
    }),
  );
}

describe("vendored OCF v1.2.0 copy", () => {
  const sums = recorded();
  const files = walk(root)
    .map((p) => relative(root, p).split("\\").join("/"))
    .filter((p) => !own.has(p));

  it("records the schemas, the samples and the licence", () => {
    expect(sums.has("LICENSE.md")).toBe(true);
    expect(sums.has("schema/files/TransactionsFile.schema.json")).toBe(true);
    expect(sums.has("samples/Manifest.ocf.json")).toBe(true);
    expect(sums.size).toBe(182);
  });

  it("holds exactly the recorded files", () => {
    expect([...files].sort()).toEqual([...sums.keys()].sort());
  });

  it("every file is byte-identical to the recorded hash", () => {
    const changed = files.filter(
      (f) => createHash("sha256").update(readFileSync(join(root, f))).digest("hex") !== sums.get(f),
    );
    expect(changed).toEqual([]);
  });

  it("keeps the schemas' $comment notices", () => {
    const schemas = files.filter((f) => f.endsWith(".schema.json"));
    const withComment = schemas.filter((f) => readFileSync(join(root, f), "utf8").includes('"$comment"'));
    expect(withComment.length).toBe(schemas.length);
  });
});
