/**
 * Gives every article its permalink slug. A published slug never changes: the sidecar's slug
 * wins, else the slug the article already has in articles/, and only a new article gets one
 * derived from its title (romanized Korean, ASCII, a few words).
 */
import { romanize } from "es-hangul";
import { eachSource, SourceError } from "../types";

const MAX_WORDS = 6;
const MAX_LENGTH = 60;

/** "행안부, 아마존과 '공공 AI…'" -> "haenganbu-amajongwa-gonggong-ai". */
export function slugFromTitle(title: string): string {
  const latin = /[\uac00-\ud7a3]/.test(title) ? romanize(title) : title;
  const words = latin
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  let slug = words.join("-");
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
    if (existing) {
      version.slug = existing;
      source.notes.push(`${version.id}: no slug in a sidecar; kept the published slug "${existing}"`);
      return;
    }
    let slug = slugFromTitle(version.title?.value ?? "");
    if (slug === "") throw new SourceError(source, `cannot derive an ASCII slug from the title "${version.title?.value ?? ""}"; give one in the sidecar`);
    if (source.versions.some((v, j) => j < index && v.slug === slug)) slug = `${slug}-${version.lang}`;
    version.slug = slug;
    source.notes.push(`${version.id}: new slug "${slug}" derived from the title`);
  });
});
