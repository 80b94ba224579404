/**
 * Writes the articles folder all at once, as a journal: the files that change go to a temporary
 * folder beside articles/, with the list of files to delete; renaming that folder to
 * ".articles-commit-<pid>" is the moment the new archive exists, and its files are then moved
 * into articles/. A run that fails or is killed before that rename leaves articles/ exactly as it
 * was (the next run deletes the temporary folder); a run killed after it is finished by the next
 * run, before anything else happens. Only changed files are written, so adding one source to an
 * archive of thousands writes one article, not all of them again.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { explain } from "../lib/write-file";

const TMP_PREFIX = ".articles-tmp-";
const COMMIT_PREFIX = ".articles-commit-";
/** In a commit folder: the names of the articles to delete, one per line (no article file starts with a dot). */
const REMOVALS = ".remove";

/** Moves a committed journal's files into articles/, deletes the files it lists, then the journal. Safe to run again. */
function applyCommit(commit: string, articlesDir: string): void {
  mkdirSync(articlesDir, { recursive: true });
  const removalsFile = path.join(commit, REMOVALS);
  const removals = existsSync(removalsFile) ? readFileSync(removalsFile, "utf8").split("\n").filter(Boolean) : [];
  for (const name of readdirSync(commit)) if (name !== REMOVALS) renameSync(path.join(commit, name), path.join(articlesDir, name));
  for (const name of removals) rmSync(path.join(articlesDir, name), { force: true });
  rmSync(commit, { recursive: true, force: true });
}

/** Finishes what a killed run committed, and deletes what it had not. */
export function recoverInterruptedRun(articlesDir: string): string[] {
  const parent = path.dirname(articlesDir);
  if (!existsSync(parent)) return [];
  const done: string[] = [];
  const leftovers = readdirSync(parent)
    .filter((n) => n.startsWith(TMP_PREFIX) || n.startsWith(COMMIT_PREFIX))
    .sort();
  for (const name of leftovers) {
    const full = path.join(parent, name);
    if (name.startsWith(COMMIT_PREFIX)) {
      applyCommit(full, articlesDir);
      done.push(`finished writing ${path.basename(articlesDir)}/ from ${name} (an earlier run was killed after deciding what to write)`);
    } else {
      rmSync(full, { recursive: true, force: true });
      done.push(`deleted ${name} left by an interrupted run`);
    }
  }
  return done;
}

/** For tests: SIGKILL this process after writing N files, to prove a killed run changes nothing. */
const dieAfter = Number(process.env.INGEST_TEST_KILL_AFTER_FILES ?? "NaN");

/** What must change in articles/ to hold exactly `files`: the files to write and the articles to delete. */
function changes(articlesDir: string, files: Map<string, string>): { write: [string, string][]; remove: string[] } {
  const onDisk = new Set(existsSync(articlesDir) ? readdirSync(articlesDir).filter((n) => n.endsWith(".md")) : []);
  const write = [...files]
    .filter(([name, text]) => !onDisk.has(name) || readFileSync(path.join(articlesDir, name), "utf8") !== text)
    .sort(([a], [b]) => a.localeCompare(b));
  return { write, remove: [...onDisk].filter((name) => !files.has(name)).sort() };
}

/** Makes articles/ hold exactly `files`; returns how many files were written and deleted. */
export function writeArticles(articlesDir: string, files: Map<string, string>, shown: string = articlesDir): { written: number; removed: number } {
  const { write, remove } = changes(articlesDir, files);
  if (write.length === 0 && remove.length === 0) return { written: 0, removed: 0 };
  const parent = path.dirname(articlesDir);
  const tmp = path.join(parent, `${TMP_PREFIX}${process.pid}`);
  const commit = path.join(parent, `${COMMIT_PREFIX}${process.pid}`);
  try {
    mkdirSync(tmp, { recursive: true });
    let written = 0;
    for (const [name, text] of write) {
      writeFileSync(path.join(tmp, name), text);
      written += 1;
      if (written === dieAfter) process.kill(process.pid, "SIGKILL");
    }
    writeFileSync(path.join(tmp, REMOVALS), remove.map((name) => `${name}\n`).join(""));
    renameSync(tmp, commit);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw explain(error, `the temporary folder ${tmp}`, `${shown} is unchanged`);
  }
  try {
    applyCommit(commit, articlesDir);
  } catch (error) {
    throw explain(error, shown, `the rest is in ${commit}, and the next \`npm run content:ingest\` finishes writing it`);
  }
  return { written: write.length, removed: remove.length };
}

/** Names of files that differ between what ingest would write and what is on disk. */
export function diffArticles(articlesDir: string, files: Map<string, string>): string[] {
  const { write, remove } = changes(articlesDir, files);
  const missing = (name: string) => !existsSync(path.join(articlesDir, name));
  return [
    ...write.map(([name]) => `${name}: ${missing(name) ? "missing" : "differs from ingest output"}`),
    ...remove.map((name) => `${name}: not produced by ingest (stale?)`),
  ].sort();
}
