/**
 * The one definition of an archived article's frontmatter. Ingest validates every file it writes
 * against it, and the site validates every file it reads: a type is never cast onto raw YAML.
 */
import { z } from "zod";

/** BCP 47 tags of the languages the archive publishes. */
export const languageSchema = z.enum(["ko", "en"]);
export type Language = z.infer<typeof languageSchema>;

/** Where a value came from: the source text itself, the editor's sidecar, or a reasoned inference. */
export const originSchema = z.enum(["stated", "editorial", "inferred"]);
export type Origin = z.infer<typeof originSchema>;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoMonth = /^\d{4}-\d{2}$/;
const isoYear = /^\d{4}$/;

/** The fields of a publication date; `publishedSchema` adds the rules that tie them together. */
export const publishedFields = z.object({
  /** "2023-11-23", "2023-11" or "2023" depending on `precision`; absent when unknown. */
  value: z.string().optional(),
  precision: z.enum(["day", "month", "year", "unknown"]),
  /** How the date was established; absent when unknown. */
  origin: originSchema.optional(),
  /** Local time of day "HH:MM" (Korea Standard Time) when the source states it. */
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .optional(),
  /** What the source literally says about the date, e.g. "26일", shown to readers when unknown. */
  sourceText: z.string().optional(),
  /** A sentence on how the date was established or why it is unknown. */
  note: z.string().optional(),
});

/**
 * A publication date exactly as certain as the evidence allows. `value` is absent when the date is
 * unknown; it is never filled with a guess or with the day of ingest.
 */
export const publishedSchema = publishedFields.superRefine((d, ctx) => {
  const pattern = { day: isoDay, month: isoMonth, year: isoYear, unknown: null }[d.precision];
  if (pattern === null) {
    if (d.value !== undefined) ctx.addIssue({ code: "custom", message: "an unknown date has no value" });
    return;
  }
  if (d.value === undefined || !pattern.test(d.value)) {
    ctx.addIssue({ code: "custom", message: `precision "${d.precision}" needs a value like ${pattern.source}` });
  }
  if (d.origin === undefined) ctx.addIssue({ code: "custom", message: "a known date needs its origin" });
});
export type Published = z.infer<typeof publishedSchema>;

/** A value with the place it came from, for the provenance box. */
export const sourcedSchema = z.object({
  value: z.string().min(1),
  origin: originSchema,
  /** e.g. "PROVENANCE.md" or "line 3 of the source" */
  from: z.string().optional(),
});

/**
 * A web address the archive links to or names: http(s) only. A javascript: or data: address would
 * run or render something of its own when a reader follows it.
 */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// address" });

/** An original address of the story, with how it is known. */
export const originalUrlSchema = z.object({ url: webUrlSchema, label: z.string().optional(), origin: originSchema });

export const imageSchema = z.object({
  /** The original remote address; images are never downloaded or hot-linked. */
  src: webUrlSchema,
  alt: z.string(),
  caption: z.string(),
});
export type ArticleImage = z.infer<typeof imageSchema>;

export const sectionSchema = z.object({
  /** Heading of a part of a digest (e.g. one press release of two). */
  title: z.string(),
  /** Anchor id of the section's heading in the rendered body. */
  anchor: z.string(),
  published: publishedSchema,
  /** The part's own original address, when the source gives one. */
  url: webUrlSchema.optional(),
  /** The part's sub-headline, printed as a dash-wrapped line right under its heading (dashes removed). */
  deck: z.string().optional(),
});

export const topicMatchSchema = z.object({
  /** Topic id from content/topics.json. */
  id: z.string(),
  /** The terms that assigned the topic, as found in the text; empty when set by an override. */
  matched: z.array(z.string()),
  /** "rule" when assigned by keyword, "override" when set in the source's sidecar. */
  by: z.enum(["rule", "override"]),
});

/** An ASCII name in a URL: lower-case words joined by hyphens (article slugs, topic and glossary ids). */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case ASCII words joined by hyphens");

export const articleSchema = z.object({
  /** Stable id derived from the source file name (plus "-en" for the English version of 000). */
  id: z.string().min(1),
  /** ASCII permalink segment; never changes once published, even when the title is corrected. */
  slug: slugSchema.max(80),
  title: z.string().min(1),
  /** Present only when the title is not the source's own headline (e.g. an editor wrote it): who supplied it, from where. */
  titleOrigin: z.object({ origin: originSchema, from: z.string().optional() }).optional(),
  /** Sub-headings or deck lines under the headline, in source order. */
  deck: z.array(z.string()),
  lang: languageSchema,
  published: publishedSchema,
  byline: sourcedSchema.optional(),
  outlet: sourcedSchema.optional(),
  /** Original addresses of the story; a digest lists one per part. */
  originalUrls: z.array(originalUrlSchema),
  topics: z.array(topicMatchSchema),
  /** One or two plain-text sentences taken from the article's opening, for lists, feeds and cards. */
  summary: z.string().min(1),
  images: z.array(imageSchema),
  /** Parts of a digest, in order; empty for an ordinary article. */
  sections: z.array(sectionSchema),
  /** Other-language versions of the same story. */
  translations: z.array(z.object({ lang: languageSchema, slug: z.string() })),
  source: z.object({
    /** File name under content/sources/, as received. */
    file: z.string(),
    /** sha256 of the source file's bytes. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});
export type ArticleFrontmatter = z.infer<typeof articleSchema>;
