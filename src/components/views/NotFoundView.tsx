import { ArticleList } from "@/components/ArticleList";
import { SearchForm } from "@/components/SearchForm";
import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import type { ArticleCard } from "@/lib/articles";
import { paths } from "@/lib/paths";

/** A missing page still leads somewhere: a search box, the archive's doors and the latest articles. */
export function NotFoundView({ lang, latest }: { lang: Language; latest: ArticleCard[] }) {
  const t = uiText(lang);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{t.notFound.title}</h1>
      <p className="mt-2">{t.notFound.text}</p>
      <p className="mt-2 flex gap-4">
        <a href={paths.archive(lang)}>{t.archive.title}</a>
        <a href={paths.topics(lang)}>{t.topics.title}</a>
      </p>
      <div className="mt-4">
        <SearchForm id="not-found-search" label={t.notFound.searchLabel} lang={lang} />
      </div>
      <h2 className="mt-8 text-xl font-bold">{t.notFound.latest}</h2>
      <ArticleList articles={latest} lang={lang} headingLevel={3} />
    </>
  );
}
