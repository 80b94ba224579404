/**
 * Editorial sidecars: content/sources/<stem>.meta.json holds what an editor established about a
 * source that its text does not say (outlet, original address, date, slug), each value with its
 * origin and where it came from. Sources are never edited; corrections go here.
 */
import { existsSync } from "node:fs";
import { z } from "zod";
import { readJsonFile } from "../../src/lib/json-file";
import { languageSchema, originalUrlSchema, publishedFields, slugSchema, sourcedSchema as sourced } from "../../src/lib/article-schema";

/** Where a value came from, e.g. "PROVENANCE.md". */
const from = z.string().optional();

const slug = slugSchema.max(80);

export const sidecarSchema = z
  .object({
    /** Free text for editors; not published. */
    $comment: z.string().optional(),
    /** Key of the outlet in boilerplate-rules.ts, so the outlet's page-chrome rules apply. */
    outletKey: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    outlet: sourced.optional(),
    byline: sourced.optional(),
    originalUrls: z.array(originalUrlSchema.extend({ from })).default([]),
    /**
     * The date as an editor established it; a date the text itself states wins over this. Checked
     * against the article schema's date rules when it is used (steps/resolve-date.ts).
     */
    published: publishedFields.extend({ from }).optional(),
    /** Permalink of the article in the source's main language; fixed once published. */
    slug: slug.optional(),
    /** A headline for a source that states none (an editorial title, marked as such). */
    title: sourced.optional(),
    /** Topic ids that replace the rule-assigned topics. */
    topics: z.array(z.string()).optional(),
    /**
     * The source (file name without extension) that tells the same story in the other language:
     * confirms a pairing, or makes one the evidence alone would not.
     */
    translationOf: z.string().optional(),
    /** Sources that are not this story's translation, whatever the evidence says. */
    notTranslationOf: z.array(z.string()).optional(),
    /** Per-language settings for the other language versions of a bilingual source. */
    versions: z.partialRecord(languageSchema, z.object({ slug: slug.optional(), title: sourced.optional() })).optional(),
  })
  .strict();
export type Sidecar = z.infer<typeof sidecarSchema>;

/** Reads and validates a sidecar; undefined when the source has none. Errors name the file and field. */
export function readSidecar(file: string, display: string): Sidecar | undefined {
  if (!existsSync(file)) return undefined;
  return readJsonFile(file, sidecarSchema, "sidecar", display);
}
