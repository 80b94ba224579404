/**
 * deploy/nginx.conf, run by Debian's nginx over a small fixture export: what a reader's browser and
 * a cache in between receive. Independent of the archive's content and of a prior build.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nginxBinary, serveWithNginx, siteConfPath, type RunningNginx } from "../../scripts/serve/nginx";
import { makeFixtureSite } from "./fixture-site";

let dir = "";
let nginx: RunningNginx;

beforeAll(async () => {
  // On a fresh machine nginx may be missing: install it the way the browser tests do (and say so).
  if (!existsSync(nginxBinary()) && spawnSync("nginx", ["-v"]).error) {
    execFileSync("bash", [path.join(import.meta.dirname, "../../scripts/ensure-browser.sh")], { stdio: "inherit" });
  }
  // A raw source received as a saved page, with a script of its own: it must stay inert data.
  // The English interface's 404 page, which nginx serves under /en/.
  dir = makeFixtureSite({
    "sources/002.html": '<!doctype html><title>원문</title><script>document.title = "ran"</script><p>저장된 기사 페이지</p>\n',
    "en/404.html": '<!doctype html><html lang="en"><title>Not found</title><h1>Page not found</h1></html>\n',
  });
  // A precompressed twin, as a build step or CDN upload could provide; gzip_static must prefer it.
  writeFileSync(path.join(dir, "_next/static/css/app-3f2a.css.gz"), gzipSync(readFileSync(path.join(dir, "_next/static/css/app-3f2a.css")), { level: 9 }));
  nginx = await serveWithNginx(dir);
});
afterAll(async () => {
  await nginx?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The bytes on the wire, without the decompression fetch does. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ encoding?: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

const get = (p: string, headers: Record<string, string> = {}): Promise<Response> => fetch(nginx.url(p), { headers, redirect: "manual" });

/** Sends a raw request (one fetch refuses to send, such as a malformed path) and reads status and headers. */
function rawStatus(request: string): Promise<{ status: number; headers: Headers }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(nginx.port, "127.0.0.1", () => socket.end(request));
    let text = "";
    socket.on("data", (c: Buffer) => (text += c.toString("latin1")));
    socket.on("error", reject);
    socket.on("close", () => {
      const [head = ""] = text.split("\r\n\r\n");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const headers = new Headers();
      for (const line of lines) {
        const at = line.indexOf(":");
        if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      resolve({ status: Number(statusLine.split(" ")[1]), headers });
    });
  });
}

/** Headers that every response must carry, pages, assets, redirects and errors alike. */
function expectSecurityHeaders(res: Response): void {
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(res.headers.get("permissions-policy")).toMatch(/camera=\(\)/);
  expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
  expect(res.headers.get("x-frame-options")).toBe("DENY");
  expect(res.headers.get("server")).toBe("nginx");
}

