import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/config/site";
import { getAllArticles, getArchiveYears, getTopics, getUndatedArticles } from "@/lib/articles";

export const dynamic = "force-static";

/** Every article and list page a search engine should know, with article dates only where known. */
export default function sitemap(): MetadataRoute.Sitemap {
  const lists = [
    "/",
    "/archive/",
    "/topics/",
    ...getTopics()
      .filter((t) => t.count > 0)
      .map((t) => t.url),
  ];
  const years = getArchiveYears();
  for (const y of years) {
    lists.push(`/archive/${y.year}/`);
    for (const m of y.months) lists.push(`/archive/${y.year}/${m.month}/`);
  }
  if (getUndatedArticles().length > 0) lists.push("/archive/undated/");
  return [
    ...lists.map((p) => ({ url: absoluteUrl(p) })),
    ...getAllArticles().map((a) => ({
      url: absoluteUrl(a.url),
      ...(a.published.precision === "day" && a.published.value ? { lastModified: a.published.value } : {}),
      alternates: a.translations.length
        ? { languages: Object.fromEntries(a.translations.map((t) => [t.lang, absoluteUrl(`/articles/${t.slug}/`)])) }
        : undefined,
    })),
  ];
}
