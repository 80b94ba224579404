/**
 * Links the language versions of one story to each other, and refuses two articles with the
 * same slug (they would overwrite each other's page), naming both source files.
 */
import { SourceError, type Step } from "../types";

export const linkTranslationsStep: Step = {
  name: "link-translations",
  run(sources) {
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
  },
};
