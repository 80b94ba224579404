/**
 * The topic taxonomy and the bilingual glossary, shared by the ingest pipeline (topic assignment)
 * and by search (query expansion). Both live as JSON under the content root so an editor can
 * extend them without touching code; this module is their one schema and loader.
 *
 * content/glossary.json: { "terms": GlossaryTerm[] } — one entry per concept, all its names:
 *   { "id": "mois", "ko": ["행정안전부", "행안부"], "en": ["Ministry of the Interior and Safety"], "abbr": ["MOIS"] }
 * content/topics.json:   { "topics": Topic[] } — a topic names the glossary terms that signal it.
 */
import path from "node:path";
import { z } from "zod";
import { slugSchema } from "./article-schema";
import { readJsonFile } from "./json-file";

/** The content root: `CONTENT_DIR` when set (tests run the pipeline on a temp copy), else ./content. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"));
}

export const glossaryTermSchema = z.object({
  /** Stable ASCII id, referenced by topics.json. */
  id: slugSchema,
  /** Korean forms, matched as substrings because particles attach to the word (클라우드를, 클라우드의). */
  ko: z.array(z.string().min(1)).default([]),
  /** English words or phrases, matched case-insensitively on word boundaries. */
  en: z.array(z.string().min(1)).default([]),
  /** Abbreviations (AI, AWS, MOIS), matched case-sensitively on word boundaries so "ai" in "said" is not AI. */
  abbr: z.array(z.string().min(1)).default([]),
  /** Why the forms belong together, for editors. */
  note: z.string().optional(),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossarySchema = z.object({ terms: z.array(glossaryTermSchema) }).superRefine((g, ctx) => {
  const seen = new Set<string>();
  g.terms.forEach((t, i) => {
    if (seen.has(t.id)) ctx.addIssue({ code: "custom", path: ["terms", i, "id"], message: `duplicate term id "${t.id}"` });
    seen.add(t.id);
  });
});
export type Glossary = z.infer<typeof glossarySchema>;

const bilingual = z.object({ ko: z.string().min(1), en: z.string().min(1) });

export const topicSchema = z.object({
  /** ASCII id used in URLs (/topics/<id>/) and in article frontmatter. */
  id: slugSchema,
  label: bilingual,
  /** One line saying what belongs under the topic. */
  description: bilingual,
  /** Glossary term ids whose presence assigns the topic. */
  terms: z.array(z.string()).min(1),
  /** How many term occurrences an article needs (a passing mention is not a topic). */
  minHits: z.number().int().positive().default(2),
});
export type Topic = z.infer<typeof topicSchema>;

export const topicsFileSchema = z.object({ topics: z.array(topicSchema).min(1) });

/** Loads and validates content/glossary.json. */
export function loadGlossary(dir: string = contentDir()): GlossaryTerm[] {
  const file = path.join(dir, "glossary.json");
  return readJsonFile(file, glossarySchema, "glossary").terms;
}

/** Loads content/topics.json and checks that every term it names exists in the glossary. */
export function loadTopics(dir: string = contentDir(), glossary: GlossaryTerm[] = loadGlossary(dir)): Topic[] {
  const file = path.join(dir, "topics.json");
  const { topics } = readJsonFile(file, topicsFileSchema, "topics");
  const known = new Set(glossary.map((t) => t.id));
  for (const topic of topics) {
    for (const term of topic.terms) {
      if (!known.has(term)) throw new Error(`${file}: topic "${topic.id}" names unknown glossary term "${term}"`);
    }
  }
  return topics;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The patterns that find a term's forms, longest form first; made once per term (ingest asks for each term in every paragraph). */
const termPatterns = new WeakMap<GlossaryTerm, RegExp[]>();

function patternsOf(term: GlossaryTerm): RegExp[] {
  let patterns = termPatterns.get(term);
  if (patterns) return patterns;
  const longestFirst = (forms: string[]) => [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  patterns = [];
  if (term.ko.length > 0) patterns.push(new RegExp(longestFirst(term.ko).join("|"), "g"));
  // English forms ignore case; abbreviations do not (AI is the term, "ai" is not).
  if (term.en.length > 0) patterns.push(new RegExp(`\\b(?:${longestFirst(term.en).join("|")})\\b`, "gi"));
  if (term.abbr.length > 0) patterns.push(new RegExp(`\\b(?:${longestFirst(term.abbr).join("|")})\\b`, "g"));
  termPatterns.set(term, patterns);
  return patterns;
}

/**
 * Every occurrence of any of the term's forms in `text`, as written there, in text order.
 * Longer forms win over the shorter forms they contain, so "아마존웹서비스" is not also "아마존".
 */
export function findTermOccurrences(text: string, term: GlossaryTerm): string[] {
  const patterns = patternsOf(term);
  const hits = patterns
    .flatMap((re) => [...text.matchAll(re)].map((m) => ({ at: m.index, text: m[0] })))
    .sort((a, b) => a.at - b.at || b.text.length - a.text.length);
  const kept: string[] = [];
  let end = -1;
  for (const hit of hits) {
    if (hit.at < end) continue;
    kept.push(hit.text);
    end = hit.at + hit.text.length;
  }
  return kept;
}
