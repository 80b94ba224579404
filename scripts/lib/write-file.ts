/** Writing a build's files so that a reader never sees half of one, and a failure says what it left. */
import { renameSync, rmSync, writeFileSync } from "node:fs";

/** The error for a failed write of `target`, saying what it left behind (`outcome`, e.g. "articles/ is unchanged"). */
export function explain(error: unknown, target: string, outcome: string): Error {
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
  return new Error(`cannot write ${target}: ${why[code] ?? (error as Error).message}${code ? ` (${code})` : ""}; ${outcome}`);
}

/** Writes one file by temp file + rename, so readers never see half of it. */
export function writeFileAtomically(file: string, text: string | Uint8Array): void {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw explain(error, file, `${file} is unchanged`);
  }
}
