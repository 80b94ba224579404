/**
 * Dependencies: the lockfile is committed, package.json states the Node version, and the packages
 * that ship to readers have no high or critical advisories. `npm audit` needs the registry's audit
 * service; when that does not answer (offline, or a mirror without it) the audit is skipped and
 * says why, rather than passing as if it had run.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const root = path.resolve(import.meta.dirname, "../..");

const auditReport = z.object({
  metadata: z.object({ vulnerabilities: z.object({ high: z.number(), critical: z.number() }) }),
  vulnerabilities: z.record(z.string(), z.object({ severity: z.string(), name: z.string() })),
});

describe("dependencies", () => {
  it("the lockfile is committed and matches package.json's engines.node", () => {
    const pkg = z.object({ engines: z.object({ node: z.string().min(1) }) }).parse(JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")));
    expect(pkg.engines.node).toMatch(/^>=\d+/);
    expect(existsSync(path.join(root, "package-lock.json"))).toBe(true);
    const running = Number(process.versions.node.split(".")[0]);
    expect(running).toBeGreaterThanOrEqual(Number(/^>=(\d+)/.exec(pkg.engines.node)?.[1]));
  });

  it("npm audit --omit=dev finds no high or critical advisory", async (ctx) => {
    let stdout = "";
    try {
      ({ stdout } = await promisify(execFile)("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], { cwd: root, timeout: 60_000 }));
    } catch (err) {
      // npm exits non-zero both when it finds advisories and when it cannot ask; the JSON tells which.
      stdout = (err as { stdout?: string }).stdout ?? "";
    }
    let json: unknown;
    try {
      json = JSON.parse(stdout);
    } catch {
      json = undefined;
    }
    const report = auditReport.safeParse(json);
    if (!report.success) {
      const failure = json as { message?: string; error?: { summary?: string } } | undefined;
      const reason = failure?.message ?? failure?.error?.summary ?? "no audit report";
      console.warn(`npm audit skipped: the registry's audit service did not answer (${reason.split("\n")[0]})`);
      ctx.skip();
      return;
    }
    const serious = Object.values(report.data.vulnerabilities).filter((v) => v.severity === "high" || v.severity === "critical");
    expect(serious.map((v) => `${v.name} (${v.severity})`)).toEqual([]);
  });
});
