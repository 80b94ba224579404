/**
 * Links the language versions of one story to each other, and refuses two articles with the
 * same slug (they would overwrite each other's page), naming both source files.
 *
 * Versions are those of one bilingual source (000 prints its story twice), and across sources a
 * Korean and an English page of the same story: same day, at least three of the same numbers and
 * two of the same glossary concepts (pairing.ts). The evidence goes into the report; a sidecar's
 * `translationOf` confirms or makes a pairing, `notTranslationOf` refuses one.
 */
import { isPair, pairEvidence, storyFacts, type StoryFacts } from "../pairing";
import { SourceError, type RunContext, type Source, type Step, type Version } from "../types";

const textOf = (v: Version) => [v.title?.value ?? "", ...v.deck, ...v.blocks.map((b) => b.text)].join("\n");

/** Pairs of single-language sources that tell one story in Korean and in English. */
function crossSourcePairs(sources: Source[], ctx: RunContext): [Source, Source][] {
  const stems = new Set(sources.map((s) => s.stem));
  for (const s of sources) {
    const named = [s.sidecar?.translationOf, ...(s.sidecar?.notTranslationOf ?? [])].filter((x): x is string => x !== undefined);
    for (const stem of named) if (!stems.has(stem)) throw new SourceError(s, `sidecar names "${stem}" as a translation, but there is no source ${stem}.*`);
  }
  const single = sources.filter((s) => s.versions.length === 1);
  const korean = single.filter((s) => s.versions[0]?.lang === "ko");
  const english = single.filter((s) => s.versions[0]?.lang === "en");
  // Only stories of one day can pair (isPair), unless a sidecar says they do: each Korean page is
  // compared with the English pages of its day and those a sidecar names, never with every one,
  // which would make ingest grow with the square of the archive.
  const order = new Map(english.map((s, i) => [s, i]));
  const englishOfDay = groupBy(english, (s) => s.published?.value);
  const englishNaming = groupBy(english, (s) => s.sidecar?.translationOf);
  const englishByStem = new Map(english.map((s) => [s.stem, s]));
  const facts = new Map<Source, StoryFacts>();
  const factsOf = (s: Source): StoryFacts => {
    let f = facts.get(s);
    if (!f) facts.set(s, (f = storyFacts(s.published?.value, textOf(s.versions[0]!), ctx.glossary)));
    return f;
  };
  const pairs: [Source, Source][] = [];
  const taken = new Set<Source>();
  for (const a of korean) {
    const named = a.sidecar?.translationOf === undefined ? undefined : englishByStem.get(a.sidecar.translationOf);
    const candidates = new Set([...(englishOfDay.get(a.published?.value) ?? []), ...(englishNaming.get(a.stem) ?? []), ...(named ? [named] : [])]);
    for (const b of [...candidates].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0))) {
      if (taken.has(a) || taken.has(b)) continue;
      const refused = a.sidecar?.notTranslationOf?.includes(b.stem) || b.sidecar?.notTranslationOf?.includes(a.stem);
      if (refused) continue;
      const confirmed = a.sidecar?.translationOf === b.stem || b.sidecar?.translationOf === a.stem;
      const sameDay = a.published?.value !== undefined && a.published.value === b.published?.value;
      if (!confirmed && !sameDay) continue;
      const e = pairEvidence(factsOf(a), factsOf(b));
      if (!confirmed && !isPair(e)) continue;
      const why = confirmed
        ? "a sidecar says so"
        : `same day ${a.published?.value}, ${e.numbers.length} shared numbers (${e.numbers.slice(0, 6).join(", ")}${e.numbers.length > 6 ? ", …" : ""}), ${e.concepts.length} shared concepts (${e.concepts.slice(0, 6).join(", ")}${e.concepts.length > 6 ? ", …" : ""})`;
      a.notes.push(`the same story as ${b.file} in English: ${why}; linked as translations`);
      b.notes.push(`the same story as ${a.file} in Korean: ${why}; linked as translations`);
      pairs.push([a, b]);
      taken.add(a).add(b);
    }
  }
  return pairs;
}

/** Items by key; items without one (undefined) are left out. */
function groupBy<T>(items: T[], key: (item: T) => string | undefined): Map<string | undefined, T[]> {
  const groups = new Map<string | undefined, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

export const linkTranslationsStep: Step = {
  name: "link-translations",
  run(sources, ctx) {
    const owner = new Map<string, string>();
    for (const source of sources) {
      for (const version of source.versions) {
        const slug = version.slug ?? "";
        const other = owner.get(slug);
        if (other !== undefined) {
          throw new SourceError(source, `slug "${slug}" is also the slug of ${other}; give one of them a different slug in its sidecar`);
        }
        owner.set(slug, `${source.display}${source.versions.length > 1 ? ` (${version.lang})` : ""}`);
      }
      for (const version of source.versions) {
        version.translations = source.versions.filter((v) => v !== version).map((v) => ({ lang: v.lang, slug: v.slug ?? "" }));
      }
    }
    for (const [ko, en] of crossSourcePairs(sources, ctx)) {
      const [k, e] = [ko.versions[0]!, en.versions[0]!];
      k.translations = [...(k.translations ?? []), { lang: e.lang, slug: e.slug ?? "" }];
      e.translations = [...(e.translations ?? []), { lang: k.lang, slug: k.slug ?? "" }];
    }
  },
};
