import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/config/site";
import type { Language } from "@/lib/article-schema";
import { getAllArticles, getArchiveYears, getTopics, getUndatedArticles } from "@/lib/articles";
import { paths } from "@/lib/paths";

export const dynamic = "force-static";

/**
 * Every article and list page a search engine should know, with article dates only where known.
 * Each list page is listed in both interface languages, each naming the other as its alternate.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const lists: ((l: Language) => string)[] = [
    paths.home,
    paths.archive,
    paths.topics,
    ...getTopics()
      .filter((t) => t.count > 0)
      .map((t) => (l: Language) => t.url[l]),
  ];
  for (const y of getArchiveYears()) {
    lists.push((l) => paths.year(l, y.year));
    for (const m of y.months) lists.push((l) => paths.month(l, y.year, m.month));
  }
  if (getUndatedArticles().length > 0) lists.push(paths.undated);
  const languages = (at: (l: Language) => string) => ({ languages: { ko: absoluteUrl(at("ko")), en: absoluteUrl(at("en")) } });
  return [
    ...lists.flatMap((at) => (["ko", "en"] as const).map((l) => ({ url: absoluteUrl(at(l)), alternates: languages(at) }))),
    ...getAllArticles().map((a) => ({
      url: absoluteUrl(a.url),
      ...(a.published.precision === "day" && a.published.value ? { lastModified: a.published.value } : {}),
      alternates: a.otherLanguages.length ? { languages: Object.fromEntries(a.otherLanguages.map((o) => [o.lang, absoluteUrl(o.url)])) } : undefined,
    })),
  ];
}
