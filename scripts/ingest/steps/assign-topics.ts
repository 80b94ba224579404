/**
 * Assigns topics by rule: a topic applies when its glossary terms occur at least `minHits` times
 * in the title, deck and body, and the article records which terms matched. A sidecar's
 * `topics` list replaces the rule's choice.
 */
import { findTermOccurrences, type GlossaryTerm, type Topic } from "../../../src/lib/taxonomy";
import { eachSource, SourceError, type Version } from "../types";

export function topicsFor(text: string, topics: Topic[], glossary: GlossaryTerm[]): Version["topics"] {
  const byId = new Map(glossary.map((t) => [t.id, t]));
  const assigned: Version["topics"] = [];
  for (const topic of topics) {
    // All of a topic's terms are searched as one, so "네이버클라우드" counts once, not also as "클라우드".
    const terms = topic.terms.flatMap((id) => byId.get(id) ?? []);
    const combined: GlossaryTerm = { id: topic.id, ko: terms.flatMap((t) => t.ko), en: terms.flatMap((t) => t.en), abbr: terms.flatMap((t) => t.abbr) };
    const hits = findTermOccurrences(text, combined);
    if (hits.length >= topic.minHits) assigned.push({ id: topic.id, matched: [...new Set(hits)], by: "rule" });
  }
  return assigned;
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
    const text = [version.title?.value ?? "", ...version.deck, ...version.blocks.map((b) => b.text)].join("\n");
    version.topics = topicsFor(text, ctx.topics, ctx.glossary);
  }
});
