/**
 * Assigns the topics an article is about. Each topic's glossary terms are counted
 * where they occur, weighted by place: the title counts most, the deck and the lead paragraph
 * next, the rest of the body least, so a story about data centers outranks one that mentions a
 * data center in passing. A topic is kept when its score reaches the topic's `minHits` (weighted)
 * and either it is what the story is mostly about (a share of the best topic's score) or the
 * story discusses it: its terms stand in several separate places (the title, a deck line, a
 * paragraph). A story about moving a ministry's servers to the cloud is about the cloud too,
 * however often it names the ministry; a word in one or two places is a passing mention (even
 * under the headline, where a photo caption may stand as a deck line). Every topic that qualifies
 * is kept, best first: a cap would drop a topic the story is about without a reason a reader could
 * see, and the rule already keeps passing mentions out. The report shows every score and in how
 * many places it was found.
 * A sidecar's `topics` list replaces the rule's choice.
 */
import { findTermOccurrences, type GlossaryTerm, type Topic } from "../../../src/lib/taxonomy";
import { eachSource, SourceError, type Version } from "../types";

/** How much one occurrence weighs, by where it stands. */
export const PLACE_WEIGHTS = { title: 3, lead: 2, body: 1 } as const;
/** A topic scoring under this share of the best one is a side mention, unless the story discusses it. */
export const MIN_SHARE_OF_BEST = 0.5;
/** A topic whose terms stand in this many separate places (title, deck lines, paragraphs) is discussed. */
export const DISCUSSED_PLACES = 3;

export interface ArticleParts {
  title: string;
  /** Deck lines and the lead paragraph, each its own place. */
  lead: string[];
  /** The other paragraphs, each its own place. */
  body: string[];
}

export interface TopicScore {
  id: string;
  score: number;
  matched: string[];
  /** Separate places (the title, each deck line, each paragraph) where the topic's terms stand. */
  places: number;
  /** Its terms stand in DISCUSSED_PLACES places or more: the story discusses it, whatever outscores it. */
  discussed: boolean;
  /** It reaches its minHits, and half the best score or is discussed: the article carries it. */
  qualifies: boolean;
}

/** Each topic's terms as one glossary term, per glossary: made once, so its patterns are too (taxonomy.ts). */
const topicTerms = new WeakMap<GlossaryTerm[], Map<Topic, GlossaryTerm>>();

/** All of a topic's terms searched as one, so "네이버클라우드" counts once, not also as "클라우드". */
function topicTerm(topic: Topic, glossary: GlossaryTerm[]): GlossaryTerm {
  let made = topicTerms.get(glossary);
  if (!made) topicTerms.set(glossary, (made = new Map()));
  let term = made.get(topic);
  if (!term) {
    const terms = topic.terms.flatMap((id) => glossary.find((t) => t.id === id) ?? []);
    term = { id: topic.id, ko: terms.flatMap((t) => t.ko), en: terms.flatMap((t) => t.en), abbr: terms.flatMap((t) => t.abbr) };
    made.set(topic, term);
  }
  return term;
}

/** Every topic that occurs in the article, with its weighted score, best first. */
export function scoreTopics(parts: ArticleParts, topics: Topic[], glossary: GlossaryTerm[]): TopicScore[] {
  const scored: TopicScore[] = [];
  for (const topic of topics) {
    const combined = topicTerm(topic, glossary);
    const find = (texts: string[]) => texts.map((text) => findTermOccurrences(text, combined));
    const inTitle = find([parts.title]);
    const inLead = find(parts.lead);
    const inBody = find(parts.body);
    const hits = (found: string[][]) => found.reduce((n, f) => n + f.length, 0);
    const score = PLACE_WEIGHTS.title * hits(inTitle) + PLACE_WEIGHTS.lead * hits(inLead) + PLACE_WEIGHTS.body * hits(inBody);
    if (score === 0) continue;
    const places = [...inTitle, ...inLead, ...inBody].filter((f) => f.length > 0).length;
    const matched = [...new Set([inTitle, inLead, inBody].flat(2))];
    scored.push({ id: topic.id, score, matched, places, discussed: places >= DISCUSSED_PLACES, qualifies: false });
  }
  scored.sort((a, b) => b.score - a.score || topics.findIndex((t) => t.id === a.id) - topics.findIndex((t) => t.id === b.id));
  const best = scored[0]?.score ?? 0;
  const minHits = new Map(topics.map((t) => [t.id, t.minHits]));
  for (const s of scored) s.qualifies = s.score >= (minHits.get(s.id) ?? 2) && (s.score >= MIN_SHARE_OF_BEST * best || s.discussed);
  return scored;
}

/** The topics an article carries (the qualifying scores), in the frontmatter's shape. */
export function topicsFor(parts: ArticleParts, topics: Topic[], glossary: GlossaryTerm[]): Version["topics"] {
  return scoreTopics(parts, topics, glossary)
    .filter((s) => s.qualifies)
    .map((s) => ({ id: s.id, matched: s.matched, by: "rule" as const }));
}

export const assignTopicsStep = eachSource("assign-topics", (source, ctx) => {
  const override = source.sidecar?.topics;
  if (override) {
    const known = new Set(ctx.topics.map((t) => t.id));
    const unknown = override.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new SourceError(source, `sidecar topics: unknown topic id(s) ${unknown.join(", ")} (see topics.json)`);
  }
  for (const version of source.versions) {
    if (override) {
      version.topics = override.map((id) => ({ id, matched: [], by: "override" as const }));
      continue;
    }
    const [lead, ...rest] = version.blocks.map((b) => b.text);
    const parts: ArticleParts = { title: version.title?.value ?? "", lead: [...version.deck, ...(lead ? [lead] : [])], body: rest };
    const scores = scoreTopics(parts, ctx.topics, ctx.glossary);
    version.topics = scores.filter((s) => s.qualifies).map((s) => ({ id: s.id, matched: s.matched, by: "rule" as const }));
    const best = scores[0]?.score ?? 0;
    // "discussed": kept for where its terms stand although it scores under half the best topic.
    const why = (s: TopicScore) => (!s.qualifies ? " (not kept)" : s.score < MIN_SHARE_OF_BEST * best ? " (discussed)" : "");
    const shown = scores.map((s) => `${s.id} ${s.score} in ${s.places} ${s.places === 1 ? "place" : "places"}${why(s)}`).join(", ");
    source.notes.push(
      `${version.lang} topic scores (title ×${PLACE_WEIGHTS.title}, deck and lead ×${PLACE_WEIGHTS.lead}, body ×1; places: the title, deck lines and paragraphs naming it): ${shown || "none"}`,
    );
  }
});
