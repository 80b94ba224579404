/**
 * What the last `content:ingest` read and wrote, as two hashes, in the content root's
 * .ingest-stamp.json (never committed). When `content:check` finds the same inputs (sources and
 * sidecars, topics, glossary, the pipeline's code and dependencies) and the same outputs (articles
 * and report), the articles are what that run wrote, and ingest is deterministic: the check passes
 * without running the pipeline again. Any difference, or no stamp (a fresh clone), runs it in full.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { hashFiles } from "../../src/lib/file-hash";
import { writeFileAtomically } from "../lib/write-file";

const repo = path.resolve(import.meta.dirname, "../..");
/** The code ingest runs: its own steps and rules, the site's schema and taxonomy it writes for, and the dependencies. */
const CODE = ["scripts/ingest", "src", "package-lock.json"].map((p) => path.join(repo, p));

export interface IngestStamp {
  inputs: string;
  outputs: string;
}

export const stampFile = (root: string) => path.join(root, ".ingest-stamp.json");

/** The stamp of a content root as it is now. */
export function currentStamp(root: string): IngestStamp {
  return {
    inputs: hashFiles([...["sources", "topics.json", "glossary.json"].map((p) => path.join(root, p)), ...CODE], repo),
    outputs: hashFiles([path.join(root, "articles"), path.join(root, "ingest-report.md")], repo),
  };
}

export function writeStamp(root: string): void {
  writeFileAtomically(stampFile(root), JSON.stringify(currentStamp(root)));
}

/** Whether the content root is exactly as the last ingest left it. */
export function unchangedSinceIngest(root: string): boolean {
  if (!existsSync(stampFile(root))) return false;
  try {
    const saved = JSON.parse(readFileSync(stampFile(root), "utf8")) as Partial<IngestStamp>;
    const now = currentStamp(root);
    return saved.inputs === now.inputs && saved.outputs === now.outputs;
  } catch {
    return false;
  }
}
