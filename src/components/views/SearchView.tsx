import { SearchPage } from "@/components/search/SearchPage";
import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import { paths } from "@/lib/paths";

/** The search page: the live search, and without JavaScript the ways to every article that remain. */
export function SearchView({ lang }: { lang: Language }) {
  const t = uiText(lang);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.search.title}</h1>
      <noscript>
        <p className="rounded-md border border-line bg-panel p-4">
          {t.search.noscriptBefore} <a href={paths.archive(lang)}>{t.shell.archive}</a>, <a href={paths.topics(lang)}>{t.shell.topics}</a>
          {t.search.noscriptAfter}
        </p>
      </noscript>
      <SearchPage lang={lang} />
    </div>
  );
}
