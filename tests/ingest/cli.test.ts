/**
 * The ingest command as a whole, in child processes on temporary content folders: it is
 * deterministic, --check catches drift, and a failed or killed run leaves articles/ exactly as
 * it was. The committed content/articles must be what ingest produces.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../scripts/ingest/index";
import { MAX_SOURCE_BYTES } from "../../scripts/ingest/steps/read-source";
import { recoverInterruptedRun } from "../../scripts/ingest/write";
import { CONTENT, copyOfRealContent, makeContentDir, REPO, runCli, snapshot } from "./helpers";

const roots: string[] = [];
const fresh = () => {
  const root = copyOfRealContent();
  roots.push(root);
  return root;
};
afterAll(() => {
  for (const r of roots) {
    chmodSync(r, 0o755);
    rmSync(r, { recursive: true, force: true });
  }
});
/** Lets another user read everything under dir (mkdtemp makes it owner-only). */
function openToEveryone(dir: string): void {
  chmodSync(dir, 0o755);
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) openToEveryone(full);
    else chmodSync(full, 0o644);
  }
}
const leftovers = (root: string) => readdirSync(root).filter((n) => n.startsWith(".articles-") || n.includes(".tmp-"));

describe("committed content", () => {
  it("content/articles and the report are exactly what ingest produces (npm run content:check)", () => {
    // A copy without the stamp a local `content:ingest` leaves, so the check runs the pipeline in full.
    const root = fresh();
    cpSync(CONTENT, root, { recursive: true, filter: (src) => path.basename(src) !== ".ingest-stamp.json" });
    const run = runCli(root, ["--check"]);
    expect(run.stderr + run.stdout).toContain("6 articles match their sources");
    expect(run.status).toBe(0);
  });

  it("holds six articles: the bilingual source gives a linked ko and en pair", async () => {
    const { sources } = await ingest(CONTENT);
    expect(sources.flatMap((s) => s.versions.map((v) => `${v.lang}:${v.slug}`))).toEqual([
      "ko:sejong-it-seminar-naver-data-center",
      "en:sejong-it-seminar-naver-data-center-en",
      "ko:digital-platform-government-expo-outage",
      "ko:local-government-cloud-open-source-challenge-2018",
      "ko:mois-amazon-public-ai-cloud-stability",
      "ko:government-data-center-foreign-visitors",
    ]);
  });
});