describe("nginx serving the export", () => {
  it("serves a page with short caching, an ETag, UTF-8 and every security header", async () => {
    const res = await get("/articles/cloud-center/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expectSecurityHeaders(res);
    expect(await res.text()).toContain("둘째 문단");
    const etag = res.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await get("/articles/cloud-center/", { "If-None-Match": etag ?? "" });
    expect(again.status).toBe(304);
    // A 304 updates the cached page's headers: it must carry the page's policy, not a stricter one.
    expect(again.headers.get("content-security-policy")).toBe(res.headers.get("content-security-policy"));
    expect(again.headers.get("cache-control")).toBe("no-cache");
  });

  it("keeps script rules out of the header policy on pages, so each page's hashed inline scripts can run", async () => {
    const csp = (await get("/")).headers.get("content-security-policy") ?? "";
    const directives = csp.split(";").map((d) => d.trim().split(/\s+/)[0]);
    // Both policies are enforced; a header script-src or default-src would block what the meta allows.
    expect(directives).not.toContain("script-src");
    expect(directives).not.toContain("default-src");
    expect(directives).toEqual(expect.arrayContaining(["frame-ancestors", "object-src", "base-uri", "form-action"]));
  });

  it("redirects a page address without its trailing slash to the one canonical form, keeping the query", async () => {
    const res = await get("/articles/cloud-center?ref=kakao");
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/articles/cloud-center/?ref=kakao");
    expectSecurityHeaders(res);
  });

  it("caches hashed build assets for a year as immutable, with the security headers too", async () => {
    for (const asset of ["/_next/static/chunks/main-9c1d.js", "/_next/static/css/app-3f2a.css"]) {
      const res = await get(asset);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get("cache-control"), asset).toBe("public, max-age=31536000, immutable");
      expectSecurityHeaders(res);
    }
  });

  it("caches search index pieces named by build hash as immutable, and revalidates the manifest naming them", async () => {
    expect((await get("/search-index/d/0.42b6835960bc.json")).headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await get("/search-index/manifest.json")).headers.get("cache-control")).toBe("no-cache");
    expect((await get("/feed.xml")).headers.get("cache-control")).toBe("public, max-age=300");
  });

  it("answers a missing address with the site's own 404 page and a 404 status", async () => {
    for (const missing of ["/articles/no-such-story/", "/nope.png", "/404.html"]) {
      const res = await get(missing);
      expect(res.status, missing).toBe(404);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await res.text()).toContain("페이지를 찾을 수 없습니다");
      expectSecurityHeaders(res);
    }
  });

  it("answers a missing address under /en/ with the English 404 page", async () => {
    for (const missing of ["/en/no-such-page/", "/en/topics/nope/", "/en/404.html"]) {
      const res = await get(missing);
      expect(res.status, missing).toBe(404);
      expect(res.headers.get("cache-control"), missing).toBe("no-store");
      expect(await res.text(), missing).toContain("Page not found");
      expectSecurityHeaders(res);
    }
  });

  it("compresses text with gzip, and sends a precompressed .gz file when there is one", async () => {
    for (const p of ["/articles/cloud-center/", "/_next/static/chunks/main-9c1d.js", "/feed.xml", "/search-index/meta.json", "/sources/001.txt"]) {
      const res = await get(p, { "Accept-Encoding": "gzip" });
      expect(res.headers.get("content-encoding"), p).toBe("gzip");
      expect(res.headers.get("vary"), p).toMatch(/Accept-Encoding/);
      await res.arrayBuffer();
    }
    const css = await rawGet(nginx.url("/_next/static/css/app-3f2a.css"), { "Accept-Encoding": "gzip" });
    expect(css.encoding).toBe("gzip");
    expect(css.body).toEqual(readFileSync(path.join(dir, "_next/static/css/app-3f2a.css.gz")));
  });

  it("labels raw sources and data as UTF-8, and lets a raw source opened directly run nothing", async () => {
    const source = await get("/sources/001.txt");
    expect(source.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await source.text()).toContain("세종시 데이터센터가 문을 열었다.");
    expect(source.headers.get("content-security-policy")).toMatch(/^default-src 'none';.*sandbox/);
    expectSecurityHeaders(source);
    expect((await get("/search-index/meta.json")).headers.get("content-type")).toBe("application/json; charset=utf-8");
  });

  it("serves a raw source received as .html as plain text that may run nothing, byte for byte", async () => {
    const res = await get("/sources/002.html");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toMatch(/^default-src 'none';.*sandbox/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    expectSecurityHeaders(res);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(readFileSync(path.join(dir, "sources/002.html")));
  });

  it("answers a folder without a page like any unknown address, with or without its slash", async () => {
    for (const folder of ["/sources", "/_next", "/_next/static", "/search-index/d", "/og", "/sources/", "/search-index/d/"]) {
      const res = await get(folder);
      expect(res.status, folder).toBe(404);
      expect(res.headers.get("location"), folder).toBeNull();
      expect(await res.text(), folder).toContain("페이지를 찾을 수 없습니다");
    }
  });

  it("marks every error answer as not storable, nginx's own pages included", async () => {
    const answers = [
      await get("/articles/no-such-story/"),
      await fetch(nginx.url("/"), { method: "POST", body: "x" }),
      await get(`/${"a".repeat(9000)}`),
      await rawStatus("GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n"),
    ];
    expect(answers.map((r) => r.status)).toEqual([404, 405, 414, 400]);
    for (const res of answers) expect(res.headers.get("cache-control"), String(res.status)).toBe("no-store");
    expect((await get("/")).headers.get("cache-control")).toBe("no-cache");
  });

  it("never lists a folder", async () => {
    for (const folder of ["/og/", "/_next/static/chunks/", "/sources/"]) {
      const res = await get(folder);
      expect(res.status, folder).toBe(404);
      const body = await res.text();
      expect(body).not.toMatch(/Index of|href="(cloud-center\.png|main-9c1d\.js|001\.txt)"/);
    }
  });

  it("never serves dotfiles", async () => {
    for (const dotfile of ["/.env", "/.git/config", "/sources/.env"]) {
      const res = await get(dotfile);
      expect(res.status, dotfile).toBe(404);
      expect(await res.text()).not.toContain("SECRET");
    }
  });

  it("serves HEAD like GET and refuses to accept uploads", async () => {
    expect((await fetch(nginx.url("/"), { method: "HEAD" })).status).toBe(200);
    const post = await fetch(nginx.url("/"), { method: "POST", body: "x" });
    expect(post.status).toBe(405);
    expectSecurityHeaders(post);
  });
});

describe("deploy/_headers (the same headers for a static host or CDN)", () => {
  it("carries every header value nginx sends", () => {
    const conf = readFileSync(siteConfPath, "utf8");
    const headersFile = readFileSync(path.join(path.dirname(siteConfPath), "_headers"), "utf8");
    const literal = [...conf.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]+)"\s+always;/gm)].map((m) => `${m[1]}: ${m[2]}`);
    const mapped = [...conf.matchAll(/^\s*(?:"[^"]*"|\S+)\s+"([^"]+)";$/gm)].map((m) => m[1] ?? "");
    expect(literal.length).toBeGreaterThanOrEqual(5);
    expect(mapped.length).toBeGreaterThanOrEqual(5);
    for (const line of literal) expect(headersFile).toContain(line);
    for (const value of mapped) expect(headersFile).toContain(value);
  });
});

it("the placeholder-filled nginx.conf passes `nginx -t`", async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { renderSiteConf } = await import("../../scripts/serve/nginx");
  const prefix = mkdtempSync(path.join(tmpdir(), "archive-nginx-t-"));
  writeFileSync(path.join(prefix, "site.conf"), renderSiteConf("127.0.0.1:1", dir));
  writeFileSync(
    path.join(prefix, "nginx.conf"),
    `pid ${prefix}/pid; error_log stderr; events {} http { include /etc/nginx/mime.types; include ${prefix}/site.conf; }\n`,
  );
  const out = execFileSync(nginxBinary(), ["-t", "-p", prefix, "-e", "stderr", "-c", path.join(prefix, "nginx.conf")], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  rmSync(prefix, { recursive: true, force: true });
  expect(out).toBe("");
});
