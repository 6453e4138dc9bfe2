import { createHash } from "crypto";
import { md5Hex } from "../../../src/input/ocf/md5";

describe("md5Hex (the digest in OCF manifests and Document objects)", () => {
  it("RFC 1321 test suite", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(md5Hex(enc(""))).toBe("d41d8cd98f00b204e9800998ecf8427e");
    expect(md5Hex(enc("abc"))).toBe("900150983cd24fb0d6963f7d28e17f72");
    expect(md5Hex(enc("12345678901234567890123456789012345678901234567890123456789012345678901234567890"))).toBe("57edf4a22be3c955ac49da2e2107b67a");
  });
  it("equals Node's md5 at every length around the block boundaries", () => {
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      expect(md5Hex(bytes)).toBe(createHash("md5").update(bytes).digest("hex"));
    }
  });
});