describe("a full run", () => {
  let root: string;
  let first: Record<string, string>;
  beforeAll(() => {
    root = fresh();
    const run = runCli(root);
    expect(run.status, run.stderr).toBe(0);
    first = snapshot(root);
  });

  it("prints, per source, what each rule removed", () => {
    const run = runCli(root);
    expect(run.stdout).toContain("## 004_3804ff2ac948d479.txt");
    expect(run.stdout).toMatch(/\| most-read-list \| removed \| 모바일 버전 바로가기 \|/);
    expect(run.stdout).toMatch(/\| reporter-byline \| moved to byline \| 부산=이승우 기자 leeswoo@hankyung\.com \|/);
  });

  it("is deterministic: a second run changes no byte", () => {
    runCli(root);
    expect(snapshot(root)).toEqual(first);
    expect(leftovers(root)).toEqual([]);
  });

  it("--check fails and names every file that differs, is missing or is stale", () => {
    const articles = path.join(root, "articles");
    writeFileSync(path.join(articles, "government-data-center-foreign-visitors.md"), "edited by hand\n");
    rmSync(path.join(articles, "digital-platform-government-expo-outage.md"));
    writeFileSync(path.join(articles, "stray.md"), "---\nid: x\n---\n");
    const run = runCli(root, ["--check"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("government-data-center-foreign-visitors.md: differs from ingest output");
    expect(run.stderr).toContain("digital-platform-government-expo-outage.md: missing");
    expect(run.stderr).toContain("stray.md: not produced by ingest");
    // --check never writes.
    expect(readFileSync(path.join(articles, "government-data-center-foreign-visitors.md"), "utf8")).toBe("edited by hand\n");
  });
});

describe("--check right after ingest", () => {
  it("passes without running the pipeline again, and runs it in full once a source changed", () => {
    const root = fresh();
    expect(runCli(root).status).toBe(0);
    const quick = runCli(root, ["--check"]);
    expect(quick.status, quick.stderr).toBe(0);
    expect(quick.stdout).toContain("is as the last `npm run content:ingest` wrote it");
    const source = readdirSync(path.join(root, "sources")).find((n) => n.endsWith(".txt"))!;
    writeFileSync(
      path.join(root, "sources", source),
      `${readFileSync(path.join(root, "sources", source), "utf8")}\n추가된 문단입니다. 새로 덧붙인 내용이 기사에 들어갑니다.\n`,
    );
    const full = runCli(root, ["--check"]);
    expect(full.stdout).not.toContain("is as the last");
    expect(full.status).toBe(1);
    expect(full.stderr).toContain("differs from ingest output");
  });
});

describe("a new source from another outlet, without a sidecar", () => {
  it("needs one ingest run: the next --check (the first step of `npm run build`) passes", () => {
    const root = copyOfRealContent();
    expect(runCli(root).status).toBe(0);
    cpSync(path.join(REPO, "tests/fixtures/outlets/yonhap/input.txt"), path.join(root, "sources", "200_new_outlet.txt"));
    const run = runCli(root);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/200_new_outlet: slug "[a-z0-9-]+" derived from the title/);
    const check = runCli(root, ["--check"]);
    expect(check.status, check.stderr).toBe(0);
  });
});

describe("a failed or killed run leaves articles/ as it was", () => {
  it("killed (SIGKILL) halfway through writing: nothing changes, the next run cleans up", () => {
    const root = fresh();
    expect(runCli(root).status).toBe(0);
    // Every article differs from what ingest writes, so the run has all six to write, and one more to delete.
    for (const name of readdirSync(path.join(root, "articles"))) writeFileSync(path.join(root, "articles", name), "an edited article\n");
    writeFileSync(path.join(root, "articles", "older-article.md"), "an article from before\n");
    const before = snapshot(path.join(root, "articles"));
    const killed = runCli(root, [], { INGEST_TEST_KILL_AFTER_FILES: "3" });
    // tsx runs the script in a child node process and exits 128+9 when that child is killed.
    expect(killed.signal === "SIGKILL" || killed.status === 137, `status ${killed.status}`).toBe(true);
    expect(snapshot(path.join(root, "articles"))).toEqual(before);
    expect(leftovers(root)).toHaveLength(1);
    const next = runCli(root);
    expect(next.status).toBe(0);
    expect(next.stdout).toMatch(/deleted \.articles-tmp-\d+ left by an interrupted run/);
    expect(next.stdout).toMatch(/6 articles in .* \(6 written, 1 deleted, the rest unchanged\)/);
    expect(leftovers(root)).toEqual([]);
    expect(runCli(root, ["--check"]).status).toBe(0);
  });

  it("killed after deciding what to write: the next run finishes writing it first", () => {
    const root = fresh();
    mkdirSync(path.join(root, "articles"));
    writeFileSync(path.join(root, "articles", "a.md"), "old\n");
    writeFileSync(path.join(root, "articles", "b.md"), "gone\n");
    // A committed journal, partly applied: c.md already moved, a.md still to move, b.md to delete.
    const commit = path.join(root, ".articles-commit-999");
    mkdirSync(commit);
    writeFileSync(path.join(commit, "a.md"), "new\n");
    writeFileSync(path.join(commit, ".remove"), "b.md\n");
    writeFileSync(path.join(root, "articles", "c.md"), "moved\n");
    expect(recoverInterruptedRun(path.join(root, "articles"))).toEqual([
      "finished writing articles/ from .articles-commit-999 (an earlier run was killed after deciding what to write)",
    ]);
    expect(readdirSync(path.join(root, "articles")).sort()).toEqual(["a.md", "c.md"]);
    expect(readFileSync(path.join(root, "articles", "a.md"), "utf8")).toBe("new\n");
    expect(leftovers(root)).toEqual([]);
  });

  it("a second run over the same sources writes nothing", () => {
    const root = fresh();
    expect(runCli(root).status).toBe(0);
    const run = runCli(root);
    expect(run.stdout).toMatch(/6 articles in .* \(0 written, 0 deleted, the rest unchanged\)/);
  });

  it("bad input added to a published archive: the run fails and articles/ stays as it was", () => {
    const root = fresh();
    expect(runCli(root).status).toBe(0);
    const before = snapshot(root);
    writeFileSync(path.join(root, "sources", "005_empty.txt"), "  \n");
    const run = runCli(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/005_empty\.txt: file holds only whitespace/);
    rmSync(path.join(root, "sources", "005_empty.txt"));
    expect(snapshot(root)).toEqual(before);
  });

  // Needs a user other than root who can still run the repo's tsx (not so when the clone sits in a private folder).
  const nobodyCanRun =
    process.getuid?.() !== 0 ||
    spawnSync(process.execPath, ["-e", `require("fs").accessSync(${JSON.stringify(path.join(REPO, "node_modules/.bin/tsx"))}, 1)`], { uid: 65534, gid: 65534 })
      .status === 0;
  it.skipIf(!nobodyCanRun)("read-only content folder: a clear error, nothing written", () => {
    // Tests run as root, for whom chmod changes nothing; so the run is made as the unprivileged
    // "nobody" user (uid 65534), for whom a mode-555 folder really is read-only.
    const root = fresh();
    cpSync(path.join(CONTENT, "articles"), path.join(root, "articles"), { recursive: true });
    // One article differs from what ingest writes, so the run has something to write.
    writeFileSync(path.join(root, "articles", readdirSync(path.join(root, "articles"))[0]!), "an edited article\n");
    const before = snapshot(root);
    const asRoot = process.getuid?.() === 0;
    if (asRoot) openToEveryone(root);
    chmodSync(root, 0o555);
    const run = runCli(root, [], { HOME: "/tmp" }, asRoot ? { uid: 65534, gid: 65534 } : {});
    chmodSync(root, 0o755);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot write the temporary folder .*\.articles-tmp-\d+: permission denied \(EACCES\); .*articles is unchanged/);
    expect(snapshot(root)).toEqual(before);
    expect(leftovers(root)).toEqual([]);
  });

  it("disk full mid-write: a clear error, nothing written, no temp folder left", () => {
    // A real write failure without mounting anything: `ulimit -f 4` makes the kernel refuse
    // (EFBIG) any write past 4 KiB, as a full disk or exhausted quota would.
    const root = fresh();
    cpSync(path.join(CONTENT, "articles"), path.join(root, "articles"), { recursive: true });
    // One article differs from what ingest writes, so the run has something to write.
    writeFileSync(path.join(root, "articles", readdirSync(path.join(root, "articles"))[0]!), "an edited article\n");
    const before = snapshot(root);
    const tsx = path.join(REPO, "node_modules/.bin/tsx");
    const result = spawnSync("/bin/bash", ["-c", `ulimit -f 4 && exec "${tsx}" scripts/ingest/index.ts`], {
      cwd: REPO,
      env: { ...process.env, CONTENT_DIR: root },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot write the temporary folder .*: a file would exceed the size the system allows .*\(EFBIG\); .*articles is unchanged/);
    expect(snapshot(root)).toEqual(before);
    expect(leftovers(root)).toEqual([]);
  });
});

describe("bad input that needs a generated file", () => {
  it("refuses a 20 MB source, naming the file, its size and the limit, and writes nothing", async () => {
    const root = makeContentDir({ "huge.txt": "" });
    roots.push(root);
    truncateSync(path.join(root, "sources", "huge.txt"), 20 * 1024 * 1024);
    await expect(ingest(root)).rejects.toThrow(/huge\.txt: file is 20\.0 MB \(20971520 bytes\), over the 2\.0 MB limit/);
    expect(MAX_SOURCE_BYTES).toBeLessThan(20 * 1024 * 1024);
    const run = runCli(root);
    expect(run.status).toBe(1);
    expect(existsSync(path.join(root, "articles"))).toBe(false);
  });

  it("refuses an articles path that is a file, and leaves it alone", () => {
    const root = fresh();
    writeFileSync(path.join(root, "articles"), "not a folder");
    const run = runCli(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/articles: exists but is not a folder/);
    expect(readFileSync(path.join(root, "articles"), "utf8")).toBe("not a folder");
  });

  it("keeps a published slug when the sidecar that set it goes away", async () => {
    const root = fresh();
    cpSync(path.join(CONTENT, "articles"), path.join(root, "articles"), { recursive: true });
    rmSync(path.join(root, "sources", "004_3804ff2ac948d479.meta.json"));
    const { files } = await ingest(root);
    expect(files.has("government-data-center-foreign-visitors.md")).toBe(true);
  });
});
