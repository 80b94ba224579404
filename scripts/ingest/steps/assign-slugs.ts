/**
 * Gives every article its permalink slug. A published slug never changes: the sidecar's slug
 * wins, else the slug the article already has in articles/, and only a new article gets one
 * derived from its title (romanized Korean, ASCII, a few words), without the label an outlet
 * prints before a headline ("[단독]", "EXCLUSIVE:"; see headline-labels.ts).
 */
import { romanize } from "es-hangul";
import { reasonFor } from "../report";
import { splitHeadlineLabels } from "../headline-labels";
import { eachSource, SourceError } from "../types";

const MAX_WORDS = 6;
const MAX_LENGTH = 60;

/** "[단독] 행안부, 아마존과 '공공 AI…'" -> "haenganbu-amajongwa-gonggong-ai". */
export function slugFromTitle(title: string): string {
  const words = splitHeadlineLabels(title).rest;
  const latin = /[\uac00-\ud7a3]/.test(words) ? romanize(words) : words;
  let slug = latin
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS)
    .join("-");
  while (slug.length > MAX_LENGTH && slug.includes("-")) slug = slug.slice(0, slug.lastIndexOf("-"));
  return slug.slice(0, MAX_LENGTH);
}

export const assignSlugsStep = eachSource("assign-slugs", (source, ctx) => {
  source.versions.forEach((version, index) => {
    const fromSidecar = index === 0 ? source.sidecar?.slug : source.sidecar?.versions?.[version.lang]?.slug;
    const existing = ctx.existingSlugs.get(version.id);
    if (fromSidecar) {
      version.slug = fromSidecar;
      if (existing && existing !== fromSidecar) {
        source.warnings.push(`${version.id}: slug changes from "${existing}" to the sidecar's "${fromSidecar}"; links to the old address will break`);
      }
      return;
    }
    let derived = slugFromTitle(version.title?.value ?? "");
    if (source.versions.some((v, j) => j < index && v.slug === derived)) derived = `${derived}-${version.lang}`;
    // The note depends only on the sources, never on whether an earlier run wrote the article, so
    // one ingest run is enough: a second run writes the same report.
    if (existing && existing !== derived) {
      version.slug = existing;
      source.notes.push(`${version.id}: no slug in a sidecar; kept the published slug "${existing}" (the title now gives "${derived}")`);
      return;
    }
    if (derived === "") throw new SourceError(source, `cannot derive an ASCII slug from the title "${version.title?.value ?? ""}"; give one in the sidecar`);
    version.slug = derived;
    source.notes.push(`${version.id}: slug "${derived}" derived from the title`);
    // The title keeps its label; what the address leaves out of it is said here, with the reason.
    for (const label of splitHeadlineLabels(version.title?.value ?? "").labels)
      source.notes.push(
        `${version.id}: the slug leaves out the headline's label "${label.text}" (${label.rule}: ${reasonFor(label.rule)} The title keeps it.)`,
      );
  });
});
