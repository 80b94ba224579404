/** The per-page CSP written after the build: hashes match what the browser hashes, nothing is loosened. */
import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { visit } from "unist-util-visit";
import { addCspMeta, cspHashes } from "../../scripts/postbuild/steps/csp-hashes";
import { parseHtml } from "../../scripts/postbuild/lib/site-files";
import { defaultContext } from "../../scripts/postbuild/step";
import { inlineScripts, makeFixtureSite } from "./fixture-site";

const sha = (s: string): string => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

/** The CSP meta's content and the tag names of <head>'s elements, in order. */
function headOf(html: string): { policy: string; order: string[]; metas: number } {
  let policy = "";
  let metas = 0;
  const order: string[] = [];
  visit(parseHtml(html), "element", (node, _i, parent) => {
    if (parent?.type === "element" && parent.tagName === "head") order.push(node.tagName === "meta" && node.properties.httpEquiv ? "csp" : node.tagName);
    if (node.tagName === "meta" && String(node.properties.httpEquiv).toLowerCase() === "content-security-policy") {
      policy = String(node.properties.content);
      metas += 1;
    }
  });
  return { policy, order, metas };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("CSP meta per page", () => {
  const site = (): string => {
    const dir = makeFixtureSite();
    dirs.push(dir);
    return dir;
  };

  it("allows exactly the page's inline scripts by sha256, and never unsafe-inline or unsafe-eval", async () => {
    const dir = site();
    await cspHashes.run({ ...defaultContext(dir), log: () => {} });
    const { policy } = headOf(readFileSync(path.join(dir, "index.html"), "utf8"));
    const scriptSrc = policy
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src "));
    expect(scriptSrc).toBe(`script-src 'self' ${inlineScripts.map(sha).join(" ")}`);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).toMatch(/base-uri 'self'/);
    // A <meta> policy cannot carry frame-ancestors (browsers ignore it and complain): it is a header.
    expect(policy).not.toMatch(/frame-ancestors/);
  });

  it("does not hash data blocks such as JSON-LD, nor scripts loaded by src", () => {
    const html = readFileSync(path.join(site(), "articles/cloud-center/index.html"), "utf8");
    const { code } = addCspMeta(html, "articles/cloud-center/index.html");
    expect(code.scripts).toEqual(inlineScripts);
  });

  it("goes right after <meta charset>, before every stylesheet and script", () => {
    const html = readFileSync(path.join(site(), "index.html"), "utf8");
    expect(headOf(addCspMeta(html, "index.html").html).order.slice(0, 3)).toEqual(["meta", "csp", "title"]);
    const noCharset = "<!doctype html><html><head><script>1</script></head><body></body></html>";
    expect(headOf(addCspMeta(noCharset, "x.html").html).order).toEqual(["csp", "script"]);
  });

  it("replaces its own meta when run twice instead of adding a second", () => {
    const html = readFileSync(path.join(site(), "index.html"), "utf8");
    const once = addCspMeta(html, "index.html").html;
    const twice = addCspMeta(once, "index.html").html;
    expect(twice).toBe(once);
    expect(headOf(twice).metas).toBe(1);
  });

  it("allows a style attribute by its hash only, and blocks nothing else of the page's markup", () => {
    const html = '<!doctype html><html><head><meta charset="utf-8"></head><body><div style="width:40%">막대</div></body></html>';
    const { policy } = headOf(addCspMeta(html, "chart.html").html);
    expect(policy).toContain(`style-src 'self' 'unsafe-hashes' ${sha("width:40%")}`);
    const plain = headOf(addCspMeta("<html><head><title>t</title></head><body></body></html>", "p.html").html).policy;
    expect(plain).toContain("style-src 'self';");
  });

  it("fails the build, naming the file, on inline event handlers a strict policy would silently block", async () => {
    const dir = makeFixtureSite({
      "bad/index.html": '<html><head><title>x</title></head><body><img src="/og/cloud-center.png" onerror="alert(1)"></body></html>',
    });
    dirs.push(dir);
    await expect(async () => cspHashes.run({ ...defaultContext(dir), log: () => {} })).rejects.toThrow(/bad\/index\.html: <img onerror>/);
  });

  it("names the file when a page has no <head> to put the policy in", () => {
    expect(() => addCspMeta("<p>조각</p>", "fragment.html")).toThrow(/fragment\.html/);
  });
});
