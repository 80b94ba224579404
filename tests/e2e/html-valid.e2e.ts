/**
 * Every page of the built site is valid HTML by the W3C Nu HTML Checker (vnu-jar, run with the
 * machine's Java): errors only, warnings aside. Raw sources under /sources/ are data as received,
 * not pages of the site, and are left out.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isPage, listFiles } from "../../scripts/postbuild/lib/site-files";
import { outDir } from "./prod-pages";

const vnuJar: string = createRequire(import.meta.url)("vnu-jar");

interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  lastLine?: number;
}

describe("HTML validity", () => {
  it("the Nu HTML Checker finds no error in any page", () => {
    const pages = listFiles(outDir).filter(isPage);
    expect(pages.length).toBeGreaterThan(0);
    let report = "";
    try {
      report = execFileSync("java", ["-jar", vnuJar, "--errors-only", "--format", "json", ...pages.map((p) => path.join(outDir, p))], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        maxBuffer: 256 * 1024 * 1024,
      });
    } catch (err) {
      // vnu exits 1 when it finds errors and writes its JSON report to stderr.
      report = (err as { stderr?: string }).stderr ?? "";
      if (!report.trim().startsWith("{")) throw err;
    }
    const messages = report.trim() ? (JSON.parse(report) as { messages: VnuMessage[] }).messages : [];
    const errors = messages
      .filter((m) => m.type === "error" || m.type === "non-document-error")
      .map((m) => `${path.relative(outDir, (m.url ?? "").replace(/^file:/, ""))}:${m.lastLine ?? "?"}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
