/** The per-page CSP written after the build: hashes match what the browser hashes, nothing is loosened. */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { visit } from "unist-util-visit";
import { checkLinksStep } from "../../scripts/postbuild/steps/check-links";
import { afterPaintScript } from "../../scripts/postbuild/lib/paint-first";
import { addCspMeta, cspHashes, finishPage } from "../../scripts/postbuild/steps/csp-hashes";
import { parseHtml } from "../../scripts/postbuild/lib/site-files";
import { defaultContext } from "../../scripts/postbuild/step";
import { fixtureFiles, inlineScripts, makeFixtureSite } from "./fixture-site";

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

/** A postbuild context over `dir` whose caches are in a scratch project of their own. */
function contextFor(dir: string, log: (line: string) => void = () => {}) {
  const root = mkdtempSync(path.join(tmpdir(), "csp-root-"));
  dirs.push(root);
  return { ...defaultContext(dir), root, log };
}

describe("CSP meta per page", () => {
  const site = (): string => {
    const dir = makeFixtureSite();
    dirs.push(dir);
    return dir;
  };

  it("allows exactly the page's inline scripts by sha256, and never unsafe-inline or unsafe-eval", async () => {
    const dir = site();
    await cspHashes.run(contextFor(dir));
    const { policy } = headOf(readFileSync(path.join(dir, "index.html"), "utf8"));
    const scriptSrc = policy
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src "));
    // The page's own inline scripts, and the one that adds its framework scripts after first paint.
    const scripts = [...inlineScripts, afterPaintScript(["/_next/static/chunks/main-9c1d.js"])];
    expect(scriptSrc).toBe(`script-src 'self' ${scripts.map(sha).join(" ")}`);
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
    await expect(async () => cspHashes.run(contextFor(dir))).rejects.toThrow(/bad\/index\.html: <img onerror>/);
  });

  it("names the file when a page has no <head> to put the policy in", () => {
    expect(() => addCspMeta("<p>조각</p>", "fragment.html")).toThrow(/fragment\.html/);
  });

  it("secures a large export on every core exactly as one page at a time, and hands each page's links to the link check", async () => {
    // 500 article pages: enough for one thread per core; every page must come out as addCspMeta makes it alone.
    const one = fixtureFiles()["articles/cloud-center/index.html"] ?? "";
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`articles/a${i}/index.html`, one]));
    const dir = makeFixtureSite(many);
    dirs.push(dir);
    const log: string[] = [];
    const ctx = contextFor(dir, (line: string) => void log.push(line));
    await cspHashes.run(ctx);
    expect(log.join("\n")).toContain(`(${Math.min(availableParallelism(), 2)} thread(s))`);
    const expected = finishPage(one, "x").html;
    for (let i = 0; i < 500; i += 97) expect(readFileSync(path.join(dir, `articles/a${i}/index.html`), "utf8")).toBe(expected);
    expect(ctx.pageLinks.get("articles/a499/index.html")?.links).toContain("/archive/2023/");
    expect(ctx.pageLinks.size).toBe(Object.keys(many).length + Object.keys(fixtureFiles()).filter((f) => f.endsWith(".html")).length);
    // The link check trusts what the CSP step saw: a link it reports must come from those scans.
    ctx.pageLinks.set("articles/a0/index.html", { ids: [], links: ["/no-such-page/"] });
    expect(() => checkLinksStep.run(ctx)).toThrow(/\/no-such-page\/ -> no file in the export/);
  });
});
