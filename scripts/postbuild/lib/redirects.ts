/**
 * The committed table of moved URLs (deploy/redirects.json): when a published URL changes, a row
 * here keeps the old address working. Validated with zod; errors name the file and the row.
 */
import { existsSync } from "node:fs";
import { z } from "zod";
import { readJsonFile } from "../../../src/lib/json-file";
import { PostbuildError } from "../step";

const urlPath = z.string().regex(/^\/[^\s?#]*$/, "a site path starting with / (no query or fragment)");

export const redirectSchema = z.object({
  /** The old, published path, e.g. "/articles/old-slug/". */
  from: urlPath,
  /** Where it lives now. */
  to: urlPath,
  /** Why it moved, for whoever reads the table later. */
  reason: z.string().min(1),
});
export type Redirect = z.infer<typeof redirectSchema>;

export const redirectsFileSchema = z.object({
  $comment: z.string().optional(),
  redirects: z.array(redirectSchema),
});

export function loadRedirects(file: string): Redirect[] {
  if (!existsSync(file)) return [];
  let redirects: Redirect[];
  try {
    redirects = readJsonFile(file, redirectsFileSchema, "redirect table").redirects;
  } catch (err) {
    throw new PostbuildError((err as Error).message);
  }
  const seen = new Set<string>();
  for (const r of redirects) {
    if (seen.has(r.from)) throw new PostbuildError(`${file}: "${r.from}" is redirected twice`);
    if (r.from === r.to) throw new PostbuildError(`${file}: "${r.from}" redirects to itself`);
    if (r.from.endsWith("/") !== r.to.endsWith("/")) {
      throw new PostbuildError(`${file}: "${r.from}" -> "${r.to}": a page (ending in /) can only move to a page, a file to a file`);
    }
    seen.add(r.from);
  }
  return redirects;
}
