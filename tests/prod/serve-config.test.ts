/**
 * `npm start` serves out/ with the npm `serve` package and deploy/serve.json: every folder address
 * answers with its page (never a file listing), a folder without a page is a 404, and a raw source
 * saved as .html is data: plain text, not redirected to an extensionless address.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ChildProcess } from "node:child_process";
import { freePort, startStatic, waitForHttp } from "../../scripts/serve/local-server";
import { makeFixtureSite } from "./fixture-site";

let dir: string;
let child: ChildProcess;
let base: string;

beforeAll(async () => {
  dir = makeFixtureSite({ "sources/001_page.html": "<script>alert(1)</script><p>saved page</p>", "_next/static/chunks/x.js": "1" });
  mkdirSync(path.join(dir, "search"), { recursive: true });
  writeFileSync(path.join(dir, "search/index.html"), "<!doctype html><title>검색</title><main>검색</main>");
  const port = await freePort();
  child = startStatic(dir, port);
  base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/`, child);
});

afterAll(() => {
  child?.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

it("answers a folder address with its page, query string or not", async () => {
  for (const url of ["/", "/search/", "/search/?q=%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C", "/archive/2023/", "/articles/cloud-center/"]) {
    const res = await fetch(base + url);
    const body = await res.text();
    expect(res.status, url).toBe(200);
    expect(body, url).not.toMatch(/Files within/);
    expect(body, url).toMatch(/<title>/);
  }
});

it("answers 404 for a folder without a page instead of listing its files", async () => {
  for (const url of ["/_next/", "/_next/static/", "/sources/"]) {
    const res = await fetch(base + url, { redirect: "manual" });
    expect(res.status, url).toBe(404);
    expect(await res.text(), url).not.toMatch(/x\.js|001_page/);
  }
});

it("serves a raw source saved as .html as plain text at its own address", async () => {
  const res = await fetch(`${base}/sources/001_page.html`, { redirect: "manual" });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
  expect(await res.text()).toBe("<script>alert(1)</script><p>saved page</p>");
});
