/**
 * Writes the articles folder all at once: every file goes to a temporary folder beside
 * articles/, which then takes the old folder's place by rename. A run that fails or is killed
 * before the swap leaves articles/ exactly as it was; a run killed between the two renames is
 * repaired by the next run (the old folder is put back before anything else happens).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const TMP_PREFIX = ".articles-tmp-";
const OLD_PREFIX = ".articles-old-";

/** Undoes what a killed run left behind: restores articles/ if it was mid-swap, deletes temp folders. */
export function recoverInterruptedRun(articlesDir: string): string[] {
  const parent = path.dirname(articlesDir);
  if (!existsSync(parent)) return [];
  const done: string[] = [];
  const leftovers = readdirSync(parent)
    .filter((n) => n.startsWith(TMP_PREFIX) || n.startsWith(OLD_PREFIX))
    .sort();
  for (const name of leftovers) {
    const full = path.join(parent, name);
    if (name.startsWith(OLD_PREFIX) && !existsSync(articlesDir)) {
      renameSync(full, articlesDir);
      done.push(`restored ${path.basename(articlesDir)}/ from ${name} (an earlier run was killed mid-swap)`);
    } else {
      rmSync(full, { recursive: true, force: true });
      done.push(`deleted ${name} left by an interrupted run`);
    }
  }
  return done;
}

function explain(error: unknown, target: string, unchanged: string): Error {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  const why: Record<string, string> = {
    EROFS: "the file system is read-only",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    ENOSPC: "the disk is full",
    EFBIG: "a file would exceed the size the system allows (disk quota or ulimit -f)",
    EDQUOT: "the disk quota is exhausted",
    ENOTDIR: "a parent of it is a file, not a folder",
    EEXIST: "something is already there",
  };
  return new Error(`cannot write ${target}: ${why[code] ?? (error as Error).message}${code ? ` (${code})` : ""}; ${unchanged} is unchanged`);
}

/** For tests: SIGKILL this process after writing N files, to prove a killed run changes nothing. */
const dieAfter = Number(process.env.INGEST_TEST_KILL_AFTER_FILES ?? "NaN");

export function writeArticles(articlesDir: string, files: Map<string, string>, shown: string = articlesDir): void {
  const parent = path.dirname(articlesDir);
  const tmp = path.join(parent, `${TMP_PREFIX}${process.pid}`);
  const old = path.join(parent, `${OLD_PREFIX}${process.pid}`);
  try {
    mkdirSync(tmp, { recursive: true });
    let written = 0;
    for (const [name, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      writeFileSync(path.join(tmp, name), text);
      written += 1;
      if (written === dieAfter) process.kill(process.pid, "SIGKILL");
    }
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw explain(error, `the temporary folder ${tmp}`, shown);
  }
  const hadOld = existsSync(articlesDir);
  try {
    if (hadOld) renameSync(articlesDir, old);
    renameSync(tmp, articlesDir);
  } catch (error) {
    if (hadOld && !existsSync(articlesDir) && existsSync(old)) renameSync(old, articlesDir);
    rmSync(tmp, { recursive: true, force: true });
    throw explain(error, shown, shown);
  }
  rmSync(old, { recursive: true, force: true });
}

/** Writes one file by temp file + rename, so readers never see half of it. */
export function writeFileAtomically(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw explain(error, file, file);
  }
}

/** Names of files that differ between what ingest would write and what is on disk. */
export function diffArticles(articlesDir: string, files: Map<string, string>): string[] {
  const problems: string[] = [];
  const onDisk = existsSync(articlesDir) ? readdirSync(articlesDir).filter((n) => n.endsWith(".md")) : [];
  for (const [name, text] of files) {
    const file = path.join(articlesDir, name);
    if (!existsSync(file)) problems.push(`${name}: missing`);
    else if (readFileSync(file, "utf8") !== text) problems.push(`${name}: differs from ingest output`);
  }
  for (const name of onDisk) if (!files.has(name)) problems.push(`${name}: not produced by ingest (stale?)`);
  return problems.sort();
}
